/**
 * Issue #17 item 11: safer refusals. An older build meeting a newer-schema archive refuses and
 * moves nothing; ten garbled bytes in one shard record set aside that record, not the
 * catalogue; a restore says what changed since the backup and what `check --repair` brings back.
 */
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupArchive, checkArchive, openArchive, restoreBackup } from '../../../electron/main/archive';
import { makeArticle, tempDir } from './helpers';

let base: string;
let cleanup: () => Promise<void>;
let pristine: string;
let ids: string[];
let copies = 0;

beforeAll(async () => {
  ({ dir: base, cleanup } = await tempDir());
  pristine = path.join(base, 'pristine');
  const a = await openArchive(pristine, { dailyBackup: 'off' });
  ids = [];
  for (let i = 0; i < 5; i++) ids.push((await a.add(makeArticle(), ['kept'])).clipping.id);
  await a.close();
});
afterAll(async () => cleanup());

async function copy(): Promise<string> {
  const dir = path.join(base, `copy-${++copies}`);
  await cp(pristine, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` with its bytes, to show nothing moved or changed. */
async function contents(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(path.relative(dir, path.join(e.parentPath, e.name)), (await readFile(path.join(e.parentPath, e.name))).toString('base64'));
  }
  return out;
}

async function shardOf(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'catalogue.json'), 'utf8')) as { shards: Array<{ file: string }> };
  return path.join(dir, manifest.shards[0]?.file as string);
}

describe('an archive from a newer version of Cuttings', () => {
  it('is refused for writing and for reading, and nothing is moved or changed', async () => {
    const dir = await copy();
    const file = path.join(dir, 'catalogue.json');
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, `${JSON.stringify({ ...manifest, schemaVersion: 9 }, null, 2)}\n`);
    const before = await contents(dir);
    for (const readOnly of [false, true]) {
      const err = await openArchive(dir, { readOnly, dailyBackup: 'off' }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ code: 'read-only' });
      expect((err as Error).message).toMatch(/newer version of Cuttings \(schema 9; this version reads up to \d+\)\. Nothing was changed/);
    }
    expect(await contents(dir)).toEqual(before);
  });
});

describe('ten garbled bytes in one shard record', () => {
  it('set aside that record only: the rest opens, the bytes are kept, check --repair brings it back', async () => {
    const dir = await copy();
    const shard = await shardOf(dir);
    const text = await readFile(shard, 'utf8');
    const victim = ids[2] as string;
    const line = text.split('\n').find((l) => l.includes(victim)) as string;
    const at = line.indexOf('"title"') + 3;
    const garbled = `${line.slice(0, at)}\u0000#%{]}\u0001x!${line.slice(at + 10)}`;
    await writeFile(shard, text.replace(line, garbled));
    const damaged = await readFile(shard);

    const a = await openArchive(dir, { dailyBackup: 'off' });
    expect(a.summaries().map((s) => s.id).sort()).toEqual(ids.filter((id) => id !== victim).sort());
    expect(a.notes.join('\n')).toMatch(/1 damaged clipping record in catalogue\/.*was set aside in kept\/.*check --repair/);
    const kept = (await readdir(path.join(dir, 'kept'))).find((n) => n.endsWith('-damaged-records')) as string;
    expect(kept).toBeDefined();
    expect(await readFile(path.join(dir, 'kept', kept, path.relative(dir, shard)))).toEqual(damaged);
    expect(await readFile(path.join(dir, 'kept', kept, 'records.txt'), 'utf8')).toContain(garbled.slice(0, 40));
    // The catalogue was saved without it, and works.
    await a.tag([ids[0] as string], ['still-works'], []);
    await a.close();

    const report = await checkArchive(dir, { repair: true });
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'orphan', id: victim, repaired: 'put back into the catalogue' }));
    const b = await openArchive(dir, { readOnly: true });
    expect(b.summaries()).toHaveLength(ids.length);
    expect(b.notes).toEqual([]);
    await b.close();
  });

  it('changes nothing when opened read-only, and still shows the other clippings', async () => {
    const dir = await copy();
    const shard = await shardOf(dir);
    const text = await readFile(shard, 'utf8');
    await writeFile(shard, text.replace(`"id":"${ids[1]}"`, `"id":"${ids[1]}\u0000\u0000`));
    const before = await contents(dir);
    const a = await openArchive(dir, { readOnly: true });
    expect(a.summaries()).toHaveLength(ids.length - 1);
    expect(a.notes.join('\n')).toMatch(/left out.*read-only/);
    await a.close();
    expect(await contents(dir)).toEqual(before);
  });
});

describe('a restore', () => {
  it('says what changed since the backup, and what check --repair can bring back', async () => {
    const dir = await copy();
    const backup = await backupArchive(dir);
    const a = await openArchive(dir, { dailyBackup: 'off' });
    const added = [(await a.add(makeArticle())).clipping.id, (await a.add(makeArticle())).clipping.id];
    await a.tag([ids[0] as string], ['edited-since'], []);
    await a.close();
    const result = await restoreBackup(dir, backup.name);
    expect(result.sinceBackup).toMatchObject({ added: 2, readoptable: 2, edited: 1 });
    expect(result.sinceBackup?.undo).toMatch(/-pre-restore\.json\.gz$/);
    const report = await checkArchive(dir, { repair: true });
    expect(report.problems.filter((p) => p.repaired === 'put back into the catalogue').map((p) => p.id).sort()).toEqual(added.sort());
  });
});
