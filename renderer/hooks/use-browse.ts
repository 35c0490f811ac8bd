/**
 * What the list shows: the view (library or trash), the query as typed, the sorts, and the
 * source they make together. The query is searched at most once per {@link SEARCH_INTERVAL_MS}
 * while typing; a keystroke after a pause searches at once.
 */
import { useCallback, useState } from 'react';
import { prefetchFirstPage } from './fetch-page';
import { toggleToken } from '../lib/query';
import type { LibrarySort, ListSource, SearchSort } from './use-result-list';
import { useThrottledState } from './use-throttled-value';

export type View = 'library' | 'trash';

const SEARCH_INTERVAL_MS = 80;

export interface Browse {
  view: View;
  setView(view: View): void;
  /** The query as typed. */
  query: string;
  setQuery(q: string): void;
  /** The query being searched (trimmed and throttled). */
  q: string;
  librarySort: LibrarySort;
  setLibrarySort(sort: LibrarySort): void;
  searchSort: SearchSort;
  setSearchSort(sort: SearchSort): void;
  source: ListSource;
  /** Adds a filter token to the query, or takes it off (back in the library). */
  narrow(token: string): void;
}

/** What the list shows for a view, a (trimmed) query and the sorts. */
const sourceOf = (view: View, q: string, librarySort: LibrarySort, searchSort: SearchSort): ListSource =>
  view === 'trash' ? { kind: 'trash' } : q ? { kind: 'search', q, sort: searchSort } : { kind: 'library', sort: librarySort };

export function useBrowse(): Browse {
  const [view, setView] = useState<View>('library');
  const [librarySort, setLibrarySort] = useState<LibrarySort>('captured');
  const [searchSort, setSearchSort] = useState<SearchSort>('relevance');
  // A query passed on to the list is asked for at once, before the keystroke is rendered.
  const [query, typed, setQuery] = useThrottledState('', SEARCH_INTERVAL_MS, (value) =>
    prefetchFirstPage(sourceOf(view, value.trim(), librarySort, searchSort)),
  );
  const q = typed.trim();
  const source = sourceOf(view, q, librarySort, searchSort);
  const narrow = useCallback(
    (token: string): void => {
      setView('library');
      setQuery((current) => toggleToken(current, token));
    },
    [setQuery],
  );
  return {
    view,
    setView,
    query,
    setQuery,
    q,
    librarySort,
    setLibrarySort,
    searchSort,
    setSearchSort,
    source,
    narrow,
  };
}
