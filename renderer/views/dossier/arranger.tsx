/**
 * The dossier builder's "by hand" arrangement: the clippings as ordered lists (one per
 * section when the editor groups by hand). Reordered by drag and drop (HTML5 drag events)
 * or from the keyboard: the "Move up" / "Move down" buttons, or Alt+Up / Alt+Down on any
 * control of a row. Moving past the top or bottom of a section crosses into the next one.
 */
import { useRef, type ReactElement } from 'react';
import { Icon } from '../../components/icons';
import { useDrag, useMoves, useSectionEdits, type ArrangementProps, type Drag, type Moves, type SectionEdits } from '../../hooks/use-arrangement';
import type { ArrangedSection } from '../../lib/arrange';
import { ArrangerRow } from './arranger-row';

export type DossierArrangerProps = ArrangementProps;

export function DossierArranger(props: DossierArrangerProps): ReactElement {
  const { sections, grouped } = props;
  const root = useRef<HTMLDivElement>(null);
  const moves = useMoves(props, root);
  const drag = useDrag(props, moves.describe);
  const edits = useSectionEdits(props, root);
  const total = sections.reduce((n, s) => n + s.ids.length, 0);
  // Running numbers across sections, computed before rendering (no counter mutated in JSX).
  const offsets = sections.map((_, s) => sections.slice(0, s).reduce((n, sec) => n + sec.ids.length, 0));
  return (
    <div ref={root} className="dossier-arranger">
      {sections.map((section, s) => (
        <SectionList key={section.key} {...{ props, section, s, offset: offsets[s] ?? 0, moves, drag, edits }} />
      ))}
      {grouped && (
        <button type="button" className="button dossier-add-section" onClick={edits.add}>
          <Icon name="plus" /> Add section
        </button>
      )}
      {total === 0 && !grouped && <p className="field-hint">No clippings to arrange.</p>}
    </div>
  );
}

interface SectionListProps {
  props: DossierArrangerProps;
  section: ArrangedSection;
  s: number;
  offset: number;
  moves: Moves;
  drag: Drag;
  edits: SectionEdits;
}

function SectionList({ props, section, s, offset, moves, drag, edits }: SectionListProps): ReactElement {
  const { sections, grouped, items } = props;
  const name = section.title || `section ${s + 1}`;
  return (
    <section className="dossier-section" aria-label={grouped ? section.title || `Section ${s + 1}` : undefined}>
      {grouped && (
        <div className="dossier-section-head">
          <label className="dossier-section-title">
            <span className="visually-hidden">Title of section {s + 1}</span>
            <input value={section.title} maxLength={200} placeholder={`Section ${s + 1}`} onChange={(e) => edits.rename(s, e.target.value)} />
          </label>
          <span className="dossier-count">{section.ids.length}</span>
          {sections.length > 1 && (
            <button type="button" className="icon-button" aria-label={`Remove ${name}`} title="Remove section (its clippings move to the section above)" onClick={() => edits.remove(s)}>
              <Icon name="close" />
            </button>
          )}
        </div>
      )}
      <ol
        className={`dossier-order${drag.drop && drag.drop.section === s && section.ids.length === 0 ? ' is-drop-target' : ''}`}
        aria-label={grouped ? `Clippings in ${name}` : 'Clippings in dossier order'}
        onDragOver={(e) => {
          if (e.target === e.currentTarget) drag.over(e, { section: s, index: section.ids.length });
        }}
        onDrop={drag.onDrop}
      >
        {section.ids.length === 0 && <li className="dossier-order-empty">Drag clippings here, or move them with Move down from the section above.</li>}
        {section.ids.map((id, i) => (
          <ArrangerRow
            key={id}
            {...{ id, item: items.get(id), number: offset + i + 1, section: s, index: i, length: section.ids.length, moves, drag }}
            first={s === 0 && i === 0}
            last={s === sections.length - 1 && i === section.ids.length - 1}
          />
        ))}
      </ol>
    </section>
  );
}
