/**
 * Picks the best `k` results without sorting all of them: a bounded, sorted buffer that most
 * rows of a 50,000-row result fall straight past after one comparison.
 */
import type { DocCache } from './doc-cache';

/**
 * Indexes into `rids` of the best `k` rows, best first: by BM25 (`scores`, lower is better)
 * with newer first on a tie, or newest first when `scores` is null.
 */
export function selectTop(rids: Int32Array, scores: Float64Array | null, cache: DocCache, k: number): number[] {
  const dateKey = cache.dateKey;
  const capturedKey = cache.capturedKey;
  // Negative when row a ranks before row b.
  const compare = (a: number, b: number): number => {
    if (scores) {
      const d = (scores[a] as number) - (scores[b] as number);
      if (d !== 0) return d;
    }
    const ra = rids[a] as number;
    const rb = rids[b] as number;
    return (
      (dateKey[rb] as number) - (dateKey[ra] as number) ||
      (capturedKey[rb] as number) - (capturedKey[ra] as number) ||
      rb - ra
    );
  };
  if (k <= 0) return [];
  const top: number[] = [];
  for (let i = 0; i < rids.length; i++) {
    if (top.length === k && compare(i, top[k - 1] as number) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(i, top[mid] as number) < 0) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
