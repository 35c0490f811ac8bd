/**
 * Issue #17 item 6 (security): a catalogue's path fields (`images[].file`, `files.original`)
 * must stay inside their clipping's folder — checked when an export is imported, and again
 * wherever a path is used, so a dossier can never embed a file from elsewhere on the disk.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkArchive, exportArchive, importArchiveZip, openArchive } from '../../../electron/main/archive';
import { openLibrary } from '../../../electron/main/library';
import { makePng } from '../dossier/sample-clippings';
import { makeArticle, tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

const png = makePng(64, 48);

/** An archive with one clipping that has one image; returns its folder and the clipping's id. */
async function archiveWithImage(): Promise<{ source: string; id: string }> {
  const source = path.join(dir, 'source');
  const a = await openArchive(source, { dailyBackup: 'off' });
  const { clipping } = await a.add(
    makeArticle({ html: '<p>Quay</p>', images: [{ file: 'img-1.png', alt: 'quay', originalUrl: null, data: png }] }),
  );
  await a.close();
  return { source, id: clipping.id };
}

/** An export of `source` whose snapshot has been changed by `edit` (a hostile export). */
async function doctoredExport(source: string, edit: (clipping: Record<string, unknown>) => void): Promise<string> {
  const zip = path.join(dir, 'export.zip');
  await exportArchive(source, zip);
  const entries = unzipSync(await readFile(zip));
  const snapshot = JSON.parse(strFromU8(entries['snapshot.json'] as Uint8Array)) as { clippings: Array<Record<string, unknown>> };
  edit(snapshot.clippings[0] as Record<string, unknown>);
  entries['snapshot.json'] = strToU8(JSON.stringify(snapshot));
  const evil = path.join(dir, 'evil.zip');
  await writeFile(evil, zipSync(entries));
  return evil;
}

/** How many images a PDF file embeds (pdfkit writes each image XObject's dictionary as text). */
async function embeddedImages(pdf: string): Promise<number> {
  return ((await readFile(pdf, 'latin1')).match(/\/Subtype\s*\/Image/g) ?? []).length;
}

describe('path fields of an imported archive', () => {
  it.each([
    ['images[].file', (c: Record<string, unknown>) => ((c.images as Array<{ file: string }>)[0]!.file = '../../../../../../etc/passwd')],
    ['files.original', (c: Record<string, unknown>) => ((c.files as { original: string }).original = '../../secret.txt')],
    ['an absolute image path', (c: Record<string, unknown>) => ((c.images as Array<{ file: string }>)[0]!.file = '/etc/passwd')],
  ])('refuses an export whose %s leaves the clipping folder, and leaves nothing behind', async (_what, edit) => {
    const { source } = await archiveWithImage();
    const evil = await doctoredExport(source, edit);
    const target = path.join(dir, 'target');
    const err = await importArchiveZip(evil, target).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid-input' });
    expect((err as Error).message).toMatch(/outside its clipping's folder|not a file name/);
    expect(existsSync(target)).toBe(false);
  });
});

describe('path fields at use', () => {
  it('never lets a dossier embed a file outside the clipping folder, even when the catalogue names one', async () => {
    const { source, id } = await archiveWithImage();
    // The picture the hostile catalogue points at, outside the archive.
    await writeFile(path.join(dir, 'secret.png'), makePng(80, 60));
    const out = path.join(dir, 'before.pdf');
    let library = await openLibrary(source);
    await library.exportDossier({ spec: { title: 'Before' }, ids: [id], outFile: out });
    await library.close();
    expect(await embeddedImages(out)).toBe(1); // the clipping's own picture: the count can see images

    // A catalogue that names a path outside the folder (written by something other than Cuttings).
    const shardDir = path.join(source, 'catalogue');
    for (const name of await readdir(shardDir)) {
      const file = path.join(shardDir, name);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replaceAll('"file":"img-1.png"', '"file":"../../../../../secret.png"'));
    }
    library = await openLibrary(source);
    const after = path.join(dir, 'after.pdf');
    await library.exportDossier({ spec: { title: 'After' }, ids: [id], outFile: after });
    const html = await library.articleHtml(id, 'cuttings-archive://clipping/');
    await library.close();
    expect(await embeddedImages(after)).toBe(0);
    expect(html).not.toContain('secret');

    const report = await checkArchive(source);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'bad-reference', id, detail: expect.stringMatching(/outside its folder/) }),
    );
  });
});
