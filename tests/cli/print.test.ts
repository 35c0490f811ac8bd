/** `cuttings import` with print clippings: an e-paper PDF with its publication details, and bad files. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/print');
let work: string;
let archive: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-print-'));
  archive = path.join(work, 'archive');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('cuttings import FILE.pdf', () => {
  it('stores the text in reading order, the headline, the publication, page and edition, and the facsimile', async () => {
    const r = await runCli(['--archive', archive, 'import', path.join(FIXTURES, 'ferry.pdf'), '--source', 'The Island Times', '--page', '3', '--edition', 'Late', '--date', '2026-03-02', '--json']);
    expect(r.stderr).toMatch(/^(?:.* \d+%\n)*$/); // at most progress lines, on a slow machine
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c).toMatchObject({
      title: 'Island ferry returns after winter repairs',
      source: 'The Island Times',
      publishedAt: '2026-03-02',
      dateline: 'PORTREE',
      print: { method: 'pdf-text', page: '3', edition: 'Late', facsimile: ['facsimile-1.jpg'] },
    });
    const folder = path.join(archive, 'clippings', c.capturedAt.slice(0, 4), c.capturedAt.slice(5, 7), c.id);
    expect((await readdir(folder)).sort()).toEqual(['clipping.json', 'facsimile-1.jpg', 'original.pdf', 'text.txt']);
    expect(readFileSync(path.join(folder, 'original.pdf'))).toEqual(readFileSync(path.join(FIXTURES, 'ferry.pdf')));
    const found = await runCli(['--archive', archive, 'search', 'Campbell harbour', '--json']);
    expect(JSON.parse(found.stdout).map((h: { id: string }) => h.id)).toEqual([c.id]);
  }, 120_000);

  it('refuses a damaged image and a bad option clearly, storing nothing', async () => {
    const empty = path.join(work, 'empty-archive');
    const cut = path.join(work, 'cut.jpg');
    await writeFile(cut, readFileSync(path.join(FIXTURES, 'ferry-photo.jpg')).subarray(0, 5000));
    const r = await runCli(['--archive', empty, 'import', cut]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"cut.jpg" is cut short: the end of the JPEG image is missing/);
    const bad = await runCli(['--archive', empty, 'import', path.join(FIXTURES, 'ferry.pdf'), '--date', 'March']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--date: a date is YYYY-MM-DD/);
    expect(existsSync(path.join(empty, 'clippings'))).toBe(false);
  }, 120_000);
});
