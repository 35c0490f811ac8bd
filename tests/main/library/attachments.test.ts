/**
 * An e-mail's attachments become clippings of their own through the per-file import, linked
 * to the e-mail both ways — in a real archive (lowdb catalogue, files, search index).
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../electron/main/library';

const MAIL = path.resolve(import.meta.dirname, '../../fixtures/mail');

let dir: string;
let library: Library;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-attachments-'));
  library = await openLibrary(path.join(dir, 'archive'));
});
afterEach(async () => {
  await library?.close();
  await rm(dir, { recursive: true, force: true });
});

const byFile = (outcomes: Array<{ file: string }> | undefined, file: string): { file: string; id: string | null; error: string | null } => {
  const found = outcomes?.find((o) => o.file === file);
  expect(found, `an outcome for ${file}`).toBeDefined();
  return found as { file: string; id: string | null; error: string | null };
};

describe('attachments', () => {
  it('imports each attachment as a clipping linked to the e-mail, and names the ones it could not', async () => {
    const outcome = await library.importFile(path.join(MAIL, 'with-documents.eml'), { tags: ['ferry'] });
    const email = outcome.clipping;
    expect(email.title).toBe('Documents for the ferry file');
    expect(outcome.duplicate).toBe(false);

    const word = byFile(outcome.attachments, 'Ferry timetable.docx');
    const text = byFile(outcome.attachments, 'geneva.txt');
    const forwarded = byFile(outcome.attachments, 'Harbour ferry contract signed.eml');
    for (const ok of [word, text, forwarded]) expect(ok).toMatchObject({ id: expect.any(String), error: null });
    expect(byFile(outcome.attachments, 'winmail.dat')).toMatchObject({ id: null, error: expect.stringMatching(/winmail\.dat/) });
    // The PDF goes through the same per-file import as a dropped PDF: imported once PDFs are
    // understood, until then refused with the reason that import gives.
    const pdf = byFile(outcome.attachments, 'Grid report 2025.pdf');
    if (pdf.id === null) expect(pdf.error).toMatch(/PDF/);

    expect(pdf).toMatchObject({ id: expect.any(String), error: null }); // PDFs are print clippings now
    const attached = (outcome.attachments ?? []).flatMap((a) => (a.id ? [a.id] : []));
    expect(attached).toEqual(expect.arrayContaining([word, text, forwarded, pdf].map((a) => a.id)));
    expect(email.attachmentIds).toEqual(attached);
    expect((await library.get(email.id)).attachmentIds).toEqual(attached);

    // Each attachment is a whole clipping, with the e-mail's tags, searchable.
    const timetable = await library.get(word.id as string);
    expect(timetable.title).toBe('Ferry timetable agreed for the island route');
    expect(timetable.tags).toEqual(['ferry']);
    expect(library.search('"ticket sales"').hits.map((h) => h.id)).toEqual([timetable.id]);
    expect((await library.get(forwarded.id as string)).source).toBe('Port Authority');

    // Linked both ways.
    expect(library.links(email.id)).toEqual({
      attachments: attached.map((id) => ({ id, title: expect.any(String), trashed: false })),
      attachedTo: [],
    });
    expect(library.links(timetable.id)).toEqual({
      attachments: [],
      attachedTo: [{ id: email.id, title: 'Documents for the ferry file', trashed: false }],
    });
    // An attachment in the trash stays listed, marked; one emptied from the trash is gone.
    await library.trash([timetable.id]);
    expect(library.links(email.id).attachments.find((l) => l.id === timetable.id)?.trashed).toBe(true);
    await library.emptyTrash();
    expect(library.links(email.id).attachments.map((l) => l.id)).not.toContain(timetable.id);

    // Nothing else was stored: one folder per clipping, no temporary files left in the archive.
    expect(library.list().total).toBe(1 + attached.length - 1);
  });

  it('imports the same e-mail again as a duplicate, its attachments too, and keeps the links', async () => {
    const first = await library.importFile(path.join(MAIL, 'with-documents.eml'));
    const again = await library.importFile(path.join(MAIL, 'with-documents.eml'));
    expect(again.duplicate).toBe(true);
    expect(again.clipping.id).toBe(first.clipping.id);
    for (const a of again.attachments ?? []) if (a.id) expect(a.duplicate).toBe(true);
    expect(again.clipping.attachmentIds).toEqual(first.clipping.attachmentIds);
    expect(library.list().total).toBe((first.attachments ?? []).filter((a) => a.id).length + 1);
  });

  it('counts attachments in a folder import and names each failure under its e-mail', async () => {
    const folder = path.join(dir, 'inbox');
    await mkdir(folder);
    await copyFile(path.join(MAIL, 'with-documents.eml'), path.join(folder, 'docs.eml'));
    await copyFile(path.join(MAIL, 'press-release.eml'), path.join(folder, 'release.eml'));
    await copyFile(path.join(MAIL, 'truncated.eml'), path.join(folder, 'truncated.eml'));
    const summary = await library.importFolder(folder);
    const failed = summary.failed.map((f) => f.file.replace(folder + path.sep, ''));
    expect(failed).toContain('docs.eml › winmail.dat');
    expect(failed).toContain('truncated.eml');
    expect(summary.failed.find((f) => f.file.endsWith('truncated.eml'))?.reason).toMatch(/is cut short/);
    // Two e-mails and their attachments that could be imported.
    expect(summary.imported.length).toBe(library.list().total);
    expect(summary.imported.length).toBeGreaterThanOrEqual(2 + 3);
    // The truncated message left nothing behind.
    expect(library.list().items.filter((c) => c.title === 'Ministry announces coal moratorium')).toHaveLength(1);
  });

  it('keeps the archive folder clean: attachments go through a private temporary folder', async () => {
    const tmp = path.join(dir, 'tmp');
    await mkdir(tmp);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp; // os.tmpdir() reads it at each call
    try {
      const outcome = await library.importFile(path.join(MAIL, 'press-release.eml'));
      expect(outcome.attachments?.map((a) => a.file)).toEqual(['Grid report 2025.pdf', 'minister.jpg']);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    // Nothing of the attachments is left; caches of tools are not theirs (OCR's unpacked language
    // models, reused by the next import; tsx's compiled sources when tests run from TypeScript).
    expect((await readdir(tmp)).filter((n) => !/^(?:cuttings-ocr|tsx)-/.test(n))).toEqual([]);
    const top = await readdir(path.join(dir, 'archive'));
    expect(top.filter((n) => /attachment/i.test(n))).toEqual([]);
  });
});
