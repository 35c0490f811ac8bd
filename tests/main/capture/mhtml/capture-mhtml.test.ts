/** A page saved as one file (MHTML), written by scripts/make-mail-fixtures.mjs the way Chrome writes it. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureFile } from '../../../../electron/main/capture/files';
import { CuttingsError } from '../../../../shared/errors';

const DOCS = join(__dirname, '../../../fixtures/documents');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cuttings-mhtml-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('MHTML page', () => {
  it('captures the article with its metadata and its picture from the parts, not the network', async () => {
    const article = await captureFile(join(DOCS, 'harbour-ferry.mhtml'));
    expect(article.title).toBe('Harbour ferry contract signed');
    expect(article.source).toBe('Coastal Times');
    expect(article.author).toBe('Maria Lindqvist');
    expect(article.publishedAt).toBe('2025-12-03T11:00:00+01:00');
    expect(article.url).toBe('https://coastal-times.example/news/harbour-ferry');
    expect(article.provenance.url).toBe('document');
    expect(article.text).toMatch(/^The Port Authority signed a ten-year contract/);
    expect(article.text).not.toMatch(/Home|Sport|© Coastal Times/);
    // The chart is a part of the file (relative address resolved against the page's own);
    // the advertisement is not, so it is left out rather than downloaded.
    expect(article.images).toEqual([
      expect.objectContaining({ file: 'img-1.png', originalUrl: 'https://coastal-times.example/media/chart.png' }),
    ]);
    expect(Buffer.from(article.images[0]?.data ?? [])).toEqual(await readFile(join(DOCS, 'chart.png')));
    expect(article.html).not.toContain('ads.example');
    expect(article.original.file).toBe('original.mhtml');
  });

  it('reads the page, not the frames saved after it', async () => {
    const saved = (await readFile(join(DOCS, 'harbour-ferry.mhtml'), 'latin1')).replace(
      '------MultipartBoundary--abc123------',
      '------MultipartBoundary--abc123----\r\nContent-Type: text/html\r\nContent-Location: cid:frame-ad@mhtml.blink\r\n\r\n' +
        `<html><body><article>${'<p>Cheap ferry tickets to every island, book now and save on your summer crossing with us today.</p>'.repeat(8)}</article></body></html>\r\n` +
        '------MultipartBoundary--abc123------',
    );
    const path = join(dir, 'with-frame.mhtml');
    await writeFile(path, Buffer.from(saved, 'latin1'));
    const article = await captureFile(path);
    expect(article.title).toBe('Harbour ferry contract signed');
    expect(article.text).not.toContain('Cheap ferry tickets');
  });

  it('refuses a saved page cut short', async () => {
    const bytes = await readFile(join(DOCS, 'harbour-ferry.mhtml'));
    const path = join(dir, 'cut.mht');
    await writeFile(path, bytes.subarray(0, bytes.length - 3000));
    const err = await captureFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CuttingsError);
    expect((err as CuttingsError).message).toContain('"cut.mht" is cut short');
  });
});
