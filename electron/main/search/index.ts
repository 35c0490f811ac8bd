/**
 * Full-text search over the archive: SQLite FTS5 through Node's built-in `node:sqlite`,
 * kept as derived data beside the catalogue. The query language is described in README.md.
 */
import type { Clipping } from '../../../shared/clipping';
import { SqliteSearchIndex } from './sqlite-index';
import type { IndexDoc, IndexOptions, SearchIndex } from './types';

export type { IndexDoc, IndexOptions, SearchIndex } from './types';

/**
 * Opens the index stored in `file` (`':memory:'` for a throwaway one), creating it and its
 * folder if needed. A damaged or outdated file is deleted and recreated empty, and the returned
 * index reports `needsRebuild`.
 */
export function openSearchIndex(file: string, options?: IndexOptions): SearchIndex {
  return new SqliteSearchIndex(file, options);
}

/** What the index stores of a clipping. */
export function toIndexDoc(c: Clipping, extra?: { isDuplicate?: boolean }): IndexDoc {
  return {
    id: c.id,
    title: c.title,
    text: c.text,
    source: c.source,
    author: c.author,
    lang: c.lang,
    tags: c.tags,
    people: c.entities.people,
    places: c.entities.places,
    organisations: c.entities.organisations,
    publishedAt: c.publishedAt,
    capturedAt: c.capturedAt,
    hasQuote: c.quotes.length > 0,
    isDuplicate: extra?.isDuplicate ?? false,
    notes: c.notes,
    caption: c.caption,
  };
}
