/**
 * Loading what the index mirrors in memory (the per-document cache and the hot words'
 * bitmaps) a slice at a time, with the event loop running between slices: the app's window is
 * answered meanwhile (see SqliteSearchIndex.warm). The slices are read at different moments,
 * so the result is only good when no other process wrote in between: the data version must be
 * the same before the first slice and after the last (then they read one state of the file).
 */
import type { DatabaseSync } from 'node:sqlite';
import { DocCache } from './doc-cache';
import { HotPostings } from './hot-postings';

export interface Warmed {
  cache: DocCache;
  hot: HotPostings;
  /** The data version the slices read (PRAGMA data_version). */
  version: number;
}

/**
 * Reads `db`'s cache and hot words in slices; null when `stale()` says, between slices, that
 * they are no longer wanted (loaded some other way, the file replaced or closed), or another
 * process wrote meanwhile.
 */
export async function loadInSlices(
  db: DatabaseSync,
  options: { hotWordDocs?: number; warmSlice?: number },
  stale: () => boolean,
): Promise<Warmed | null> {
  const slice = options.warmSlice ?? 5000;
  const dataVersion = db.prepare('PRAGMA data_version');
  const readVersion = (): number => (dataVersion.get() as { data_version: number }).data_version;
  const version = readVersion();
  const cache = new DocCache();
  const hot = new HotPostings(db, options.hotWordDocs);
  for (const slices of [cache.loading(db, slice), hot.loading(Math.max(1, Math.round(slice / 50)))]) {
    for (const _slice of slices) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stale()) return null;
    }
  }
  return readVersion() === version ? { cache, hot, version } : null;
}
