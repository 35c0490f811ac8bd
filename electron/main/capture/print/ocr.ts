/**
 * OCR with tesseract.js, entirely offline: the WebAssembly core comes from the tesseract.js-core
 * package, and the language data from the `@tesseract.js-data/<lang>` packages (the
 * "best_int" models) or from a `.traineddata` file the user added in Settings (for languages
 * npm does not carry, Russian among them). Nothing is ever fetched.
 *
 * tesseract.js reads every language of a worker from one folder, so the models a worker needs
 * are unpacked into a temporary folder first (see {@link prepare}).
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CuttingsError } from '../../../../shared/errors';
import type { Gray } from './gray';
import { encodePng } from './raster';

/** Languages whose models ship with Cuttings (ISO 639-1 → tesseract code). */
export const BUNDLED_OCR_LANGUAGES: Record<string, string> = {
  en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld',
  pl: 'pol', uk: 'ukr', tr: 'tur', ar: 'ara', zh: 'chi_sim', ja: 'jpn', cs: 'ces',
};

/** Tesseract codes for languages a user may add a data file for (ISO 639-1 → code). */
export const KNOWN_OCR_CODES: Record<string, string> = {
  ...BUNDLED_OCR_LANGUAGES,
  ru: 'rus', el: 'ell', sv: 'swe', da: 'dan', no: 'nor', fi: 'fin', hu: 'hun', ro: 'ron',
  bg: 'bul', sr: 'srp', hr: 'hrv', sk: 'slk', sl: 'slv', he: 'heb', ko: 'kor', hi: 'hin',
  fa: 'fas', vi: 'vie', id: 'ind', ca: 'cat', lt: 'lit', lv: 'lav', et: 'est', be: 'bel',
};

/** A word as OCR read it: its text, how sure the engine is, and its box on the image. */
export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A line: read and boxed as a word is, with its words. */
export interface OcrLine extends OcrWord {
  words: OcrWord[];
}

export interface OcrEngine {
  readonly langs: string[];
  /** Reads a block of text (page segmentation mode 6: one uniform block, or 7: one line). */
  read(img: Gray, mode?: 'block' | 'line'): Promise<{ lines: OcrLine[]; confidence: number }>;
  close(): Promise<void>;
}

const localRequire = createRequire(import.meta.url);

/** Where a Tesseract installed on the system keeps its models (Debian, Fedora, Homebrew, Windows). */
function systemDataDirs(): string[] {
  const dirs = [
    process.env.TESSDATA_PREFIX,
    '/usr/share/tesseract-ocr/5/tessdata',
    '/usr/share/tesseract-ocr/4.00/tessdata',
    '/usr/share/tessdata',
    '/usr/local/share/tessdata',
    '/opt/homebrew/share/tessdata',
    'C:\\Program Files\\Tesseract-OCR\\tessdata',
  ];
  return dirs.filter((d): d is string => !!d);
}

/**
 * Where a language's model is: the user's own data folder first (added in Settings), then the
 * models that ship with Cuttings, then those of a Tesseract installed on the system.
 */
export function findLanguageData(code: string, userDir?: string | null): { file: string; gzip: boolean } | null {
  if (!/^[a-z_]{3,12}$/.test(code)) return null;
  if (userDir) {
    const own = path.join(userDir, `${code}.traineddata`);
    if (existsSync(own)) return { file: own, gzip: false };
  }
  try {
    const pkg = path.dirname(localRequire.resolve(`@tesseract.js-data/${code}/package.json`));
    const file = path.join(pkg, '4.0.0_best_int', `${code}.traineddata.gz`);
    if (existsSync(file)) return { file, gzip: true };
  } catch {
    // not bundled
  }
  for (const dir of systemDataDirs()) {
    const file = path.join(dir, `${code}.traineddata`);
    if (existsSync(file)) return { file, gzip: false };
  }
  return null;
}

/**
 * A folder holding `<code>.traineddata` for each of `codes`, unpacked: tesseract.js reads all
 * the languages of a worker from one folder. Folders are named after what they hold (file,
 * size, date), made whole before they get that name, and reused by later runs and workers.
 */
async function prepare(codes: string[], userDir?: string | null): Promise<string> {
  const sources = [];
  for (const code of codes) {
    const found = findLanguageData(code, userDir);
    if (!found) {
      throw new CuttingsError(
        'invalid-input',
        `There is no OCR data for the language "${code}". Add its .traineddata file in Settings → Text recognition.`,
      );
    }
    const info = await stat(found.file);
    sources.push({ code, ...found, key: `${code}:${found.file}:${info.size}:${info.mtimeMs}` });
  }
  const root = path.join(tmpdir(), `cuttings-ocr-${process.getuid?.() ?? 'user'}`);
  const dir = path.join(root, createHash('sha256').update(sources.map((s) => s.key).join('|')).digest('hex').slice(0, 20));
  if (existsSync(dir)) return dir;
  await mkdir(root, { recursive: true });
  const temp = await mkdtemp(path.join(root, 'new-'));
  try {
    for (const s of sources) {
      const bytes = await readFile(s.file);
      await writeFile(path.join(temp, `${s.code}.traineddata`), s.gzip ? gunzipSync(bytes) : bytes);
    }
    await rename(temp, dir);
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    if (!existsSync(dir)) throw new CuttingsError('io', `Could not unpack the OCR language data: ${(err as Error).message}`, { cause: err });
  }
  return dir;
}

/** Starts a tesseract.js worker for `codes` (tesseract codes, e.g. ['eng', 'fra']). */
export async function createOcrEngine(codes: string[], userDir?: string | null): Promise<OcrEngine> {
  const langPath = await prepare(codes, userDir);
  const { createWorker, PSM } = await import('tesseract.js');
  let worker: Awaited<ReturnType<typeof createWorker>>;
  try {
    worker = await createWorker(codes, 1, { langPath, gzip: false, cacheMethod: 'none', logger: () => undefined });
  } catch (err) {
    throw new CuttingsError('invalid-input', `The OCR data for ${codes.join(' + ')} could not be loaded: ${String(err)}`, { cause: err });
  }
  await worker.setParameters({ preserve_interword_spaces: '0', user_defined_dpi: '300' });
  return {
    langs: codes,
    async read(img, mode = 'block') {
      await worker.setParameters({ tessedit_pageseg_mode: mode === 'line' ? PSM.SINGLE_LINE : PSM.SINGLE_BLOCK });
      const { data } = await worker.recognize(Buffer.from(encodePng(img)), {}, { blocks: true, text: false });
      const lines: OcrLine[] = [];
      for (const block of data.blocks ?? [])
        for (const para of block.paragraphs)
          for (const line of para.lines)
            lines.push({
              text: line.text.replace(/\s+$/, ''),
              confidence: line.confidence,
              ...line.bbox,
              words: line.words.map((w) => ({ text: w.text, confidence: w.confidence, ...w.bbox })),
            });
      return { lines, confidence: data.confidence };
    },
    async close() {
      await worker.terminate();
    },
  };
}
