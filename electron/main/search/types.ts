/**
 * The search index: derived data beside the catalogue, safe to delete and rebuild.
 */
import type { SearchResult } from '../../../shared/clipping';

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
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  sort?: 'relevance' | 'date';
}

export interface SearchIndex {
  /** Inserts or replaces documents (one transaction). */
  upsert(docs: IndexDoc[]): void;
  remove(ids: string[]): void;
  /** Throws CuttingsError('bad-query') with a helpful message for a malformed query. */
  search(query: string, options?: SearchOptions): SearchResult;
  count(): number;
  close(): void;
}
