/**
 * Opening a library in two steps, for the window's first paint: the search index (quick to
 * open) answers the first page of the list, the count and searches while the catalogue (a
 * second or more at 100,000 clippings) is still being read; then the whole library takes over.
 *
 * The index answers only when it was last recorded in step with the catalogue's generation
 * (read from the manifest, a small file), so what it shows is what the catalogue holds; it
 * has no datelines or lengths, which arrive with the catalogue (the app then refreshes).
 *
 * At 100,000 clippings, warming the index (its cache, for searches) and reading the catalogue
 * keep the event loop busy for a second or more: they wait until the window asks for the
 * archive (its page and scripts are loaded by then), so the first list paints without sharing
 * the loop with them; then the index warms first, so searches answer before the catalogue is
 * in. The index answers the list, the count and searches with free text without its cache
 * (browse.ts, cold-search.ts: a search sent as the first list paints is answered then, not
 * after the warm-up; its facets come when the window searches again, once the archive is open).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClippingSummary, SearchAnswer } from '../../../shared/clipping';
import type { OpenOptions } from '../archive/types';
import { CATALOGUE_FILE } from '../archive/layout';
import { openSearchIndex } from '../search';
import type { BrowseRow, SearchIndex, SearchOptions } from '../search/types';
import type { LibrarySort } from '../../../shared/sort';
import { indexFile, openLibrary, type Library } from './index';

export interface EarlyLibrary {
  readonly dir: string;
  /** A page of the list from the index, or null when the index cannot answer (then wait for {@link ready}). */
  list(options: {
    offset?: number;
    limit?: number;
    sort?: LibrarySort;
    trashed?: boolean;
  }): { total: number; items: ClippingSummary[] } | null;
  /**
   * Answers from the index file alone while its cache is not in memory yet (hits and total as
   * the warm index gives them, facets null: {@link SearchIndex.searchWithoutCache}); a query
   * without free text waits for the index to be warm ({@link SearchIndex.warm}), so it does
   * not stall the window loading the cache at once.
   */
  search(query: string, options?: SearchOptions): Promise<SearchAnswer | null>;
  /** Clippings outside the trash, or null. */
  count(): number | null;
  /** False when the index cannot answer anything (missing, out of step, or the catalogue unreadable). */
  readonly answering: boolean;
  /** The whole library, once the catalogue is read (rejects as {@link openLibrary} would). */
  readonly ready: Promise<Library>;
  /**
   * Starts reading the catalogue (and warming the index) now. While the index answers, they
   * wait for this (the window's first request, see ipc/early.ts) or {@link READ_ANYWAY_MS}:
   * at 100,000 clippings they keep the event loop busy for a second or more, which the
   * window's first load would otherwise share.
   */
  readNow(): void;
}

/** When nothing has asked for it by then, the catalogue is read anyway. */
const READ_ANYWAY_MS = 3000;

/**
 * Starts opening the library in `dir` and resolves once the writer's lock is held (a second
 * writer is refused here, as before), with answers from the index until the catalogue is read.
 */
export async function openLibraryEarly(
  dir: string,
  options: OpenOptions & { rebuild?: 'now' | 'later'; /** @internal default {@link READ_ANYWAY_MS} */ readAnywayMs?: number } = {},
): Promise<EarlyLibrary> {
  const archiveDir = path.resolve(dir);
  const index = await indexInStep(archiveDir, options.readOnly ?? false);
  let locked = (): void => undefined;
  const lockHeld = new Promise<void>((resolve) => (locked = resolve));
  let done = false;
  let readNow = (): void => undefined;
  const asked = new Promise<void>((resolve) => (readNow = resolve));
  const anyway = setTimeout(readNow, options.readAnywayMs ?? READ_ANYWAY_MS);
  void asked.then(() => clearTimeout(anyway));
  // The list and the count need nothing in memory; searches (and the facets) wait for the
  // index's cache, so it is warmed first, and the catalogue (datelines, lengths) read after.
  const warm = asked.then(() => index?.warm());
  const ready = openLibrary(archiveDir, {
    ...options,
    index: index ?? undefined,
    onLocked: () => {
      locked();
      // Without early answers, the window waits for the catalogue: no reason to wait for it.
      return index ? warm : undefined;
    },
  });
  const settled = (): void => {
    done = true;
    clearTimeout(anyway);
  };
  ready.then(settled, settled);
  await Promise.race([lockHeld, ready]);
  const usable = (): SearchIndex | null => (done ? null : index);
  return {
    dir: archiveDir,
    ready,
    get answering() {
      return usable() !== null;
    },
    list: ({ offset = 0, limit = 200, sort = 'captured', trashed = false }) => {
      const i = usable();
      if (!i || trashed || sort === 'title') return null;
      const page = i.browse({ offset, limit, sort });
      return { total: page.total, items: page.items.map(summaryOf) };
    },
    search: async (query, searchOptions) => {
      readNow();
      const soon = usable()?.searchWithoutCache(query, searchOptions);
      if (soon) return soon;
      await warm;
      return usable()?.search(query, searchOptions) ?? null;
    },
    count: () => usable()?.count() ?? null,
    readNow,
  };
}

/** The archive's index when it is whole and recorded in step with the catalogue on disk, else null. */
async function indexInStep(archiveDir: string, readOnly: boolean): Promise<SearchIndex | null> {
  let generation: unknown;
  try {
    generation = (
      JSON.parse(await readFile(path.join(archiveDir, CATALOGUE_FILE), 'utf8')) as { generation?: unknown }
    ).generation;
  } catch {
    return null; // new, damaged or missing: the full open decides
  }
  let index: SearchIndex;
  try {
    index = openSearchIndex(indexFile(archiveDir), { readOnly });
  } catch {
    return null;
  }
  if (index.needsRebuild || index.catalogueGeneration !== generation) {
    index.close();
    return null;
  }
  return index;
}

/** A list row from the index: what the catalogue has besides (dateline, length…) comes with it. */
function summaryOf(row: BrowseRow): ClippingSummary {
  return {
    ...row,
    titleDerived: false,
    author: null,
    dateline: null,
    lang: null,
    caption: null,
    credit: null,
    url: null,
    entities: { people: [], places: [], organisations: [] },
    quotes: [],
    images: [],
    notes: '',
    provenance: {},
    trashedAt: null,
    wordCount: 0,
  };
}
