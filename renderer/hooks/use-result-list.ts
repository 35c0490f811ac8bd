/**
 * The rows behind the library list, fetched a page at a time so a 100,000-clipping archive
 * costs only what is on screen. The list says which index range it shows; missing pages
 * are fetched and merged. A change of query, sort or view starts a new generation, and
 * answers from an older generation are dropped so fast typing never shows stale results.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import type { Facets } from '../../shared/clipping';
import type { LibrarySort, SearchSort } from '../../shared/sort';
import { errorText } from '../lib/errors';
import { fetchPage, takeFirstPage } from './fetch-page';
import { indexIn, loadedRows, pagesFor, PAGE, rowIn, type ListSource, type Page, type Pages } from '../lib/result-pages';
import type { Row } from '../lib/rows';
import { useSerialRefresh } from './use-serial-refresh';

export type { LibrarySort, ListSource, SearchSort };

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
  /** The loaded pages of rows, by page number (rows `page * PAGE` on); a new map when one loads or changes. */
  pages: Pages;
  /** Index of a loaded row, or -1. */
  indexOf(id: string): number;
  /** Every loaded row, in list order. */
  loaded(): Row[];
  /** The list shows rows [start, end]; fetch what is missing. */
  requestRange(start: number, end: number): void;
  /** The row at `index`, fetching its page if needed (for keys like End that jump far). */
  ensureRow(index: number): Promise<Row | undefined>;
}

interface Snapshot {
  key: string;
  total: number;
  pages: Pages;
  facets: Facets | null;
  didYouMean: string | null;
  error: string | null;
}

const EMPTY: Snapshot = { key: '', total: 0, pages: new Map(), facets: null, didYouMean: null, error: null };

/**
 * The current snapshot and `reload(key, keepRange)`: the first page (and, when keeping the
 * range, the pages on screen) of the source `key`; answers of an older generation are dropped.
 */
function useSnapshot(): {
  snap: Snapshot;
  setSnap: Dispatch<SetStateAction<Snapshot>>;
  reload: (key: string, keepRange: boolean) => Promise<void>;
  generationRef: MutableRefObject<number>;
  rangeRef: MutableRefObject<[number, number]>;
} {
  const [snap, setSnap] = useState<Snapshot>(EMPTY);
  const generation = useRef(0);
  const range = useRef<[number, number]>([0, 0]);
  const reload = useCallback(async (forKey: string, keepRange: boolean) => {
    const gen = ++generation.current;
    const pages = [...new Set([0, ...(keepRange ? pagesFor(...range.current) : [])])];
    try {
      const src = JSON.parse(forKey) as ListSource;
      // A new source's first page may have been asked for as it was typed (fetch-page.ts).
      const results = await Promise.all(pages.map((p) => (p === 0 && !keepRange ? takeFirstPage(forKey) : fetchPage(src, p))));
      if (gen !== generation.current) return;
      const first = results[0] as Page;
      const loaded = new Map(pages.map((p, i) => [p, (results[i] as Page).rows]));
      setSnap({ key: forKey, total: first.total, pages: loaded, facets: first.facets, didYouMean: first.didYouMean, error: null });
    } catch (err) {
      if (gen !== generation.current) return;
      // Keep the previous rows on screen: a query half-typed into something malformed
      // should not blank the list, only say what is wrong.
      setSnap((s) => ({ ...s, key: forKey, error: errorText(err) }));
    }
  }, []);
  return { snap, setSnap, reload, generationRef: generation, rangeRef: range };
}

/** Paged rows for `source`, refreshed when the archive changes. */
export function useResultList(source: ListSource): ResultList {
  const key = JSON.stringify(source);
  const { snap, setSnap, reload, generationRef, rangeRef } = useSnapshot();
  const inflight = useRef(new Set<string>());

  useEffect(() => {
    rangeRef.current = [0, 0];
    void reload(key, false);
  }, [key, reload, rangeRef]);
  useSerialRefresh(key, reload);

  /** Puts a page fetched for `key` into the snapshot, unless the source changed meanwhile. */
  const store = useCallback(
    (p: number, page: Page) => setSnap((s) => (s.key === key ? { ...s, total: page.total, pages: new Map(s.pages).set(p, page.rows) } : s)),
    [key, setSnap],
  );

  const requestRange = useCallback(
    (start: number, end: number) => {
      rangeRef.current = [start, end];
      if (snap.key !== key) return;
      const gen = generationRef.current;
      for (const p of pagesFor(start, end)) {
        const tag = `${gen}:${p}`;
        if (snap.pages.has(p) || inflight.current.has(tag) || p * PAGE >= snap.total) continue;
        inflight.current.add(tag);
        fetchPage(JSON.parse(key) as ListSource, p)
          .then((page) => gen === generationRef.current && store(p, page))
          .catch(() => {
            // A failed page stays a placeholder; the next scroll or change asks again.
          })
          .finally(() => inflight.current.delete(tag));
      }
    },
    [key, snap, store, generationRef, rangeRef],
  );

  const ensureRow = useCallback(
    async (index: number): Promise<Row | undefined> => {
      const p = Math.floor(index / PAGE);
      const have = snap.key === key ? snap.pages.get(p) : undefined;
      if (have) return have[index % PAGE];
      const gen = generationRef.current;
      const page = await fetchPage(JSON.parse(key) as ListSource, p);
      if (gen !== generationRef.current) return undefined;
      store(p, page);
      return page.rows[index % PAGE];
    },
    [key, snap, store, generationRef],
  );

  const rowAt = useCallback((index: number) => rowIn(snap.pages, index), [snap.pages]);
  const indexOf = useCallback((id: string) => indexIn(snap.pages, id), [snap.pages]);
  const loaded = useCallback(() => loadedRows(snap.pages), [snap.pages]);

  const { total, error, facets, didYouMean } = snap;
  const loading = snap.key !== key && !error;
  return {
    key: snap.key,
    total,
    loading,
    error,
    facets,
    didYouMean,
    rowAt,
    pages: snap.pages,
    indexOf,
    loaded,
    requestRange,
    ensureRow,
  };
}
