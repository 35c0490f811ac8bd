/**
 * Language detection, reported as ISO 639-1. The script decides first where it settles the
 * question (Hebrew, Greek, Korean, Japanese, Chinese, Thai, Georgian, Armenian); otherwise franc
 * (trigram profiles of 187 languages) ranks the languages written in that script, so Finnish,
 * Danish, Norwegian or Hebrew are told apart while a paste costs no more than the 82-language
 * franc-min did. Trigram statistics are unreliable on a line or two: short texts need a clear
 * winner, or letters only one of the candidates uses.
 */
import { francAll } from 'franc';

// franc answers in ISO 639-3; the clipping stores ISO 639-1.
const ISO_639_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', ces: 'cs', slk: 'sk',
  pol: 'pl', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl',
  swe: 'sv', dan: 'da', nob: 'no', nno: 'nn', fin: 'fi', est: 'et', ekk: 'et', lav: 'lv', lvs: 'lv', lit: 'lt', hun: 'hu',
  ron: 'ro', ell: 'el', tur: 'tr', arb: 'ar', heb: 'he', pes: 'fa', hin: 'hi', ben: 'bn', urd: 'ur',
  ind: 'id', zlm: 'ms', zsm: 'ms', vie: 'vi', tha: 'th', jpn: 'ja', kor: 'ko', cmn: 'zh', tgl: 'tl', swh: 'sw',
  cat: 'ca', glg: 'gl', eus: 'eu', afr: 'af', uzn: 'uz', kaz: 'kk', azj: 'az', mkd: 'mk', sqi: 'sq',
  als: 'sq', kat: 'ka', hye: 'hy', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml',
  pan: 'pa', npi: 'ne', sin: 'si', mya: 'my', khm: 'km', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig',
  som: 'so', zul: 'zu', xho: 'xh', run: 'rn', kin: 'rw', mlg: 'mg', jav: 'jv', sun: 'su', aka: 'ak',
  nya: 'ny', sna: 'sn', tuk: 'tk', tgk: 'tg', kir: 'ky', lin: 'ln', ydd: 'yi', ltz: 'lb', gle: 'ga',
  cym: 'cy', isl: 'is', mlt: 'mt', khk: 'mn', pbu: 'ps', ckb: 'ku', kmr: 'ku', uig: 'ug', tat: 'tt',
};

// The languages franc weighs for a text in each script (ISO 639-3).
const LATIN = [
  'eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'ces', 'slk', 'pol', 'swe', 'dan', 'nob', 'nno', 'fin', 'ekk',
  'lvs', 'lit', 'hun', 'ron', 'tur', 'ind', 'zlm', 'vie', 'tgl', 'cat', 'glg', 'eus', 'hrv', 'bos', 'srp', 'slv',
  'als', 'afr', 'swh', 'isl', 'gle', 'cym', 'ltz', 'mlt', 'azj', 'uzn', 'hau', 'yor', 'som', 'jav', 'sun', 'tuk',
];
const CYRILLIC = ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz', 'kir', 'tgk', 'khk', 'tat', 'uzn', 'bos'];
const ARABIC = ['arb', 'pes', 'urd', 'pbu', 'ckb', 'uig'];
const DEVANAGARI = ['hin', 'mar', 'npi'];

/** Scripts that name their language outright. */
const SCRIPT_LANG: Array<[RegExp, string]> = [
  [/\p{sc=Hangul}/gu, 'ko'],
  [/[\p{sc=Hiragana}\p{sc=Katakana}]/gu, 'ja'],
  [/\p{sc=Hebrew}/gu, 'he'],
  [/\p{sc=Greek}/gu, 'el'],
  [/\p{sc=Thai}/gu, 'th'],
  [/\p{sc=Georgian}/gu, 'ka'],
  [/\p{sc=Armenian}/gu, 'hy'],
];

/** Below this many letters a language needs a clear margin over the runner-up. */
const SHORT = 120;
const SAMPLE = 1000;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/** The ISO 639-1 language of `text`, or null when it cannot be told with confidence. */
export function detectLanguage(text: string): string | null {
  // A thousand characters tell a language as surely as the whole text, and cost far less.
  const sample = text.slice(0, SAMPLE);
  const letters = count(sample, /\p{L}/gu);
  if (letters < 20) return null;
  const han = count(sample, /\p{sc=Han}/gu);
  for (const [script, lang] of SCRIPT_LANG) {
    const n = count(sample, script);
    // Japanese is written in kana and kanji together; a few kana in Chinese text are not enough.
    if (lang === 'ja' ? n > 0.05 * (n + han) : n > letters / 2) return lang === 'he' && /[ײ]|\bאון\b/u.test(sample) ? 'yi' : lang;
  }
  if (han > letters / 2) return 'zh';
  const only =
    count(sample, /\p{sc=Cyrillic}/gu) > letters / 2 ? CYRILLIC
    : count(sample, /\p{sc=Arabic}/gu) > letters / 2 ? ARABIC
    : count(sample, /\p{sc=Devanagari}/gu) > letters / 2 ? DEVANAGARI
    : count(sample, /\p{sc=Latin}/gu) > letters / 2 ? LATIN
    : undefined;
  const ranked = francAll(sample, { minLength: 10, ...(only ? { only } : {}) });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return null;
  const code = ISO_639_1[best[0]] ?? null;
  // Scores are normalised so the best is 1; a close runner-up means a guess, unless letters
  // only one of the candidates uses settle it.
  const runnerUp = second ? (ISO_639_1[second[0]] ?? null) : null;
  const sameFamily = code !== null && runnerUp !== null && FAMILY[code] !== undefined && FAMILY[code] === FAMILY[runnerUp];
  if (letters < SHORT && second && second[1] > 0.92 && !sameFamily) return distinctiveLetters(sample, code);
  if (code === 'ru' || code === 'uk' || code === 'be') return cyrillic(sample, code);
  if (code === 'id' || code === 'ms') return malayOrIndonesian(sample, code);
  if (code === 'sv' || code === 'da' || code === 'no' || code === 'nn') return scandinavian(sample, code);
  return code;
}

// Languages trigrams confuse with each other on short texts: the family is sure, the member is told apart below.
const FAMILY: Record<string, string> = { sv: 'nordic', da: 'nordic', no: 'nordic', nn: 'nordic', ms: 'malay', id: 'malay', jv: 'malay', su: 'malay' };

/** Swedish writes ä and ö, Danish and Norwegian æ and ø; Danish and Norwegian differ in a few words. */
function scandinavian(sample: string, guess: string): string {
  const swedish = count(sample, /[äö]/giu);
  const danoNorwegian = count(sample, /[æø]/giu);
  if (swedish > danoNorwegian) return 'sv';
  if (danoNorwegian === 0) return guess;
  const danish = count(sample, /\b(?:af|siger|blev|efter|hvad|nogle|være|også|kommende|mere|fordi)\b/giu);
  const norwegian = count(sample, /\b(?:av|sier|ble|etter|hva|noen|være|også|kommer|mer|fordi|ikkje|ei|løpet|opplyser)\b/giu);
  return danish > norwegian ? 'da' : norwegian > danish ? 'no' : guess === 'sv' ? 'no' : guess;
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
  const ukrainian = count(sample, /[іїєґІЇЄҐ]/gu);
  const russian = count(sample, /[ыэъЫЭЪ]/gu);
  const belarusian = count(sample, /[ўЎ]/gu);
  if (belarusian > 0 && belarusian >= ukrainian) return 'be';
  if (russian > 0 && ukrainian === 0) return 'ru';
  if (ukrainian > 0 && russian === 0) return 'uk';
  return guess;
}

// Words that Malaysian and Indonesian spell differently (kerajaan/pemerintah, kerana/karena…).
const MALAY = /\b(?:kerajaan|kerana|wang|boleh|sahaja|berkata|katanya|daripada|ialah|mahu|kita mahu|selesa|berperingkat|menjelang|bagi)\b/giu;
const INDONESIAN = /\b(?:pemerintah|karena|uang|bisa|saja|mengatakan|tersebut|adalah|mau|nyaman|bertahap|jelang|untuk)\b/giu;

/** Trigrams barely tell Malay from Indonesian; a few everyday words do. */
function malayOrIndonesian(sample: string, guess: string): string {
  const ms = count(sample, MALAY);
  const id = count(sample, INDONESIAN);
  return ms > id ? 'ms' : id > ms ? 'id' : guess;
}
