/**
 * The sidebar: where to look (library or trash) and, for the current results, the tags,
 * sources, people, places and years they hold. A click narrows the search by adding a
 * filter to the query; a second click takes it off again.
 */
import { memo, type ReactElement } from 'react';
import type { FacetCount, Facets, TagInfo } from '../../shared/clipping';
import { Icon } from '../components/icons';
import { filterToken, hasToken, type FilterField } from '../lib/query';

export type View = 'library' | 'trash';

export interface FacetSidebarProps {
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
}

const MAX_VALUES = 12;

export const FacetSidebar = memo(function FacetSidebar({
  view,
  onView,
  libraryCount,
  query,
  facets,
  searching,
  tags,
  onToggle,
}: FacetSidebarProps): ReactElement {
  // Over the whole library the catalogue's own tag list is the authority (and carries the
  // colours); a search narrows it to the tags of its results.
  const tagFacet: FacetCount[] = searching && facets ? facets.tags : tags.map((t) => ({ value: t.name, count: t.count }));
  const colours = new Map(tags.map((t) => [t.name, t.color]));
  return (
    <aside className="sidebar" aria-label="Filters">
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
