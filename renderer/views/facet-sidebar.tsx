/**
 * The sidebar: where to look (library or trash), saved searches and, for the current
 * results, the tags (by count or by name, with their colours), sources, people, places and
 * years they hold. A click narrows the search by adding a filter to the query; a second
 * click takes it off again.
 */
import { memo, useMemo, type ReactElement } from 'react';
import type { FacetCount, Facets, TagInfo } from '../../shared/clipping';
import { Icon } from '../components/icons';
import { useAfterPaint } from '../hooks/use-after-paint';
import type { View } from '../hooks/use-browse';
import { useChoice } from '../hooks/use-pref';
import { FacetGroup } from './facet-group';
import { SavedSearches } from './saved-searches';

export interface FacetSidebarProps {
  /** Folded away (a narrow window, or the user's choice). */
  hidden: boolean;
  view: View;
  onView(view: View): void;
  libraryCount: number | null;
  query: string;
  /** Facets of what is shown (the search results, or the whole library). */
  facets: Facets | null;
  /** How many clippings the search found; null when not searching. */
  found: number | null;
  tags: TagInfo[];
  onToggle(token: string): void;
  /** Runs a saved search: replaces the query. */
  onRunQuery(q: string): void;
}

type TagOrder = 'count' | 'name';
const byName = (a: FacetCount, b: FacetCount): number => a.value.localeCompare(b.value);
const byCount = (a: FacetCount, b: FacetCount): number => b.count - a.count || byName(a, b);

export const FacetSidebar = memo(function FacetSidebar(props: FacetSidebarProps): ReactElement {
  const { hidden, view, onView, libraryCount, query, facets, found, tags, onToggle, onRunQuery } = props;
  // The facets of new results are drawn in the frame after the results themselves.
  const shown = useAfterPaint(useMemo(() => ({ query, facets, found }), [query, facets, found]));
  return (
    <aside id="sidebar" className="sidebar" aria-label="Filters" hidden={hidden}>
      <ViewNav view={view} onView={onView} libraryCount={libraryCount} />
      {view === 'library' && (
        <Filters {...shown} tags={tags} libraryCount={libraryCount} onToggle={onToggle} onRunQuery={onRunQuery} />
      )}
    </aside>
  );
});

type FiltersProps = Pick<FacetSidebarProps, 'query' | 'facets' | 'found' | 'tags' | 'libraryCount' | 'onToggle' | 'onRunQuery'>;

/** Saved searches and the facets of what is shown. */
const Filters = memo(function Filters(props: FiltersProps): ReactElement {
  const { query, facets, found, tags, libraryCount, onToggle, onRunQuery } = props;
  const [order, setOrder] = useChoice<TagOrder>('cuttings.sidebar.tagOrder', ['count', 'name']);
  // Over the whole library the catalogue's own tag list is the authority (and carries the
  // colours); a search narrows it to the tags of its results.
  // Until the catalogue is read (a large archive, just opened) its tag list is empty, but the
  // index's facets already count the library's tags.
  const tagFacet = (
    (found !== null || tags.length === 0) && facets ? facets.tags : tags.map((t) => ({ value: t.name, count: t.count }))
  )
    .slice()
    .sort(order === 'count' ? byCount : byName);
  const colours = new Map(tags.map((t) => [t.name, t.color]));
  const sortButton = (
    <button
      type="button"
      className="facet-sort"
      title={order === 'count' ? 'Sorted by count: sort by name' : 'Sorted by name: sort by count'}
      onClick={() => setOrder(order === 'count' ? 'name' : 'count')}
    >
      {order === 'count' ? 'By count' : 'A–Z'}
    </button>
  );
  return (
    <>
      <SavedSearches query={query} found={found} onRun={onRunQuery} />
      <FacetGroup
        title="Tags"
        field="tag"
        values={tagFacet}
        query={query}
        onToggle={onToggle}
        colours={colours}
        action={tagFacet.length > 1 ? sortButton : null}
      />
      {facets ? <EntityFacets facets={facets} query={query} onToggle={onToggle} /> : tagFacet.length === 0 && <FacetsPending />}
      {facets && tagFacet.length === 0 && libraryCount !== 0 && found === null && (
        <p className="sidebar-hint">Tags you add to clippings appear here. Click one to see only its clippings.</p>
      )}
    </>
  );
});

/**
 * Where the facets will be while they are counted (a large archive just opened, or results
 * answered before the index was loaded): a few quiet bars instead of an empty sidebar.
 */
function FacetsPending(): ReactElement {
  return (
    <div className="facet facet-pending" role="status">
      <span className="visually-hidden">Counting tags, sources and people…</span>
      {[62, 48, 70, 40, 55].map((width) => (
        <span key={width} className="skeleton" style={{ width: `${width}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}

type ViewNavProps = Pick<FacetSidebarProps, 'view' | 'onView' | 'libraryCount'>;

function ViewNav({ view, onView, libraryCount }: ViewNavProps): ReactElement {
  return (
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
  );
}

/** Sources, people, places and years of what is shown. */
function EntityFacets({
  facets,
  query,
  onToggle,
}: {
  facets: Facets;
  query: string;
  onToggle(token: string): void;
}): ReactElement {
  return (
    <>
      <FacetGroup title="Sources" field="source" values={facets.sources} query={query} onToggle={onToggle} />
      <FacetGroup title="People" field="person" values={facets.people} query={query} onToggle={onToggle} />
      <FacetGroup title="Places" field="place" values={facets.places} query={query} onToggle={onToggle} />
      <FacetGroup title="Years" field="on" values={facets.years} query={query} onToggle={onToggle} />
    </>
  );
}
