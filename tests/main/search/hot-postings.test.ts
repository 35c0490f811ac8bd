/**
 * The hot words' bitmaps answer exactly what FTS5 answers. Two indexes hold the same clippings:
 * one never makes a word hot (every lookup goes to FTS5), the other makes every word in 15 or
 * more clippings hot. They must find the same clippings for single words, prefixes and
 * several words, after a rebuild, and after edits, removals, imports and a failed batch.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../../electron/main/search/index';
import type { IndexDoc, SearchIndex } from '../../../electron/main/search/types';
import { bitsToIds, idsToBits, intersect } from '../../../electron/main/search/id-sets';
import { doc, ids, tempDir } from './helpers';

const VOCAB = ['energy', 'energetic', 'energie', 'ministry', 'minister', 'ministre', 'gas', 'grid', 'talks', 'peace',
  'kremlin', 'kyiv', 'moscow', 'sanctions', 'café', 'Zürich', 'price', 'prices', 'priced', 'winter',
  // Where splitting words in JavaScript and in FTS5 would disagree: a spacing accent used as an
  // apostrophe or quote (FTS5 drops the accent it decomposes to), a private-use character.
  'don´t', '´energy´', 'wir\uE000ed'];
const QUERIES = ['t', 't*', 'don', 'wired', 'wir*', 'energy', 'energ*', 'minist*', 'gas', 'cafe', 'zurich', 'price*', 'energy gas', 'minist* winter',
  'energ* minist* peace', 'kremlin moscow kyiv', 'pri*', 'ener*', 'winter', 'nothinghere', 'gas*', 'tag:odd energy',
  'energy -gas', '"energy gas"', 'title:energy', 'grid OR gas', 'energ* source:reuters'];

/** Clipping `i` of a small, deterministic archive (the same for both indexes). */
function clipping(i: number, salt = 0): IndexDoc {
  const words: string[] = [];
  let x = (i + 1) * 7919 + salt * 104729;
  for (let k = 0; k < 12; k++) {
    x = (x * 48271) % 2147483647;
    words.push(VOCAB[x % VOCAB.length] as string);
  }
  return doc({
    id: `c${i}`,
    title: words.slice(0, 3).join(' '),
    text: words.slice(3).join(' '),
    tags: [i % 2 ? 'odd' : 'even', ...(i % 11 === 0 ? ['energiewende'] : [])],
    source: i % 3 ? 'Reuters' : 'AFP',
  });
}

/** Same hits, same count and same facets: up to 1,000 matches the hits are ranked by FTS5 itself, so only the count and facets show which documents the bitmaps found. */
function expectSame(cold: SearchIndex, hot: SearchIndex): void {
  for (const q of QUERIES) {
    expect(ids(hot, q), q).toEqual(ids(cold, q));
    const [a, b] = [hot.search(q), cold.search(q)];
    expect(a.total, q).toBe(b.total);
    expect(a.facets, q).toEqual(b.facets);
  }
}

/** The words given a bitmap (a look inside, to know the bitmaps are what answered). */
const hotWords = (index: SearchIndex): string[] => [...(index as unknown as { hot: { bits: Map<string, Uint8Array> } }).hot.bits.keys()].sort();

describe('hot words', () => {
  const { dir, cleanup } = tempDir();
  const cold = openSearchIndex(join(dir, 'cold.sqlite'), { hotWordDocs: 1e9 });
  const hot = openSearchIndex(join(dir, 'hot.sqlite'), { hotWordDocs: 15 });
  afterAll(() => {
    cold.close();
    hot.close();
    cleanup();
  });

  it('find what FTS5 finds after a rebuild', () => {
    const docs = Array.from({ length: 120 }, (_, i) => clipping(i));
    cold.rebuild(docs);
    hot.rebuild(docs);
    expect(hotWords(cold)).toEqual([]);
    expect(hotWords(hot)).toEqual(expect.arrayContaining(['energy', 'energetic', 'ministry', 'cafe', 'zurich', 'reuters', 'odd']));
    expect(hotWords(hot)).not.toContain('energiewende');
    expect(ids(hot, 'energ*').length).toBeGreaterThan(30);
    expectSame(cold, hot);
  });

  it('stay in step through edits, removals and imports', () => {
    const edits = Array.from({ length: 40 }, (_, i) => clipping(i * 3, 1));
    const imports = Array.from({ length: 60 }, (_, i) => clipping(200 + i, 2));
    for (const index of [cold, hot]) {
      index.upsert(edits);
      index.remove(['c1', 'c5', 'c8', 'c100', 'missing']);
      index.upsert(imports);
    }
    expectSame(cold, hot);
  });

  it('follow the words as the columns hold them (a lead cut mid-word at 600 characters)', () => {
    // No paragraph break or sentence end early on: the lead ends after "energy" of "energyxyz".
    const cut = doc({ id: 'cut', title: 'Filler', text: `${'lorem '.repeat(99)}energyxyz and more lorem` });
    for (const index of [cold, hot]) index.upsert([cut]);
    expect(ids(cold, 'energy')).toContain('cut');
    expectSame(cold, hot);
  });

  it('forget a failed batch', () => {
    const bad = doc({ id: 'bad', title: 'x' });
    (bad as unknown as { title: unknown }).title = { not: 'a string' };
    for (const index of [cold, hot]) expect(() => index.upsert([clipping(2, 3), clipping(900, 3), bad])).toThrow();
    expectSame(cold, hot);
  });

  it('are read again by the next session, and by another connection after a change', () => {
    const again = openSearchIndex(join(dir, 'hot.sqlite'), { hotWordDocs: 15 });
    // Opening reads nothing into memory (the window's first list needs none of it): the first search does.
    expect(hotWords(again)).toEqual([]);
    again.search('energy');
    expect(hotWords(again)).toEqual(hotWords(hot));
    again.upsert([clipping(3, 4)]);
    cold.upsert([clipping(3, 4)]);
    expectSame(cold, hot);
    expectSame(cold, again);
    again.close();
  });

  it('come to words as they become frequent, without a rebuild', () => {
    const { dir: d2, cleanup: c2 } = tempDir();
    try {
      const grown = openSearchIndex(join(d2, 'grown.sqlite'), { hotWordDocs: 15 });
      const plain = openSearchIndex(join(d2, 'plain.sqlite'), { hotWordDocs: 1e9 });
      for (let start = 0; start < 100; start += 10) {
        const batch = Array.from({ length: 10 }, (_, i) => clipping(start + i, 5));
        grown.upsert(batch);
        plain.upsert(batch);
      }
      expect(hotWords(grown)).toEqual(expect.arrayContaining(['energy', 'ministry', 'reuters']));
      expectSame(plain, grown);
      grown.close();
      plain.close();
    } finally {
      c2();
    }
  });
});

describe('id sets', () => {
  it('turn between bitmaps and ascending lists, and intersect', () => {
    const list = Int32Array.from([0, 7, 8, 9, 63, 64, 1000]);
    expect(Array.from(bitsToIds(idsToBits(list)))).toEqual(Array.from(list));
    expect(idsToBits(list, 500).length).toBe(500);
    expect(Array.from(intersect(list, Int32Array.from([1, 7, 9, 64, 999, 1000])))).toEqual([7, 9, 64, 1000]);
  });
});
