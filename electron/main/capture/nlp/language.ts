/**
 * Language detection with franc-min (trigram profiles of 82 languages), reported as ISO 639-1.
 * Trigram statistics are unreliable on a line or two, so short texts need a clear winner.
 */
import { francAll } from 'franc-min';

// franc answers in ISO 639-3; the clipping stores ISO 639-1.
const ISO_639_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', ces: 'cs', slk: 'sk',
  pol: 'pl', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl',
  swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', fin: 'fi', est: 'et', lav: 'lv', lit: 'lt', hun: 'hu',
  ron: 'ro', ell: 'el', tur: 'tr', arb: 'ar', heb: 'he', pes: 'fa', hin: 'hi', ben: 'bn', urd: 'ur',
  ind: 'id', zlm: 'ms', vie: 'vi', tha: 'th', jpn: 'ja', kor: 'ko', cmn: 'zh', tgl: 'tl', swh: 'sw',
  cat: 'ca', glg: 'gl', eus: 'eu', afr: 'af', uzn: 'uz', kaz: 'kk', azj: 'az', mkd: 'mk', sqi: 'sq',
  als: 'sq', kat: 'ka', hye: 'hy', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml',
  pan: 'pa', npi: 'ne', sin: 'si', mya: 'my', khm: 'km', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig',
  som: 'so', zul: 'zu', xho: 'xh', run: 'rn', kin: 'rw', mlg: 'mg', ceb: 'ceb', ilo: 'ilo', jav: 'jv',
  sun: 'su', aka: 'ak', nya: 'ny', sna: 'sn', tuk: 'tk', tgk: 'tg', kir: 'ky', lin: 'ln', ydd: 'yi',
  ltz: 'lb', gle: 'ga', cym: 'cy', isl: 'is', mlt: 'mt',
};

/** Below this many letters a language needs a clear margin over the runner-up. */
const SHORT = 120;

/** The ISO 639-1 language of `text`, or null when it cannot be told with confidence. */
export function detectLanguage(text: string): string | null {
  // A thousand characters tell a language as surely as the whole text; trigram scoring costs
  // grow with the sample, and franc reads at most 2048 anyway.
  const sample = text.slice(0, 1200);
  const letters = sample.replace(/[^\p{L}]+/gu, '').length;
  if (letters < 20) return null;
  const ranked = francAll(sample, { minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return null;
  const code = ISO_639_1[best[0]] ?? null;
  // Scores are normalised so the best is 1; a close runner-up means a guess, unless letters
  // only one of the candidates uses settle it.
  if (letters < SHORT && second && second[1] > 0.92) return distinctiveLetters(sample, code);
  return code === 'ru' || code === 'uk' || code === 'be' ? cyrillic(sample, code) : code;
}

/** The likeliest languages of `text` (ISO 639-1), best first, with franc's scores (1 for the best). */
export function rankLanguages(text: string, limit = 3): Array<{ lang: string; score: number }> {
  const sample = text.slice(0, 1200);
  if (sample.replace(/[^\p{L}]+/gu, '').length < 20) return [];
  return francAll(sample, { minLength: 10 })
    .flatMap(([code, score]) => (ISO_639_1[code] ? [{ lang: ISO_639_1[code] as string, score }] : []))
    .slice(0, limit);
}

const DISTINCTIVE: Array<[RegExp, string]> = [
  [/[řůě]/iu, 'cs'],
  [/[ľĺŕô]/iu, 'sk'],
  [/ß/u, 'de'],
  [/[łśźżąę]/iu, 'pl'],
  [/[őű]/iu, 'hu'],
  [/[ñ¿¡]/iu, 'es'],
  [/[ãõ]/iu, 'pt'],
];

/** A language told by letters only it uses among the likely ones, or null. */
function distinctiveLetters(sample: string, guess: string | null): string | null {
  if (/\p{Script=Cyrillic}/u.test(sample)) return cyrillic(sample, guess ?? 'ru');
  for (const [letters, lang] of DISTINCTIVE) if (letters.test(sample)) return lang;
  return null;
}

/** Trigrams confuse Russian, Ukrainian and Belarusian on short texts; their letters do not. */
function cyrillic(sample: string, guess: string): string {
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  const ukrainian = count(/[іїєґІЇЄҐ]/gu);
  const russian = count(/[ыэъЫЭЪ]/gu);
  const belarusian = count(/[ўЎ]/gu);
  if (belarusian > 0 && belarusian >= ukrainian) return 'be';
  if (russian > 0 && ukrainian === 0) return 'ru';
  if (ukrainian > 0 && russian === 0) return 'uk';
  return guess;
}
