/**
 * Issue #17 item 2: one clipping's missing `text.txt` must not lock the whole archive. Its
 * text is rebuilt from the original as captured (in memory, for the index and the reader),
 * the other clippings are indexed as usual, the clipping is flagged, and the user can trash
 * it or have `check --repair` write the text back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkArchive } from '../../../electron/main/archive';
import { openLibrary, recoverClippingText, type Library } from '../../../electron/main/library';

const PASTE = path.resolve(import.meta.dirname, '../../fixtures/paste');
const read = (name: string): string => readFileSync(path.join(PASTE, name), 'utf8');

let dir: string;
let archiveDir: string;
let library: Library;
let sun: string;
let wire: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-missing-text-'));
  archiveDir = path.join(dir, 'archive');
  library = await openLibrary(archiveDir);
  sun = (await library.importText(read('sun-peskov.txt'))).clipping.id;
  wire = (await library.importText(read('wire-geneva.txt'))).clipping.id;
  await library.close();
});
afterEach(async () => {
  await library?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Deletes the clipping's `text.txt` (and, when asked, its original) and the search index. */
async function damage(id: string, alsoOriginal = false): Promise<string> {
  const lib = await openLibrary(archiveDir, { readOnly: true });
  const folder = lib.archive.clippingDir(id);
  await lib.close();
  await rm(path.join(folder, 'text.txt'));
  if (alsoOriginal) for (const f of await readdir(folder)) if (f.startsWith('original.')) await rm(path.join(folder, f));
  await rm(path.join(archiveDir, 'index'), { recursive: true, force: true });
  return folder;
}

describe('a clipping whose text.txt is missing', () => {
  it('leaves the archive usable: it opens, lists, searches, tags and trashes, the clipping flagged', async () => {
    await damage(sun);
    library = await openLibrary(archiveDir);
    expect(library.list().total).toBe(2);
    expect(library.search('plastic').hits.map((h) => h.id)).toContain(wire);
    // The text was rebuilt from the original as captured, so its words are found too.
    expect(library.search('peskov').hits.map((h) => h.id)).toEqual([sun]);
    const flagged = await library.get(sun);
    expect(flagged.text).toContain('The Kremlin said on Friday');
    expect(flagged.damage).toMatch(/text\.txt\) is missing.*rebuilt from original\.txt.*check --repair/);
    expect((await library.get(wire)).damage).toBeUndefined();
    await library.tag([sun], ['kept'], []);
    expect(library.search('tag:kept').hits.map((h) => h.id)).toEqual([sun]);
    await library.trash([sun]);
    expect(library.list().total).toBe(1);
    expect(library.search('peskov').total).toBe(0);
  });

  it('is repaired by check --repair, which writes the text back from the original', async () => {
    const folder = await damage(sun);
    const before = await checkArchive(archiveDir);
    expect(before.problems).toContainEqual(expect.objectContaining({ kind: 'missing-file', id: sun, repaired: null }));
    const after = await checkArchive(archiveDir, { repair: true, recoverText: recoverClippingText });
    expect(after.ok).toBe(true);
    expect(after.problems).toContainEqual(
      expect.objectContaining({ kind: 'missing-file', id: sun, repaired: expect.stringMatching(/rebuilt from original\.txt/) }),
    );
    expect(await readFile(path.join(folder, 'text.txt'), 'utf8')).toContain('The Kremlin said on Friday');
    library = await openLibrary(archiveDir);
    expect((await library.get(sun)).damage).toBeUndefined();
    expect((await checkArchive(archiveDir)).ok).toBe(true);
  });

  it('without its original either, is indexed by what the catalogue holds and flagged', async () => {
    const folder = await damage(sun, true);
    library = await openLibrary(archiveDir);
    expect(library.search('title:progress').hits.map((h) => h.id)).toEqual([sun]);
    const flagged = await library.get(sun);
    expect(flagged.text).toBe('');
    expect(flagged.damage).toMatch(/text\.txt\) is missing, and so is the original/);
    await library.close();
    const report = await checkArchive(archiveDir, { repair: true, recoverText: recoverClippingText });
    expect(report.ok).toBe(false);
    expect(existsSync(path.join(folder, 'text.txt'))).toBe(false);
    library = await openLibrary(archiveDir);
    await library.trash([sun]);
    expect(library.list().total).toBe(1);
  });
});
