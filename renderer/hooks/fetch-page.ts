/**
 * One page of the library list from main, and the first page of a query asked for as soon as
 * it is typed: the keystroke's handler sends it before React renders the new query, so the
 * search runs in main while the window renders the keystroke (the list's effect would only
 * send it after that render and its commit).
 */
import { PAGE, type ListSource, type Page } from '../lib/result-pages';
import { rowFromHit, rowFromSummary } from '../lib/rows';

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

/** A first page already asked for, not yet taken: one at a time, for a moment only. */
let early: { key: string; at: number; page: Promise<Page> } | null = null;
/** Older than this, an early page is not used (the archive may have changed since). */
const EARLY_MS = 1000;

export const sourceKey = (source: ListSource): string => JSON.stringify(source);

/** Asks for `source`'s first page now; {@link takeFirstPage} hands it to the list. */
export function prefetchFirstPage(source: ListSource): void {
  const key = sourceKey(source);
  if (early?.key === key) return;
  const page = fetchPage(source, 0);
  page.catch(() => undefined); // the list reports it when it takes the page
  early = { key, at: performance.now(), page };
}

/** The first page of the source `key`: the one asked for early if it is that source's and fresh, else asked now. */
export function takeFirstPage(key: string): Promise<Page> {
  const taken = early;
  early = null;
  if (taken?.key === key && performance.now() - taken.at < EARLY_MS) return taken.page;
  return fetchPage(JSON.parse(key) as ListSource, 0);
}
