/**
 * The sidebar: where to look (library or trash) and, for the current results, the tags,
 * sources, people, places and years they hold. A click narrows the search by adding a
 * filter to the query; a second click takes it off again.
 */
import { memo, useCallback, useEffect, useState, type FormEvent, type ReactElement } from 'react';
import type { FacetCount, Facets, TagInfo } from '../../shared/clipping';
import type { SavedSearch } from '../../shared/dossier';
import { useArchiveChanged } from '../hooks/use-archive-changed';
import { Icon } from '../components/icons';
import { filterToken, hasToken, type FilterField } from '../lib/query';

import type { View } from '../hooks/use-browse';

export interface FacetSidebarProps {
  /** Folded away (a narrow window, or the user's choice). */
  hidden: boolean;
  view: View;
  onView(view: View): void;
  libraryCount: number | null;
  query: string;
  /** Facets of what is shown (the search results, or the whole library). */
  facets: Facets | null;
  /** True when `facets` belong to a search rather than the whole library. */
  searching: boolean;
  tags: TagInfo[];
  onToggle(token: string): void;
  /** Runs a saved search: replaces the query. */
  onRunQuery?(q: string): void;
}

const MAX_VALUES = 12;

export const FacetSidebar = memo(function FacetSidebar({
  hidden,
  view,
  onView,
  libraryCount,
  query,
  facets,
  searching,
  tags,
  onToggle,
  onRunQuery,
}: FacetSidebarProps): ReactElement {
  // Over the whole library the catalogue's own tag list is the authority (and carries the
  // colours); a search narrows it to the tags of its results.
  const tagFacet: FacetCount[] = searching && facets ? facets.tags : tags.map((t) => ({ value: t.name, count: t.count }));
  const colours = new Map(tags.map((t) => [t.name, t.color]));
  return (
    <aside id="sidebar" className="sidebar" aria-label="Filters" hidden={hidden}>
      <nav aria-label="Views" className="sidebar-nav">
        <button
          type="button"
          className="nav-item"
          aria-current={view === 'library' ? 'page' : undefined}
          onClick={() => onView('library')}
        >
          <Icon name="archive" /> <span>Library</span>
          {libraryCount !== null && <span className="count">{libraryCount.toLocaleString()}</span>}
        </button>
        <button
          type="button"
          className="nav-item"
          aria-current={view === 'trash' ? 'page' : undefined}
          onClick={() => onView('trash')}
        >
          <Icon name="trash" /> <span>Trash</span>
        </button>
      </nav>
      {view === 'library' && (
        <>
          {onRunQuery && <SavedSearches query={query} onRun={onRunQuery} />}
          <FacetGroup title="Tags" field="tag" values={tagFacet} query={query} onToggle={onToggle} colours={colours} />
          {facets && (
            <>
              <FacetGroup title="Sources" field="source" values={facets.sources} query={query} onToggle={onToggle} />
              <FacetGroup title="People" field="person" values={facets.people} query={query} onToggle={onToggle} />
              <FacetGroup title="Places" field="place" values={facets.places} query={query} onToggle={onToggle} />
              <FacetGroup title="Years" field="on" values={facets.years} query={query} onToggle={onToggle} />
            </>
          )}
          {tagFacet.length === 0 && (
            <p className="sidebar-hint">Tags you add to clippings appear here. Click one to see only its clippings.</p>
          )}
        </>
      )}
    </aside>
  );
});

function FacetGroup({
  title,
  field,
  values,
  query,
  onToggle,
  colours,
}: {
  title: string;
  field: FilterField;
  values: FacetCount[];
  query: string;
  onToggle(token: string): void;
  colours?: Map<string, string | null>;
}): ReactElement | null {
  if (values.length === 0) return null;
  const headingId = `facet-${field}`;
  return (
    <section className="facet" aria-labelledby={headingId}>
      <h2 id={headingId} className="facet-title">
        {title}
      </h2>
      <ul className="facet-list">
        {values.slice(0, MAX_VALUES).map(({ value, count }) => {
          const token = filterToken(field, value);
          const active = hasToken(query, token);
          const colour = colours?.get(value);
          return (
            <li key={value}>
              <button
                type="button"
                className="facet-item"
                aria-pressed={active}
                title={active ? `Remove ${token} from the search` : `Narrow the search with ${token}`}
                onClick={() => onToggle(token)}
              >
                {field === 'tag' && (
                  // Set through the CSSOM (allowed by the CSP), never as a style attribute.
                  <span className="tag-dot" style={colour ? { backgroundColor: colour } : undefined} />
                )}
                <span className="facet-value">{value}</span>
                <span className="count">{count.toLocaleString()}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The saved searches: click one to run it; save the current query under a name; delete one. */
function SavedSearches({ query, onRun }: { query: string; onRun(q: string): void }): ReactElement | null {
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback((): void => {
    window.cuttings.searches.list({}).then(setSaved, (err: Error) => setError(err.message));
  }, []);
  useEffect(refresh, [refresh]);
  // Saved searches are manifest changes: main reports them as `archive.changed` with no ids.
  useArchiveChanged(refresh);
  const active = query.trim() !== '';

  const save = (e: FormEvent): void => {
    e.preventDefault();
    window.cuttings.searches.save({ name, query }).then(
      () => {
        setNaming(false);
        setName('');
        setError(null);
        refresh();
      },
      (err: Error) => setError(err.message),
    );
  };
  const remove = (s: SavedSearch): void => {
    window.cuttings.searches.delete({ id: s.id }).then(refresh, (err: Error) => setError(err.message));
  };

  if (saved.length === 0 && !active) return null;
  return (
    <section className="facet" aria-labelledby="facet-saved">
      <h2 id="facet-saved" className="facet-title">
        Saved searches
      </h2>
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
              <span className="facet-value">{s.name}</span>
            </button>
            <button
              type="button"
              className="icon-button saved-search-delete"
              aria-label={`Delete saved search ${s.name}`}
              title={`Delete saved search ${s.name}`}
              onClick={() => remove(s)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {active && !naming && (
        <button type="button" className="link-button" onClick={() => setNaming(true)}>
          Save this search
        </button>
      )}
      {active && naming && (
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
              if (e.key === 'Escape') setNaming(false);
            }}
          />
          <button type="submit" className="button button-small button-primary">
            Save
          </button>
        </form>
      )}
      {error && (
        <p className="sidebar-hint" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
