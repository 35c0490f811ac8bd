/** The builder's "Layout" fieldset: sections, order, paper, and how clippings follow each other. */
import type { ReactElement } from 'react';
import type { DossierDraft, GroupBy, Order } from '../../hooks/use-dossier-draft';
import { PrintedChoice } from '../print/printed-choice';

export function LayoutFields({ draft }: { draft: DossierDraft }): ReactElement {
  const { layout, setLayout, byHand } = draft;
  return (
    <fieldset className="dossier-fieldset dossier-layout">
      <legend className="field-label">Layout</legend>
      <label className="meta-label">
        Sections
        <select value={layout.groupBy} onChange={(e) => setLayout({ groupBy: e.target.value as GroupBy })}>
          <option value="none">One list</option>
          <option value="tag">By tag</option>
          <option value="source">By outlet</option>
          <option value="day">By day</option>
          <option value="hand">By hand</option>
        </select>
      </label>
      <label className="meta-label">
        Order
        <select
          value={byHand ? 'manual' : layout.order}
          disabled={layout.groupBy === 'hand'}
          onChange={(e) => setLayout({ order: e.target.value as Order })}
        >
          <option value="date">By date</option>
          <option value="source">By outlet</option>
          <option value="manual">By hand</option>
        </select>
      </label>
      <label className="meta-label">
        Paper
        <select value={layout.paper} onChange={(e) => setLayout({ paper: e.target.value as 'A4' | 'Letter' })}>
          <option value="A4">A4</option>
          <option value="Letter">US Letter</option>
        </select>
      </label>
      <PrintedChoice value={layout.printed} onChange={(printed) => setLayout({ printed })} />
      <div className="dossier-layout-checks">
        <label className="choice">
          <input type="checkbox" checked={layout.pagePerClipping} onChange={(e) => setLayout({ pagePerClipping: e.target.checked })} />
          Each clipping on a new page
        </label>
        <label className="choice">
          <input type="checkbox" checked={layout.showTags} onChange={(e) => setLayout({ showTags: e.target.checked })} />
          Print each clipping’s tags
        </label>
      </div>
    </fieldset>
  );
}
