/**
 * What print imports need from the archive: the languages it mostly holds (OCR tries them
 * first), the OCR language files the user added (kept in the archive's `ocr-data/` folder, so
 * the app and the `cuttings` command read the same), and the publications already used (the
 * import dialog offers them again, with their editions).
 */
import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ClippingSummary } from '../../../shared/clipping';
import { CuttingsError } from '../../../shared/errors';
import type { OcrLanguagesView, PrintPagePreview, Publication } from '../../../shared/print';

/** The archive's folder of OCR language files (`<code>.traineddata`). */
export const OCR_DATA_FOLDER = 'ocr-data';

export function ocrDataDir(archiveDir: string): string {
  return path.join(archiveDir, OCR_DATA_FOLDER);
}

/** Languages of the archive's clippings, most frequent first (at most five). */
export function archiveLanguages(summaries: ClippingSummary[]): string[] {
  const counts = new Map<string, number>();
  for (const s of summaries) if (s.lang) counts.set(s.lang, (counts.get(s.lang) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([lang]) => lang);
}

/** Publications of the archive's print clippings, most recently used first. */
export function publications(summaries: ClippingSummary[]): Publication[] {
  const byName = new Map<string, Publication & { editionUse: Map<string, string> }>();
  for (const s of summaries) {
    if (!s.print || !s.source) continue;
    const key = s.source.toLowerCase();
    const entry = byName.get(key) ?? { name: s.source, editions: [], clippings: 0, lastUsed: s.capturedAt, editionUse: new Map<string, string>() };
    entry.clippings++;
    if (s.capturedAt >= entry.lastUsed) {
      entry.lastUsed = s.capturedAt;
      entry.name = s.source; // the latest spelling
    }
    const edition = s.print.edition;
    if (edition && (entry.editionUse.get(edition) ?? '') < s.capturedAt) entry.editionUse.set(edition, s.capturedAt);
    byName.set(key, entry);
  }
  return [...byName.values()]
    .map(({ editionUse, ...p }) => ({ ...p, editions: [...editionUse.entries()].sort((a, b) => b[1].localeCompare(a[1])).map(([e]) => e) }))
    .sort((a, b) => b.lastUsed.localeCompare(a.lastUsed));
}

/** A language file the user added: its Tesseract code and size. */
export interface AddedOcrLanguage {
  code: string;
  bytes: number;
}

export async function addedOcrLanguages(archiveDir: string): Promise<AddedOcrLanguage[]> {
  const dir = ocrDataDir(archiveDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: AddedOcrLanguage[] = [];
  for (const name of names.filter((n) => n.endsWith('.traineddata')).sort()) {
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (info?.isFile()) out.push({ code: name.replace(/\.traineddata$/, ''), bytes: info.size });
  }
  return out;
}

/** Larger than any Tesseract model (the biggest, tessdata_best for Chinese, is under 100 MB). */
const MAX_MODEL_BYTES = 200 * 1024 * 1024;

/**
 * Copies a Tesseract `.traineddata` file into the archive's `ocr-data/` (replacing one of the
 * same language). The language is the file's name: `rus.traineddata` reads Russian.
 * @throws CuttingsError `invalid-input` for a file that is not a Tesseract model.
 */
export async function addOcrLanguage(archiveDir: string, file: string): Promise<AddedOcrLanguage> {
  const name = path.basename(file);
  const match = /^([a-z]{3}(?:_[a-z]{3,4})?)\.traineddata$/i.exec(name);
  if (!match) {
    throw new CuttingsError('invalid-input', `"${name}" is not a Tesseract language file: its name should be the language's code and .traineddata, like rus.traineddata.`);
  }
  const code = (match[1] as string).toLowerCase();
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CuttingsError('not-found', `There is no file "${file}".`);
  if (info.size < 1024 || info.size > MAX_MODEL_BYTES) throw new CuttingsError('invalid-input', `"${name}" is not a Tesseract language file (${info.size} bytes).`);
  // A model starts with the count of its parts (a small number), then their offsets.
  const handle = await open(file, 'r');
  const head = Buffer.alloc(4);
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  const entries = head.readInt32LE(0);
  if (entries < 1 || entries > 64) throw new CuttingsError('invalid-input', `"${name}" is not a Tesseract language file (its header does not match).`);
  const dir = ocrDataDir(archiveDir);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${code}.${process.pid}.tmp`);
  try {
    await copyFile(file, temp);
    await rename(temp, path.join(dir, `${code}.traineddata`));
  } catch (err) {
    await rm(temp, { force: true });
    throw new CuttingsError('io', `Could not copy "${name}" into the archive: ${(err as Error).message}`, { cause: err });
  }
  return { code, bytes: info.size };
}

export async function removeOcrLanguage(archiveDir: string, code: string): Promise<number> {
  if (!/^[a-z]{3}(?:_[a-z]{3,4})?$/.test(code)) throw new CuttingsError('usage', `"${code}" is not a language code.`);
  const file = path.join(ocrDataDir(archiveDir), `${code}.traineddata`);
  const existed = await stat(file).then(() => true, () => false);
  await rm(file, { force: true });
  return existed ? 1 : 0;
}

/** Settings → Text recognition: the bundled languages and those added to the archive. */
export async function ocrLanguagesView(archiveDir: string): Promise<OcrLanguagesView> {
  const { BUNDLED_OCR_LANGUAGES } = await import('../capture/print/ocr');
  return { bundled: Object.keys(BUNDLED_OCR_LANGUAGES), added: await addedOcrLanguages(archiveDir), folder: ocrDataDir(archiveDir) };
}

/** A page of a PDF or image to import, rendered in a worker thread, as a data: URL. */
export async function previewPrintFile(file: string, page: number): Promise<PrintPagePreview> {
  const name = path.basename(file);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new CuttingsError('not-found', `There is no file "${file}".`);
  const { readPrintFile } = await import('../capture/files/print-file');
  const bytes = await readPrintFile(file, name, info.size);
  if (!bytes) throw new CuttingsError('invalid-input', `"${name}" is not a PDF or an image.`);
  const { previewInWorker } = await import('../capture/print');
  const preview = await previewInWorker(bytes, name, page);
  return { image: `data:image/png;base64,${Buffer.from(preview.png).toString('base64')}`, page: preview.page, pages: preview.pages, hasText: preview.hasText };
}
