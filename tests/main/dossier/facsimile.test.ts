/**
 * Print clippings in a dossier: the text, the facsimile (the page as printed, at full text
 * width, captioned with where it was printed) or both, as the spec's `printed` asks.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../electron/main/library';
import { missingPdfTools, pdfInfo, pdfText } from './pdf-tools';

const missing = missingPdfTools();
const PDF = path.resolve(import.meta.dirname, '../../fixtures/print/ferry.pdf');
let dir: string;
let library: Library;
let id: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cuttings-facsimile-'));
  library = await openLibrary(path.join(dir, 'archive'), { dailyBackup: 'off' });
  const outcome = await library.importFile(PDF, { print: { source: 'The Island Times', page: '3', edition: 'Late' } });
  id = outcome.clipping.id;
}, 120_000);
afterAll(async () => {
  await library.close();
  await rm(dir, { recursive: true, force: true });
});

async function dossier(printed: 'text' | 'facsimile' | 'both' | undefined): Promise<string> {
  const outFile = path.join(dir, `dossier-${printed ?? 'default'}.pdf`);
  await library.exportDossier({ spec: { title: 'Ferries', ...(printed ? { printed } : {}) }, ids: [id], outFile });
  return outFile;
}

/** How many images the PDF draws (pdfimages lists one per line after a two-line header). */
function images(file: string): number {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').length - 2;
}

describe.skipIf(missing.length > 0)(`facsimiles in dossiers${missing.length ? ` — skipped: ${missing.join(', ')} missing` : ''}`, () => {
  it('prints the text and then the page as printed by default, captioned with the publication', async () => {
    const both = await dossier(undefined);
    const text = pdfText(both).replace(/\s+/g, ' ');
    expect(text).toContain('steering gear');
    expect(text).toContain('As printed: The Island Times, page 3, Late edition');
    expect(images(both)).toBe(1);
  }, 60_000);

  it('prints only the text, or only the facsimile, when asked', async () => {
    const onlyText = await dossier('text');
    expect(pdfText(onlyText)).not.toContain('As printed');
    expect(images(onlyText)).toBe(0);
    const onlyPage = await dossier('facsimile');
    const text = pdfText(onlyPage).replace(/\s+/g, ' ');
    expect(text).toContain('Island ferry returns after winter repairs'); // the headline stays
    expect(text).not.toContain('steering gear');
    expect(text).toContain('As printed: The Island Times');
    expect(images(onlyPage)).toBe(1);
    expect(Number(pdfInfo(onlyPage).Pages)).toBeGreaterThan(0);
    // A look at the page, for people: tests/artifacts/dossier-facsimile-*.png
    const artifacts = path.resolve(import.meta.dirname, '../../artifacts');
    await mkdir(artifacts, { recursive: true }); // not there in a fresh checkout
    execFileSync('pdftoppm', ['-png', '-r', '60', onlyPage, path.join(artifacts, 'dossier-facsimile')]);
  }, 60_000);
});
