import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex, toIndexDoc } from '../../../electron/main/search/index';
import type { Clipping } from '../../../shared/clipping';
import { CuttingsError } from '../../../shared/errors';
import { doc, ids, indexWith, tempDir } from './helpers';

const docs = [
  doc({
    id: 'peskov',
    title: 'Peskov on the energy moratorium',
    text: 'Dmitry Peskov said the moratorium on strikes against energy facilities holds.\n\nThe Kremlin spokesman spoke in Moscow.',
    tags: ['ukraine', 'energy'],
    source: 'Reuters',
    people: ['Dmitry Peskov'],
    places: ['Moscow'],
    publishedAt: '2025-04-10',
    hasQuote: true,
  }),
  doc({
    id: 'cafe',
    title: 'Le café de Paris',
    text: 'Un café crème à Paris, près de la gare.',
    tags: ['france'],
    source: 'Le Monde',
    places: ['Paris'],
    lang: 'fr',
    publishedAt: '2024-02-01',
  }),
  doc({
    id: 'energy',
    title: 'Grid operators brace for winter',
    text: 'Energy prices rose again as grid operators prepared for a cold winter. Energy ministers met.',
    tags: ['energy'],
    source: 'Reuters',
    publishedAt: '2025-01-15',
  }),
];

describe('search index', () => {
  const { index, cleanup } = indexWith(docs);
  afterAll(cleanup);

  it('finds words, ranks title matches first and counts the total', () => {
    const result = index.search('energy');
    expect(result.total).toBe(2);
    // "energy" is in the title of one and twice in the body of the other: the title wins.
    expect(result.hits.map((h) => h.id)).toEqual(['peskov', 'energy']);
    expect(result.hits[0]?.score).toBeGreaterThan(result.hits[1]?.score ?? Infinity);
  });

  it('ranks a title match above body mentions', () => {
    const result = index.search('moratorium');
    expect(result.hits[0]?.id).toBe('peskov');
    expect(index.search('winter').hits[0]?.id).toBe('energy');
  });

  it('highlights accent-insensitive matches inside a plain-text snippet', () => {
    const hit = index.search('cafe').hits[0];
    expect(hit?.id).toBe('cafe');
    const marked = hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e));
    expect(marked).toEqual(['café']);
  });

  it('returns everything, newest first, for an empty query', () => {
    const result = index.search('');
    expect(result.total).toBe(3);
    expect(result.hits.map((h) => h.id)).toEqual(['peskov', 'energy', 'cafe']);
  });

  it('counts facets over the whole result set', () => {
    const { facets } = index.search('energy');
    expect(facets.tags).toEqual([
      { value: 'energy', count: 2 },
      { value: 'ukraine', count: 1 },
    ]);
    expect(facets.sources).toEqual([{ value: 'Reuters', count: 2 }]);
    expect(facets.years).toEqual([{ value: '2025', count: 2 }]);
    expect(facets.people).toEqual([{ value: 'Dmitry Peskov', count: 1 }]);
  });

  it('suggests a spelling from the archive vocabulary', () => {
    const result = index.search('peskof');
    expect(result.total).toBe(0);
    expect(result.didYouMean).toBe('peskov');
  });

  it('throws bad-query, not a SQLite error, for a malformed query', () => {
    expect(() => index.search('"energy')).toThrow(CuttingsError);
    try {
      index.search('(energy');
    } catch (err) {
      expect((err as CuttingsError).code).toBe('bad-query');
    }
  });

  it('limits and pages', () => {
    const all = ids(index, '');
    const page = index.search('', { limit: 1, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.hits).toHaveLength(1);
    expect(all).toContain(page.hits[0]?.id);
  });
});

describe('index file', () => {
  it('creates folders, persists, and reports a fresh file as needing a rebuild', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'nested', 'deeper', 'search.sqlite');
      const first = openSearchIndex(file);
      expect(first.needsRebuild).toBe(true);
      first.rebuild(docs);
      expect(first.needsRebuild).toBe(false);
      first.close();
      const second = openSearchIndex(file);
      expect(second.needsRebuild).toBe(false);
      expect(second.count()).toBe(3);
      expect(second.search('moratorium').hits[0]?.id).toBe('peskov');
      second.close();
    } finally {
      cleanup();
    }
  });

  it('deletes a damaged file, starts empty and asks for a rebuild', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'search.sqlite');
      writeFileSync(file, 'this is not a database '.repeat(200));
      const index = openSearchIndex(file);
      expect(index.needsRebuild).toBe(true);
      expect(index.count()).toBe(0);
      expect(existsSync(file)).toBe(true);
      index.upsert(docs);
      expect(index.search('cafe').total).toBe(1);
      index.close();
    } finally {
      cleanup();
    }
  });

  it('replaces an index from another schema version and asks for a rebuild', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'search.sqlite');
      const old = new DatabaseSync(file);
      old.exec('CREATE TABLE legacy(x); PRAGMA user_version = 1;');
      old.close();
      const index = openSearchIndex(file);
      expect(index.needsRebuild).toBe(true);
      index.upsert(docs);
      expect(index.search('tag:energy').total).toBe(2);
      index.close();
    } finally {
      cleanup();
    }
  });

  it('reports a half-finished rebuild on the next open', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'search.sqlite');
      const first = openSearchIndex(file);
      first.beginRebuild().add(docs);
      first.close();
      const second = openSearchIndex(file);
      expect(second.needsRebuild).toBe(true);
      second.rebuild(docs);
      second.close();
      const third = openSearchIndex(file);
      expect(third.needsRebuild).toBe(false);
      third.close();
    } finally {
      cleanup();
    }
  });

  it('works in memory', () => {
    const index = openSearchIndex(':memory:');
    index.upsert(docs);
    expect(index.count()).toBe(3);
    index.close();
  });
});

describe('toIndexDoc', () => {
  it('maps a clipping, its entities and quotes', () => {
    const clipping: Clipping = {
      id: 'x1',
      title: 'T',
      titleDerived: false,
      source: 'S',
      author: 'A',
      dateline: null,
      publishedAt: '2025-01-01',
      capturedAt: '2025-01-02T00:00:00Z',
      lang: 'en',
      caption: 'a caption',
      credit: null,
      url: null,
      text: 'body',
      tags: ['t1'],
      entities: { people: ['P'], places: ['Q'], organisations: ['O'] },
      quotes: [{ speaker: 'P', text: 'hello' }],
      images: [],
      notes: 'my note',
      provenance: {},
      trashedAt: null,
    };
    const d = toIndexDoc(clipping, { isDuplicate: true });
    expect(d).toMatchObject({ id: 'x1', people: ['P'], places: ['Q'], organisations: ['O'], hasQuote: true, isDuplicate: true, notes: 'my note' });
    const index = openSearchIndex(':memory:');
    index.upsert([d]);
    expect(index.search('note').total).toBe(1);
    expect(index.search('is:duplicate has:quote org:o').total).toBe(1);
    index.close();
  });
});
