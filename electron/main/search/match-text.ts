/**
 * Finds where search terms occur in an original text, for highlights. The text is folded
 * character by character (so `Café` reads `cafe`) with a map back to the original offsets,
 * and each term becomes one regular expression with the index's idea of word boundaries:
 * a Latin, Cyrillic or Greek token must stand alone, a Chinese or Japanese one may touch
 * its neighbours. Searching the folded text natively is ~20× faster than folding it word by
 * word.
 */
import { fold } from './fold';

/** A positive search term: one token, a phrase (several), and whether the last is a prefix. */
export interface HighlightTerm {
  tokens: string[];
  prefix: boolean;
  cjk: boolean;
}

export interface Match {
  start: number;
  end: number;
  term: number;
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
/** A word character of a spaced script (the `v` flag allows the set difference). */
const W = String.raw`[[\p{L}\p{N}\p{M}]--[${CJK}]]`;
const NOT_WORD = String.raw`[^\p{L}\p{N}\p{M}]*`;
const CJK_TOKEN_RE = new RegExp(`^[${CJK}]`, 'u');

// eslint-disable-next-line no-control-regex
const NON_ASCII_RE = /[^\x00-\x7f]/;
const foldedChars = new Map<string, string>();
/** Combining diacritical marks (the accents), not the vowel signs of Indic scripts. */
function isCombiningAccent(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** Folds one non-ASCII character (cached: archives reuse few of them). */
function foldChar(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    // A combining accent (after a plain letter) folds to nothing, as in the index.
    f = isCombiningAccent(ch) ? '' : fold(ch);
    if (foldedChars.size < 10_000) foldedChars.set(ch, f);
  }
  return f;
}

/** The folded text and, when lengths changed, each folded offset's original offset. */
export function foldWithOffsets(text: string): { folded: string; offsets: Int32Array | null } {
  if (!NON_ASCII_RE.test(text)) return { folded: text.toLowerCase(), offsets: null };
  const chunks: string[] = [];
  // A character folds to at most three (`ﬃ` → `ffi`).
  const offsets = new Int32Array(text.length * 3 + 1);
  let n = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII, and the CJK ideographs and punctuation that fold to themselves: kept as they are.
    if (code < 128 || (code >= 0x3400 && code <= 0x9fff) || (code >= 0x3001 && code <= 0x3035)) {
      offsets[n++] = i;
      continue;
    }
    if (runStart < i) chunks.push(text.slice(runStart, i).toLowerCase());
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const ch = wide ? text.slice(i, i + 2) : (text[i] as string);
    const f = foldChar(ch);
    chunks.push(f);
    for (let k = 0; k < f.length; k++) offsets[n++] = i;
    if (wide) i++;
    runStart = i + 1;
  }
  if (runStart < text.length) chunks.push(text.slice(runStart).toLowerCase());
  offsets[n] = text.length;
  return { folded: chunks.join(''), offsets: offsets.subarray(0, n + 1) };
}

function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

const regexCache = new Map<string, RegExp>();

/** One term as a regular expression over folded text. */
function termRegex(term: HighlightTerm): RegExp {
  const key = `${term.prefix ? '*' : ''}${term.tokens.join('\u0000')}`;
  let re = regexCache.get(key);
  if (re) return re;
  const last = term.tokens.length - 1;
  const parts = term.tokens.map((token, i) => {
    const spaced = !CJK_TOKEN_RE.test(token);
    const before = spaced ? `(?<!${W})` : '';
    const after = !spaced ? '' : i === last && term.prefix ? `${W}*` : `(?!${W})`;
    return `${before}${escape(token)}${after}`;
  });
  re = new RegExp(parts.join(NOT_WORD), 'gv');
  if (regexCache.size > 500) regexCache.clear();
  regexCache.set(key, re);
  return re;
}

/** Whether already folded `folded` holds `term` (as a word, a prefix or a CJK substring). */
export function holdsTerm(folded: string, term: HighlightTerm): boolean {
  const re = termRegex(term);
  re.lastIndex = 0;
  return re.test(folded);
}

/** Every occurrence of the terms in `text` (original offsets), in order of position. */
export function findMatches(text: string, terms: HighlightTerm[]): Match[] {
  if (terms.length === 0) return [];
  const { folded, offsets } = foldWithOffsets(text);
  const matches: Match[] = [];
  terms.forEach((term, index) => {
    const re = termRegex(term);
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = offsets ? (offsets[m.index] as number) : m.index;
      const endFolded = m.index + m[0].length;
      // The end maps to just after the original character that produced the last folded one.
      const end = offsets ? (offsets[endFolded - 1] as number) + (text.codePointAt(offsets[endFolded - 1] as number)! > 0xffff ? 2 : 1) : endFolded;
      matches.push({ start, end, term: index });
    }
  });
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * How well a title answers the query's words: the share of words (or their prefixes) it
 * contains, then shorter titles first (a word in a five-word headline says more than in a
 * twenty-word one). 0 when it holds none; else between 0 and 2, and only the order matters.
 */
export function titleScore(title: string, terms: readonly HighlightTerm[]): number {
  if (terms.length === 0) return 0;
  const folded = fold(title);
  let found = 0;
  for (const term of terms) if (holdsTerm(folded, term)) found++;
  if (found === 0) return 0;
  let words = 1;
  for (let i = 0; i < folded.length; i++) if (folded.charCodeAt(i) === 32) words++;
  return found / terms.length + 1 / (1 + words);
}
