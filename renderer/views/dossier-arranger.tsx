/**
 * The dossier builder's "by hand" arrangement: the clippings as ordered lists (one per
 * section when the editor groups by hand). Reordered by drag and drop (HTML5 drag events)
 * or from the keyboard: the "Move up" / "Move down" buttons, or Alt+Up / Alt+Down on any
 * control of a row. Moving past the top or bottom of a section crosses into the next one.
 */
import { useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent, type ReactElement } from 'react';
import { Icon } from '../components/icons';

/** A clipping as the arrangement shows it. */
export interface DossierItem {
  id: string;
  title: string;
  source: string | null;
  /** A date for people ("3 Mar 2025"), or null. */
  date: string | null;
}

/** A section being arranged; `key` is stable across renames. */
export interface ArrangedSection {
  key: string;
  title: string;
  ids: string[];
}

export interface DossierArrangerProps {
  sections: ArrangedSection[];
  onChange(sections: ArrangedSection[]): void;
  items: ReadonlyMap<string, DossierItem>;
  /** Sections by hand: titles, "Add section", moving between sections. */
  grouped: boolean;
  /** Says what a move did, for the live region. */
  onAnnounce(message: string): void;
  newKey(): string;
}

interface Position {
  section: number;
  index: number;
}

function find(sections: ArrangedSection[], id: string): Position | null {
  for (let s = 0; s < sections.length; s++) {
    const index = (sections[s] as ArrangedSection).ids.indexOf(id);
    if (index >= 0) return { section: s, index };
  }
  return null;
}

/** Moves `id` to `index` of section `target` (an index counted before the move). */
export function moveTo(sections: ArrangedSection[], id: string, target: number, index: number): ArrangedSection[] {
  const from = find(sections, id);
  if (!from) return sections;
  let at = index;
  if (from.section === target && from.index < index) at -= 1;
  const next = sections.map((s) => ({ ...s, ids: s.ids.filter((x) => x !== id) }));
  const section = next[target];
  if (!section) return sections;
  section.ids.splice(Math.max(0, Math.min(at, section.ids.length)), 0, id);
  return next;
}

/** One step up or down; past a section's edge it lands at the near end of the neighbour. */
export function moveBy(sections: ArrangedSection[], id: string, delta: -1 | 1): ArrangedSection[] {
  const from = find(sections, id);
  if (!from) return sections;
  const length = (sections[from.section] as ArrangedSection).ids.length;
  if (delta === -1) {
    if (from.index > 0) return moveTo(sections, id, from.section, from.index - 1);
    if (from.section > 0) return moveTo(sections, id, from.section - 1, (sections[from.section - 1] as ArrangedSection).ids.length);
    return sections;
  }
  if (from.index < length - 1) return moveTo(sections, id, from.section, from.index + 2);
  if (from.section < sections.length - 1) return moveTo(sections, id, from.section + 1, 0);
  return sections;
}

function Arrow({ up }: { up: boolean }): ReactElement {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={up ? 'M12 19V5M6 11l6-6 6 6' : 'M12 5v14M6 13l6 6 6-6'} />
    </svg>
  );
}

export function DossierArranger({ sections, onChange, items, grouped, onAnnounce, newKey }: DossierArrangerProps): ReactElement {
  const root = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<{ id: string; control: 'up' | 'down' } | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<Position | null>(null);
  const total = sections.reduce((n, s) => n + s.ids.length, 0);

  // React moves a row's DOM node when it is reordered, and a moved node loses focus: put it back.
  useLayoutEffect(() => {
    const want = pendingFocus.current;
    if (!want || !root.current) return;
    pendingFocus.current = null;
    const button = root.current.querySelector<HTMLButtonElement>(`[data-move="${want.control}:${want.id}"]`);
    if (button && !button.disabled) button.focus();
    else root.current.querySelector<HTMLButtonElement>(`[data-move="${want.control === 'up' ? 'down' : 'up'}:${want.id}"]`)?.focus();
  }, [sections]);

  const titleOf = (id: string): string => items.get(id)?.title ?? 'Clipping';

  const describe = (next: ArrangedSection[], id: string): string => {
    const at = find(next, id);
    if (!at) return '';
    const section = next[at.section] as ArrangedSection;
    const where = `position ${at.index + 1} of ${section.ids.length}`;
    return grouped ? `Moved “${titleOf(id)}” to ${where} in ${section.title || `section ${at.section + 1}`}.` : `Moved “${titleOf(id)}” to ${where}.`;
  };

  const step = (id: string, delta: -1 | 1): void => {
    const next = moveBy(sections, id, delta);
    if (next === sections) return;
    pendingFocus.current = { id, control: delta === -1 ? 'up' : 'down' };
    onChange(next);
    onAnnounce(describe(next, id));
  };

  const onRowKey = (event: KeyboardEvent, id: string): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    step(id, event.key === 'ArrowUp' ? -1 : 1);
  };

  const endDrag = (): void => {
    setDragId(null);
    setDrop(null);
  };

  const onDrop = (event: DragEvent): void => {
    event.preventDefault();
    const id = dragId ?? event.dataTransfer.getData('text/plain');
    if (id && drop) {
      const next = moveTo(sections, id, drop.section, drop.index);
      onChange(next);
      onAnnounce(describe(next, id));
    }
    endDrag();
  };

  const rename = (s: number, title: string): void => {
    onChange(sections.map((section, i) => (i === s ? { ...section, title } : section)));
  };

  const removeSection = (s: number): void => {
    const gone = sections[s] as ArrangedSection;
    const into = s > 0 ? s - 1 : 1;
    const next = sections.map((section, i) => (i === into ? { ...section, ids: [...section.ids, ...gone.ids] } : section)).filter((_, i) => i !== s);
    onChange(next);
    onAnnounce(
      gone.ids.length > 0
        ? `Removed ${gone.title || 'the section'}; its clippings moved to ${(sections[into] as ArrangedSection).title || 'the next section'}.`
        : `Removed ${gone.title || 'the section'}.`,
    );
  };

  const addSection = (): void => {
    const title = `Section ${sections.length + 1}`;
    onChange([...sections, { key: newKey(), title, ids: [] }]);
    onAnnounce(`Added ${title}. Move clippings into it with Move down, or drag them.`);
    // Let the new title field take the focus, so it can be named right away.
    requestAnimationFrame(() => {
      const fields = root.current?.querySelectorAll<HTMLInputElement>('.dossier-section-title input');
      fields?.[fields.length - 1]?.select();
    });
  };

  // Running numbers across sections, computed before rendering (no counter mutated in JSX).
  const offsets = sections.map((_, s) => sections.slice(0, s).reduce((n, sec) => n + sec.ids.length, 0));
  return (
    <div ref={root} className="dossier-arranger">
      {sections.map((section, s) => {
        const listLabel = grouped ? `Clippings in ${section.title || `section ${s + 1}`}` : 'Clippings in dossier order';
        return (
          <section key={section.key} className="dossier-section" aria-label={grouped ? section.title || `Section ${s + 1}` : undefined}>
            {grouped && (
              <div className="dossier-section-head">
                <label className="dossier-section-title">
                  <span className="visually-hidden">Title of section {s + 1}</span>
                  <input
                    value={section.title}
                    maxLength={200}
                    placeholder={`Section ${s + 1}`}
                    onChange={(e) => rename(s, e.target.value)}
                  />
                </label>
                <span className="dossier-count">{section.ids.length}</span>
                {sections.length > 1 && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${section.title || `section ${s + 1}`}`}
                    title="Remove section (its clippings move to the section above)"
                    onClick={() => removeSection(s)}
                  >
                    <Icon name="close" />
                  </button>
                )}
              </div>
            )}
            <ol
              className={`dossier-order${drop && drop.section === s && section.ids.length === 0 ? ' is-drop-target' : ''}`}
              aria-label={listLabel}
              onDragOver={(e) => {
                if (!dragId) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                if (e.target === e.currentTarget) setDrop({ section: s, index: section.ids.length });
              }}
              onDrop={onDrop}
            >
              {section.ids.length === 0 && (
                <li className="dossier-order-empty">Drag clippings here, or move them with Move down from the section above.</li>
              )}
              {section.ids.map((id, i) => {
                const number = (offsets[s] ?? 0) + i + 1;
                const item = items.get(id);
                const first = s === 0 && i === 0;
                const last = s === sections.length - 1 && i === section.ids.length - 1;
                const dropClass =
                  drop && drop.section === s && dragId !== id
                    ? drop.index === i
                      ? ' drop-before'
                      : drop.index === i + 1 && i === section.ids.length - 1
                        ? ' drop-after'
                        : ''
                    : '';
                const meta = [item?.source, item?.date].filter(Boolean).join(' · ');
                return (
                  <li
                    key={id}
                    className={`dossier-row${dragId === id ? ' is-dragging' : ''}${dropClass}`}
                    draggable
                    data-id={id}
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', id);
                      e.dataTransfer.effectAllowed = 'move';
                      setDragId(id);
                    }}
                    onDragEnd={endDrag}
                    onDragOver={(e) => {
                      if (!dragId) return;
                      e.preventDefault();
                      e.stopPropagation();
                      e.dataTransfer.dropEffect = 'move';
                      const rect = e.currentTarget.getBoundingClientRect();
                      const after = e.clientY > rect.top + rect.height / 2;
                      setDrop({ section: s, index: i + (after ? 1 : 0) });
                    }}
                    onKeyDown={(e) => onRowKey(e, id)}
                  >
                    <span className="dossier-grip" aria-hidden="true">
                      <Icon name="grip" />
                    </span>
                    <span className="dossier-row-number" aria-hidden="true">
                      {number}
                    </span>
                    <span className="dossier-row-text">
                      <span className="dossier-row-title">{item?.title ?? 'Loading…'}</span>
                      {meta && <span className="dossier-row-meta">{meta}</span>}
                    </span>
                    <span className="dossier-row-actions">
                      <button
                        type="button"
                        className="icon-button"
                        data-move={`up:${id}`}
                        aria-label={`Move up: ${item?.title ?? 'clipping'}`}
                        title="Move up (Alt+↑)"
                        disabled={first}
                        onClick={() => step(id, -1)}
                      >
                        <Arrow up />
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        data-move={`down:${id}`}
                        aria-label={`Move down: ${item?.title ?? 'clipping'}`}
                        title="Move down (Alt+↓)"
                        disabled={last}
                        onClick={() => step(id, 1)}
                      >
                        <Arrow up={false} />
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      {grouped && (
        <button type="button" className="button dossier-add-section" onClick={addSection}>
          <Icon name="plus" /> Add section
        </button>
      )}
      {total === 0 && !grouped && <p className="field-hint">No clippings to arrange.</p>}
    </div>
  );
}
