/**
 * Which OCR language to read a page in. Asked for explicitly, it is that; otherwise a sample
 * of the page (a dozen lines) is read first with the Latin-script languages the archive
 * mostly holds. When that reads poorly (another script), each other script with data at hand
 * reads the sample. The likeliest languages of what came out (up to three) then read it too,
 * and the most confident reading decides the language of the page.
 */
import { CuttingsError } from '../../../../shared/errors';
import { detectLanguage, rankLanguages } from '../nlp/language';
import type { Gray } from './gray';
import { createOcrEngine, findLanguageData, KNOWN_OCR_CODES, type OcrEngine } from './ocr';

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
  /** The engine already loaded for those codes, to reuse. */
  engine: OcrEngine;
}

/**
 * The languages to read with, and an engine for them.
 * @param requested languages the user chose (ISO or tesseract codes); empty: choose
 * @param archive the archive's languages, most frequent first (ISO 639-1)
 */
export async function chooseLanguages(
  sample: Gray | null,
  requested: string[],
  archive: string[],
  userDir: string | null,
): Promise<LanguageChoice> {
  if (requested.length) {
    const codes = requested.map((l) => {
      const code = ocrCode(l);
      if (!code) throw new CuttingsError('invalid-input', `"${l}" is not a language Cuttings can read text in.`);
      return code;
    });
    return { codes, engine: await createOcrEngine(codes, userDir) };
  }
  const available = (code: string): boolean => findLanguageData(code, userDir) !== null;
  const latin = [...new Set([...archive.map(ocrCode), 'eng'])].filter((c): c is string => !!c && LATIN.has(c) && available(c)).slice(0, 3);
  const first = await createOcrEngine(latin, userDir);
  if (!sample) return { codes: latin, engine: first };
  const pass = await first.read(sample, 'block');
  const text = pass.lines.map((l) => l.text).join('\n');
  let best = { codes: latin, engine: first, confidence: pass.confidence, text };
  if (pass.confidence < 70) {
    for (const code of NON_LATIN.filter(available)) {
      const engine = await createOcrEngine([code], userDir);
      const attempt = await engine.read(sample, 'block');
      // Another script's model reads anything as its letters, often with fair confidence: it
      // has to read clearly better, and well.
      if (attempt.confidence > best.confidence + 15 && attempt.confidence >= 60) {
        await best.engine.close();
        best = { codes: [code], engine, confidence: attempt.confidence, text: attempt.lines.map((l) => l.text).join('\n') };
      } else await engine.close();
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
    const engine = await createOcrEngine([code], userDir);
    const attempt = await engine.read(sample, 'block');
    // One language reads better than several (its own dictionary and letters): it wins a tie;
    // against a single language already read, a neighbour must read clearly better (noisy text
    // fools the detector more easily than it fools the models).
    const bonus = best.codes.length > 1 ? 2 : -3;
    if (attempt.confidence + bonus > best.confidence) {
      await best.engine.close();
      best = { codes: [code], engine, confidence: attempt.confidence, text: attempt.lines.map((l) => l.text).join('\n') };
    } else await engine.close();
  }
  return { codes: best.codes, engine: best.engine };
}
