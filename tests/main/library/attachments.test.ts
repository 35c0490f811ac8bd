/**
 * An e-mail's attachments become clippings of their own through the per-file import, linked
 * to the e-mail both ways — in a real archive (lowdb catalogue, files, search index).
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
    // The same note with only the attachments that read quickly (no PDF).
    const first = await library.importFile(path.join(MAIL, 'quick-documents.eml'));
    const again = await library.importFile(path.join(MAIL, 'quick-documents.eml'));
    expect(again.duplicate).toBe(true);
    expect(again.clipping.id).toBe(first.clipping.id);
    for (const a of again.attachments ?? []) if (a.id) expect(a.duplicate).toBe(true);
    expect(again.clipping.attachmentIds).toEqual(first.clipping.attachmentIds);
    expect(library.list().total).toBe((first.attachments ?? []).filter((a) => a.id).length + 1);
  });

  it('reports progress through the attachments and stops at Cancel, keeping what was imported', async () => {
    const controller = new AbortController();
    const labels: string[] = [];
    const fractions: number[] = [];
    const outcome = await library.importFile(path.join(MAIL, 'with-documents.eml'), {
      signal: controller.signal,
      onProgress: (p) => {
        labels.push(p.label);
        fractions.push(p.fraction);
        if (p.label.startsWith('Attachment 2 of 5')) controller.abort();
      },
    });
    expect(labels[0]).toBe('Attachment 1 of 5, Ferry timetable.docx');
    expect(labels).toContain('Attachment 2 of 5, geneva.txt');
    expect(fractions.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= (fractions[i - 1] ?? 0)))).toBe(true);
    // The attachment under way when Cancel came is finished; the ones after it are not begun.
    expect(outcome.attachments?.map((a) => [a.file, a.id !== null, a.error])).toEqual([
      ['Ferry timetable.docx', true, null],
      ['geneva.txt', true, null],
      ['Grid report 2025.pdf', false, 'Not imported: the import was cancelled.'],
      ['Harbour ferry contract signed.eml', false, 'Not imported: the import was cancelled.'],
      ['winmail.dat', false, 'Not imported: the import was cancelled.'],
    ]);
    expect(outcome.clipping.attachmentIds).toHaveLength(2);
    expect(library.list().total).toBe(3);
  });

  it('counts attachments in a folder import and names each failure under its e-mail', async () => {
    const folder = path.join(dir, 'inbox');
    await mkdir(folder);
    await copyFile(path.join(MAIL, 'quick-documents.eml'), path.join(folder, 'docs.eml'));
    await copyFile(path.join(MAIL, 'outlook-reply.eml'), path.join(folder, 'reply.eml'));
    await copyFile(path.join(MAIL, 'truncated.eml'), path.join(folder, 'truncated.eml'));
    const summary = await library.importFolder(folder);
    const failed = summary.failed.map((f) => f.file.replace(folder + path.sep, ''));
    expect(failed).toContain('docs.eml › winmail.dat');
    expect(failed).toContain('truncated.eml');
    expect(summary.failed.find((f) => f.file.endsWith('truncated.eml'))?.reason).toMatch(/is cut short/);
    // Two e-mails and their attachments that could be imported.
    expect(summary.imported.length).toBe(library.list().total);
    expect(summary.imported.length).toBe(2 + 2);
    // The truncated message left nothing behind.
    expect(library.list().items.filter((c) => c.title === 'Rural clinics announcement')).toHaveLength(1);
  });

  it('keeps the archive folder clean: attachments go through a private temporary folder', async () => {
    const tmp = path.join(dir, 'tmp');
    await mkdir(tmp);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp; // os.tmpdir() reads it at each call
    try {
      // A message with a text file attached (kept small: no PDF or OCR to wait for).
      const article = await readFile(path.join(import.meta.dirname, '../../fixtures/paste/wire-geneva.txt'));
      const message = [
        'From: Dana Editor <dana@newsdesk.example.org>',
        'Subject: The Geneva story',
        'Date: Fri, 5 Dec 2025 09:00:00 +0000',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'The wire story on the plastics talks, for the file.',
        '--b',
        'Content-Type: text/plain; name="../../escape.txt"',
        'Content-Disposition: attachment; filename="../../escape.txt"',
        'Content-Transfer-Encoding: base64',
        '',
        article.toString('base64'),
        '--b--',
        '',
      ].join('\r\n');
      const file = path.join(dir, 'geneva.eml');
      await writeFile(file, message);
      const outcome = await library.importFile(file);
      expect(outcome.attachments).toEqual([{ file: 'escape.txt', id: expect.any(String), duplicate: false, error: null }]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    // Nothing of the attachments is left (an attachment named "../../escape.txt" was written
    // inside the private folder, not beside it); caches of tools are not theirs (OCR's unpacked
    // language models; tsx's compiled sources when tests run from TypeScript).
    expect((await readdir(tmp)).filter((n) => !/^(?:cuttings-ocr|tsx)-/.test(n))).toEqual([]);
    expect(await readdir(dir)).not.toContain('escape.txt');
    const top = await readdir(path.join(dir, 'archive'));
    expect(top.filter((n) => /attachment/i.test(n))).toEqual([]);
  });
});
