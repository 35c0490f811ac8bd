/**
 * Declared languages ("en-GB", "de_DE", "fra") → ISO 639-1 codes ("en", "de", "fr").
 */

/** ISO 639-2 codes pages use in place of 639-1 ones (B and T forms). */
// prettier-ignore
const THREE_LETTER: Record<string, string> = {
  eng: 'en', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
  dut: 'nl', ces: 'cs', cze: 'cs', pol: 'pl', rus: 'ru', ukr: 'uk', ara: 'ar', heb: 'he', zho: 'zh',
  chi: 'zh', jpn: 'ja', kor: 'ko', tur: 'tr', swe: 'sv', dan: 'da', nor: 'no', fin: 'fi', ell: 'el',
  gre: 'el', hun: 'hu', ron: 'ro', rum: 'ro', slk: 'sk', slo: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr',
  bul: 'bg', cat: 'ca', fas: 'fa', per: 'fa', hin: 'hi',
};

/** Obsolete codes browsers still meet. */
const RENAMED: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi' };

/** The ISO 639-1 code of a language tag, or null for "und", "x-default", empty or unknown forms. */
export function normaliseLang(tag: string | null | undefined): string | null {
  const primary = tag
    ?.trim()
    .toLowerCase()
    .split(/[-_\s]/)[0];
  if (!primary) return null;
  if (/^[a-z]{2}$/.test(primary)) return RENAMED[primary] ?? primary;
  return THREE_LETTER[primary] ?? null;
}
