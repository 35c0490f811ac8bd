import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFile } from '../../../../electron/main/capture/files';
import { capturePastedText } from '../../../../electron/main/capture/paste';
import { imageSize } from '../../../../electron/main/capture/print/image-size';
import { openPdf } from '../../../../electron/main/capture/print/pdf';
import { charAccuracy } from '../../../../bench/print/score';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/print');
const PDF = path.join(FIXTURES, 'ferry.pdf');
const truth = JSON.parse(readFileSync(path.join(FIXTURES, 'ferry.json'), 'utf8')) as { headline: string; paragraphs: string[] };
const reference = capturePastedText([truth.headline, ...truth.paragraphs].join('\n\n')).text;
const hasQpdf = existsSync('/usr/bin/qpdf');

async function temp(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'cuttings-pdf-'));
}

describe('e-paper PDFs', () => {
  it('reads the text layer column by column, finds the headline, and keeps the page as a facsimile', async () => {
    const article = await captureFile(PDF, { printInline: true, print: { source: 'The Island Times', page: '3', edition: 'Late' } });
    expect(article.title).toBe(truth.headline);
    expect(article.titleDerived).toBe(false);
    expect(charAccuracy(article.text, reference)).toBeGreaterThanOrEqual(0.99);
    expect(article.text.indexOf('steering gear')).toBeLessThan(article.text.indexOf('Morag Campbell'));
    expect(article.text.split('\n\n')).toHaveLength(truth.paragraphs.length);
    expect(article.source).toBe('The Island Times');
    expect(article.provenance.source).toBe('user');
    expect(article.print).toMatchObject({ method: 'pdf-text', page: '3', edition: 'Late', facsimile: ['facsimile-1.jpg'], filePages: [1], ocr: null });
    const facsimile = article.images[0]?.data as Uint8Array;
    expect(imageSize(facsimile)).toMatchObject({ kind: 'jpeg', width: 1242, height: 877 }); // 210 mm at 150 dpi
    expect(article.original.file).toBe('original.pdf');
  });

  it('takes only the region drawn on the page', async () => {
    const region = { page: 1, x0: 0, y0: 0.25, x1: 0.5, y1: 1 };
    const article = await captureFile(PDF, { printInline: true, print: { region } });
    expect(article.text).toContain('steering gear');
    expect(article.text).not.toContain('Morag Campbell');
    expect(article.print?.filePages).toEqual([1]);
    expect(imageSize(article.images[0]?.data as Uint8Array)).toMatchObject({ width: 621, height: 658 });
  });

  it.skipIf(!hasQpdf)('refuses an encrypted PDF with a message saying what to do', async () => {
    const out = path.join(await temp(), 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', PDF, out]);
    await expect(captureFile(out, { printInline: true })).rejects.toThrow(/"locked.pdf" is protected by a password\. Open it, save an unprotected copy/);
  });

  it.skipIf(!hasQpdf)('refuses a PDF of more pages than an edition has', async () => {
    const out = path.join(await temp(), 'many.pdf');
    execFileSync('qpdf', ['--empty', '--pages', ...Array.from({ length: 201 }, () => [PDF, '1']).flat(), '--', out]);
    await expect(captureFile(out, { printInline: true })).rejects.toThrow(/"many.pdf" has 201 pages; Cuttings reads PDFs of up to 200/);
  });

  it('says so for a damaged PDF', async () => {
    const out = path.join(await temp(), 'cut.pdf');
    await writeFile(out, readFileSync(PDF).subarray(0, 1500));
    await expect(captureFile(out, { printInline: true })).rejects.toThrow(/"cut.pdf" cannot be read as a PDF|No text was found in "cut.pdf"/);
  });

  it('renders a page that claims to be 5 metres wide at no more than 40 megapixels (a PDF bomb)', async () => {
    const body = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 14400 14400]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    const pdf = await openPdf(new TextEncoder().encode(body), 'bomb.pdf');
    const page = await pdf.render(1, 300);
    await pdf.close();
    expect(page.width * page.height).toBeLessThanOrEqual(40e6);
    expect(page.width).toBeGreaterThan(5000);
  });
});
