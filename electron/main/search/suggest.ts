/**
 * "Did you mean": corrections drawn from the archive's own vocabulary (the `words` table,
 * a copy of the FTS5 vocabulary with document counts), so names the archive actually contains
 * (`peskov`) are suggested for near misses (`peskof`). Candidates share the misspelt word's
 * first letter and nearly its length, which keeps the scan small; among those within the edit
 * distance, the nearest and then the most frequent wins.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** A word this common is taken as correctly spelt. */
const KNOWN_DOCS = 3;
/** A correction must be in this many times more documents than the word typed. */
const MIN_GAIN = 5;

/** Optimal-string-alignment distance (Levenshtein plus transpositions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prevPrev[j - 2] as number) + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

export class Suggester {
  private readonly docsOf: StatementSync;
  private readonly range: StatementSync;

  constructor(db: DatabaseSync) {
    this.docsOf = db.prepare('SELECT docs FROM words WHERE term = ?');
    this.range = db.prepare(
      'SELECT term, docs FROM words WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?',
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
    const rows = this.range.all(first, after, word.length - max, word.length + max) as unknown as Array<[string, number]>;
    for (const [term, docs] of rows) {
      if (docs < Math.max(MIN_GAIN * own, 1)) continue;
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
}
