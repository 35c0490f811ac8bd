import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../electron/main/library';

const PASTE = path.resolve(import.meta.dirname, '../../fixtures/paste');
const read = (name: string): string => readFileSync(path.join(PASTE, name), 'utf8');

let dir: string;
let archiveDir: string;
let library: Library;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-saved-'));
  archiveDir = path.join(dir, 'archive');
  library = await openLibrary(archiveDir, { dailyBackup: 'off' });
});
afterEach(async () => {
  await library?.close();
  await rm(dir, { recursive: true, force: true });
});

const reopen = async (): Promise<Library> => {
  await library.close();
  library = await openLibrary(archiveDir, { dailyBackup: 'off' });
  return library;
};

describe('saved searches', () => {
  it('survive reopening, replace by name (any case) and can be deleted', async () => {
    const first = await library.saveSearch('  Kremlin  ', 'peskov');
    expect(first).toMatchObject({ name: 'Kremlin', query: 'peskov' });
    await reopen();
    expect(library.savedSearches()).toEqual([first]);
    const replaced = await library.saveSearch('kremlin', 'peskov OR putin');
    expect(replaced).toEqual({ id: first.id, name: 'kremlin', query: 'peskov OR putin' });
    expect(library.savedSearches()).toHaveLength(1);
    expect(await library.deleteSearch(first.id)).toBe(1);
    expect(await library.deleteSearch(first.id)).toBe(0);
    await reopen();
    expect(library.savedSearches()).toEqual([]);
  });

  it('rejects empty and over-long names', async () => {
    await expect(library.saveSearch('   ', 'x')).rejects.toThrow(/needs a name/);
    await expect(library.saveSearch('n'.repeat(101), 'x')).rejects.toThrow(/at most 100/);
  });
});

describe('saved dossiers', () => {
  it('stores spec and source, and re-exports with the clippings as they are now', async () => {
    const files = readdirPaste();
    const a = (await library.importText(read(files[0] as string))).clipping;
    const b = (await library.importText(read(files[1] as string))).clipping;
    await library.tag([a.id], ['picked'], []);
    const search = await library.saveSearch('Picked', 'tag:picked');
    const saved = await library.saveDossier({
      spec: { title: 'Weekly review', lang: 'en' },
      source: { kind: 'saved-search', searchId: search.id },
    });
    await reopen();
    expect(library.savedDossiers()).toEqual([saved]);
    const out1 = path.join(dir, 'one.pdf');
    expect((await library.exportDossier({ dossierId: saved.id, outFile: out1 })).clippings).toBe(1);
    // A clipping tagged since is in the re-export.
    await library.tag([b.id], ['picked'], []);
    const out2 = path.join(dir, 'two.pdf');
    const again = await library.exportDossier({ dossierId: saved.id, outFile: out2 });
    expect(again.clippings).toBe(2);
    expect((await readFile(out2)).subarray(0, 5).toString()).toBe('%PDF-');
    const updated = await library.saveDossier({ id: saved.id, spec: { title: 'Renamed' }, source: { kind: 'ids', ids: [b.id] } });
    expect(updated).toMatchObject({ id: saved.id, createdAt: saved.createdAt, spec: { title: 'Renamed' } });
    expect(await library.deleteDossier(saved.id)).toBe(1);
    expect(library.savedDossiers()).toEqual([]);
  });
});

describe('migrating a schema 2 archive', () => {
  it('turns old dossier records into a spec with an ids source', async () => {
    const { clipping } = await library.importText(read(readdirPaste()[0] as string));
    await library.close();
    const manifestFile = path.join(archiveDir, 'catalogue.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    manifest.schemaVersion = 2;
    manifest.dossiers = [{ id: 'old1', title: 'Old review', clippingIds: [clipping.id], createdAt: '2025-01-01T00:00:00.000Z' }];
    await writeFile(manifestFile, JSON.stringify(manifest));
    for (const ref of manifest.shards as Array<{ file: string }>) {
      const shardFile = path.join(archiveDir, ref.file);
      const shard = JSON.parse(await readFile(shardFile, 'utf8'));
      await writeFile(shardFile, JSON.stringify({ ...shard, schemaVersion: 2 }));
    }
    library = await openLibrary(archiveDir, { dailyBackup: 'off' });
    expect(library.savedDossiers()).toEqual([
      {
        id: 'old1',
        spec: { title: 'Old review' },
        source: { kind: 'ids', ids: [clipping.id] },
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    ]);
    expect(library.list().total).toBe(1);
    await reopen();
    expect(JSON.parse(await readFile(manifestFile, 'utf8')).schemaVersion).toBe(3);
    expect(library.list().total).toBe(1);
  });
});

function readdirPaste(): string[] {
  return ['sun-peskov.txt', 'wire-geneva.txt'];
}
