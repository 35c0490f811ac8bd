/** The builder's "Clippings" fieldset: the selection, the current search, a saved search, or everything. */
import type { ReactElement } from 'react';
import type { DossierDraft } from '../../hooks/use-dossier-draft';
import { plural } from '../../lib/format';

export function SourceFields({ draft }: { draft: DossierDraft }): ReactElement {
  const { selectedIds, query, source, setSource, saved, count } = draft;
  return (
    <fieldset className="dossier-fieldset">
      <legend className="field-label">Clippings</legend>
      <div className="settings-choices">
        {selectedIds.length > 0 && (
          <label className="choice">
            <input type="radio" name="source" checked={source === 'selection'} onChange={() => setSource('selection')} />
            The {plural(selectedIds.length, 'selected clipping')}
          </label>
        )}
        {query && (
          <label className="choice">
            <input type="radio" name="source" checked={source === 'query'} onChange={() => setSource('query')} />
            The current search: <code>{query}</code>
          </label>
        )}
        {saved.map((x) => (
          <label key={x.id} className="choice">
            <input type="radio" name="source" checked={source === `saved:${x.id}`} onChange={() => setSource(`saved:${x.id}`)} />
            Saved search “{x.name}”
          </label>
        ))}
        <label className="choice">
          <input type="radio" name="source" checked={source === 'all'} onChange={() => setSource('all')} />
          Every clipping in the library
        </label>
      </div>
      <p className="field-hint">{count === null ? 'Counting…' : `${plural(count, 'clipping')} will go in.`}</p>
    </fieldset>
  );
}
