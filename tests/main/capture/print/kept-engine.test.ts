/**
 * A batch of scans pays for one OCR engine: the print worker's thread is kept between files
 * with its engine, which the next file switches to its languages. Real tesseract.js; the
 * photo is the ferry fixture.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CuttingsError } from '../../../../shared/errors';
import { capturePrintInWorker } from '../../../../electron/main/capture/print';
import { printWorkerKept } from '../../../../electron/main/capture/print/in-worker';
import { closeKeptEngine, keepEngine, startKeptEngine } from '../../../../electron/main/capture/print/kept-engine';
import { createOcrEngine, findLanguageData } from '../../../../electron/main/capture/print/ocr';

const PHOTO = path.resolve(import.meta.dirname, '../../../fixtures/print/ferry-photo.jpg');

describe('the kept OCR engine', () => {
  it('is taken by the next file, switched to its languages; one carrying settings, another data folder or changed models start a new one', async () => {
    const first = await createOcrEngine(['fra']);
    await keepEngine(first, null);
    const again = await startKeptEngine(['eng'], null);
    expect(again).toBe(first);
    expect(again.langs).toEqual(['eng']);
    // Japanese settings would outlast a switch (language-settings.test.ts): that engine is not kept.
    await again.use(['jpn']);
    await keepEngine(again, null);
    const anew = await startKeptEngine(['fra'], null);
    expect(anew).not.toBe(first);
    await keepEngine(anew, null);
    const again2 = await startKeptEngine(['fra'], null);
    expect(again2).toBe(anew);
    await keepEngine(again2, null);
    const userDir = await mkdtemp(path.join(tmpdir(), 'cuttings-ocr-data-'));
    const other = await startKeptEngine(['fra'], userDir);
    expect(other).not.toBe(anew);
    // The user adds their own French model: the engine that loaded the bundled one is not reused.
    await keepEngine(other, userDir);
    const bundled = findLanguageData('fra', null);
    expect(bundled?.gzip).toBe(true);
    await writeFile(path.join(userDir, 'fra.traineddata'), gunzipSync(readFileSync(bundled!.file)));
    const fresh = await startKeptEngine(['fra'], userDir);
    expect(fresh).not.toBe(other);
    await keepEngine(fresh, userDir);
    await closeKeptEngine();
    await expect(startKeptEngine(['xyz'], null)).rejects.toSatisfy((e: unknown) => e instanceof CuttingsError && e.code === 'invalid-input');
  }, 120_000);

  it('stays with the print worker between two files, and goes with a cancelled one', async () => {
    const bytes = new Uint8Array(readFileSync(PHOTO));
    const one = await capturePrintInWorker(bytes, 'ferry-photo.jpg', { langs: ['en'] });
    expect(printWorkerKept()).toBe(true);
    const two = await capturePrintInWorker(bytes, 'ferry-photo.jpg', { langs: ['en'] });
    expect(two.text).toBe(one.text);
    expect(printWorkerKept()).toBe(true);
    const controller = new AbortController();
    const reading = capturePrintInWorker(bytes, 'ferry-photo.jpg', { langs: ['en'], signal: controller.signal, onProgress: () => controller.abort() });
    await expect(reading).rejects.toSatisfy((e: unknown) => e instanceof CuttingsError && e.code === 'cancelled');
    expect(printWorkerKept()).toBe(false);
  }, 240_000);
});
