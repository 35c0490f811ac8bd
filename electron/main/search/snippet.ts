/**
 * Snippets: about 200 characters of a clipping's text around its best match, as plain text,
 * with the matched words' [start, end) offsets (see match-text.ts for how terms are found).
 */
import { findMatches, type HighlightTerm, type Match } from './match-text';

export type { HighlightTerm } from './match-text';

export interface Snippet {
  snippet: string;
  highlights: Array<[number, number]>;
}

const SNIPPET_SIZE = 200;
/** How far before the first match a snippet starts, so the match has some context. */
const LEAD_IN = 50;

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
    const from = map[m.start - start] as number;
    const to = Math.min(out.length, map[m.end - start] as number);
    const prev = highlights.at(-1);
    // Terms can overlap (`energy energ*`): one highlight covers both.
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to);
    else highlights.push([from, to]);
  }
  if (end < text.length) out += '…';
  return { snippet: out, highlights };
}
