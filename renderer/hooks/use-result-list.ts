/**
 * The rows behind the library list, fetched a page at a time so a 100,000-clipping archive
 * costs only what is on screen. The list says which index range it shows; missing pages
 * are fetched and merged. A change of query, sort or view starts a new generation, and
 * answers from an older generation are dropped so fast typing never shows stale results.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Facets } from '../../shared/clipping';
import { rowFromHit, rowFromSummary, type Row } from '../lib/rows';
import type { LibrarySort, SearchSort } from '../../shared/sort';
import { useArchiveChanged } from './use-archive-changed';
import { errorText } from '../lib/errors';

export type { LibrarySort, SearchSort };

/** What the list shows: the library, the trash, or the results of a search. */
export type ListSource =
  | { kind: 'library'; sort: LibrarySort }
  | { kind: 'trash' }
  | { kind: 'search'; q: string; sort: SearchSort };

export interface ResultList {
  /** The source these rows belong to (JSON of {@link ListSource}). */
  key: string;
  total: number;
  /** True until the first page of the current source has arrived. */
  loading: boolean;
  error: string | null;
  facets: Facets | null;
  didYouMean: string | null;
  rowAt(index: number): Row | undefined;
  /** Index of a loaded row, or -1. */
  indexOf(id: string): number;
  /** Every loaded row, in list order. */
  loaded(): Row[];
  /** The list shows rows [start, end]; fetch what is missing. */
  requestRange(start: number, end: number): void;
  /** The row at `index`, fetching its page if needed (for keys like End that jump far). */
  ensureRow(index: number): Promise<Row | undefined>;
}

/** Rows per request: a screenful several times over, small enough to answer in a few ms. */
const PAGE = 50;

interface Page {
  total: number;
  rows: Row[];
  facets: Facets | null;
  didYouMean: string | null;
}

interface Snapshot {
  key: string;
  total: number;
  pages: ReadonlyMap<number, Row[]>;
  facets: Facets | null;
  didYouMean: string | null;
  error: string | null;
}

async function fetchPage(source: ListSource, page: number): Promise<Page> {
  const offset = page * PAGE;
  if (source.kind === 'search') {
    const r = await window.cuttings.search.query({ q: source.q, offset, limit: PAGE, sort: source.sort });
    return { total: r.total, rows: r.hits.map(rowFromHit), facets: r.facets, didYouMean: r.didYouMean };
  }
  const r = await window.cuttings.clippings.list({
    offset,
    limit: PAGE,
    sort: source.kind === 'library' ? source.sort : 'captured',
    trashed: source.kind === 'trash',
  });
  return { total: r.total, rows: r.items.map(rowFromSummary), facets: null, didYouMean: null };
}

function pagesFor(start: number, end: number): number[] {
  const pages: number[] = [];
  for (let p = Math.floor(Math.max(0, start) / PAGE); p <= Math.floor(Math.max(0, end) / PAGE); p++) pages.push(p);
  return pages;
}


/** Paged rows for `source`, refreshed when the archive changes. */
export function useResultList(source: ListSource): ResultList {
  const key = JSON.stringify(source);
  const [snap, setSnap] = useState<Snapshot>({
    key: '',
    total: 0,
    pages: new Map(),
    facets: null,
    didYouMean: null,
    error: null,
  });
  const generation = useRef(0);
  const inflight = useRef(new Set<string>());
  const range = useRef<[number, number]>([0, 0]);

  const reload = useCallback(async (forKey: string, keepRange: boolean) => {
    const gen = ++generation.current;
    const wanted = new Set([0, ...(keepRange ? pagesFor(...range.current) : [])]);
    const pages = [...wanted];
    try {
      const src = JSON.parse(forKey) as ListSource;
      const results = await Promise.all(pages.map((p) => fetchPage(src, p)));
      if (gen !== generation.current) return;
      const first = results[0] as Page;
      setSnap({
        key: forKey,
        total: first.total,
        pages: new Map(pages.map((p, i) => [p, (results[i] as Page).rows])),
        facets: first.facets,
        didYouMean: first.didYouMean,
        error: null,
      });
    } catch (err) {
      if (gen !== generation.current) return;
      // Keep the previous rows on screen: a query half-typed into something malformed
      // should not blank the list, only say what is wrong.
      setSnap((s) => ({ ...s, key: forKey, error: errorText(err) }));
    }
  }, []);

  useEffect(() => {
    range.current = [0, 0];
    void reload(key, false);
  }, [key, reload]);

  // Refreshes after changes never overlap: while one is running, further changes only
  // mark the list stale and one more refresh follows. (Restarting on every change would
  // starve the list during a long import that changes the archive many times a second.)
  const latestKey = useRef(key);
  useEffect(() => {
    latestKey.current = key;
  }, [key]);
  const refreshing = useRef(false);
  const stale = useRef(false);
  const refresh = useCallback(async () => {
    if (refreshing.current) {
      stale.current = true;
      return;
    }
    refreshing.current = true;
    try {
      do {
        stale.current = false;
        await reload(latestKey.current, true);
      } while (stale.current);
    } finally {
      refreshing.current = false;
    }
  }, [reload]);
  useArchiveChanged(() => void refresh());

  const requestRange = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      if (snap.key !== key) return;
      const gen = generation.current;
      for (const p of pagesFor(start, end)) {
        const tag = `${gen}:${p}`;
        if (snap.pages.has(p) || inflight.current.has(tag) || p * PAGE >= snap.total) continue;
        inflight.current.add(tag);
        fetchPage(JSON.parse(key) as ListSource, p)
          .then((page) => {
            if (gen !== generation.current) return;
            setSnap((s) => (s.key === key ? { ...s, total: page.total, pages: new Map(s.pages).set(p, page.rows) } : s));
          })
          .catch(() => {
            // A failed page stays a placeholder; the next scroll or change asks again.
          })
          .finally(() => inflight.current.delete(tag));
      }
    },
    [key, snap],
  );

  const ensureRow = useCallback(
    async (index: number): Promise<Row | undefined> => {
      const p = Math.floor(index / PAGE);
      const have = snap.key === key ? snap.pages.get(p) : undefined;
      if (have) return have[index % PAGE];
      const gen = generation.current;
      const page = await fetchPage(JSON.parse(key) as ListSource, p);
      if (gen !== generation.current) return undefined;
      setSnap((s) => (s.key === key ? { ...s, total: page.total, pages: new Map(s.pages).set(p, page.rows) } : s));
      return page.rows[index % PAGE];
    },
    [key, snap],
  );

  const rowAt = useCallback(
    (index: number): Row | undefined => snap.pages.get(Math.floor(index / PAGE))?.[index % PAGE],
    [snap.pages],
  );

  const indexOf = useCallback(
    (id: string): number => {
      for (const [p, rows] of snap.pages) {
        const i = rows.findIndex((r) => r.id === id);
        if (i >= 0) return p * PAGE + i;
      }
      return -1;
    },
    [snap.pages],
  );

  const loaded = useCallback(
    (): Row[] => [...snap.pages].sort((a, b) => a[0] - b[0]).flatMap(([, rows]) => rows),
    [snap.pages],
  );

  return {
    key: snap.key,
    total: snap.total,
    loading: snap.key !== key && !snap.error,
    error: snap.error,
    facets: snap.facets,
    didYouMean: snap.didYouMean,
    rowAt,
    indexOf,
    loaded,
    requestRange,
    ensureRow,
  };
}
