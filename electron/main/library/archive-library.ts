/**
 * The Library over one archive: each action composed from capture, the archive and the search
 * index (kept by {@link IndexKeeper}), and dossiers. See types.ts for the surface.
 */
import type {
  Clipping,
  ClippingLinks,
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
import type { Publication } from '../../../shared/print';
import { TEXT_MISSING } from '../archive/archive';
import type { Archive } from '../archive/types';
import type { CapturedArticle } from '../capture/types';
import type { SearchIndex, SearchOptions } from '../search/types';
import { attachmentProgress, importAttachments } from './attachments';
import { articleHtml, clippingLinks, listSummaries, type ListOptions } from './views';
import { resolveDossier, type DossierChoice, type DossierRequest, type ResolvedDossier } from './dossier-request';
import { importFolder, importPaths, type FolderImportOptions } from './folder-import';
import { IndexKeeper } from './index-keeper';
import { archiveLanguages, ocrDataDir, publications } from './print';
import { RecoveredTexts } from './text-recovery';
import type { ImportFileOptions, Library } from './types';

/**
 * Capture pulls in jsdom, Readability and the language models: load it on first use, so that
 * `cuttings search` and the app's first paint don't pay for it.
 */
const loadCapture = (): Promise<typeof import('../capture')> => import('../capture');

export class ArchiveLibrary implements Library {
  readonly dir: string;
  readonly readOnly: boolean;

  readonly notices: string[] = [];
  private readonly texts: RecoveredTexts;
  private readonly keeper: IndexKeeper;

  constructor(
    readonly archive: Archive,
    index: SearchIndex,
  ) {
    this.dir = archive.dir;
    this.readOnly = archive.readOnly;
    this.notices.push(...archive.notes);
    this.texts = new RecoveredTexts(archive);
    this.keeper = new IndexKeeper(archive, index, (id) => this.texts.read(id), (text) => this.note(text));
  }

  indexOutOfStep(): boolean {
    return this.keeper.outOfStep();
  }

  /** Makes the index fit to answer (see {@link IndexKeeper.prepare}). */
  prepareIndex(rebuild: 'now' | 'later', unreadable: string | null): Promise<void> {
    return this.keeper.prepare(rebuild, unreadable);
  }

  reindex(onProgress?: (done: number, total: number) => void): Promise<number> {
    return this.keeper.reindex(onProgress);
  }

  /** Adds a note for the user (once per text). */
  note(text: string): void {
    if (!this.notices.includes(text)) this.notices.push(text);
  }

  async importText(text: string, options: { html?: string; tags?: string[] } = {}): Promise<ImportOutcome> {
    const { captureClipboard } = await loadCapture();
    return this.add(await captureClipboard(text, options.html), options.tags);
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
      const step = attachmentProgress(place, onProgress);
      step(0, '');
      const { clipping, duplicate } = await this.importFileAt(file, tags, next, {
        signal,
        onProgress: onProgress && ((p) => step(p.fraction, p.label)),
      });
      return { id: clipping.id, duplicate };
    });
    const ids = results.flatMap((r) => (r.id && r.id !== outcome.clipping.id ? [r.id] : []));
    if (ids.length === 0) return { ...outcome, attachments: results };
    const clipping = await this.keeper.change(() => this.archive.linkAttachments(outcome.clipping.id, ids));
    return { ...outcome, clipping, attachments: results };
  }

  private async addOne(article: CapturedArticle, tags: string[]): Promise<ImportOutcome> {
    const { clipping, duplicate } = await this.keeper.change(async () => {
      const outcome = await this.archive.add(article, tags);
      if (!outcome.duplicate) await this.keeper.follow(() => this.keeper.indexClippings([outcome.clipping]));
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
    const clipping = await this.texts.read(id);
    if (!clipping) throw new CuttingsError('not-found', `No clipping with id "${id}".`);
    return clipping;
  }

  links(id: string): ClippingLinks {
    return clippingLinks(this.archive, id);
  }

  async articleHtml(id: string, imageBase: string): Promise<string | null> {
    return articleHtml(this.archive, await this.get(id), imageBase);
  }

  list(options: ListOptions = {}): { total: number; items: ClippingSummary[] } {
    return listSummaries(this.archive, options);
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    return this.keeper.search(query, options);
  }

  tag(ids: string[], add: string[], remove: string[]): Promise<number> {
    return this.keeper.change(async () => {
      const changed = await this.archive.tag(ids, add, remove);
      await this.keeper.follow(() => this.keeper.reindexIds(ids, false));
      return changed;
    });
  }

  trash(ids: string[]): Promise<number> {
    return this.keeper.change(async () => {
      const forget = this.keeper.forgetting(ids); // before the change: it knows the headlines being trashed
      const count = await this.archive.trash(ids);
      await this.keeper.follow(forget);
      return count;
    });
  }

  restore(ids: string[]): Promise<number> {
    return this.keeper.change(async () => {
      const count = await this.archive.restore(ids);
      await this.keeper.follow(() => this.keeper.reindexIds(ids));
      return count;
    });
  }

  tags(): TagInfo[] {
    return this.archive.tags();
  }

  update(id: string, patch: ClippingPatch, origins?: ClippingOrigins): Promise<Clipping> {
    return this.keeper.change(async () => {
      const clipping = await this.archive.update(id, patch, origins);
      await this.keeper.follow(() => this.keeper.reindexIds([id], patch.title !== undefined));
      return clipping.damage === TEXT_MISSING ? ((await this.texts.read(id)) ?? clipping) : clipping;
    });
  }

  emptyTrash(): Promise<number> {
    return this.keeper.change(() => this.archive.emptyTrash());
  }

  renameTag(from: string, to: string): Promise<number> {
    return this.withTagged([from], () => this.archive.renameTag(from, to));
  }

  mergeTags(sources: string[], target: string): Promise<number> {
    return this.withTagged(sources, () => this.archive.mergeTags(sources, target));
  }

  setTagColor(name: string, color: string | null): Promise<void> {
    return this.keeper.change(() => this.archive.setTagColor(name, color));
  }

  deleteTag(name: string): Promise<number> {
    return this.withTagged([name], () => this.archive.deleteTag(name));
  }

  /** Runs a tag operation, then reindexes the clippings that carried any of `tags`. */
  private withTagged(tags: string[], operation: () => Promise<number>): Promise<number> {
    return this.keeper.change(async () => {
      const wanted = new Set(tags.map((t) => t.toLowerCase()));
      const ids = this.archive
        .summaries()
        .filter((c) => c.tags.some((t) => wanted.has(t.toLowerCase())))
        .map((c) => c.id);
      const changed = await operation();
      await this.keeper.follow(() => this.keeper.reindexIds(ids, false));
      return changed;
    });
  }

  savedSearches(): SavedSearch[] {
    return this.archive.savedSearches();
  }

  saveSearch(name: string, query: string): Promise<SavedSearch> {
    return this.keeper.change(() => this.archive.saveSearch(name, query));
  }

  deleteSearch(idOrName: string): Promise<number> {
    return this.keeper.change(() => this.archive.deleteSearch(idOrName));
  }

  savedDossiers(): SavedDossier[] {
    return this.archive.savedDossiers();
  }

  saveDossier(input: { id?: string; spec: DossierSpec; source: DossierSource }): Promise<SavedDossier> {
    return this.keeper.change(() => this.archive.saveDossier(input));
  }

  deleteDossier(id: string): Promise<number> {
    return this.keeper.change(() => this.archive.deleteDossier(id));
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

  onChange(listener: (ids: string[]) => void): () => void {
    return this.archive.onChange(listener);
  }

  async close(): Promise<void> {
    this.keeper.close();
    await this.archive.close();
  }
}
