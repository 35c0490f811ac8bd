/**
 * A search's answer from a parsed query: its matches found and ranked by an {@link Executor}
 * (the loaded index's, or cold-search.ts's before it loads), the page of hits read, and "did
 * you mean" when little was found; all read from one state of the file ({@link inSnapshot}).
 */
import type { DatabaseSync } from 'node:sqlite';
import type { Facets, SearchResult } from '../../../shared/clipping';
import type { Executor } from './execute';
import type { HitReader } from './hits';
import { planQuery } from './query-compile';
import { parseQuery, type QueryNode } from './query-parser';
import type { Suggester } from './suggest';
import type { SearchOptions } from './types';

/** At or below this many results, "did you mean" looks for a better spelling. */
const FEW_RESULTS = 2;

/** What answering needs besides the executor: the connection's readers. */
interface Readers {
  hits: HitReader;
  suggester: Suggester;
}

/** The page of results of `root` (parsed from `query`), found by `executor`, with `facets` of every match. */
export function answer<F extends Facets | null>(
  query: string,
  root: QueryNode | null,
  options: SearchOptions,
  executor: Executor,
  readers: Readers,
  facets: (ids: Int32Array) => F,
): Omit<SearchResult, 'facets'> & { facets: F } {
  const limit = Math.max(0, Math.min(options.limit ?? 50, 1000));
  const offset = Math.max(0, options.offset ?? 0);
  const plan = planQuery(root);
  const { ids, matched } = executor.run(plan);
  const ranked = executor.rank(plan, ids, matched, offset + limit, options.sort === 'date');
  const total = ids.length;
  return {
    total,
    hits: readers.hits.read(ranked.rids.slice(offset), ranked.scores.slice(offset), plan.terms),
    facets: facets(ids),
    didYouMean:
      total <= FEW_RESULTS && root !== null
        ? readers.suggester.rewrite(query, plan.terms, (corrected) => executor.finds(planQuery(parseQuery(corrected)), total + 1))
        : null,
  };
}

/**
 * Runs `body` in one read transaction of `db` (unless one is open already): the matches, their
 * count and the hits are then read from one state of the file though another process commits
 * meanwhile (read one statement after another, a clipping removed in between was counted but
 * missing from the hits: tests/main/search/one-snapshot.test.ts).
 */
export function inSnapshot<T>(db: DatabaseSync, body: () => T): T {
  if (db.isTransaction) return body();
  db.exec('BEGIN');
  try {
    return body();
  } finally {
    if (db.isTransaction) db.exec('COMMIT');
  }
}
