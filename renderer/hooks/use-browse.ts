/**
 * What the list shows: the view (library or trash), the query as typed, the sorts, and the
 * source they make together. The query is searched at most once per {@link SEARCH_INTERVAL_MS}
 * while typing; a keystroke after a pause searches at once.
 */
import { useCallback, useState } from 'react';
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

export function useBrowse(): Browse {
  const [view, setView] = useState<View>('library');
  const [query, typed, setQuery] = useThrottledState('', SEARCH_INTERVAL_MS);
  const q = typed.trim();
  const [librarySort, setLibrarySort] = useState<LibrarySort>('captured');
  const [searchSort, setSearchSort] = useState<SearchSort>('relevance');
  const source: ListSource =
    view === 'trash'
      ? { kind: 'trash' }
      : q
        ? { kind: 'search', q, sort: searchSort }
        : { kind: 'library', sort: librarySort };
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
