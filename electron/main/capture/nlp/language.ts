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
  const sample = text.slice(0, 4000);
  const letters = sample.replace(/[^\p{L}]+/gu, '').length;
  if (letters < 20) return null;
  const ranked = francAll(sample, { minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return null;
  // Scores are normalised so the best is 1; a close runner-up means a guess.
  if (letters < SHORT && second && second[1] > 0.92) return null;
  return ISO_639_1[best[0]] ?? null;
}
