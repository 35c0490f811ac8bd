/** Builds index documents for tests: only what a test cares about needs saying. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSearchIndex } from '../../../electron/main/search/index';
import type { IndexDoc, SearchIndex } from '../../../electron/main/search/types';

let counter = 0;

export function doc(partial: Partial<IndexDoc> & { title: string }): IndexDoc {
  counter++;
  return {
    id: partial.id ?? `doc-${counter}`,
    text: '',
    source: null,
    author: null,
    lang: 'en',
    tags: [],
    people: [],
    places: [],
    organisations: [],
    publishedAt: null,
    capturedAt: '2025-06-01T10:00:00.000Z',
    hasQuote: false,
    isDuplicate: false,
    ...partial,
  };
}

/** A temp folder removed after the test file. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cuttings-search-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An index in a temp folder holding `docs`. */
export function indexWith(docs: IndexDoc[]): { index: SearchIndex; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const index = openSearchIndex(join(dir, 'search.sqlite'));
  index.upsert(docs);
  return {
    index,
    cleanup: () => {
      index.close();
      cleanup();
    },
  };
}

/** The ids a query finds, sorted (for set comparisons). */
export function ids(index: SearchIndex, query: string): string[] {
  return index.search(query, { limit: 1000 }).hits.map((h) => h.id).sort();
}
