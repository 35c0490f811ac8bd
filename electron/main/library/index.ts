/**
 * The Library: every user action on an archive, composed from the pure capabilities
 * (capture → archive → search index, and dossiers). The app's IPC handlers and the CLI
 * both call this, so a clipping imported from a terminal is the same as one pasted in the app.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  Clipping,
  ClippingLinks,
  ClippingOrigins,
  ClippingPatch,
  ClippingSummary,
  ImportOutcome,
  LinkedClipping,
  SearchResult,
  TagInfo,
} from '../../../shared/clipping';
import type { DossierExport, DossierPreview, DossierSource, DossierSpec, SavedDossier, SavedSearch } from '../../../shared/dossier';
import { CuttingsError, toErrorInfo } from '../../../shared/errors';
import type { BatchImportSummary } from '../../../shared/imports';
import type { LibrarySort } from '../../../shared/sort';
import { TEXT_MISSING } from '../archive/archive';
import { openArchive } from '../archive/open';
import { isClippingFileName } from '../archive/layout';
import type { Archive, OpenOptions } from '../archive/types';
import type { ReplicaChange } from '../archive/replica-ops';
import type { CapturedArticle } from '../capture/types';
import { openSearchIndex, toIndexDoc } from '../search';
import type { IndexDoc, SearchIndex, SearchOptions } from '../search/types';
import { importAttachments } from './attachments';
import { resolveDossier, type DossierChoice, type DossierRequest, type ResolvedDossier } from './dossier-request';
import { missingTextNote, recoverClippingText } from './text-recovery';
import { TitleTwins } from './title-twins';
import { importFolder, importPaths, type FolderImportOptions } from './folder-import';
import type { PrintImportOptions, Publication } from '../../../shared/print';
import type { PrintProgress } from '../capture/print';
import { archiveLanguages, ocrDataDir, publications } from './print';

export type { DossierChoice, DossierRequest } from './dossier-request';
export { recoverClippingText } from './text-recovery';

/**
 * Capture pulls in jsdom, Readability and the language models: load it on first use, so that
 * `cuttings search` and the app's first paint don't pay for it.
 */
import type { PasteReview } from '../../../shared/paste-review';
import { reviewOf, withReviewedFields, type ReviewedFields } from './paste-review';
const loadCapture = (): Promise<typeof import('../capture')> => import('../capture');

export interface ImportFileOptions {
  tags?: string[];
  /** For a PDF or an image: pages, region, OCR languages, publication, page and edition. */
  print?: PrintImportOptions;
  /** Progress of reading a PDF or an image (OCR takes seconds a page). */
  onProgress?: (progress: PrintProgress) => void;
  signal?: AbortSignal;
}

export interface Library {
  readonly dir: string;
  readonly readOnly: boolean;
  readonly archive: Archive;
  /** Stores an article already captured (capture first, so bad input never opens or writes anything). */
  add(article: CapturedArticle, tags?: string[]): Promise<ImportOutcome>;
  /** Imports pasted text; `fields` are the person's corrections from the review. */
  importText(text: string, options?: { html?: string; tags?: string[]; fields?: ReviewedFields }): Promise<ImportOutcome>;
  /** What a paste would become, without saving anything (the Add Clipping dialog's review). */
  reviewText(text: string, html?: string): Promise<PasteReview>;
  importFile(file: string, options?: ImportFileOptions): Promise<ImportOutcome>;
  /** Publications of the archive's print clippings (the import dialog suggests them). */
  publications(): Publication[];
  importUrl(url: string, options?: { tags?: string[]; signal?: AbortSignal }): Promise<ImportOutcome>;
  importFolder(folder: string, options?: FolderImportOptions): Promise<BatchImportSummary>;
  importPaths(paths: string[], options?: FolderImportOptions): Promise<BatchImportSummary>;
  get(id: string): Promise<Clipping>;
  /** The clippings linked to one: its attachments, and those it is attached to. */
  links(id: string): ClippingLinks;
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
  /**
   * What the user should be told about this session besides results: searches answered from
   * an index built in memory, a saved change the index could not follow. The CLI prints them.
   */
  readonly notices: readonly string[];
  /** Writes what sync brought from teammates, and indexes it like a local change. Returns the clippings written. */
  applyReplica(change: ReplicaChange): Promise<string[]>;
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
  try {
    const file = path.join(archiveDir, 'index', 'search.sqlite');
    let index: SearchIndex | null = null;
    let unreadable: string | null = null;
    try {
      // A reader never writes the index: it opens the file read-only or not at all.
      index = openSearchIndex(file, { readOnly: archive.readOnly });
    } catch (err) {
      unreadable = toErrorInfo(err).message;
    }
    const library = new ArchiveLibrary(archive, index ?? openSearchIndex(':memory:'));
    await library.prepareIndex(options.rebuild ?? 'now', unreadable);
    return library;
  } catch (err) {
    await archive.close();
    throw err;
  }
}

class ArchiveLibrary implements Library {
  readonly dir: string;
  readonly readOnly: boolean;

  readonly notices: string[] = [];
  private titleTwins: TitleTwins | null = null;
  /** Texts rebuilt this session for clippings whose text file is missing (null: could not). */
  private readonly rebuiltTexts = new Map<string, string | null>();
  private changing = 0;
  private changeFailed = false;

  constructor(
    readonly archive: Archive,
    private index: SearchIndex,
  ) {
    this.dir = archive.dir;
    this.readOnly = archive.readOnly;
    this.notices.push(...archive.notes);
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

  /**
   * Makes the index fit to answer. A reader (a read-only command, an archive on a read-only
   * disk) never writes the index file: when it is unreadable or out of step, searches are
   * answered from a copy built in memory, and the user is told. A writer rebuilds the file
   * (unless the caller does it later, with progress); when the disk refuses, it too falls back
   * to a copy in memory rather than refusing to open.
   */
  async prepareIndex(rebuild: 'now' | 'later', unreadable: string | null): Promise<void> {
    if (this.readOnly) {
      if (unreadable === null && !this.indexOutOfStep()) return;
      if (unreadable === null) this.useIndexInMemory();
      await this.reindex();
      this.note(
        unreadable === null
          ? 'The search index is behind the archive (a change it has not seen yet, a crash, or a restored backup): these results come from a fresh copy built in memory. The next change, or `cuttings reindex`, brings the index up to date.'
          : `The search index could not be read (${unreadable}): these results come from a copy built in memory.`,
      );
      return;
    }
    if (unreadable !== null) {
      this.note(`The search index could not be opened (${unreadable}): this session searches a copy in memory.`);
    }
    if (rebuild === 'later' || !this.indexOutOfStep()) return;
    try {
      await this.reindex();
    } catch (err) {
      const info = toErrorInfo(err);
      if (info.code !== 'io') throw err;
      this.useIndexInMemory();
      await this.reindex();
      this.note(`The search index could not be rebuilt on disk (${info.message}): this session searches a copy in memory; it is rebuilt on disk the next time the archive is opened with room to spare.`);
    }
  }

  /** Replaces the index by an empty one in memory (fill it with {@link reindex}). */
  private useIndexInMemory(): void {
    this.index.close();
    this.index = openSearchIndex(':memory:');
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
      if (this.changing === 0 && !this.changeFailed && !this.readOnly) this.markInStep();
    }
  }

  /** Records the index in step with the catalogue; a disk that refuses only leaves it to be rebuilt. */
  private markInStep(): void {
    try {
      this.index.markInStep(this.archive.generation);
    } catch (err) {
      this.note(`The search index could not record that it is up to date (${toErrorInfo(err).message}); it will be rebuilt the next time the archive is opened.`);
    }
  }

  /**
   * Brings the index up to date after a change the catalogue has committed. A failure here (a
   * full disk) must not make a saved change look failed: the index is left out of step (it is
   * rebuilt on the next open) and the user is told.
   */
  private async updateIndex(work: () => Promise<void> | void): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.changeFailed = true;
      this.note(
        `Saved, but the search index could not be updated (${toErrorInfo(err).message}). Searches may miss the change until the index is rebuilt: the next time the archive is opened, or with \`cuttings reindex\`.`,
      );
    }
  }

  /** Adds a note for the user (once per text). */
  note(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  async importText(text: string, options: { html?: string; tags?: string[]; fields?: ReviewedFields } = {}): Promise<ImportOutcome> {
    const { captureClipboard } = await loadCapture();
    return this.add(withReviewedFields(await captureClipboard(text, options.html), options.fields), options.tags);
  }

  async reviewText(text: string, html?: string): Promise<PasteReview> {
    const { captureClipboard } = await loadCapture();
    return reviewOf(await captureClipboard(text, html), (urlKey, hash) => {
      const id = this.archive.duplicateOf(urlKey, hash);
      const existing = id ? this.archive.summary(id) : undefined;
      return existing ? { id: existing.id, title: existing.title } : null;
    });
  }

  async importFile(file: string, options: ImportFileOptions = {}): Promise<ImportOutcome> {
    return this.importFileAt(file, options.tags ?? [], 0, options);
  }

  publications(): Publication[] {
    return publications(this.archive.summaries());
  }

  /** The per-file import; `depth` counts how deep in attachments the file was found. */
  private async importFileAt(file: string, tags: string[], depth: number, options: ImportFileOptions = {}): Promise<ImportOutcome> {
    const { captureFile } = await loadCapture();
    const print = {
      ...options.print,
      archiveLangs: archiveLanguages(this.archive.summaries()),
      ocrDataDir: ocrDataDir(this.dir),
      onProgress: options.onProgress,
      signal: options.signal,
    };
    return this.addAt(await captureFile(file, { print }), tags, depth, options);
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

  add(article: CapturedArticle, tags: string[] = []): Promise<ImportOutcome> {
    return this.addAt(article, tags, 0);
  }

  /**
   * Stores an article, then its attachments (each through the per-file import, as a clipping of
   * its own) and the links to them. A duplicate article still gets the attachments it lacks.
   */
  private async addAt(
    article: CapturedArticle,
    tags: string[],
    depth: number,
    options: Pick<ImportFileOptions, 'signal' | 'onProgress'> = {},
  ): Promise<ImportOutcome> {
    const { attachments, ...own } = article;
    const outcome = await this.addOne(own, tags);
    if (!attachments?.length) return outcome;
    const { signal, onProgress } = options;
    const results = await importAttachments(attachments, depth, signal, async (file, next, place) => {
      // Reading an attachment (OCR of a scan) can take long: its progress is the file's progress.
      const step = (fraction: number, label: string): void =>
        onProgress?.({ fraction: (place.index + fraction) / place.count, label: `Attachment ${place.index + 1} of ${place.count}, ${place.name}${label ? `: ${label}` : ''}` });
      step(0, '');
      const { clipping, duplicate } = await this.importFileAt(file, tags, next, {
        signal,
        onProgress: onProgress && ((p) => step(p.fraction, p.label)),
      });
      return { id: clipping.id, duplicate };
    });
    const ids = results.flatMap((r) => (r.id && r.id !== outcome.clipping.id ? [r.id] : []));
    if (ids.length === 0) return { ...outcome, attachments: results };
    const clipping = await this.change(() => this.archive.linkAttachments(outcome.clipping.id, ids));
    return { ...outcome, clipping, attachments: results };
  }

  private async addOne(article: CapturedArticle, tags: string[]): Promise<ImportOutcome> {
    const { clipping, duplicate } = await this.change(async () => {
      const outcome = await this.archive.add(article, tags);
      if (!outcome.duplicate) await this.updateIndex(() => this.indexClippings([outcome.clipping]));
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
    const clipping = await this.read(id);
    if (!clipping) throw new CuttingsError('not-found', `No clipping with id "${id}".`);
    return clipping;
  }

  /**
   * A clipping as the archive has it; when its text file is missing, with the text rebuilt
   * from its original (once per session) and `damage` saying so.
   */
  private async read(id: string): Promise<Clipping | null> {
    const clipping = await this.archive.get(id);
    if (clipping?.damage !== TEXT_MISSING) return clipping;
    const original = this.archive.originalFile(id);
    let text = this.rebuiltTexts.get(id);
    if (text === undefined) {
      text = await recoverClippingText(this.archive.clippingDir(id), original);
      this.rebuiltTexts.set(id, text);
    }
    return { ...clipping, text: text ?? '', damage: missingTextNote(original, text !== null) };
  }

  links(id: string): ClippingLinks {
    const own = this.archive.summary(id);
    if (!own) throw new CuttingsError('not-found', `No clipping with id "${id}".`);
    const linked = (c: ClippingSummary): LinkedClipping => ({ id: c.id, title: c.title, trashed: c.trashedAt !== null });
    const attachments = (own.attachmentIds ?? []).flatMap((other) => {
      const found = this.archive.summary(other);
      return found ? [linked(found)] : []; // emptied from the trash since
    });
    const everything = [...this.archive.summaries(), ...this.archive.summaries({ trashed: true })];
    const attachedTo = everything.filter((c) => c.attachmentIds?.includes(id)).map(linked);
    return { attachments, attachedTo };
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
      await this.updateIndex(() => this.reindexIds(ids, false));
      return changed;
    });
  }

  trash(ids: string[]): Promise<number> {
    return this.change(async () => {
      const twins = this.twins; // as before the change: it knows the headlines being trashed
      const count = await this.archive.trash(ids);
      await this.updateIndex(async () => {
        this.index.remove(ids);
        const gone = new Set(ids);
        // A headline left to a single clipping is no longer a duplicate's.
        await this.reindexIds(ids.flatMap((id) => twins.delete(id)).filter((id) => !gone.has(id)));
      });
      return count;
    });
  }

  restore(ids: string[]): Promise<number> {
    return this.change(async () => {
      const count = await this.archive.restore(ids);
      await this.updateIndex(() => this.reindexIds(ids));
      return count;
    });
  }

  tags(): TagInfo[] {
    return this.archive.tags();
  }

  update(id: string, patch: ClippingPatch, origins?: ClippingOrigins): Promise<Clipping> {
    return this.change(async () => {
      const clipping = await this.archive.update(id, patch, origins);
      await this.updateIndex(() => this.reindexIds([id], patch.title !== undefined));
      return clipping.damage === TEXT_MISSING ? ((await this.read(id)) ?? clipping) : clipping;
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
      await this.updateIndex(() => this.reindexIds(ids, false));
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
        const clippings = await Promise.all(summaries.slice(start, start + BATCH).map((s) => this.read(s.id)));
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
    if (!this.readOnly && this.changing === 0 && !this.changeFailed) this.markInStep();
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
      const twin = await this.read(id);
      if (twin && !twin.trashedAt) docs.push(this.indexDoc(twin));
    }
    this.index.upsert(docs);
  }

  private async reindexIds(ids: string[], titles = true): Promise<void> {
    const clippings = [];
    for (const id of ids) {
      const clipping = await this.read(id);
      if (clipping && !clipping.trashedAt) clippings.push(clipping);
    }
    await this.indexClippings(clippings, titles);
  }

  applyReplica(change: ReplicaChange): Promise<string[]> {
    return this.change(async () => {
      const ids = await this.archive.applyReplica(change);
      await this.updateIndex(async () => {
        const trashed = new Set(ids.filter((id) => this.archive.summary(id)?.trashedAt));
        this.index.remove([...trashed]);
        await this.reindexIds(ids.filter((id) => !trashed.has(id)));
      });
      return ids;
    });
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
