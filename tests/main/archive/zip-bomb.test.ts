/**
 * Issue #17 item 7: an export zip is read as a stream, each entry written to disk as it
 * inflates and cut off at a cap: its size declared in the zip, what the export says it holds,
 * and a hard ceiling. Entries the export's catalogue does not name are refused. Memory stays
 * small whatever the zip claims.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportArchive, importArchiveZip, openArchive } from '../../../electron/main/archive';
import { makeArticle, tempDir } from './helpers';
import { entry, zeroBomb, zip, type RawEntry } from './zip-writer';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

/** The entries of a real export of an archive holding one clipping with one picture. */
async function realExport(): Promise<{ entries: Array<[string, Uint8Array]>; image: string }> {
  const source = path.join(dir, 'source');
  const a = await openArchive(source, { dailyBackup: 'off' });
  const png = new Uint8Array(3000).map((_, i) => i % 251);
  await a.add(makeArticle({ html: '<p>Quay</p>', images: [{ file: 'img-1.png', alt: 'quay', originalUrl: null, data: png }] }));
  await a.close();
  const file = path.join(dir, 'real.zip');
  await exportArchive(source, file);
  const entries = Object.entries(unzipSync(await readFile(file)));
  const image = entries.map(([name]) => name).find((name) => name.endsWith('/img-1.png')) as string;
  return { entries, image };
}

/** Imports `entries` (with the picture replaced by `replace`), watching the process's memory. */
async function importWatched(entries: RawEntry[]): Promise<{ error: unknown; peakGrowth: number; target: string }> {
  const file = path.join(dir, 'hostile.zip');
  await writeFile(file, zip(entries));
  const target = path.join(dir, 'target');
  const base = process.memoryUsage().rss;
  let peak = base;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const error = await importArchiveZip(file, target).then(
    () => null,
    (e: unknown) => e,
  );
  clearInterval(watch);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { error, peakGrowth: peak - base, target };
}

const MiB = 1024 * 1024;

describe('zip bombs in import-archive', () => {
  it('refuses a 1 GiB picture hidden in a 1 MB export (declared honestly), with little memory and nothing left', async () => {
    const { entries, image } = await realExport();
    const bomb = zeroBomb(1024);
    const hostile = entries.map(([name, bytes]) =>
      name === image ? { name, data: bomb, declaredSize: 1024 * MiB } : entry(name, bytes),
    );
    expect(zip(hostile).length).toBeLessThan(2 * MiB);
    const { error, peakGrowth, target } = await importWatched(hostile);
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect((error as Error).message).toMatch(/img-1\.png.*(larger|more) than/);
    expect(peakGrowth).toBeLessThan(200 * MiB);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses the same bomb when its zip header lies about its size', async () => {
    const { entries, image } = await realExport();
    const hostile = entries.map(([name, bytes]) =>
      name === image ? { name, data: zeroBomb(1024), declaredSize: 3000 } : entry(name, bytes),
    );
    const { error, peakGrowth, target } = await importWatched(hostile);
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect((error as Error).message).toMatch(/img-1\.png/);
    expect(peakGrowth).toBeLessThan(200 * MiB);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses the bomb when it is streamed (no size in its header): the whole import is capped by the zip’s size', async () => {
    const { entries, image } = await realExport();
    const hostile = entries.map(([name, bytes]) =>
      name === image ? { name, data: zeroBomb(1024), declaredSize: 1024 * MiB, streamed: true } : entry(name, bytes),
    );
    const { error, peakGrowth, target } = await importWatched(hostile);
    expect(error).toMatchObject({ code: 'invalid-input' });
    expect((error as Error).message).toMatch(/img-1\.png unpacks to more than/);
    expect(peakGrowth).toBeLessThan(200 * MiB);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses files the export’s catalogue does not name', async () => {
    const { entries, image } = await realExport();
    const folder = path.posix.dirname(image);
    for (const extra of [`${folder}/extra.bin`, 'clippings/2020/01/0000000000zzzz1/text.txt']) {
      const hostile = [...entries.map(([name, bytes]) => entry(name, bytes)), entry(extra, new Uint8Array(10))];
      const { error, target } = await importWatched(hostile);
      expect(error).toMatchObject({ code: 'invalid-input' });
      expect((error as Error).message).toContain(extra);
      expect(existsSync(target)).toBe(false);
    }
  });

  it('still imports a real export whole', async () => {
    const { entries } = await realExport();
    const { error, target } = await importWatched(entries.map(([name, bytes]) => entry(name, bytes)));
    expect(error).toBeNull();
    const b = await openArchive(target, { dailyBackup: 'off' });
    expect(b.summaries()).toHaveLength(1);
    await b.close();
  });
});
