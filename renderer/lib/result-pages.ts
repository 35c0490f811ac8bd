/**
 * The pages of rows behind the library list (pure: no React, no window): which pages a range
 * needs, and how rows are found in the pages loaded so far.
 */
import type { Facets } from '../../shared/clipping';
import type { LibrarySort, SearchSort } from '../../shared/sort';
import type { Row } from './rows';

/** What the list shows: the library, the trash, or the results of a search. */
export type ListSource =
  | { kind: 'library'; sort: LibrarySort }
  | { kind: 'trash' }
  | { kind: 'search'; q: string; sort: SearchSort };

/** Rows per request: a screenful several times over, small enough to answer in a few ms. */
export const PAGE = 50;

/** Loaded pages by number. */
export type Pages = ReadonlyMap<number, Row[]>;

export interface Page {
  total: number;
  rows: Row[];
  facets: Facets | null;
  didYouMean: string | null;
}

/** The pages holding rows [start, end]. */
export function pagesFor(start: number, end: number): number[] {
  const pages: number[] = [];
  for (let p = Math.floor(Math.max(0, start) / PAGE); p <= Math.floor(Math.max(0, end) / PAGE); p++) pages.push(p);
  return pages;
}

export const rowIn = (pages: Pages, index: number): Row | undefined => pages.get(Math.floor(index / PAGE))?.[index % PAGE];

/** Index of a loaded row, or -1. */
export function indexIn(pages: Pages, id: string): number {
  for (const [p, rows] of pages) {
    const i = rows.findIndex((r) => r.id === id);
    if (i >= 0) return p * PAGE + i;
  }
  return -1;
}

/** Every loaded row, in list order. */
export const loadedRows = (pages: Pages): Row[] => [...pages].sort((a, b) => a[0] - b[0]).flatMap(([, rows]) => rows);
