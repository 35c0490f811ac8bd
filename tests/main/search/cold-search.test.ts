/**
 * A search answered from the file alone, before the index loads its cache (cold-search.ts,
 * the app's first moments), must give exactly what the loaded index gives: the same total, the
 * same hits in the same order (scores and snippets included), the same "did you mean", for
 * every kind of query and both sorts, on pages deep into the results. Only the facets are left
 * out. A query without free text is not answered cold (it needs every document).
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../../electron/main/search/index';
import type { IndexDoc, SearchIndex, SearchOptions } from '../../../electron/main/search/types';
import { doc, tempDir } from './helpers';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['talks', 'gas', 'deal', 'pipeline', 'ministry', 'energetic', 'crisis', 'moratorium', 'peskov', 'putin', 'sport', 'café', 'kremlin', 'transit'];

/**
 * 1,500 clippings: "energy" in most (more than the 1,000 that are all ranked by BM25, so the
 * broad ranking and the newest-first walk are used), other words in fewer; publication dates on
 * a few days or none and capture times on a few days, so many dates tie.
 */
function corpus(): IndexDoc[] {
  const next = random(16);
  const pick = <T,>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = (list: string[], p: number): string[] => list.filter(() => next() < p);
  return Array.from({ length: 1500 }, (_, i) => {
    const words = [...(next() < 0.8 ? ['energy'] : []), ...some(WORDS, 0.25)];
    const title = [...words.slice(0, 3), i % 97 === 0 ? 'gas deal' : ''].join(' ').trim() || 'untitled';
    return doc({
      id: `c${i}`,
      title,
      text: `${words.join(' ')} ${i % 11 === 0 ? 'energy talks resumed' : 'talks on energy'} ${i % 13 === 0 ? '北京大学' : ''}`,
      source: pick(['Reuters', 'TASS', 'Le Monde', null]),
      author: pick(['Anna Smith', 'Oleg Ivanov', null]),
      lang: pick(['en', 'en', 'fr', 'ru']),
      tags: some(['ukraine', 'energy', 'draft'], 0.3),
      people: some(['Dmitry Peskov', 'Vladimir Putin'], 0.2),
      places: some(['Kyiv', 'Moscow'], 0.2),
      organisations: some(['Gazprom'], 0.2),
      publishedAt: next() < 0.3 ? null : `2025-0${1 + Math.floor(next() * 4)}-1${Math.floor(next() * 3)}T00:00:00.000Z`,
      capturedAt: `2025-05-0${1 + Math.floor(next() * 5)}T${next() < 0.5 ? '09' : '10'}:00:00.000Z`,
      hasQuote: next() < 0.2,
      isDuplicate: next() < 0.05,
    });
  });
}

const QUERIES = [
  'energy', 'energy gas', 'energ*', 'ta*', '"energy talks"', 'title:energy', 'title:"gas deal"', 'energy tag:ukraine',
  'energy -tag:ukraine', 'gas source:reuters', 'energy source:"le monde"', 'energy author:smith', 'talks person:peskov',
  'energy place:kyiv', 'gas org:gazprom', 'energy lang:fr', 'energy after:2025-03', 'energy before:2025-02 has:quote',
  'gas on:2025-02', 'energy is:duplicate', 'peskov OR putin', '(peskov OR putin) gas', 'energy -sport', 'energy NOT gas',
  'energy (tag:ukraine OR source:tass)', 'moratorium', 'cafe', '大学', 'moratorum', 'moratorum tag:ukraine', 'pipelin',
  'energy tag:ukr*', 'nothingatall', 'resumed', 'energy resumed', 'resum*', 'kremlin resumed -gas',
];
const OPTIONS: SearchOptions[] = [
  {},
  { sort: 'date' },
  { offset: 50, limit: 30 },
  { sort: 'date', offset: 990, limit: 20 },
  { offset: 1180, limit: 40 },
  { limit: 1000 },
];

const loaded = (index: SearchIndex): boolean => (index as unknown as { loaded: boolean }).loaded;

/** Compares every query and option cold (`cold`, never loaded) and warm (`warm`). */
function expectSame(cold: SearchIndex, warm: SearchIndex, queries: string[]): number {
  let compared = 0;
  for (const q of queries) {
    for (const options of OPTIONS) {
      const expected = warm.search(q, options);
      const got = cold.searchWithoutCache(q, options);
      expect(got, `${q} ${JSON.stringify(options)}`).toEqual({ ...expected, facets: null });
      compared += got?.hits.length ?? 0;
    }
  }
  expect(loaded(cold)).toBe(false);
  return compared;
}

describe('a search before the index loads its cache', () => {
  const file = join(dir, 'search.sqlite');
  const docs = corpus();
  const writer = openSearchIndex(file, { hotWordDocs: 200 });
  writer.rebuild(docs.slice(0, 1400));
  writer.remove(docs.filter((_, i) => i % 17 === 0).map((d) => d.id)); // gaps in the row ids
  writer.upsert(docs.slice(1400)); // written after the rebuild, some reusing row ids
  writer.close();

  it('finds, counts, orders and suggests exactly as the loaded index, for every kind of query', () => {
    const warm = openSearchIndex(file, { hotWordDocs: 200 });
    const cold = openSearchIndex(file, { hotWordDocs: 200 });
    expect(warm.search('energy').total).toBeGreaterThan(1000); // the broad ranking is compared too
    expect(warm.search('moratorum').didYouMean).toBe('moratorium');
    expect(warm.search('moratorum tag:ukraine').didYouMean).toBe('moratorium tag:ukraine');
    expect(expectSame(cold, warm, QUERIES)).toBeGreaterThan(10_000);
    for (const i of [warm, cold]) i.close();
  });

  it('leaves a query without free text to the cache', () => {
    const cold = openSearchIndex(file);
    for (const q of ['', 'tag:ukraine', 'after:2025-02 has:quote', '-energy', 'tag:ukraine OR gas']) expect(cold.searchWithoutCache(q)).toBeNull();
    expect(loaded(cold)).toBe(false);
    cold.close();
  });

  it('gives the loaded answer, facets and all, once the cache is in memory', () => {
    const index = openSearchIndex(file);
    const expected = index.search('energy tag:ukraine', { sort: 'date' });
    expect(index.searchWithoutCache('energy tag:ukraine', { sort: 'date' })).toEqual(expected);
    expect(expected.facets?.tags.length).toBeGreaterThan(0);
    index.close();
  });

  it('answers the same from an older file without the date index (read by row id instead)', () => {
    const old = join(dir, 'old.sqlite');
    copyFileSync(file, old);
    const db = new DatabaseSync(old);
    db.exec('DROP INDEX docs_by_date; DROP INDEX docs_by_captured');
    db.close();
    const cold = openSearchIndex(old, { readOnly: true });
    const warm = openSearchIndex(file, { readOnly: true });
    expect(expectSame(cold, warm, ['energy', 'energy gas', 'energ*', 'energy tag:ukraine', 'peskov OR putin'])).toBeGreaterThan(1000);
    for (const i of [warm, cold]) i.close();
  });
});
