/**
 * Opening the index reads nothing into memory: the window's first list and count come from
 * SQLite (browse.ts), and the first search or write loads the per-document cache. Both ways
 * must list the same clippings in the same order (ties included), and an index file from
 * before the browse indexes gets them when opened for writing.
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../../electron/main/search/index';
import type { BrowseOptions, SearchIndex } from '../../../electron/main/search/types';
import { doc, tempDir } from './helpers';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** 60 clippings: captured on 20 days (three a day, so equal dates tie), published on 7 or not at all. */
const docs = Array.from({ length: 60 }, (_, i) =>
  doc({
    id: `c${String(i).padStart(2, '0')}`,
    title: `clipping ${i} energy`,
    capturedAt: new Date(Date.UTC(2025, 0, 1 + (i % 20), 9)).toISOString(),
    publishedAt: i % 3 === 0 ? null : new Date(Date.UTC(2024, 5, 1 + (i % 7))).toISOString(),
    tags: i % 2 ? ['odd'] : [],
  }),
);

const loaded = (index: SearchIndex): boolean => (index as unknown as { loaded: boolean }).loaded;
const pages: BrowseOptions[] = [
  { limit: 25 },
  { offset: 25, limit: 25 },
  { offset: 50, limit: 25 },
  { sort: 'published', limit: 30 },
  { sort: 'published', offset: 30, limit: 40 },
];

describe('an index opened lazily', () => {
  const file = join(dir, 'search.sqlite');
  const writer = openSearchIndex(file);
  writer.rebuild(docs);
  writer.remove(['c07']);
  const expected = pages.map((p) => writer.browse(p)); // the writer's cache is loaded: sorted in memory
  writer.close();

  it('lists and counts from the file without loading its cache, in the same order as the cache', () => {
    const index = openSearchIndex(file);
    expect(loaded(index)).toBe(false);
    expect(index.count()).toBe(59);
    for (const [i, p] of pages.entries()) expect(index.browse(p)).toEqual(expected[i]);
    expect(loaded(index)).toBe(false);
    expect(expected[0]?.items[0]?.id).toBe('c59'); // the newest capture day holds c19, c39, c59: the last written leads
    expect(expected[0]?.total).toBe(59);
    index.close();
  });

  it('loads the cache on the first search, and a write made meanwhile by another connection is seen', () => {
    const index = openSearchIndex(file);
    const other = openSearchIndex(file);
    other.upsert([doc({ id: 'late', title: 'late energy', capturedAt: '2026-01-01T00:00:00.000Z' })]);
    expect(index.browse({ limit: 1 }).items[0]?.id).toBe('late');
    expect(index.search('energy').total).toBe(60);
    expect(loaded(index)).toBe(true);
    expect(index.count()).toBe(60);
    other.remove(['late']);
    expect(index.browse({ limit: 25 })).toEqual(expected[0]);
    for (const i of [index, other]) i.close();
  });

  it('warms a slice at a time, and gives up when another connection writes meanwhile', async () => {
    const index = openSearchIndex(file, { hotWordDocs: 10, warmSlice: 20 });
    await index.warm();
    expect(loaded(index)).toBe(true);
    expect(index.search('energy').total).toBe(59);
    index.close();

    const again = openSearchIndex(file, { hotWordDocs: 10, warmSlice: 20 });
    const other = openSearchIndex(file, { hotWordDocs: 10 });
    const warming = again.warm();
    other.upsert([doc({ id: 'during', title: 'during energy' })]); // between two slices
    await warming;
    expect(loaded(again)).toBe(false); // what it read may mix two states: not taken
    expect(again.search('energy').total).toBe(60); // loaded whole by the search
    other.remove(['during']);
    expect(again.search('energy').total).toBe(59);
    for (const i of [again, other]) i.close();
  });

  it('adds the browse indexes to a file from before them, and lists from the cache where it cannot', () => {
    const raw = new DatabaseSync(file);
    raw.exec('DROP INDEX docs_by_captured; DROP INDEX docs_by_date');
    raw.close();
    const reader = openSearchIndex(file, { readOnly: true });
    expect(reader.browse(pages[0])).toEqual(expected[0]); // no indexes and read-only: sorted in memory
    expect(loaded(reader)).toBe(true);
    reader.close();
    const index = openSearchIndex(file);
    for (const [i, p] of pages.entries()) expect(index.browse(p)).toEqual(expected[i]);
    expect(loaded(index)).toBe(false);
    index.close();
    const check = new DatabaseSync(file, { readOnly: true });
    const names = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'docs_by_%' ORDER BY name").all();
    check.close();
    expect(names).toEqual([{ name: 'docs_by_captured' }, { name: 'docs_by_date' }]);
  });
});
