/**
 * The Library: every user action on an archive, composed from the pure capabilities
 * (capture → archive → search index, and dossiers). The app's IPC handlers and the CLI
 * both call this, so a clipping imported from a terminal is the same as one pasted in the app.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  Clipping,
  ClippingOrigins,
  ClippingPatch,
  ClippingSummary,
  ImportOutcome,
  SearchResult,
  TagInfo,
} from '../../../shared/clipping';
import type { DossierExport, DossierPreview, DossierSource, DossierSpec, SavedDossier, SavedSearch } from '../../../shared/dossier';
import { CuttingsError } from '../../../shared/errors';
import type { BatchImportSummary } from '../../../shared/imports';
import type { LibrarySort } from '../../../shared/sort';
import { openArchive } from '../archive/open';
import { isClippingFileName } from '../archive/layout';
import type { Archive, OpenOptions } from '../archive/types';
import type { CapturedArticle } from '../capture/types';
import { openSearchIndex, toIndexDoc } from '../search';
import type { IndexDoc, SearchIndex, SearchOptions } from '../search/types';
import { resolveDossier, type DossierChoice, type DossierRequest, type ResolvedDossier } from './dossier-request';
import { TitleTwins } from './title-twins';
import { importFolder, importPaths, type FolderImportOptions } from './folder-import';

export type { DossierChoice, DossierRequest } from './dossier-request';

/**
 * Capture pulls in jsdom, Readability and the language models: load it on first use, so that
 * `cuttings search` and the app's first paint don't pay for it.
 */
const loadCapture = (): Promise<typeof import('../capture')> => import('../capture');

export interface Library {
  readonly dir: string;
  readonly readOnly: boolean;
  readonly archive: Archive;
  /** Stores an article already captured (capture first, so bad input never opens or writes anything). */
  add(article: CapturedArticle, tags?: string[]): Promise<ImportOutcome>;
  importText(text: string, options?: { html?: string; tags?: string[] }): Promise<ImportOutcome>;
  importFile(file: string, options?: { tags?: string[] }): Promise<ImportOutcome>;
  importUrl(url: string, options?: { tags?: string[]; signal?: AbortSignal }): Promise<ImportOutcome>;
  importFolder(folder: string, options?: FolderImportOptions): Promise<BatchImportSummary>;
  importPaths(paths: string[], options?: FolderImportOptions): Promise<BatchImportSummary>;
  get(id: string): Promise<Clipping>;
  /**
   * The sanitized article HTML, or null when the clipping came from plain text. Image sources
   * (archive file names) are prefixed with `imageBase` + id, e.g. `cuttings-archive://clipping/`.
   */
  articleHtml(id: string, imageBase: string): Promise<string | null>;
  list(options?: { offset?: number; limit?: number; sort?: LibrarySort; trashed?: boolean }): {
    total: number;
    items: ClippingSummary[];
  };
  search(query: string, options?: SearchOptions): SearchResult;
  tag(ids: string[], add: string[], remove: string[]): Promise<number>;
  trash(ids: string[]): Promise<number>;
  restore(ids: string[]): Promise<number>;
  tags(): TagInfo[];
  update(id: string, patch: ClippingPatch, origins?: ClippingOrigins): Promise<Clipping>;
  emptyTrash(): Promise<number>;
  renameTag(from: string, to: string): Promise<number>;
  mergeTags(sources: string[], target: string): Promise<number>;
  setTagColor(name: string, color: string | null): Promise<void>;
  deleteTag(name: string): Promise<number>;
  savedSearches(): SavedSearch[];
  /** Saves a named query; an existing name (any case) has its query replaced. */
  saveSearch(name: string, query: string): Promise<SavedSearch>;
  /** Deletes a saved search by id or name. Returns how many were deleted (0 or 1). */
  deleteSearch(idOrName: string): Promise<number>;
  savedDossiers(): SavedDossier[];
  saveDossier(input: { id?: string; spec: DossierSpec; source: DossierSource }): Promise<SavedDossier>;
  deleteDossier(id: string): Promise<number>;
  /** The spec and the source of clippings a dossier request names (see dossier-request.ts). */
  resolveDossier(choice: DossierChoice): ResolvedDossier;
  /** Writes a PDF dossier of the clippings chosen by ids, a query, a saved search or a saved dossier. */
  exportDossier(request: DossierRequest): Promise<DossierExport>;
  /** The dossier's page count and contents, laid out exactly as the export would be (nothing kept). */
  previewDossier(request: Omit<DossierRequest, 'outFile'>): Promise<DossierPreview>;
  /** Rebuilds the search index from the catalogue. */
  reindex(onProgress?: (done: number, total: number) => void): Promise<number>;
  /** True when the search index cannot be trusted to match the catalogue (then reindex). */
  indexOutOfStep(): boolean;
  onChange(listener: (ids: string[]) => void): () => void;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the archive in `dir` with its search index, rebuilding the index if
 * needed — before returning, or with `rebuild: 'later'` not at all: the caller (the app, which
 * shows progress) runs {@link Library.reindex} itself when {@link Library.indexOutOfStep}.
 */
export async function openLibrary(dir: string, options: OpenOptions & { rebuild?: 'now' | 'later' } = {}): Promise<Library> {
  const archiveDir = path.resolve(dir);
  const archive = await openArchive(archiveDir, options);
  let index: SearchIndex;
  try {
    index = openSearchIndex(path.join(archiveDir, 'index', 'search.sqlite'));
  } catch (err) {
    await archive.close();
    throw err;
  }
  const library = new ArchiveLibrary(archive, index);
  // The index is derived data: a reader may rebuild a missing or damaged one, but a count that
  // merely lags may be the writer (the app) in mid-change, so only the writer acts on that.
  if (options.rebuild !== 'later' && library.indexOutOfStep() && (!options.readOnly || index.needsRebuild)) await library.reindex();
  return library;
}

class ArchiveLibrary implements Library {
  readonly dir: string;
  readonly readOnly: boolean;

  private titleTwins: TitleTwins | null = null;
  private changing = 0;
  private changeFailed = false;

  constructor(
    readonly archive: Archive,
    private readonly index: SearchIndex,
  ) {
    this.dir = archive.dir;
    this.readOnly = archive.readOnly;
  }

  /**
   * True when the derived index cannot be trusted to match the catalogue: damaged, half
   * rebuilt, or last recorded in step with another catalogue generation (a crash between a
   * commit and its index update, a catalogue restored or changed by an older version).
   */
  indexOutOfStep(): boolean {
    return (
      this.index.needsRebuild ||
      this.index.catalogueGeneration !== this.archive.generation ||
      this.index.count() !== this.archive.summaries().length
    );
  }

  /** Headlines shared by several clippings (`is:duplicate`), worked out on first use. */
  private get twins(): TitleTwins {
    this.titleTwins ??= new TitleTwins(this.archive.summaries());
    return this.titleTwins;
  }

  /**
   * Runs a change to the catalogue (and the index), then records the index in step with the
   * catalogue's new generation — once no other change is under way, and only if none failed
   * since the index was last in step: until then a crash leaves the record behind, and the
   * next open rebuilds the index.
   */
  private async change<T>(work: () => Promise<T>): Promise<T> {
    this.changing++;
    const before = this.archive.generation;
    try {
      return await work();
    } catch (err) {
      // Refused before anything was committed (a bad patch, a name in use): nothing to fear.
      if (this.archive.generation !== before) this.changeFailed = true;
      throw err;
    } finally {
      this.changing--;
      if (this.changing === 0 && !this.changeFailed && !this.readOnly) this.index.markInStep(this.archive.generation);
    }
  }

  async importText(text: string, options: { html?: string; tags?: string[] } = {}): Promise<ImportOutcome> {
    const { captureClipboard } = await loadCapture();
    return this.add(await captureClipboard(text, options.html), options.tags);
  }

  async importFile(file: string, options: { tags?: string[] } = {}): Promise<ImportOutcome> {
    const { captureFile } = await loadCapture();
    return this.add(await captureFile(file), options.tags);
  }

  async importUrl(url: string, options: { tags?: string[]; signal?: AbortSignal } = {}): Promise<ImportOutcome> {
    const { captureUrl } = await loadCapture();
    return this.add(await captureUrl(url, { signal: options.signal }), options.tags);
  }

  importFolder(folder: string, options: FolderImportOptions = {}): Promise<BatchImportSummary> {
    return importFolder(this, folder, options);
  }

  importPaths(paths: string[], options: FolderImportOptions = {}): Promise<BatchImportSummary> {
    return importPaths(this, paths, options);
  }

  async add(article: CapturedArticle, tags: string[] = []): Promise<ImportOutcome> {
    const { clipping, duplicate } = await this.change(async () => {
      const outcome = await this.archive.add(article, tags);
      if (!outcome.duplicate) await this.indexClippings([outcome.clipping]);
      return outcome;
    });
    if (duplicate && tags.length > 0) {
      // Importing a duplicate with tags still tags the clipping the user already has.
      await this.tag([clipping.id], tags, []);
      return { clipping: await this.get(clipping.id), duplicate };
    }
    return { clipping, duplicate };
  }

  async get(id: string): Promise<Clipping> {
    const clipping = await this.archive.get(id);
    if (!clipping) throw new CuttingsError('not-found', `No clipping with id "${id}".`);
    return clipping;
  }

  async articleHtml(id: string, imageBase: string): Promise<string | null> {
    const clipping = await this.get(id);
    let html: string;
    try {
      html = await readFile(path.join(this.archive.clippingDir(id), 'article.html'), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new CuttingsError('io', `Could not read the article of "${clipping.title}": ${(err as Error).message}`);
    }
    // Only names that stay inside the clipping's folder are pointed at the archive.
    const files = new Set(clipping.images.map((image) => image.file).filter(isClippingFileName));
    // The sanitizer leaves only archive file names in src; point the known ones at the archive.
    return html.replace(/(<img\b[^>]*?\ssrc=")([^"]+)"/gi, (whole, start: string, src: string) =>
      files.has(src) ? `${start}${imageBase}${id}/${encodeURIComponent(src)}"` : whole,
    );
  }

  list(options: { offset?: number; limit?: number; sort?: LibrarySort; trashed?: boolean } = {}): {
    total: number;
    items: ClippingSummary[];
  } {
    const { offset = 0, limit = 200, sort = 'captured', trashed = false } = options;
    const all = this.archive.summaries({ trashed });
    const sorted = sortSummaries(all, sort);
    return { total: sorted.length, items: sorted.slice(offset, offset + limit) };
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    return this.index.search(query, options);
  }

  tag(ids: string[], add: string[], remove: string[]): Promise<number> {
    return this.change(async () => {
      const changed = await this.archive.tag(ids, add, remove);
      await this.reindexIds(ids, false);
      return changed;
    });
  }

  trash(ids: string[]): Promise<number> {
    return this.change(async () => {
      const twins = this.twins; // as before the change: it knows the headlines being trashed
      const count = await this.archive.trash(ids);
      this.index.remove(ids);
      const gone = new Set(ids);
      // A headline left to a single clipping is no longer a duplicate's.
      await this.reindexIds(ids.flatMap((id) => twins.delete(id)).filter((id) => !gone.has(id)));
      return count;
    });
  }

  restore(ids: string[]): Promise<number> {
    return this.change(async () => {
      const count = await this.archive.restore(ids);
      await this.reindexIds(ids);
      return count;
    });
  }

  tags(): TagInfo[] {
    return this.archive.tags();
  }

  update(id: string, patch: ClippingPatch, origins?: ClippingOrigins): Promise<Clipping> {
    return this.change(async () => {
      const clipping = await this.archive.update(id, patch, origins);
      await this.reindexIds([id], patch.title !== undefined);
      return clipping;
    });
  }

  emptyTrash(): Promise<number> {
    return this.change(() => this.archive.emptyTrash());
  }

  renameTag(from: string, to: string): Promise<number> {
    return this.withTagged([from], () => this.archive.renameTag(from, to));
  }

  mergeTags(sources: string[], target: string): Promise<number> {
    return this.withTagged(sources, () => this.archive.mergeTags(sources, target));
  }

  setTagColor(name: string, color: string | null): Promise<void> {
    return this.change(() => this.archive.setTagColor(name, color));
  }

  deleteTag(name: string): Promise<number> {
    return this.withTagged([name], () => this.archive.deleteTag(name));
  }

  /** Runs a tag operation, then reindexes the clippings that carried any of `tags`. */
  private withTagged(tags: string[], operation: () => Promise<number>): Promise<number> {
    return this.change(async () => {
      const wanted = new Set(tags.map((t) => t.toLowerCase()));
      const ids = this.archive
        .summaries()
        .filter((c) => c.tags.some((t) => wanted.has(t.toLowerCase())))
        .map((c) => c.id);
      const changed = await operation();
      await this.reindexIds(ids, false);
      return changed;
    });
  }

  savedSearches(): SavedSearch[] {
    return this.archive.savedSearches();
  }

  saveSearch(name: string, query: string): Promise<SavedSearch> {
    return this.change(() => this.archive.saveSearch(name, query));
  }

  deleteSearch(idOrName: string): Promise<number> {
    return this.change(() => this.archive.deleteSearch(idOrName));
  }

  savedDossiers(): SavedDossier[] {
    return this.archive.savedDossiers();
  }

  saveDossier(input: { id?: string; spec: DossierSpec; source: DossierSource }): Promise<SavedDossier> {
    return this.change(() => this.archive.saveDossier(input));
  }

  deleteDossier(id: string): Promise<number> {
    return this.change(() => this.archive.deleteDossier(id));
  }

  resolveDossier(choice: DossierChoice): ResolvedDossier {
    return resolveDossier(this, choice);
  }

  async exportDossier(request: DossierRequest): Promise<DossierExport> {
    const { exportDossier } = await import('./dossier');
    return exportDossier(this, request);
  }

  async previewDossier(request: Omit<DossierRequest, 'outFile'>): Promise<DossierPreview> {
    const { previewDossier } = await import('./dossier');
    return previewDossier(this, request);
  }

  async reindex(onProgress?: (done: number, total: number) => void): Promise<number> {
    const summaries = this.archive.summaries();
    this.titleTwins = new TitleTwins(summaries);
    // The rebuild covers every change before it; one failing from here on keeps the mark off.
    this.changeFailed = false;
    // Texts are read from disk in batches, so a 100k-clipping rebuild never holds them all.
    const rebuild = this.index.beginRebuild();
    const BATCH = 500;
    try {
      for (let start = 0; start < summaries.length; start += BATCH) {
        const clippings = await Promise.all(summaries.slice(start, start + BATCH).map((s) => this.archive.get(s.id)));
        rebuild.add(clippings.filter((c): c is Clipping => c !== null).map((c) => this.indexDoc(c)));
        onProgress?.(Math.min(start + BATCH, summaries.length), summaries.length);
      }
      rebuild.finish();
    } catch (err) {
      rebuild.cancel();
      throw err;
    }
    // Changes made meanwhile were carried into the new index, so it matches the catalogue now,
    // unless one is still under way (it marks its own) or failed.
    if (!this.readOnly && this.changing === 0 && !this.changeFailed) this.index.markInStep(this.archive.generation);
    return summaries.length;
  }

  private indexDoc(clipping: Clipping): IndexDoc {
    return toIndexDoc(clipping, { isDuplicate: this.twins.has(clipping.id) });
  }

  /**
   * Indexes clippings just stored or changed. When their headlines may have changed (`titles`),
   * `is:duplicate` is worked out again, for them and for the clippings whose headline they now
   * share or left; otherwise (tags, notes) each keeps the mark it has in the index, so a tag
   * edit never pays for building the table of headlines (300 ms at 100,000 clippings).
   */
  private async indexClippings(clippings: Clipping[], titles = true): Promise<void> {
    if (!titles) {
      this.index.upsert(clippings.map((c) => toIndexDoc(c, { isDuplicate: this.index.isDuplicate(c.id) })));
      return;
    }
    const own = new Set(clippings.map((c) => c.id));
    const twins = clippings.flatMap((c) => this.twins.set(c.id, c.title)).filter((id) => !own.has(id));
    const docs = clippings.map((c) => this.indexDoc(c));
    for (const id of new Set(twins)) {
      const twin = await this.archive.get(id);
      if (twin && !twin.trashedAt) docs.push(this.indexDoc(twin));
    }
    this.index.upsert(docs);
  }

  private async reindexIds(ids: string[], titles = true): Promise<void> {
    const clippings = [];
    for (const id of ids) {
      const clipping = await this.archive.get(id);
      if (clipping && !clipping.trashedAt) clippings.push(clipping);
    }
    await this.indexClippings(clippings, titles);
  }

  onChange(listener: (ids: string[]) => void): () => void {
    return this.archive.onChange(listener);
  }

  async close(): Promise<void> {
    this.index.close();
    await this.archive.close();
  }
}

function sortSummaries(items: ClippingSummary[], sort: LibrarySort): ClippingSummary[] {
  const copy = [...items];
  switch (sort) {
    case 'captured':
      return copy.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
    case 'published':
      return copy.sort((a, b) =>
        (b.publishedAt ?? b.capturedAt).localeCompare(a.publishedAt ?? a.capturedAt),
      );
    case 'title':
      return copy.sort((a, b) => a.title.localeCompare(b.title));
  }
}
