/**
 * The index shared by two processes (the app writing, `cuttings` reading or rebuilding). Each
 * keeps parts of the index in memory (the facet cache, the hot words' bitmaps, which are written
 * back piece by piece), so a process that wrote from a stale copy would undo the other's
 * changes. Two real processes write one file at the same time, their transactions interleaved by
 * SQLite's lock; afterwards every clipping each wrote is found, through the bitmaps and through
 * FTS5, by a fresh connection and by one that was open all along.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../../electron/main/search/index';
import type { SearchIndex } from '../../../electron/main/search/types';
import { doc, tempDir } from './helpers';

const WRITER = join(import.meta.dirname, 'index-writer.ts');
const COUNT = 150;
/** Low, so that `common`, `shared` and `words` have bitmaps from the start. */
const HOT = 3;

function startWriter(file: string, name: string): { ready: Promise<void>; done: Promise<void>; go(): void } {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, name, String(COUNT), String(HOT)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const lines = createInterface({ input: child.stdout });
  const said = (word: string): Promise<void> =>
    new Promise((resolve, reject) => {
      lines.on('line', (line) => line === word && resolve());
      child.on('exit', (code) => reject(new Error(`writer ${name} exited with ${code} before "${word}": ${stderr}`)));
    });
  const ready = said('ready');
  const done = said('done');
  return { ready, done: done.then(() => once(child, 'exit')).then(() => undefined), go: () => child.stdin.write('go\n') };
}

/** Ids each writer left: all of its clippings but every fifth one's removed neighbour. */
function expectedIds(name: string): string[] {
  const removed = new Set(Array.from({ length: COUNT }, (_, i) => i).filter((i) => i % 5 === 4).map((i) => i - 2));
  return Array.from({ length: COUNT }, (_, i) => i).filter((i) => !removed.has(i)).map((i) => `${name}-${i}`);
}

/** The ids a search finds, sorted; its total must agree (up to 1,000 matches FTS5 ranks the hits, the total is what the bitmaps counted). */
function found(index: SearchIndex, q: string): string[] {
  const result = index.search(q, { limit: 1000 });
  const ids = result.hits.map((h) => h.id).sort();
  expect(result.total, q).toBe(ids.length);
  return ids;
}
const hotWords = (index: SearchIndex): string[] => [...(index as unknown as { hot: { bits: Map<string, Uint8Array> } }).hot.bits.keys()].sort();

describe('one index, two writing processes', () => {
  const { dir, cleanup } = tempDir();
  const file = join(dir, 'search.sqlite');
  afterAll(cleanup);

  it('loses no clipping and no bit of a hot word, and a reader open all along sees both', async () => {
    const seeded = openSearchIndex(file, { hotWordDocs: HOT });
    seeded.rebuild(Array.from({ length: 5 }, (_, i) => doc({ id: `seed-${i}`, title: `common seed ${i}`, text: 'shared words' })));
    expect(hotWords(seeded)).toEqual(expect.arrayContaining(['common', 'shared', 'words']));

    const a = startWriter(file, 'alpha');
    const b = startWriter(file, 'beta');
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    await Promise.all([a.done, b.done]);

    const want = [...Array.from({ length: 5 }, (_, i) => `seed-${i}`), ...expectedIds('alpha'), ...expectedIds('beta')].sort();
    const fresh = openSearchIndex(file, { hotWordDocs: HOT });
    for (const index of [fresh, seeded]) {
      expect(index.count()).toBe(want.length);
      // `common` and `shared words` are answered from the bitmaps, `alphaonly` and `story` from FTS5.
      expect(found(index, 'common')).toEqual(want);
      expect(found(index, 'shared words')).toEqual(want);
      expect(found(index, 'comm*')).toEqual(want);
      expect(found(index, 'alphaonly')).toEqual(expectedIds('alpha').sort());
      expect(found(index, 'story')).toEqual([...expectedIds('alpha'), ...expectedIds('beta')].sort());
    }
    expect(hotWords(fresh)).toEqual(expect.arrayContaining(['common', 'shared', 'words', 'story']));
    fresh.close();
    seeded.close();
  }, 120_000);
});
