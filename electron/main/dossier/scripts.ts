/**
 * Which font family a character needs. DejaVu (the base faces) sets Latin, Greek and Cyrillic;
 * every other script of the world's press has a Noto family of its own (fonts.ts). Han
 * characters are shared by Chinese, Japanese and Korean but drawn differently in each, so the
 * family for them depends on the text around them and on the clipping's language.
 */

/** The fallback families, one per script group. */
export type Family = 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'sc' | 'tc' | 'jp' | 'kr';

/** The script-specific family a code point belongs to, or null for Latin, Greek, Cyrillic, digits and punctuation. */
export function familyOf(cp: number, han: Family): Family | null {
  if (cp < 0x0590) return null;
  if (cp <= 0x05ff || (cp >= 0xfb1d && cp <= 0xfb4f)) return 'hebrew';
  if (cp <= 0x08ff) return cp >= 0x0600 ? 'arabic' : null;
  if (cp >= 0xfb50 && cp <= 0xfdff) return 'arabic';
  if (cp >= 0xfe70 && cp <= 0xfeff) return 'arabic';
  if (cp >= 0x0900 && cp <= 0x097f) return 'devanagari';
  if (cp >= 0xa8e0 && cp <= 0xa8ff) return 'devanagari';
  if (cp >= 0x0e00 && cp <= 0x0e7f) return 'thai';
  if ((cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xac00 && cp <= 0xd7af)) return 'kr';
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff)) return han === 'sc' || han === 'tc' ? han : 'jp';
  if (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation
    (cp >= 0x3190 && cp <= 0x31ef) ||
    (cp >= 0x3200 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) || // vertical forms
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
    (cp >= 0x20000 && cp <= 0x3134f)
  )
    return han;
  return null;
}

/** Right-to-left scripts (Hebrew, Arabic and their presentation forms), where bidi ordering is needed. */
export const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/** Text the base faces set directly (Latin, Greek, Cyrillic and general punctuation): no fallback, no shaping. */
export const SIMPLE = /^[\t\n\r\u0020-\u058f\u1e00-\u1fff\u2000-\u206f\u20a0-\u20cf\u2100-\u218f\u2190-\u21ff\u2200-\u22ff\u2500-\u25ff]*$/u;

/** Families whose text HarfBuzz must shape (contextual forms, conjuncts, mark positioning). */
export const SHAPED: ReadonlySet<Family> = new Set(['arabic', 'hebrew', 'devanagari', 'thai']);

// Frequent characters written differently in traditional and simplified Chinese.
const TRADITIONAL = new Set([...'們這個國說對時會來為與經體臺灣聽總統選舉開關門問題電話見讓當從還應將發學實現後過長業東車書區報歲萬億戰爭氣際']);
const SIMPLIFIED = new Set([...'们这个国说对时会来为与经体台湾听总统选举开关门问题电话见让当从还应将发学实现后过长业东车书区报岁万亿战争气际']);

/**
 * The family for Han characters in `text`: Japanese when it holds kana (or the language says
 * so), Korean with Hangul, traditional Chinese when its characters are, else simplified Chinese.
 */
export function hanFamily(text: string, lang: string | null | undefined): Family {
  const primary = (lang ?? '').toLowerCase();
  if (/[\u3040-\u30ff]/u.test(text) || primary.startsWith('ja')) return 'jp';
  if (/[\uac00-\ud7af]/u.test(text) || primary.startsWith('ko')) return 'kr';
  if (/^zh-(?:hant|tw|hk|mo)/.test(primary)) return 'tc';
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (TRADITIONAL.has(ch)) traditional++;
    else if (SIMPLIFIED.has(ch)) simplified++;
  }
  return traditional > simplified ? 'tc' : 'sc';
}

/** Languages written right to left (BCP 47 primary subtags). */
export function isRtlLang(lang: string | null | undefined): boolean {
  return /^(?:ar|he|iw|fa|ur|yi|ps|ckb|dv|sd|ug)(?:-|$)/i.test(lang ?? '');
}
