/**
 * Snippets: about 200 characters of a clipping's text around its best match, as plain text,
 * with the matched words' [start, end) offsets. Words are compared after folding, so `cafe`
 * highlights `Café`; Chinese and Japanese terms are found as substrings.
 */
import { fold } from './fold';

/** A positive search term: one token, a phrase (several), and whether the last is a prefix. */
export interface HighlightTerm {
  tokens: string[];
  prefix: boolean;
  cjk: boolean;
}

export interface Snippet {
  snippet: string;
  highlights: Array<[number, number]>;
}

interface Match {
  start: number;
  end: number;
  term: number;
}

const SNIPPET_SIZE = 200;
/** How far before the first match a snippet starts, so the match has some context. */
const LEAD_IN = 50;
// eslint-disable-next-line no-control-regex
const ASCII_RE = /^[\x00-\x7f]*$/;
const WORD_RE = /[\p{L}\p{N}\p{M}]+/gu;

/** Every occurrence of the terms in `text`, in order. */
export function findMatches(text: string, terms: HighlightTerm[]): Match[] {
  const matches: Match[] = [];
  const wordTerms = terms.map((t, i) => ({ ...t, i })).filter((t) => !t.cjk);
  if (wordTerms.length > 0) {
    const words: Array<{ start: number; end: number; folded: string }> = [];
    const firstTokens = new Set(wordTerms.map((t) => t.tokens[0] as string));
    const anyPrefix = wordTerms.some((t) => t.prefix && t.tokens.length === 1);
    for (const m of text.matchAll(WORD_RE)) {
      const w = m[0];
      const folded = ASCII_RE.test(w) ? w.toLowerCase() : fold(w);
      words.push({ start: m.index, end: m.index + w.length, folded });
    }
    for (let i = 0; i < words.length; i++) {
      const first = (words[i] as { folded: string }).folded;
      if (!anyPrefix && !firstTokens.has(first)) continue;
      for (const t of wordTerms) {
        if (matchesAt(words, i, t)) {
          matches.push({
            start: (words[i] as { start: number }).start,
            end: (words[i + t.tokens.length - 1] as { end: number }).end,
            term: t.i,
          });
          break;
        }
      }
    }
  }
  terms.forEach((t, i) => {
    if (!t.cjk) return;
    const needle = t.tokens.join('');
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      matches.push({ start: at, end: at + needle.length, term: i });
    }
  });
  return matches.sort((a, b) => a.start - b.start);
}

function matchesAt(words: Array<{ folded: string }>, i: number, t: HighlightTerm): boolean {
  const last = t.tokens.length - 1;
  for (let k = 0; k <= last; k++) {
    const word = words[i + k]?.folded;
    if (word === undefined) return false;
    const token = t.tokens[k] as string;
    if (k === last && t.prefix ? !word.startsWith(token) : word !== token) return false;
  }
  return true;
}

/** The window of the text holding the most distinct terms (earliest on a tie). */
function bestWindow(text: string, matches: Match[]): number {
  let best = 0;
  let bestScore = -1;
  // Quadratic only in the matches of one text, which are few.
  for (let i = 0; i < matches.length; i++) {
    const from = (matches[i] as Match).start;
    const seen = new Set<number>();
    let hits = 0;
    for (let j = i; j < matches.length && (matches[j] as Match).end <= from + SNIPPET_SIZE - LEAD_IN; j++) {
      seen.add((matches[j] as Match).term);
      hits++;
    }
    const score = seen.size * 100 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = from;
    }
  }
  // A match near the opening reads best from the opening itself.
  return best < SNIPPET_SIZE - LEAD_IN ? 0 : best - LEAD_IN;
}

/** Cuts the snippet for `text`; with no match in the text (a title match), its opening. */
export function makeSnippet(text: string, terms: HighlightTerm[]): Snippet {
  const matches = terms.length > 0 ? findMatches(text, terms) : [];
  let start = matches.length > 0 ? bestWindow(text, matches) : 0;
  let end = Math.min(text.length, start + SNIPPET_SIZE);
  // Snap to word boundaries so the snippet neither starts nor ends mid-word.
  if (start > 0) {
    const space = text.slice(start, start + 30).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const space = text.slice(Math.max(start, end - 30), end).search(/\s\S*$/);
    if (space >= 0) end = Math.max(start, end - 30) + space;
  }
  // Collapse runs of whitespace (paragraph breaks) and keep a map of old → new offsets.
  let out = start > 0 ? '…' : '';
  const map = new Int32Array(end - start + 1);
  let lastSpace = false;
  for (let i = start; i < end; i++) {
    map[i - start] = out.length;
    const ch = text[i] as string;
    const space = /\s/.test(ch);
    if (space && lastSpace) continue;
    out += space ? ' ' : ch;
    lastSpace = space;
  }
  map[end - start] = out.length;
  out = out.trimEnd();
  const highlights: Array<[number, number]> = [];
  for (const m of matches) {
    if (m.start < start || m.end > end) continue;
    highlights.push([map[m.start - start] as number, Math.min(out.length, map[m.end - start] as number)]);
  }
  if (end < text.length) out += '…';
  return { snippet: out, highlights };
}
