/**
 * One page of the library list from main, and the first page of a query asked for as soon as
 * it is typed: the keystroke's handler sends it before React renders the new query, so the
 * search runs in main while the window renders the keystroke (the list's effect would only
 * send it after that render and its commit).
 */
import { PAGE, type ListSource, type Page } from '../lib/result-pages';
import { rowFromHit, rowFromSummary } from '../lib/rows';
import { answerOf, askEarly } from './early-answers';

export async function fetchPage(source: ListSource, page: number): Promise<Page> {
  const offset = page * PAGE;
  if (source.kind === 'search') {
    const r = await window.cuttings.search.query({ q: source.q, offset, limit: PAGE, sort: source.sort });
    return { total: r.total, rows: r.hits.map(rowFromHit), facets: r.facets, didYouMean: r.didYouMean };
  }
  const r = await window.cuttings.clippings.list({
    offset,
    limit: PAGE,
    sort: source.kind === 'library' ? source.sort : 'captured',
    trashed: source.kind === 'trash',
  });
  return { total: r.total, rows: r.items.map(rowFromSummary), facets: null, didYouMean: null };
}

/** Older than this, an early page is not used (the archive may have changed since). */
const EARLY_MS = 1000;

export const sourceKey = (source: ListSource): string => JSON.stringify(source);

/** Asks for `source`'s first page now; {@link takeFirstPage} hands it to the list. */
export function prefetchFirstPage(source: ListSource): void {
  askEarly(`page:${sourceKey(source)}`, () => fetchPage(source, 0), EARLY_MS);
}

/** The first page of the source `key`: the one asked for early if it is that source's and fresh, else asked now. */
export function takeFirstPage(key: string): Promise<Page> {
  return answerOf(`page:${key}`, () => fetchPage(JSON.parse(key) as ListSource, 0));
}
