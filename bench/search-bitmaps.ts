/**
 * Do the hot words' bitmaps (electron/main/search/hot-postings.ts) earn their place? The same
 * index file is opened twice: one connection as the app opens it, one whose bitmaps are
 * emptied in memory, so that every word goes to FTS5 as it would without them. The classes
 * the bitmaps serve are queried on both alternately (so load on the machine falls on both
 * alike) and CPU time per search compared. See search.bench.ts, and the search README's
 * "The hot words' bitmaps" for what the figures decide.
 */
import { openSearchIndex } from '../electron/main/search/index';
import type { SearchIndex } from '../electron/main/search/types';
import type { BenchRow } from './row';
import { queryClasses, type Measures } from './search-queries';

/** The classes answered (partly) from the bitmaps. */
const CLASSES = ['prefix', 'very common word', 'common word', 'two words'] as const;
const PASSES = 7;

/**
 * A connection to `file` that answers every word from FTS5, as if there were no bitmaps; null
 * when the index has none (a corpus too small for any word to be hot, as with `--quick`).
 */
function withoutBitmaps(file: string): SearchIndex | null {
  const index = openSearchIndex(file);
  // The index opens without reading anything into memory (it loads on first need or when the
  // app warms it): load it now, or the first search would load the bitmaps emptied below.
  index.search('', { limit: 1 });
  // A bench-only reach into the index: nothing is written through it, so nothing reloads them.
  const bits = (index as unknown as { hot: { bits: Map<string, Uint8Array> } }).hot.bits;
  if (bits.size === 0) {
    index.close();
    return null;
  }
  bits.clear();
  return index;
}

function cpuMs(run: () => void): number {
  const c = process.cpuUsage();
  run();
  const used = process.cpuUsage(c);
  return (used.user + used.system) / 1000;
}

const p95 = (values: number[]): number => values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(0.95 * values.length))] as number;

/** CPU p95 of each class with (`<class> with`) and without (`<class> without`) bitmaps. */
export function timeBitmaps(index: SearchIndex, file: string): Measures {
  const bare = withoutBitmaps(file);
  const out: Measures = {};
  if (bare === null) return out;
  const classes = queryClasses();
  for (const cls of CLASSES) {
    const queries = (classes[cls] ?? []).map(([q]) => q);
    const timed = { with: [] as number[], without: [] as number[] };
    for (const q of queries) {
      const a = index.search(q, { limit: 50 }).total;
      const b = bare.search(q, { limit: 50 }).total;
      if (a !== b) throw new Error(`"${q}": ${a} matches with the bitmaps, ${b} without`);
    }
    for (let pass = 0; pass < PASSES; pass++) {
      for (const q of queries) {
        timed.with.push(cpuMs(() => index.search(q, { limit: 50 })));
        timed.without.push(cpuMs(() => bare.search(q, { limit: 50 })));
      }
    }
    out[`${cls} with`] = p95(timed.with);
    out[`${cls} without`] = p95(timed.without);
  }
  bare.close();
  return out;
}

/**
 * The rows: CPU p95 with the bitmaps (the app as it is), against the same searches without
 * them as the baseline. They earn their place while they at least halve the prefix and very
 * common word searches at 100k (without them the prefix class misses the search target,
 * p95 ≤ 20 ms); if they stop doing so, drop them (search README, "To drop them").
 */
export function bitmapRows(m: Measures, label: string, big: boolean): Array<BenchRow<'search'>> {
  if (big && m['prefix with'] === undefined) throw new Error(`the ${label} index holds no hot-word bitmaps to compare against`);
  return CLASSES.filter((cls) => m[`${cls} with`] !== undefined).map((cls) => {
    const value = m[`${cls} with`] as number;
    const baseline = m[`${cls} without`] as number;
    const ratio = baseline / value;
    const judged = big && (cls === 'prefix' || cls === 'very common word');
    return {
      area: 'search',
      name: `${cls} p95 (CPU time), hot-word bitmaps vs none (${label})`,
      value,
      unit: 'ms',
      baseline,
      ratio,
      ...(judged ? { target: '≥ 2× faster than without (else drop them)', pass: ratio >= 2 } : {}),
      note: `baseline: the same index with its bitmaps emptied in memory (every word from FTS5), queried alternately with it in one process, ${PASSES} passes of 10 queries; ratio = times faster with them`,
    };
  });
}
