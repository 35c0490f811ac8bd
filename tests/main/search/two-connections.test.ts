/**
 * The race two-processes.test.ts met about once in 50 runs, replayed step by step with two
 * connections in one process. A connection that sees another's commit reloads what memory
 * mirrors (the facet cache, the hot words' bitmaps) and notes the data version it now holds.
 * If the other connection commits while that reload is under way, the version noted must be
 * the one of the data read, not a later one: otherwise the next write, trusting the version,
 * writes bitmap pieces back from the older copy and brings back the bit of a removed clipping
 * (a search for a hot word then counts a clipping no hit can show).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../../electron/main/search/index';
import type { SearchIndex } from '../../../electron/main/search/types';
import { doc, ids, tempDir } from './helpers';

/** Low, so that `common` has a bitmap from the start. */
const HOT = 3;

/** Runs `step` once, right after `index` next reads its hot words' bitmaps from the file. */
function afterNextBitmapLoad(index: SearchIndex, step: () => void): void {
  const hot = (index as unknown as { hot: { load(): void } }).hot;
  const load = hot.load.bind(hot);
  hot.load = () => {
    load();
    hot.load = load;
    step();
  };
}

describe('one index file, two connections', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  // b removes b-1 while a reloads; a then writes a-1. When b-1 was the newest row, a-1 takes
  // its row id (SQLite reuses the largest), and the stale bitmap loses a-1's bit instead.
  it.each([
    { removedIsNewest: false, want: ['a-1', 'b-2'] },
    { removedIsNewest: true, want: ['a-1'] },
  ])('a commit by the other during a reload is not mistaken for one already read (removed row newest: $removedIsNewest)', ({ removedIsNewest, want }) => {
    const file = join(dir, `search-${removedIsNewest}.sqlite`);
    const a = openSearchIndex(file, { hotWordDocs: HOT });
    const seeds = Array.from({ length: 5 }, (_, i) => doc({ id: `seed-${i}`, title: `common seed ${i}` }));
    a.rebuild(seeds);
    const b = openSearchIndex(file, { hotWordDocs: HOT });
    b.upsert(removedIsNewest ? [doc({ id: 'b-1', title: 'common b one' })] : [doc({ id: 'b-1', title: 'common b one' }), doc({ id: 'b-2', title: 'common b two' })]);

    // `a` reloads before writing (b committed), and b commits again in the middle of that reload.
    afterNextBitmapLoad(a, () => b.remove(['b-1']));
    a.upsert([doc({ id: 'a-1', title: 'common a one' })]);

    const all = [...want, ...seeds.map((s) => s.id)].sort();
    const fresh = openSearchIndex(file, { hotWordDocs: HOT });
    for (const index of [fresh, a, b]) {
      expect(index.search('common').total).toBe(all.length);
      expect(ids(index, 'common')).toEqual(all);
      expect(index.count()).toBe(all.length);
    }
    for (const index of [fresh, a, b]) index.close();
  });
});
