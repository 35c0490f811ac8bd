/**
 * A search reads its matches, their count and the page of hits in several statements; another
 * process (`cuttings` while the app runs, or the app while a command runs) may commit between
 * them. The search reads them all in one read transaction, so a clipping removed meanwhile is
 * either counted and shown, or neither: never counted but missing from the hits.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../../electron/main/search/index';
import type { SearchIndex } from '../../../electron/main/search/types';
import { doc, tempDir } from './helpers';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Runs `step` once, just before `index` next reads the page of hits. */
function beforeNextHits(index: SearchIndex, step: () => void): void {
  const hits = (index as unknown as { hits: { read: (...args: unknown[]) => unknown } }).hits;
  const read = hits.read.bind(hits);
  hits.read = (...args: unknown[]) => {
    hits.read = read;
    step();
    return read(...args);
  };
}

describe('one search, one state of the file', () => {
  const file = join(dir, 'search.sqlite');
  const seeds = Array.from({ length: 30 }, (_, i) => doc({ id: `s${i}`, title: `common story ${i}` }));

  it.each([
    { how: 'with its cache loaded', search: (index: SearchIndex) => index.search('common', { limit: 100 }) },
    { how: 'from the file alone', search: (index: SearchIndex) => index.searchWithoutCache('common', { limit: 100 }) },
  ])('counts what it shows while another connection removes a match ($how)', ({ search }) => {
    const writer = openSearchIndex(file, { hotWordDocs: 5 });
    writer.rebuild(seeds);
    const reader = openSearchIndex(file, { hotWordDocs: 5 });
    beforeNextHits(reader, () => writer.remove(['s7']));
    const during = search(reader);
    expect(during?.total).toBe(30);
    expect(during?.hits.map((h) => h.id)).toContain('s7');
    expect(during?.hits).toHaveLength(30);
    // The next search sees the removal.
    const after = reader.search('common', { limit: 100 });
    expect([after.total, after.hits.length]).toEqual([29, 29]);
    for (const i of [writer, reader]) i.close();
  });
});
