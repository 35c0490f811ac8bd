/**
 * Text folding shared by indexing, querying and highlighting, so that the three always agree
 * on what a "word" is: case, accents and compatibility forms never matter, and Chinese and
 * Japanese characters become one-character tokens (a quoted run of them is then a substring
 * search).
 */

/** Letters that do not decompose under NFKD but that readers treat as accented forms. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ё: 'е',
};
const SPECIAL_RE = /[ßæœøłđðþıё]/g;

// Marks are stripped only where they are accents (Latin, Greek, Hebrew and Arabic vowel
// points). In Indic scripts they are vowels and in Japanese they are the dakuten: keep them.
const ACCENT_RE = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}])\p{M}+/gu;

/** Scripts written without spaces between words, indexed one character per token. */
export const CJK_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_CHAR_GLOBAL_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** One token as the index sees it: letters, digits, marks and private-use characters, as the FTS5 `categories`. */
export const WORD_RE = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

// eslint-disable-next-line no-control-regex
const ASCII_RE = /^[\x00-\x7f]*$/;

/** Lower-cases and removes accents: `Café` → `cafe`, `Ελλάδα` → `ελλαδα`, `ﬁ` → `fi`. */
export function fold(text: string): string {
  if (ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(ACCENT_RE, '$1')
    .normalize('NFC')
    .replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

// A run of non-ASCII characters with the ASCII letter before it (a base for combining accents).
// eslint-disable-next-line no-control-regex
const NON_ASCII_RUN_RE = /[A-Za-z]?[^\x00-\x7f]+/g;

function foldRun(run: string): string {
  return fold(run).replace(CJK_CHAR_GLOBAL_RE, ' $& ');
}

/** The text handed to FTS5: folded, with CJK characters spaced apart. */
export function foldForIndex(text: string): string {
  // FTS5 folds ASCII case itself, so only the non-ASCII runs of a text need folding here:
  // most of an archive's text is ASCII, and normalising whole texts dominated indexing time.
  if (ASCII_RE.test(text)) return text;
  return text.replace(NON_ASCII_RUN_RE, foldRun);
}

/** Splits text the way the index does, into folded tokens. */
export function tokenize(text: string): string[] {
  return foldForIndex(text).toLowerCase().match(WORD_RE) ?? [];
}

/** Normalised form of a filter or facet value: folded words joined by single spaces. */
export function normalizeValue(value: string): string {
  return (fold(value).match(WORD_RE) ?? []).join(' ');
}

/** True when a string contains any Chinese or Japanese character. */
export function hasCjk(text: string): boolean {
  return CJK_CHAR_RE.test(text);
}
