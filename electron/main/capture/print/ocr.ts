/**
 * OCR with tesseract.js, entirely offline: the WebAssembly core comes from the tesseract.js-core
 * package, and the language data from the `@tesseract.js-data/<lang>` packages (the
 * "best_int" models) or from a `.traineddata` file the user added in Settings (for languages
 * npm does not carry, Russian among them). Nothing is ever fetched.
 *
 * tesseract.js reads every language of a worker from one folder, so the models a worker needs
 * are unpacked once into a cache, then linked into a folder of the worker's own.
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CuttingsError } from '../../../../shared/errors';
import type { Gray } from './gray';
import { carriesSettings } from './model-config';

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
  /** The languages it reads with now. */
  readonly langs: string[];
  /**
   * Reads with these languages from now on, with their settings only: the same worker, its
   * models switched; or a new worker when a language it loaded set process-wide parameters
   * (see model-config.ts), which a switch would carry forward.
   */
  use(codes: string[]): Promise<void>;
  /** Whether the models it loaded are still those the data folders hold (none added, changed or removed since). */
  unchanged(): Promise<boolean>;
  /**
   * Whether a language it loaded set process-wide parameters (jpn, chi_sim): its next switch
   * starts a new worker, and it is not kept for another file.
   */
  readonly carries: boolean;
  /** Workers started anew for a switch (each some 0.5 s of CPU and a warm-up). */
  readonly restarts: number;
  /** Every Tesseract parameter (name → value) as the engine's languages left them when loaded: what it reads with, besides page segmentation. */
  settings(): Promise<Map<string, string>>;
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

const cacheRoot = (): string => path.join(tmpdir(), `cuttings-ocr-${process.getuid?.() ?? 'user'}`);

/** Where the model of `code` comes from, and a key that changes when that file does. */
async function modelSource(code: string, userDir?: string | null): Promise<{ found: { file: string; gzip: boolean }; key: string }> {
  const found = findLanguageData(code, userDir);
  if (!found) {
    throw new CuttingsError('invalid-input', `There is no OCR data for the language "${code}". Add its .traineddata file in Settings → Text recognition.`);
  }
  const info = await stat(found.file);
  return { found, key: `${code}:${found.file}:${info.size}:${info.mtimeMs}` };
}

/**
 * The unpacked model of each of `codes` (`<code>.traineddata`), in a cache folder named after
 * what it holds (file, size, date): made whole before it gets that name, and reused by later
 * runs and workers.
 */
async function unpackedModels(codes: string[], userDir?: string | null): Promise<Map<string, { file: string; key: string }>> {
  const out = new Map<string, { file: string; key: string }>();
  for (const code of codes) {
    const { found, key } = await modelSource(code, userDir);
    const dir = path.join(cacheRoot(), createHash('sha256').update(key).digest('hex').slice(0, 20));
    const file = path.join(dir, `${code}.traineddata`);
    out.set(code, { file, key });
    if (existsSync(file)) continue;
    await mkdir(cacheRoot(), { recursive: true });
    const temp = await mkdtemp(path.join(cacheRoot(), 'new-'));
    try {
      const bytes = await readFile(found.file);
      await writeFile(path.join(temp, `${code}.traineddata`), found.gzip ? gunzipSync(bytes) : bytes);
      await rename(temp, dir);
    } catch (err) {
      await rm(temp, { recursive: true, force: true });
      if (!existsSync(file)) throw new CuttingsError('io', `Could not unpack the OCR language data: ${(err as Error).message}`, { cause: err });
    }
  }
  return out;
}

/**
 * Puts the models of `codes` in `dir` (tesseract.js reads every language of a worker from the
 * one folder it was started with): hard links to the unpacked cache, or copies. Says whether
 * one of them sets process-wide parameters.
 */
async function gatherModels(dir: string, codes: string[], userDir: string | null | undefined, loaded: Map<string, string>): Promise<boolean> {
  let carries = false;
  for (const [code, { file, key }] of await unpackedModels(codes, userDir)) {
    if (await carriesSettings(file, key)) carries = true;
    const target = path.join(dir, `${code}.traineddata`);
    if (existsSync(target)) continue;
    await link(file, target).catch(() => copyFile(file, target));
    loaded.set(code, key);
  }
  return carries;
}

/**
 * Removes the model folders of engines whose process has ended (a worker thread ended by
 * Cancel closes no engine): each is named after its process.
 */
async function sweepEngineFolders(): Promise<void> {
  const names = await readdir(cacheRoot()).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(/^engine-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    await rm(path.join(cacheRoot(), name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A grey image as a binary PGM: read by the engine as it is, where a PNG costs an encode and a decode. */
export function toPgm(img: Gray): Buffer {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([header, Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height)]);
}

const PARAMETERS = { preserve_interword_spaces: '0', user_defined_dpi: '300' };

/** Where Tesseract writes its parameters each time it loads languages (in the worker's own memory file system). */
const SETTINGS_FILE = '/cuttings-settings';

const unreadable = (codes: string[], err: unknown): CuttingsError =>
  new CuttingsError('invalid-input', `The OCR data for ${codes.join(' + ')} could not be loaded: ${String(err)}`, { cause: err });

/**
 * Starts a tesseract.js worker for `codes` (tesseract codes, e.g. ['eng', 'fra']). One worker
 * serves a whole file: {@link OcrEngine.use} switches its languages without starting another
 * (a start compiles the WebAssembly core again, some 0.5 s of CPU; a switch costs ~0.15 s),
 * unless a language it loaded set process-wide parameters.
 */
export async function createOcrEngine(codes: string[], userDir?: string | null): Promise<OcrEngine> {
  await mkdir(cacheRoot(), { recursive: true });
  await sweepEngineFolders();
  const langPath = await mkdtemp(path.join(cacheRoot(), `engine-${process.pid}-`));
  const { createWorker, PSM } = await import('tesseract.js');
  const loaded = new Map<string, string>();
  const start = async (langs: string[]): Promise<Awaited<ReturnType<typeof createWorker>>> => {
    // The config (applied after the language's own) only asks for the parameters to be written out; tesseract.js passes it again at each switch.
    const config = `tessedit_write_params_to_file ${SETTINGS_FILE}`;
    // A copy: tesseract.js keeps the array it is given and adds each language a switch loads to it.
    const started = await createWorker([...langs], 1, { langPath, gzip: false, cacheMethod: 'none', logger: () => undefined }, config).catch((err: unknown) => {
      throw unreadable(langs, err);
    });
    await started.setParameters(PARAMETERS);
    return started;
  };
  let worker: Awaited<ReturnType<typeof createWorker>>;
  let carries: boolean;
  try {
    carries = await gatherModels(langPath, codes, userDir, loaded);
    worker = await start(codes);
  } catch (err) {
    await rm(langPath, { recursive: true, force: true });
    throw err;
  }
  let langs = [...codes];
  let restarts = 0;
  return {
    get langs() {
      return langs;
    },
    get carries() {
      return carries;
    },
    get restarts() {
      return restarts;
    },
    async use(next) {
      if (next.join('+') === langs.join('+')) return;
      const nextCarries = await gatherModels(langPath, next, userDir, loaded);
      if (carries) {
        // What a language before set would stay for this one: a new worker starts from Tesseract's defaults.
        await worker.terminate();
        worker = await start(next);
        restarts++;
        carries = nextCarries;
      } else {
        try {
          // The typings take an array of objects only; the code takes names, as createWorker does.
          await worker.reinitialize(next.join('+'), 1);
        } catch (err) {
          throw unreadable(next, err);
        }
        // A new language starts a new Tesseract API: its parameters are set again.
        await worker.setParameters(PARAMETERS);
        carries = nextCarries;
      }
      langs = [...next];
    },
    async settings() {
      // The typings say a ConfigResult; the worker answers with the file's text in `data`.
      const { data } = (await worker.readText(SETTINGS_FILE)) as unknown as { data: string };
      const text = String(data);
      return new Map(text.split('\n').map((line) => line.split('\t')).filter((f) => f.length >= 2).map((f) => [f[0] ?? '', f[1] ?? '']));
    },
    async unchanged() {
      for (const [code, key] of loaded) {
        const now = await modelSource(code, userDir).catch(() => null);
        if (now?.key !== key) return false;
      }
      return true;
    },
    async read(img, mode = 'block') {
      await worker.setParameters({ tessedit_pageseg_mode: mode === 'line' ? PSM.SINGLE_LINE : PSM.SINGLE_BLOCK });
      const { data } = await worker.recognize(toPgm(img), {}, { blocks: true, text: false });
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
      await rm(langPath, { recursive: true, force: true });
    },
  };
}
