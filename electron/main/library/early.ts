/**
 * Opening a library in two steps, for the window's first paint: the search index (quick to
 * open) answers the first page of the list, the count and searches while the catalogue (a
 * second or more at 100,000 clippings) is still being read; then the whole library takes over.
 *
 * The index answers only when it was last recorded in step with the catalogue's generation
 * (read from the manifest, a small file), so what it shows is what the catalogue holds; it
 * has no datelines or lengths, which arrive with the catalogue (the app then refreshes).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ClippingSummary, SearchResult } from '../../../shared/clipping';
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
  search(query: string, options?: SearchOptions): SearchResult | null;
  /** Clippings outside the trash, or null. */
  count(): number | null;
  /** False when the index cannot answer anything (missing, out of step, or the catalogue unreadable). */
  readonly answering: boolean;
  /** The whole library, once the catalogue is read (rejects as {@link openLibrary} would). */
  readonly ready: Promise<Library>;
}

/**
 * Starts opening the library in `dir` and resolves once the writer's lock is held (a second
 * writer is refused here, as before), with answers from the index until the catalogue is read.
 */
export async function openLibraryEarly(
  dir: string,
  options: OpenOptions & { rebuild?: 'now' | 'later' } = {},
): Promise<EarlyLibrary> {
  const archiveDir = path.resolve(dir);
  const index = await indexInStep(archiveDir, options.readOnly ?? false);
  let locked = (): void => undefined;
  const lockHeld = new Promise<void>((resolve) => (locked = resolve));
  let done = false;
  const ready = openLibrary(archiveDir, { ...options, index: index ?? undefined, onLocked: () => locked() });
  ready.then(
    () => (done = true),
    () => (done = true),
  );
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
    search: (query, searchOptions) => usable()?.search(query, searchOptions) ?? null,
    count: () => usable()?.count() ?? null,
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
