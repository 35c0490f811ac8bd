/**
 * Text recognition, end to end through `captureFile` (a tilted, noisy phone photo of a
 * two-column clipping), and the worker thread's progress and Cancel. OCR is slow: the cases
 * here are few and small; the corpus evaluation is `npm run eval:print`.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CuttingsError } from '../../../../shared/errors';
import { captureFile } from '../../../../electron/main/capture/files';
import { capturePastedText } from '../../../../electron/main/capture/paste';
import { capturePrintInWorker } from '../../../../electron/main/capture/print';
import { findLanguageData } from '../../../../electron/main/capture/print/ocr';
import { charAccuracy } from '../../../../bench/print/score';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/print');
const PHOTO = path.join(FIXTURES, 'ferry-photo.jpg');
const truth = JSON.parse(readFileSync(path.join(FIXTURES, 'ferry.json'), 'utf8')) as { headline: string; paragraphs: string[] };
const reference = capturePastedText([truth.headline, ...truth.paragraphs].join('\n\n')).text;

describe('OCR of a phone photo', () => {
  it('straightens it, reads the columns one after the other, finds the headline and the language', async () => {
    const progress: number[] = [];
    const article = await captureFile(PHOTO, { print: { onProgress: (p) => progress.push(p.fraction) } });
    expect(article.title).toBe(truth.headline);
    expect(charAccuracy(article.text, reference)).toBeGreaterThanOrEqual(0.95);
    // Left column first: the columns share baselines, and must not interleave line by line.
    expect(article.text.indexOf('steering gear')).toBeLessThan(article.text.indexOf('Morag Campbell'));
    expect(article.text.split('\n\n')).toHaveLength(truth.paragraphs.length);
    expect(article.lang).toBe('en');
    expect(article.print).toMatchObject({ method: 'ocr', ocr: { langs: ['eng'] }, facsimile: ['facsimile-1.jpg'] });
    expect(article.print?.ocr?.confidence).toBeGreaterThan(80);
    expect(article.original.file).toBe('original.jpg');
    expect(progress.at(-1)).toBe(1);
  }, 240_000);

  it('reads a scanned PDF (a picture of the page and no text layer) by OCR', async () => {
    const { default: PDFDocument } = await import('pdfkit');
    const doc = new PDFDocument({ size: [595, 420], margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise<void>((resolve) => doc.on('end', resolve));
    doc.image(PHOTO, 0, 0, { width: 595, height: 420 });
    doc.end();
    await ended;
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'cuttings-scanpdf-')), 'scanned.pdf');
    await writeFile(file, Buffer.concat(chunks));
    const article = await captureFile(file, { printInline: true, print: { langs: ['en'] } });
    expect(article.print).toMatchObject({ method: 'ocr', ocr: { langs: ['eng'] } });
    expect(article.title).toBe(truth.headline);
    expect(charAccuracy(article.text, reference)).toBeGreaterThanOrEqual(0.95);
  }, 240_000);

  it('stops the worker at once when cancelled, with a cancelled error', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const reading = capturePrintInWorker(new Uint8Array(readFileSync(PHOTO)), 'ferry-photo.jpg', {
      langs: ['en'],
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(reading).rejects.toSatisfy((e: unknown) => e instanceof CuttingsError && e.code === 'cancelled');
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('finds a language file the user added before the bundled ones', () => {
    expect(findLanguageData('eng', null)?.file).toMatch(/@tesseract\.js-data\/eng\/4\.0\.0_best_int\/eng\.traineddata\.gz$/);
    expect(findLanguageData('../../etc/passwd', null)).toBeNull();
  });
});
