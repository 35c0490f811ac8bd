/**
 * The search index: derived data beside the catalogue, safe to delete and rebuild.
 */
import type { SearchAnswer, SearchHit, SearchResult } from '../../../shared/clipping';
import type { SearchSort } from '../../../shared/sort';

/** What the index needs to know of a clipping. */
export interface IndexDoc {
  id: string;
  title: string;
  text: string;
  source: string | null;
  author: string | null;
  lang: string | null;
  tags: string[];
  people: string[];
  places: string[];
  organisations: string[];
  /** ISO date or null; date filters fall back to `capturedAt`. */
  publishedAt: string | null;
  capturedAt: string;
  hasQuote: boolean;
  isDuplicate: boolean;
  /** The user's notes: searchable as free text (weighted like the metadata). */
  notes?: string;
  /** Photo caption: searchable as free text. */
  caption?: string | null;
}

/** How an index is opened. */
export interface IndexOptions {
  /** Words in at least this many documents get a bitmap (hot-postings.ts); tests lower it. */
  hotWordDocs?: number;
  /**
   * Open an existing file without ever writing it (read-only commands, read-only media, a
   * full disk); throws when the file is missing or unusable. Only searches may be run.
   */
  readOnly?: boolean;
  /** @internal Documents per slice of {@link SearchIndex.warm}, and a fiftieth of it in hot words (tests lower it). */
  warmSlice?: number;
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  sort?: SearchSort;
}

/** A page of the library list as the index knows it (see {@link SearchIndex.browse}). */
export interface BrowseOptions {
  offset?: number;
  limit?: number;
  /** Newest capture first, or newest publication (else capture) first. */
  sort?: 'captured' | 'published';
}

/** What the index holds of a clipping for the list: no dateline or length (the catalogue has those). */
export type BrowseRow = Pick<SearchHit, 'id' | 'title' | 'source' | 'publishedAt' | 'capturedAt' | 'tags'>;

export interface BrowsePage {
  total: number;
  items: BrowseRow[];
}

export interface SearchIndex {
  /** Inserts or replaces documents (one transaction). */
  upsert(docs: IndexDoc[]): void;
  remove(ids: string[]): void;
  /** Throws CuttingsError('bad-query') with a helpful message for a malformed query. */
  search(query: string, options?: SearchOptions): SearchResult;
  /**
   * {@link search} without loading anything into memory while nothing is loaded yet (see
   * {@link warm}; cold-search.ts): the same total, hits, order and suggestion, read from the
   * file alone, but `facets` null. Null when the query has no free text (it starts from every
   * document: {@link search} loads the cache for it). Once loaded, the same as {@link search}.
   */
  searchWithoutCache(query: string, options?: SearchOptions): SearchAnswer | null;
  count(): number;
  /**
   * Every indexed clipping, a page at a time, newest first: the window's first list while the
   * catalogue is still being read (the index holds no trashed clippings).
   */
  browse(options?: BrowseOptions): BrowsePage;
  /**
   * Opening reads nothing into memory; the first search or write loads the per-document cache
   * and the hot words (a few hundred ms at 100,000 clippings) at once. This loads them ahead, a
   * slice at a time, letting the event loop run between slices (the app, while it opens).
   */
  warm(): Promise<void>;
  close(): void;
  /**
   * True when the file was missing, damaged (then deleted and recreated empty), from an older
   * schema, or left half-rebuilt: the library should rebuild it from the catalogue.
   * False again once a rebuild completes.
   */
  readonly needsRebuild: boolean;
  /**
   * The catalogue generation the index was last recorded in step with, or null when never
   * recorded (a new, older or rebuilt-but-unmarked index). See {@link SearchIndex.markInStep}.
   */
  readonly catalogueGeneration: number | null;
  /** Records that the index now matches catalogue generation `generation`. */
  markInStep(generation: number): void;
  /** Whether the indexed document `id` is marked `is:duplicate` (false when not indexed). */
  isDuplicate(id: string): boolean;
  /**
   * Replaces the whole index with `docs` (for `cuttings reindex` and automatic rebuilds).
   * `onProgress(done, total)` is called every few hundred documents; `total` is the array's
   * length, or 0 when `docs` is an iterable of unknown size.
   */
  rebuild(docs: Iterable<IndexDoc>, onProgress?: (done: number, total: number) => void): void;
  /**
   * Starts a rebuild fed in batches (for callers that read texts asynchronously): `add` writes
   * a batch, `finish` puts the new index in place of the old one, which answers searches (and
   * takes changes, carried over at the end) until then; `cancel` throws the new one away.
   */
  beginRebuild(): IndexRebuild;
}

/** A rebuild in progress; see {@link SearchIndex.beginRebuild}. */
export interface IndexRebuild {
  add(docs: IndexDoc[]): void;
  finish(): void;
  cancel(): void;
}
