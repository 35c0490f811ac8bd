import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../electron/main/library';

const PASTE = path.resolve(import.meta.dirname, '../../fixtures/paste');
const read = (name: string): string => readFileSync(path.join(PASTE, name), 'utf8');

let dir: string;
let library: Library;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-library-'));
  library = await openLibrary(path.join(dir, 'archive'));
});
afterEach(async () => {
  await library?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the Library keeps archive and search in step', () => {
  it('finds an imported clipping, follows its tags, and forgets it in the trash', async () => {
    const { clipping } = await library.importText(read('sun-peskov.txt'), { tags: ['ukraine'] });
    expect(library.search('peskov').hits.map((h) => h.id)).toEqual([clipping.id]);
    expect(library.search('tag:ukraine').total).toBe(1);

    await library.tag([clipping.id], ['kremlin'], ['ukraine']);
    expect(library.search('tag:ukraine').total).toBe(0);
    expect(library.search('tag:kremlin').total).toBe(1);
    expect((await library.get(clipping.id)).tags).toEqual(['kremlin']);

    await library.trash([clipping.id]);
    expect(library.search('peskov').total).toBe(0);
    expect(library.list().total).toBe(0);
    expect(library.list({ trashed: true }).items.map((c) => c.id)).toEqual([clipping.id]);

    await library.restore([clipping.id]);
    expect(library.search('peskov').total).toBe(1);
  });

  it('returns the existing clipping for a duplicate, and still applies new tags to it', async () => {
    const first = await library.importText(read('wire-geneva.txt'));
    const again = await library.importText(read('wire-geneva.txt'), { tags: ['plastics'] });
    expect(again.duplicate).toBe(true);
    expect(again.clipping.id).toBe(first.clipping.id);
    expect(again.clipping.tags).toEqual(['plastics']);
    expect(library.list().total).toBe(1);
  });

  it('survives a reopen, and rebuilds a deleted search index', async () => {
    const { clipping } = await library.importText(read('dpa-berlin-de.txt'), { tags: ['bahn'] });
    await library.close();
    await rm(path.join(dir, 'archive', 'index'), { recursive: true, force: true });
    library = await openLibrary(path.join(dir, 'archive'));
    expect((await library.get(clipping.id)).tags).toEqual(['bahn']);
    expect(library.search('Lokführergewerkschaft').hits.map((h) => h.id)).toEqual([clipping.id]);
  });

  it('imports a folder, reporting duplicates and each failure with its reason', async () => {
    const folder = path.join(dir, 'inbox');
    await mkdir(path.join(folder, 'nested'), { recursive: true });
    await copyFile(path.join(PASTE, 'sun-peskov.txt'), path.join(folder, 'a.txt'));
    await copyFile(path.join(PASTE, 'sun-peskov.txt'), path.join(folder, 'nested', 'a-copy.txt'));
    await copyFile(path.join(PASTE, 'wire-geneva.txt'), path.join(folder, 'nested', 'b.txt'));
    await writeFile(path.join(folder, 'empty.txt'), '');
    await writeFile(path.join(folder, 'budget.xlsx'), 'ignored: not an article format');
    const progress: number[] = [];
    const summary = await library.importFolder(folder, { onProgress: ({ done }) => progress.push(done) });
    expect(summary.imported).toHaveLength(2);
    expect(summary.duplicates).toHaveLength(1);
    expect(summary.failed).toEqual([{ file: path.join(folder, 'empty.txt'), reason: expect.stringMatching(/empty/i) }]);
    expect(summary.cancelled).toBe(false);
    expect(progress.at(-1)).toBe(4);
  });

  it('stops a folder import when cancelled, keeping what was imported', async () => {
    const folder = path.join(dir, 'inbox');
    await mkdir(folder);
    for (const name of ['sun-peskov.txt', 'wire-geneva.txt', 'dpa-berlin-de.txt']) await copyFile(path.join(PASTE, name), path.join(folder, name));
    const controller = new AbortController();
    const summary = await library.importFolder(folder, {
      signal: controller.signal,
      onProgress: ({ done }) => done === 1 && controller.abort(),
    });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toHaveLength(1);
    expect(library.list().total).toBe(1);
  });

  it('imports a mix of files and folders once each, naming a file it cannot take', async () => {
    const folder = path.join(dir, 'dropped');
    await mkdir(path.join(folder, 'deeper'), { recursive: true });
    await copyFile(path.join(PASTE, 'sun-peskov.txt'), path.join(folder, 'sun.txt'));
    await copyFile(path.join(PASTE, 'wire-geneva.txt'), path.join(folder, 'deeper', 'geneva.txt'));
    await copyFile(path.join(PASTE, 'dpa-berlin-de.txt'), path.join(dir, 'berlin.txt'));
    await writeFile(path.join(dir, 'scan.pdf'), '%PDF-1.4 not an article');
    const summary = await library.importPaths([
      folder,
      path.join(dir, 'berlin.txt'),
      path.join(folder, 'sun.txt'), // also inside the folder: imported once
      path.join(dir, 'scan.pdf'),
      path.join(dir, 'gone.txt'),
    ]);
    expect(summary.imported).toHaveLength(3);
    expect(summary.duplicates).toHaveLength(0);
    expect(summary.failed.map((f) => path.basename(f.file))).toEqual(['scan.pdf', 'gone.txt']);
    expect(summary.failed[0]?.reason).toMatch(/"scan.pdf" cannot be read as a PDF/);
    expect(summary.failed[1]?.reason).toMatch(/not found/);
    expect(library.list().items.map((c) => c.source).sort()).toEqual(['Reuters', 'The Sun News', 'dpa']);
  });

  it('writes a dossier from a query and refuses an empty one', async () => {
    await library.importText(read('sun-peskov.txt'), { tags: ['ukraine'] });
    await library.importText(read('dpa-berlin-de.txt'));
    const out = path.join(dir, 'dossier.pdf');
    const result = await library.exportDossier({ spec: { title: 'Ukraine talks' }, query: 'tag:ukraine', outFile: out });
    expect(result.clippings).toBe(1);
    expect(result.pages).toBeGreaterThan(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    await expect(
      library.exportDossier({ spec: { title: 'Nothing' }, query: 'tag:none', outFile: path.join(dir, 'empty.pdf') }),
    ).rejects.toThrow(/No clipping matches "tag:none"/);
    expect(existsSync(path.join(dir, 'empty.pdf'))).toBe(false);
  });
});

describe('the article HTML of a clipping', () => {
  it('is null for pasted text and sanitized HTML for a saved page', async () => {
    const pasted = await library.importText(read('sun-peskov.txt'));
    expect(await library.articleHtml(pasted.clipping.id, 'cuttings-archive://clipping/')).toBeNull();
    const page = await library.importFile(path.resolve(import.meta.dirname, '../../fixtures/pages/guardian-1/source.html'));
    const html = await library.articleHtml(page.clipping.id, 'cuttings-archive://clipping/');
    expect(html).toBeTruthy();
    expect(html).not.toMatch(/<script|onerror=|<iframe/i);
    expect(html).not.toMatch(/src="https?:/i);
  });
});
