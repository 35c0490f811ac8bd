/**
 * Which OCR language to read a page in. Asked for explicitly, it is that; otherwise a sample
 * of the page (a dozen lines) is read with the Latin-script languages the archive mostly
 * holds, its first few lines (the probe) first. A reading in one language that is confident
 * and whose text is told as that language settles it: the probe's, and then the rest of the
 * sample is read in it; or that of the language the probe's text is told as, which reads the
 * whole sample (a German page costs four lines read in English, not twelve). Otherwise the
 * whole sample is read with the archive's languages; when it reads poorly (another script),
 * each other script with data at hand reads it; the likeliest languages of what came out (up
 * to three) then read it too, until one settles it, and the most confident reading decides.
 * The winner's reading of the sample is handed back, so those lines are not read twice.
 */
import { CuttingsError } from '../../../../shared/errors';
import { detectLanguage, rankLanguages } from '../nlp/language';
import { crop, type Gray } from './gray';
import { createOcrEngine, findLanguageData, KNOWN_OCR_CODES, type OcrEngine, type OcrLine } from './ocr';

/** Lines read, and the engine's mean confidence (0–100). */
export interface OcrReading {
  lines: OcrLine[];
  confidence: number;
}

const NON_LATIN = ['rus', 'ukr', 'ell', 'bul', 'srp', 'ara', 'heb', 'fas', 'chi_sim', 'jpn', 'kor', 'hin'];
const LATIN = new Set(['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'nld', 'pol', 'tur', 'ces', 'swe', 'dan', 'nor', 'fin', 'hun', 'ron', 'hrv', 'slk', 'slv', 'vie', 'ind', 'cat', 'lit', 'lav', 'est']);

/** ISO 639-1 ("fr") or a tesseract code ("fra") → a tesseract code, or null when unknown. */
export function ocrCode(lang: string): string | null {
  const l = lang.trim().toLowerCase();
  if (Object.values(KNOWN_OCR_CODES).includes(l)) return l;
  return KNOWN_OCR_CODES[l.split(/[-_]/)[0] ?? ''] ?? null;
}

/** Tesseract code → ISO 639-1 (for the clipping's language), or null. */
export function isoOf(code: string): string | null {
  return Object.entries(KNOWN_OCR_CODES).find(([, c]) => c === code)?.[0] ?? null;
}

export interface LanguageChoice {
  codes: string[];
  /** The engine, reading with those codes: the same one that read the sample. */
  engine: OcrEngine;
  /** How those codes read the sample (null when there was none): its lines need no second reading. */
  sample: OcrReading | null;
  /** The languages that read the sample, in turn (each entry one reading). */
  tried: string[][];
}

/** Once the sample reads this well in one language, and its text is told as that language, it is taken. */
const SURE = 85;

interface Reading extends OcrReading {
  codes: string[];
  text: string;
}

/** A sample of body text, and how many rows at its top make its probe (0: none). */
export interface SampleImage {
  image: Gray;
  probe: number;
}

/**
 * The languages to read with, and an engine for them: one engine throughout, its models
 * switched for each language tried.
 * @param sample a few lines of body text (with the rows of its probe), or null
 * @param requested languages the user chose (ISO or tesseract codes); empty: choose
 * @param archive the archive's languages, most frequent first (ISO 639-1)
 * @param start starts (or finds) the engine, reading the languages given
 */
export async function chooseLanguages(
  given: Gray | SampleImage | null,
  requested: string[],
  archive: string[],
  userDir: string | null,
  start: (codes: string[], userDir: string | null) => Promise<OcrEngine> = createOcrEngine,
): Promise<LanguageChoice> {
  if (requested.length) {
    const codes = requested.map((l) => {
      const code = ocrCode(l);
      if (!code) throw new CuttingsError('invalid-input', `"${l}" is not a language Cuttings can read text in.`);
      return code;
    });
    return { codes, engine: await start(codes, userDir), sample: null, tried: [] };
  }
  const available = (code: string): boolean => findLanguageData(code, userDir) !== null;
  const latin = [...new Set([...archive.map(ocrCode), 'eng'])].filter((c): c is string => !!c && LATIN.has(c) && available(c)).slice(0, 3);
  const engine = await start(latin, userDir);
  const tried: string[][] = [];
  const sample = given && 'probe' in given ? given.image : given;
  try {
    if (!sample) return { codes: latin, engine, sample: null, tried };
    const read = new Map<string, Reading>();
    const readWhole = async (codes: string[]): Promise<Reading> => {
      const known = read.get(codes.join('+'));
      if (known) return known;
      tried.push(codes);
      const reading = await readAs(engine, sample, codes);
      read.set(codes.join('+'), reading);
      return reading;
    };
    const probe = given && 'probe' in given ? given.probe : 0;
    const best = (probe > 0 && probe < sample.height ? await probeFirst(engine, sample, probe, latin, available, readWhole, tried) : null) ?? (await decide(readWhole, latin, available));
    await engine.use(best.codes);
    return { codes: best.codes, engine, sample: { lines: best.lines, confidence: best.confidence }, tried };
  } catch (err) {
    await engine.close();
    throw err;
  }
}

/**
 * The probe read with the archive's languages: settled, the rest of the sample is read in them
 * too; else the language its text is told as reads the whole sample, and settles it when it
 * can. Null when neither settles (the whole sample's reading decides then).
 */
async function probeFirst(
  engine: OcrEngine,
  sample: Gray,
  rows: number,
  latin: string[],
  available: (code: string) => boolean,
  readWhole: (codes: string[]) => Promise<Reading>,
  tried: string[][],
): Promise<Reading | null> {
  tried.push(latin);
  const head = await readAs(engine, crop(sample, { x0: 0, y0: 0, x1: sample.width, y1: rows }), latin);
  if (settled(head)) {
    const rest = await readAs(engine, crop(sample, { x0: 0, y0: rows, x1: sample.width, y1: sample.height }), latin);
    return joined(head, rest, rows);
  }
  // Another script reads poorly in these models: the whole sample goes through them all.
  if (head.confidence < 70) return null;
  const guess = ocrCode(detectLanguage(head.text) ?? '');
  if (!guess || !available(guess) || !LATIN.has(guess) || (latin.length === 1 && latin[0] === guess)) return null;
  const attempt = await readWhole([guess]);
  return settled(attempt) ? attempt : null;
}

/** Two readings of one image cut at row `rows`, as one reading of the whole. */
function joined(head: Reading, rest: Reading, rows: number): Reading {
  const down = <T extends { y0: number; y1: number }>(box: T): T => ({ ...box, y0: box.y0 + rows, y1: box.y1 + rows });
  const lines = [...head.lines, ...rest.lines.map((l) => ({ ...down(l), words: l.words.map(down) }))];
  const words = (r: Reading): number => r.lines.reduce((n, l) => n + l.words.length, 0);
  const total = words(head) + words(rest);
  const confidence = total ? (head.confidence * words(head) + rest.confidence * words(rest)) / total : head.confidence;
  return { codes: head.codes, lines, confidence, text: lines.map((l) => l.text).join('\n') };
}

async function readAs(engine: OcrEngine, sample: Gray, codes: string[]): Promise<Reading> {
  await engine.use(codes);
  const read = await engine.read(sample, 'block');
  return { ...read, codes, text: read.lines.map((l) => l.text).join('\n') };
}

/** One language, read well, and what it read is told as that language: nothing to compare it with. */
function settled(r: Reading): boolean {
  return r.codes.length === 1 && r.confidence >= SURE && ocrCode(detectLanguage(r.text) ?? '') === r.codes[0];
}

async function decide(read: (codes: string[]) => Promise<Reading>, latin: string[], available: (code: string) => boolean): Promise<Reading> {
  const first = await read(latin);
  let best = first;
  if (settled(best)) return best;
  if (best.confidence < 70) {
    for (const code of NON_LATIN.filter(available)) {
      const attempt = await read([code]);
      // Another script's model reads anything as its letters, often with fair confidence: it
      // has to read clearly better, and well.
      if (attempt.confidence > best.confidence + 15 && attempt.confidence >= 60) best = attempt;
    }
  }
  // Read without its own letters (é, ř, ß), a language is easily taken for a neighbour: the
  // likeliest few each read the sample, and the most confident reading decides.
  const candidates = [detectLanguage(best.text), ...rankLanguages(best.text).filter((r) => r.score > 0.75).map((r) => r.lang)]
    .map((lang) => (lang ? ocrCode(lang) : null))
    .filter((c, i, all): c is string => !!c && all.indexOf(c) === i && available(c))
    .slice(0, 3);
  for (const code of candidates) {
    if (best.codes.length === 1 && best.codes[0] === code) continue;
    const attempt = await read([code]);
    // Against the first reading (the archive's languages, a guess), the language its text is
    // told as wins a tie and a near miss: it reads with its own dictionary and letters. Against
    // another single language, a neighbour must read clearly better (noisy text fools the
    // detector more easily than it fools the models).
    const bonus = best === first ? 2 : -3;
    if (attempt.confidence + bonus > best.confidence) best = attempt;
    // The likeliest language read well and was told as itself: the less likely need no turn.
    if (settled(best)) break;
  }
  return best;
}
