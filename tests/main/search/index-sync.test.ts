import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../../electron/main/search/index';
import { doc, ids, indexWith, tempDir } from './helpers';

describe('index stays in step with the catalogue', () => {
  const { index, cleanup } = indexWith([
    doc({ id: 'a', title: 'Gas transit talks', text: 'Naftogaz and Gazprom discussed gas transit.', tags: ['gas'], source: 'Reuters', people: ['Alexei Miller'] }),
    doc({ id: 'b', title: 'Grain deal extended', text: 'The grain deal was extended in Istanbul.', tags: ['trade'], source: 'AFP' }),
  ]);
  afterAll(cleanup);

  it('replaces a document on upsert: old tags, words and facets no longer match', () => {
    expect(ids(index, 'tag:gas')).toEqual(['a']);
    index.upsert([doc({ id: 'a', title: 'Oil price cap', text: 'The price cap on oil held.', tags: ['oil'], source: 'Bloomberg' })]);
    expect(ids(index, 'tag:gas')).toEqual([]);
    expect(ids(index, 'tag:oil')).toEqual(['a']);
    expect(ids(index, 'transit')).toEqual([]);
    expect(ids(index, '"price cap"')).toEqual(['a']);
    expect(ids(index, 'person:miller')).toEqual([]);
    expect(ids(index, 'source:reuters')).toEqual([]);
    const { facets } = index.search('');
    expect(facets.tags.map((t) => t.value).sort()).toEqual(['oil', 'trade']);
    expect(facets.sources.map((t) => t.value).sort()).toEqual(['AFP', 'Bloomberg']);
    expect(index.count()).toBe(2);
  });

  it('removes documents from text, filters and facets', () => {
    index.remove(['b', 'missing-id']);
    expect(ids(index, 'grain')).toEqual([]);
    expect(ids(index, 'tag:trade')).toEqual([]);
    expect(index.search('').facets.tags.map((t) => t.value)).toEqual(['oil']);
    expect(index.count()).toBe(1);
  });

  it('keeps the spelling vocabulary in step', () => {
    index.upsert([doc({ id: 'c', title: 'Zaporizhzhia plant', text: 'Inspectors visited Zaporizhzhia again.' })]);
    expect(index.search('zaporizhia').didYouMean).toBe('zaporizhzhia');
    index.remove(['c']);
    expect(index.search('zaporizhia').didYouMean).toBeNull();
  });

  it('rolls back a failed batch entirely', () => {
    const bad = doc({ id: 'bad', title: 'x' });
    // A title that is not a string makes SQLite refuse the row mid-batch.
    (bad as unknown as { title: unknown }).title = { not: 'a string' };
    expect(() => index.upsert([doc({ id: 'd', title: 'Fresh import' }), bad])).toThrow();
    expect(ids(index, 'fresh')).toEqual([]);
    expect(index.count()).toBe(1);
  });
});

describe('another process writing the same index', () => {
  it('sees rebuilds and upserts made through another connection', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'search.sqlite');
      const app = openSearchIndex(file);
      const cli = openSearchIndex(file);
      app.upsert([doc({ id: 'x', title: 'First', tags: ['one'] })]);
      expect(cli.search('tag:one').total).toBe(1);
      cli.rebuild([doc({ id: 'y', title: 'Second', tags: ['two'] })]);
      expect(app.search('tag:one').total).toBe(0);
      expect(app.search('tag:two').total).toBe(1);
      expect(app.search('').facets.tags).toEqual([{ value: 'two', count: 1 }]);
      app.close();
      cli.close();
    } finally {
      cleanup();
    }
  });
});

describe('rebuild', () => {
  it('reports progress and replaces everything', () => {
    const index = openSearchIndex(':memory:');
    index.upsert([doc({ id: 'old', title: 'Old content' })]);
    const docs = Array.from({ length: 1200 }, (_, i) => doc({ id: `r${i}`, title: `Clipping ${i}`, tags: [i % 2 ? 'odd' : 'even'] }));
    const progress: Array<[number, number]> = [];
    index.rebuild(docs, (done, total) => progress.push([done, total]));
    expect(progress.at(-1)).toEqual([1200, 1200]);
    expect(progress.every(([d], i) => i === 0 || d >= (progress[i - 1]?.[0] ?? 0))).toBe(true);
    expect(index.count()).toBe(1200);
    expect(index.search('old').total).toBe(0);
    expect(index.search('tag:odd').total).toBe(600);
    expect(index.needsRebuild).toBe(false);
    index.close();
  });

  it('accepts a generator and a batch-fed rebuild', () => {
    const index = openSearchIndex(':memory:');
    function* gen(): Generator<ReturnType<typeof doc>> {
      for (let i = 0; i < 10; i++) yield doc({ id: `g${i}`, title: `Generated ${i}` });
    }
    let last: [number, number] = [0, -1];
    index.rebuild(gen(), (done, total) => (last = [done, total]));
    expect(last).toEqual([10, 0]);
    const run = index.beginRebuild();
    expect(index.needsRebuild).toBe(true);
    run.add([doc({ id: 'p1', title: 'Peskov briefing', tags: ['kremlin'] })]);
    run.add([doc({ id: 'p2', title: 'Peskov again', tags: ['kremlin'] })]);
    run.finish();
    expect(index.needsRebuild).toBe(false);
    expect(ids(index, 'tag:kremlin peskov')).toEqual(['p1', 'p2']);
    expect(index.search('peskof').didYouMean).toBe('peskov');
    index.close();
  });
});

describe('a rebuild into a scratch file', () => {
  const scratchOf = (file: string): string => `${file}.rebuild`;

  it('leaves the old index answering until it finishes, then takes its place', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'search.sqlite');
      const index = openSearchIndex(file);
      index.upsert([doc({ id: 'old', title: 'Old grain deal' })]);
      const run = index.beginRebuild();
      run.add([doc({ id: 'new', title: 'New gas deal' })]);
      expect(existsSync(scratchOf(file))).toBe(true);
      expect(ids(index, 'deal')).toEqual(['old']);
      run.finish();
      expect(existsSync(scratchOf(file))).toBe(false);
      expect(ids(index, 'deal')).toEqual(['new']);
      index.close();
      const reopened = openSearchIndex(file);
      expect(reopened.needsRebuild).toBe(false);
      expect(ids(reopened, 'deal')).toEqual(['new']);
      reopened.close();
    } finally {
      cleanup();
    }
  });

  it('carries over changes made while it ran, whichever came first', () => {
    const { dir, cleanup } = tempDir();
    try {
      const index = openSearchIndex(join(dir, 'search.sqlite'));
      const run = index.beginRebuild();
      run.add([doc({ id: 'a', title: 'Peskov on talks', tags: ['kremlin'] }), doc({ id: 'b', title: 'Grain corridor' })]);
      // Edited after the rebuild read it, imported and deleted meanwhile.
      index.upsert([doc({ id: 'a', title: 'Peskov on talks', tags: ['kremlin', 'ukraine'] }), doc({ id: 'c', title: 'Gas transit' })]);
      index.remove(['b']);
      expect(ids(index, 'tag:ukraine')).toEqual(['a']);
      run.add([doc({ id: 'd', title: 'Energy moratorium' })]);
      run.finish();
      expect(ids(index, 'tag:ukraine')).toEqual(['a']);
      expect(ids(index, 'gas')).toEqual(['c']);
      expect(ids(index, 'grain')).toEqual([]);
      expect(index.count()).toBe(3);
      expect(index.search('').facets.tags).toEqual([
        { value: 'kremlin', count: 1 },
        { value: 'ukraine', count: 1 },
      ]);
      index.close();
    } finally {
      cleanup();
    }
  });

  it('cancelled or cut off, leaves the old index as it was and no scratch behind', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, 'search.sqlite');
      const index = openSearchIndex(file);
      index.rebuild([doc({ id: 'kept', title: 'Kept clipping' })]);
      const run = index.beginRebuild();
      run.add([doc({ id: 'other', title: 'Other clipping' })]);
      run.cancel();
      expect(existsSync(scratchOf(file))).toBe(false);
      expect(() => run.add([doc({ title: 'Late' })])).toThrow(/cancelled/);
      expect(ids(index, 'clipping')).toEqual(['kept']);
      // A process that dies midway leaves its scratch; the old index still opens whole.
      index.beginRebuild().add([doc({ id: 'other', title: 'Other clipping' })]);
      index.close();
      const reopened = openSearchIndex(file);
      expect(reopened.needsRebuild).toBe(false);
      expect(ids(reopened, 'clipping')).toEqual(['kept']);
      reopened.rebuild([doc({ id: 'again', title: 'Again clipping' })]);
      expect(existsSync(scratchOf(file))).toBe(false);
      expect(ids(reopened, 'clipping')).toEqual(['again']);
      reopened.close();
    } finally {
      cleanup();
    }
  });

  it('a failing batch cancels the whole rebuild', () => {
    const index = openSearchIndex(':memory:');
    index.upsert([doc({ id: 'kept', title: 'Kept clipping' })]);
    const bad = doc({ id: 'bad', title: 'x' });
    (bad as unknown as { title: unknown }).title = { not: 'a string' };
    expect(() => index.rebuild([doc({ title: 'Fine clipping' }), bad])).toThrow();
    expect(ids(index, 'clipping')).toEqual(['kept']);
    index.close();
  });
});
