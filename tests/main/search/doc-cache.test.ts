import { describe, expect, it } from 'vitest';
import { DocCache, Kind, type CachedDoc } from '../../../electron/main/search/doc-cache';
import { doc, ids, indexWith } from './helpers';

function cached(vids: number[], day = 20250101): CachedDoc {
  return { vids: Int32Array.from(vids), dateKey: day, capturedKey: day, day, flags: 0 };
}

describe('DocCache: packed facet values', () => {
  it('keeps each document’s values through many replacements, deletions and compactions', () => {
    const cache = new DocCache();
    for (let vid = 0; vid < 10; vid++) cache.addValue(vid, Kind.tag, `t${vid}`, `T${vid}`);
    const expected = new Map<number, number[]>();
    // Far more writes than the pool's first size: it grows and compacts several times.
    for (let round = 0; round < 400; round++) {
      for (let rid = 1; rid <= 50; rid++) {
        if ((rid + round) % 7 === 0) {
          cache.deleteDoc(rid);
          expected.delete(rid);
        } else {
          const vids = Array.from({ length: (rid + round) % 5 }, (_, i) => (rid + round + i) % 10);
          cache.setDoc(rid, cached(vids));
          expected.set(rid, vids);
        }
      }
    }
    expect(cache.size).toBe(expected.size);
    for (let rid = 0; rid <= 60; rid++) {
      const want = expected.get(rid);
      expect(cache.vidsOf(rid) && Array.from(cache.vidsOf(rid) as Int32Array)).toEqual(want);
    }
    expect(Array.from(cache.allRids())).toEqual([...expected.keys()].sort((a, b) => a - b));
    const counts = new Map<string, number>();
    for (const vids of expected.values()) for (const v of vids) counts.set(`T${v}`, (counts.get(`T${v}`) ?? 0) + 1);
    const tags = cache.facets(cache.allRids()).tags;
    expect(Object.fromEntries(tags.map((t) => [t.value, t.count]))).toEqual(Object.fromEntries(counts));
    // Unknown and deleted rowids count for nothing and match no value.
    const mask = new Uint8Array(cache.vidLimit).fill(1);
    expect(cache.hasAnyValue(7 * 57, mask)).toBe(false);
    expect(cache.hasAnyValue(10_000, mask)).toBe(false);
    expect(cache.facets([10_000, 7 * 57]).tags).toEqual([]);
  });

  it('counts facets and filters the same after a document is replaced in the index', () => {
    const { index, cleanup } = indexWith([
      doc({ id: 'a', title: 'Gas transit', tags: ['gas', 'energy'] }),
      doc({ id: 'b', title: 'Gas prices', tags: ['gas'] }),
    ]);
    try {
      for (let i = 0; i <= 50; i++) index.upsert([doc({ id: 'a', title: 'Gas transit', tags: i % 2 ? ['gas', 'energy'] : ['oil'] })]);
      expect(ids(index, 'tag:oil')).toEqual(['a']);
      expect(ids(index, 'tag:energy')).toEqual([]);
      expect(index.search('gas').facets.tags).toEqual([
        { value: 'gas', count: 1 },
        { value: 'oil', count: 1 },
      ]);
    } finally {
      cleanup();
    }
  });
});
