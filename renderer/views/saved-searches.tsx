/**
 * The sidebar's saved searches: click one to run it, × to delete it, and "Save this search"
 * to keep the current query under a name (offered only while a search finds something).
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactElement } from 'react';
import type { SavedSearch } from '../../shared/dossier';
import { Icon } from '../components/icons';
import { useArchiveChanged } from '../hooks/use-archive-changed';
import { errorText } from '../lib/errors';

export interface SavedSearchesProps {
  query: string;
  /** How many clippings the current search finds (null: no search). */
  found: number | null;
  onRun(q: string): void;
}

export function SavedSearches({ query, found, onRun }: SavedSearchesProps): ReactElement | null {
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [naming, setNaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback((): void => {
    window.cuttings.searches.list({}).then(setSaved, (err: unknown) => setError(errorText(err)));
  }, []);
  useEffect(refresh, [refresh]);
  // Saved searches are manifest changes: main reports them as `archive.changed` with no ids.
  useArchiveChanged(refresh);
  const savable = query.trim() !== '' && (found ?? 0) > 0 && !saved.some((s) => s.query === query);

  const remove = (s: SavedSearch): void => {
    window.cuttings.searches.delete({ id: s.id }).then(refresh, (err: unknown) => setError(errorText(err)));
  };

  if (saved.length === 0 && !savable) return null;
  return (
    <section className="facet" aria-labelledby="facet-saved">
      <div className="facet-head">
        <h2 id="facet-saved" className="facet-title">
          Saved searches
        </h2>
      </div>
      <ul className="facet-list">
        {saved.map((s) => (
          <li key={s.id} className="saved-search">
            <button
              type="button"
              className="facet-item"
              aria-pressed={s.query === query}
              title={`Search for ${s.query}`}
              onClick={() => onRun(s.query)}
            >
              <bdi className="facet-value">{s.name}</bdi>
            </button>
            <button
              type="button"
              className="icon-button saved-search-delete"
              aria-label={`Delete saved search ${s.name}`}
              title={`Delete saved search ${s.name}`}
              onClick={() => remove(s)}
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
      </ul>
      {savable && !naming && (
        <button type="button" className="button button-small facet-save" onClick={() => setNaming(true)}>
          <Icon name="plus" /> Save this search
        </button>
      )}
      {savable && naming && (
        <SaveForm
          query={query}
          onDone={() => {
            setNaming(false);
            setError(null);
            refresh();
          }}
          onCancel={() => setNaming(false)}
          onError={setError}
        />
      )}
      {error && (
        <p className="sidebar-hint" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function SaveForm(props: {
  query: string;
  onDone(): void;
  onCancel(): void;
  onError(message: string): void;
}): ReactElement {
  const [name, setName] = useState('');
  const save = (e: FormEvent): void => {
    e.preventDefault();
    window.cuttings.searches
      .save({ name, query: props.query })
      .then(props.onDone, (err: unknown) => props.onError(errorText(err)));
  };
  return (
    <form className="saved-search-form" onSubmit={save}>
      <input
        className="input"
        placeholder="Name, e.g. Peskov on energy"
        aria-label="Name of the saved search"
        value={name}
        maxLength={100}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onCancel();
        }}
      />
      <button type="submit" className="button button-small button-primary">
        Save
      </button>
    </form>
  );
}
