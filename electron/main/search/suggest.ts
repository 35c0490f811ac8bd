/**
 * "Did you mean": corrections drawn from the archive's own vocabulary (the `words` table,
 * a copy of the FTS5 vocabulary with document counts), so names the archive actually contains
 * (`peskov`) are suggested for near misses (`peskof`). Candidates share the misspelt word's
 * first letter and nearly its length, which keeps the scan small; among those within the edit
 * distance, the nearest and then the most frequent wins.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { fold, WORD_RE } from './fold';
import type { HighlightTerm } from './snippet';

/** A word this common is taken as correctly spelt. */
const KNOWN_DOCS = 3;
/** A correction must be in this many times more documents than the word typed. */
const MIN_GAIN = 5;

// Rows of the distance table, reused from call to call: the scan compares thousands of words.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance (Levenshtein plus transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prevPrev, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[b.length] as number;
}

export class Suggester {
  private readonly docsOf: StatementSync;
  private readonly range: StatementSync;

  constructor(db: DatabaseSync) {
    this.docsOf = db.prepare('SELECT docs FROM words WHERE term = ?');
    this.range = db.prepare(
      // Words of 3+ letters without digits (CJK characters are one-character words).
      "SELECT term, docs FROM words WHERE term >= ? AND term < ? AND length(term) BETWEEN max(?, 3) AND ? AND docs >= ? AND term NOT GLOB '*[0-9]*'",
    );
    this.range.setReturnArrays(true);
  }

  /** The best correction of one folded word, or null when it looks right or nothing is close. */
  correct(word: string): string | null {
    if (word.length < 3 || /\d/.test(word)) return null;
    const own = (this.docsOf.get(word) as { docs: number } | undefined)?.docs ?? 0;
    if (own >= KNOWN_DOCS) return null;
    const max = word.length <= 4 ? 1 : 2;
    const first = String.fromCodePoint(word.codePointAt(0) as number);
    const after = String.fromCodePoint((first.codePointAt(0) as number) + 1);
    let best: string | null = null;
    let bestDistance = max + 1;
    let bestDocs = 0;
    const candidates = this.range.all(first, after, word.length - max, word.length + max, Math.max(MIN_GAIN * own, 1)) as unknown as Array<[string, number]>;
    for (const [term, docs] of candidates) {
      const d = editDistance(word, term, max);
      if (d === 0 || d > max) continue;
      if (d < bestDistance || (d === bestDistance && docs > bestDocs)) {
        best = term;
        bestDistance = d;
        bestDocs = docs;
      }
    }
    return best;
  }

  /**
   * The query with each misspelt word of `terms` replaced by its correction, when
   * `findsMore(corrected)` says that finds more; else null. The last word of a prefix and
   * Chinese or Japanese terms are left as typed.
   */
  rewrite(query: string, terms: HighlightTerm[], findsMore: (corrected: string) => boolean): string | null {
    const corrections = new Map<string, string>();
    for (const term of terms) {
      if (term.cjk) continue;
      term.tokens.forEach((token, k) => {
        if (term.prefix && k === term.tokens.length - 1) return;
        const better = this.correct(token);
        if (better) corrections.set(token, better);
      });
    }
    if (corrections.size === 0) return null;
    const corrected = query.replace(WORD_RE, (w) => corrections.get(fold(w)) ?? w);
    return findsMore(corrected) ? corrected : null;
  }
}
