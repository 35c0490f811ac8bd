/**
 * The print channels over the real dispatcher: results have the shapes `shared/print.ts`
 * declares (parsed strictly), and bad arguments are refused before any handler runs.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ocrLanguagesViewSchema, printPagePreviewSchema, publicationSchema } from '../../../shared/print';
import { createDispatcher, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { openLibrary, type Library } from '../../../electron/main/library';
import { tempDir } from '../archive/helpers';

const PDF = path.resolve(import.meta.dirname, '../../fixtures/print/ferry.pdf');
let cleanup: () => Promise<void>;
let library: Library;
let dispatch: Dispatch;

beforeAll(async () => {
  const made = await tempDir();
  cleanup = made.cleanup;
  library = await openLibrary(path.join(made.dir, 'archive'), { dailyBackup: 'off' });
  dispatch = createDispatcher(library);
});
afterAll(async () => {
  await library.close();
  await cleanup();
});

async function call<S extends z.ZodType>(schema: S, channel: string, args: unknown = {}): Promise<z.infer<S>> {
  const reply = await dispatch(channel, args);
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  const strict = schema instanceof z.ZodObject ? schema.strict() : schema;
  return strict.parse(reply.value) as z.infer<S>;
}

describe('print channels', () => {
  it('preview a page, import with the dialog details, list publications and OCR languages', async () => {
    const preview = await call(printPagePreviewSchema, 'print.preview', { path: PDF });
    expect(preview).toMatchObject({ page: 1, pages: 1, hasText: true });
    const reply = await dispatch('print.import', { path: PDF, options: { source: 'The Island Times', edition: 'Late', page: '3' } });
    expect(reply.ok).toBe(true);
    const publications = await call(z.array(publicationSchema.strict()), 'print.publications');
    expect(publications.map((p) => [p.name, p.editions])).toEqual([['The Island Times', ['Late']]]);
    const languages = await call(ocrLanguagesViewSchema, 'ocr.languages');
    expect(languages.bundled).toContain('en');
    expect(languages.added).toEqual([]);
  }, 120_000);

  it('refuses a region too small to hold an article, and a language that is no code', async () => {
    const small = await dispatch('print.import', { path: PDF, options: { region: { page: 1, x0: 0.1, y0: 0.1, x1: 0.105, y1: 0.5 } } });
    expect(small).toMatchObject({ ok: false, error: { code: 'usage' } });
    expect(!small.ok && small.error.message).toMatch(/the region is too small/);
    const lang = await dispatch('print.import', { path: PDF, options: { langs: ['../etc'] } });
    expect(lang).toMatchObject({ ok: false });
    expect(library.list().total).toBe(1); // the one imported above, nothing more
  });
});
