import { cp, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DamagedArchiveError,
  listBackups,
  openArchive,
  recoverFromBackup,
} from '../../../electron/main/archive';
import { makeArticle, tempDir } from './helpers';

let base: string;
let cleanup: () => Promise<void>;
let pristine: string;
let ids: string[];
let shardFile: string;
let copies = 0;

beforeAll(async () => {
  ({ dir: base, cleanup } = await tempDir());
  pristine = path.join(base, 'pristine');
  const a = await openArchive(pristine, { dailyBackup: 'off' });
  ids = [];
  for (let i = 0; i < 4; i++) ids.push((await a.add(makeArticle(), ['kept', `t${i}`])).clipping.id);
  await a.close();
  // Reopen so the daily backup holds all four clippings.
  const b = await openArchive(pristine, { dailyBackup: 'await' });
  expect(await b.maintenance).toMatchObject({ backupError: null });
  await b.close();
  const manifest = JSON.parse(await readFile(path.join(pristine, 'catalogue.json'), 'utf8')) as {
    shards: Array<{ file: string }>;
  };
  shardFile = manifest.shards[0]?.file as string;
});
afterAll(async () => cleanup());

async function copy(): Promise<string> {
  const dir = path.join(base, `copy-${++copies}`);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

/** Opens a damaged archive: it must refuse, keep the damaged bytes, and recover from the backup. */
async function expectKeptAndRecoverable(dir: string, damagedFile: string): Promise<DamagedArchiveError> {
  const damaged = await readFile(path.join(dir, damagedFile));
  const err = await openArchive(dir, { dailyBackup: 'off' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DamagedArchiveError);
  const e = err as DamagedArchiveError;
  expect(e.code).toBe('damaged');
  expect(e.keptAt).toMatch(/^kept\//);
  expect(e.message).toContain(path.join(dir, e.keptAt as string));
  expect(e.newestBackup).toBe((await listBackups(dir))[0]?.name);
  expect(e.message).toContain(e.newestBackup as string);
  expect(await readFile(path.join(dir, e.keptAt as string, damagedFile))).toEqual(damaged);
  // Opening again does not overwrite anything either: the folder now lacks a catalogue, which is damage too.
  await expect(openArchive(dir, { dailyBackup: 'off' })).rejects.toMatchObject({ code: 'damaged' });
  const restored = await recoverFromBackup(dir);
  expect(restored.clippings).toBe(ids.length);
  const a = await openArchive(dir, { dailyBackup: 'off' });
  try {
    expect(a.summaries().map((s) => s.id)).toEqual(ids);
    expect(a.tags().find((t) => t.name === 'kept')?.count).toBe(ids.length);
  } finally {
    await a.close();
  }
  expect(await readFile(path.join(dir, e.keptAt as string, damagedFile))).toEqual(damaged);
  return e;
}

describe('a damaged catalogue is never overwritten', () => {
  it('keeps a catalogue truncated at many offsets and recovers from the backup', async () => {
    const size = (await readFile(path.join(pristine, 'catalogue.json'))).length;
    // Any proper prefix of the JSON object is damage (the last byte is a newline, so stop before it).
    const offsets = [
      ...new Set([
        0,
        1,
        2,
        10,
        size - 2,
        ...Array.from({ length: 25 }, (_, i) => Math.floor(((i + 1) * (size - 2)) / 26)),
      ]),
    ];
    for (const offset of offsets) {
      const dir = await copy();
      await truncate(path.join(dir, 'catalogue.json'), offset);
      const e = await expectKeptAndRecoverable(dir, 'catalogue.json');
      expect(e.message).toMatch(offset === 0 ? /is empty/ : /not valid JSON/);
    }
  });

  it('keeps a shard file truncated at many offsets', async () => {
    const size = (await readFile(path.join(pristine, shardFile))).length;
    for (let i = 0; i < 15; i++) {
      const dir = await copy();
      await truncate(path.join(dir, shardFile), Math.floor((i * (size - 2)) / 15));
      const e = await expectKeptAndRecoverable(dir, shardFile);
      expect(e.message).toContain(shardFile);
    }
  });

  it.each([
    ['NUL bytes', 'nul', /NUL bytes/],
    ['null', 'null', /only `null`/],
    ['a list', '[]', /a list/],
    ['not JSON', 'hello, world', /not valid JSON/],
    ['the wrong shape', '{"schemaVersion":2,"clippings":{}}', /wrong shape/],
    ['no schema version', '{"tags":[]}', /no schemaVersion/],
  ])('keeps a catalogue holding %s', async (_label, content, message) => {
    const dir = await copy();
    const file = path.join(dir, 'catalogue.json');
    if (content === 'nul') await writeFile(file, Buffer.alloc((await readFile(file)).length));
    else await writeFile(file, content);
    const e = await expectKeptAndRecoverable(dir, 'catalogue.json');
    expect(e.message).toMatch(message);
  });

  it('treats a missing catalogue beside clippings as damage, not a fresh start', async () => {
    const dir = await copy();
    await cp(path.join(dir, 'catalogue.json'), path.join(base, 'moved-away.json'));
    await import('node:fs/promises').then((fs) => fs.rm(path.join(dir, 'catalogue.json')));
    const shard = await readFile(path.join(dir, shardFile));
    const err = await openArchive(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DamagedArchiveError);
    expect((err as Error).message).toMatch(/missing, but the folder holds clippings/);
    // The shard files that were still there are kept too.
    expect(await readFile(path.join(dir, (err as DamagedArchiveError).keptAt as string, shardFile))).toEqual(
      shard,
    );
    expect((await readdir(dir)).includes('catalogue.json')).toBe(false);
    await recoverFromBackup(dir);
    const a = await openArchive(dir, { readOnly: true });
    expect(a.summaries()).toHaveLength(ids.length);
    await a.close();
  });

  it('changes nothing when a damaged archive is opened read-only', async () => {
    const dir = await copy();
    await writeFile(path.join(dir, 'catalogue.json'), '[]');
    const before = (await readdir(dir)).sort();
    await expect(openArchive(dir, { readOnly: true })).rejects.toMatchObject({
      code: 'damaged',
      keptAt: null,
    });
    expect((await readdir(dir)).sort()).toEqual(before);
    expect(await readFile(path.join(dir, 'catalogue.json'), 'utf8')).toBe('[]');
  });
});
