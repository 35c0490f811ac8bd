/**
 * The middle column: what is shown and how it is sorted, a "did you mean", a search that
 * could not be read, the list itself, and empty states that say what to do next.
 */
import type { ReactElement, ReactNode, Ref } from 'react';
import { Icon } from '../components/icons';
import { plural } from '../lib/format';
import { useIndexing } from '../hooks/use-indexing';
import type { LibrarySort, ResultList, SearchSort } from '../hooks/use-result-list';
import type { Selection } from '../hooks/use-selection';
import { ClippingList } from './clipping-list';
import type { View } from '../hooks/use-browse';

export interface ListPaneProps {
  view: View;
  /** The query the list reflects (already debounced), '' for the whole library. */
  query: string;
  list: ResultList;
  selection: Selection;
  listRef: Ref<HTMLDivElement>;
  librarySort: LibrarySort;
  searchSort: SearchSort;
  onLibrarySort(sort: LibrarySort): void;
  onSearchSort(sort: SearchSort): void;
  onQuery(q: string): void;
  onOpen(): void;
}

export function ListPane(props: ListPaneProps): ReactElement {
  const { view, query, list, selection, listRef, onOpen, onQuery } = props;
  const indexing = useIndexing();
  const searching = view === 'library' && query !== '';
  const heading =
    view === 'trash' ? `${plural(list.total, 'clipping')} in the trash` : searching ? `${plural(list.total, 'result')}` : plural(list.total, 'clipping');

  return (
    <section id="list-pane" className="list-pane" aria-labelledby="list-heading">
      <div className="list-header">
        <h2 id="list-heading" className="list-heading" aria-live="polite">
          {list.loading && list.total === 0 ? 'Loading…' : heading}
        </h2>
        {view === 'library' && (
          <label className="sort">
            <span>Sort</span>
            {searching ? (
              <select value={props.searchSort} onChange={(e) => props.onSearchSort(e.target.value as SearchSort)}>
                <option value="relevance">Best match</option>
                <option value="date">Newest</option>
              </select>
            ) : (
              <select value={props.librarySort} onChange={(e) => props.onLibrarySort(e.target.value as LibrarySort)}>
                <option value="captured">Recently added</option>
                <option value="published">Publication date</option>
                <option value="title">Title</option>
              </select>
            )}
          </label>
        )}
      </div>
      {indexing && (
        <div className="banner banner-progress" role="status">
          <span>
            Rebuilding the search index: {plural(indexing.done, 'clipping')} of {indexing.total.toLocaleString()}. Until it
            finishes, results may be missing or out of date.
          </span>
          <progress max={indexing.total} value={indexing.done} aria-label="Search index rebuilt so far" />
        </div>
      )}
      {list.error && (
        <p className="banner banner-error" role="alert">
          {list.error}
        </p>
      )}
      {list.didYouMean && !list.error && (
        <p className="banner">
          Did you mean{' '}
          <button type="button" className="link-button" onClick={() => onQuery(list.didYouMean ?? '')}>
            {list.didYouMean}
          </button>
          ?
        </p>
      )}
      <ClippingList
        list={list}
        listRef={listRef}
        activeId={selection.activeId}
        selected={selection.selected}
        withSnippets={searching}
        label={view === 'trash' ? 'Clippings in the trash' : searching ? 'Search results' : 'Clippings'}
        onSelect={selection.select}
        onMove={selection.move}
        onOpen={onOpen}
        empty={<EmptyList view={view} query={query} error={list.error} onQuery={onQuery} />}
      />
    </section>
  );
}

function EmptyList({
  view,
  query,
  error,
  onQuery,
}: {
  view: View;
  query: string;
  error: string | null;
  onQuery(q: string): void;
}): ReactNode {
  if (error) return null;
  if (view === 'trash') {
    return (
      <Empty icon="trash" title="The trash is empty">
        Clippings you delete wait here, so a slip of the finger never loses one.
      </Empty>
    );
  }
  if (query) {
    return (
      <Empty icon="search" title={`Nothing matches “${query}”`}>
        Check the spelling, drop a filter, or widen the search with <code>OR</code>:{' '}
        <code>peskov OR medvedev</code>. A word ending in <code>*</code> matches its beginnings.{' '}
        <button type="button" className="link-button" onClick={() => onQuery('')}>
          Show all clippings
        </button>
      </Empty>
    );
  }
  return (
    <Empty icon="inbox" title="No clippings here yet">
      Add one with <strong>Add clipping</strong>, or drop an article anywhere on this window.
    </Empty>
  );
}

function Empty({ icon, title, children }: { icon: 'trash' | 'search' | 'inbox'; title: string; children: ReactNode }): ReactElement {
  return (
    <div className="empty">
      <Icon name={icon} className="empty-icon" />
      <p className="empty-title">{title}</p>
      <p className="empty-text">{children}</p>
    </div>
  );
}
