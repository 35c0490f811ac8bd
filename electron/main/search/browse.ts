/**
 * The library list as the index knows it, newest first (see {@link SearchIndex.browse}): the
 * window's first pages while the catalogue is still being read. Right after the index opens,
 * before anything has needed the per-document cache (doc-cache.ts: a few hundred ms to load at
 * 100,000 clippings), a page is read straight from SQLite through the `docs_by_*` indexes, so
 * the first list paints without waiting for that load; once the cache is in memory it sorts.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { DocCache } from './doc-cache';
import type { Statements } from './statements';
import type { BrowseOptions, BrowsePage, BrowseRow } from './types';

/**
 * Indexes that list documents newest first without reading the whole table (schema.ts creates
 * them; an index file from before them gets them when first opened for writing).
 */
export const BROWSE_INDEXES = `
CREATE INDEX IF NOT EXISTS docs_by_captured ON docs(ckey, rid);
CREATE INDEX IF NOT EXISTS docs_by_date ON docs(dkey, rid);
`;

type Row = { rid: number; id: string; title: string; source: string | null; published_at: string | null; captured_at: string; tags: string };

const COLUMNS = 'rid, id, title, source, published_at, captured_at, tags';

function toItem(r: Row): BrowseRow {
  return { id: r.id, title: r.title, source: r.source, publishedAt: r.published_at, capturedAt: r.captured_at, tags: JSON.parse(r.tags) as string[] };
}

/** Whether `db` has the indexes {@link browseFromTable} needs (an old read-only file may not). */
export function hasBrowseIndexes(db: DatabaseSync): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name IN ('docs_by_captured', 'docs_by_date')").get() as { n: number };
  return row.n === 2;
}

/** A page read from the table alone: newest first, and among equal dates the later row first (as {@link browseFromCache}). */
export function browseFromTable(statements: Statements, options: BrowseOptions = {}): BrowsePage {
  const { offset = 0, limit = 50, sort = 'captured' } = options;
  const key = sort === 'published' ? 'dkey' : 'ckey';
  const rows = statements.get(`SELECT ${COLUMNS} FROM docs ORDER BY ${key} DESC, rid DESC LIMIT ? OFFSET ?`).all(limit, offset) as unknown as Row[];
  const { n } = statements.get('SELECT count(*) AS n FROM docs').get() as { n: number };
  return { total: n, items: rows.map(toItem) };
}

/** A page sorted in memory from the per-document cache, its rows read by rowid. */
export function browseFromCache(cache: DocCache, statements: Statements, options: BrowseOptions = {}): BrowsePage {
  const { offset = 0, limit = 50, sort = 'captured' } = options;
  const key = sort === 'published' ? cache.dateKey : cache.capturedKey;
  // Newest first; rowids grow with insertion, so among equal dates the later one leads.
  const rids = Array.from(cache.allRids()).sort((a, b) => (key[b] as number) - (key[a] as number) || b - a);
  const page = rids.slice(offset, offset + limit);
  const rows = statements.get(`SELECT ${COLUMNS} FROM docs WHERE rid IN (SELECT value FROM json_each(?))`).all(JSON.stringify(page)) as unknown as Row[];
  const byRid = new Map(rows.map((r) => [r.rid, r]));
  const items = page.flatMap((rid) => {
    const r = byRid.get(rid);
    return r ? [toItem(r)] : [];
  });
  return { total: rids.length, items };
}
