/** `cuttings import` takes e-mails and Word documents, names what it could not import, and `show` lists the links. */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

let work: string;
let archive: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-mail-'));
  archive = path.join(work, 'archive');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('cuttings import FILE for e-mails and documents', () => {
  it('refuses a "docx bomb" in one line and writes nothing', async () => {
    const r = await runCli(['--archive', archive, 'import', path.join(FIXTURES, 'documents/bomb.docx')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"bomb.docx" is not a Word document Cuttings will open');
    // Capture comes before the archive is opened: no archive folder was even created.
    expect(existsSync(archive)).toBe(false);
  });

  it('imports an e-mail with its attachments, says which could not be imported, and exits 1 for them', async () => {
    const r = await runCli(['--archive', archive, 'import', path.join(FIXTURES, 'mail/quick-documents.eml'), '--tag', 'ferry']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Imported: [0-9a-z]+ {2}Documents for the ferry file$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}attachment Ferry timetable\.docx: imported: [0-9a-z]+$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}attachment winmail\.dat: not imported: Outlook sent its attachments packed in winmail\.dat/));

    const emailId = /^Imported: ([0-9a-z]+)/.exec(lines[0] ?? '')?.[1] ?? '';
    const wordId = /Ferry timetable\.docx: imported: ([0-9a-z]+)/.exec(r.stdout)?.[1] ?? '';
    const shown = await runCli(['--archive', archive, 'show', emailId]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(`Attachments: ${wordId} Ferry timetable agreed for the island route`);
    const word = await runCli(['--archive', archive, 'show', wordId]);
    expect(word.stdout).toContain(`Attached to: ${emailId} Documents for the ferry file`);
    expect(word.stdout).toContain('Tags: ferry');

    const json = await runCli(['--archive', archive, 'show', emailId, '--json']);
    expect(JSON.parse(json.stdout).attachmentIds).toContain(wordId);
  });

  it('imports a Word document and an MHTML page on their own, exit 0', async () => {
    const docx = await runCli(['--archive', archive, 'import', path.join(FIXTURES, 'documents/harbour-memo.docx'), '--json']);
    expect(docx.stderr).toBe('');
    expect(docx.status).toBe(0);
    expect(JSON.parse(docx.stdout)).toMatchObject({ title: 'Harbour works budget approved', duplicate: false });
    const page = await runCli(['--archive', archive, 'import', path.join(FIXTURES, 'documents/harbour-ferry.mhtml'), '--json']);
    expect(page.status).toBe(0);
    const clipping = JSON.parse(page.stdout);
    expect(clipping).toMatchObject({ title: 'Harbour ferry contract signed', source: 'Coastal Times' });
    expect(clipping.images).toEqual([expect.objectContaining({ file: 'img-1.png' })]);
    const folders = await readdir(path.join(archive, 'clippings'), { recursive: true });
    expect(folders.some((f) => f.endsWith(`${clipping.id}/img-1.png`))).toBe(true);
  });
});
