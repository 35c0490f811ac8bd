import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClippingSummary } from '../../../shared/clipping';
import { findLanguageData } from '../../../electron/main/capture/print/ocr';
import { addOcrLanguage, addedOcrLanguages, archiveLanguages, ocrDataDir, publications, removeOcrLanguage } from '../../../electron/main/library/print';

const DEBIAN_RUS = '/usr/share/tesseract-ocr/5/tessdata/rus.traineddata';

const summary = (over: Partial<ClippingSummary>): ClippingSummary => ({
  id: 'x', title: 't', titleDerived: false, source: null, author: null, dateline: null, publishedAt: null,
  capturedAt: '2026-01-01T00:00:00.000Z', lang: null, caption: null, credit: null, url: null, tags: [],
  entities: { people: [], places: [], organisations: [] }, quotes: [], images: [], notes: '', provenance: {},
  trashedAt: null, wordCount: 1, ...over,
});
const print = (edition: string | null) => ({ method: 'ocr' as const, facsimile: [], filePages: [1], page: null, edition, ocr: null });

describe('what print imports take from the archive', () => {
  it('lists publications of print clippings, most recent first, with their editions', () => {
    const list = publications([
      summary({ source: 'Le Monde', capturedAt: '2026-01-02T00:00:00Z', print: print('Paris') }),
      summary({ source: 'le monde', capturedAt: '2026-01-05T00:00:00Z', print: print('Lyon') }),
      summary({ source: 'The Times', capturedAt: '2026-01-03T00:00:00Z', print: print(null) }),
      summary({ source: 'A web site', capturedAt: '2026-01-09T00:00:00Z' }), // not print
    ]);
    expect(list).toEqual([
      { name: 'le monde', editions: ['Lyon', 'Paris'], clippings: 2, lastUsed: '2026-01-05T00:00:00Z' },
      { name: 'The Times', editions: [], clippings: 1, lastUsed: '2026-01-03T00:00:00Z' },
    ]);
  });

  it('orders the archive languages by use', () => {
    expect(archiveLanguages([summary({ lang: 'fr' }), summary({ lang: 'de' }), summary({ lang: 'de' }), summary({ lang: null })])).toEqual(['de', 'fr']);
  });

  it.skipIf(!existsSync(DEBIAN_RUS))('keeps an added language file in the archive, where OCR finds it first', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cuttings-ocrdata-'));
    expect(await addOcrLanguage(dir, DEBIAN_RUS)).toMatchObject({ code: 'rus' });
    expect(await addedOcrLanguages(dir)).toEqual([{ code: 'rus', bytes: (await readFile(DEBIAN_RUS)).length }]);
    expect(findLanguageData('rus', ocrDataDir(dir))).toEqual({ file: path.join(ocrDataDir(dir), 'rus.traineddata'), gzip: false });
    expect(await removeOcrLanguage(dir, 'rus')).toBe(1);
    expect(await addedOcrLanguages(dir)).toEqual([]);
  });

  it('refuses files that are not Tesseract language files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cuttings-ocrdata-'));
    const notes = path.join(dir, 'notes.txt');
    await writeFile(notes, 'hello');
    await expect(addOcrLanguage(dir, notes)).rejects.toThrow(/not a Tesseract language file: its name should be the language's code/);
    const fake = path.join(dir, 'abc.traineddata');
    await writeFile(fake, Buffer.alloc(4096, 0xff));
    await expect(addOcrLanguage(dir, fake)).rejects.toThrow(/its header does not match/);
    expect(existsSync(ocrDataDir(dir))).toBe(false);
  });
});
