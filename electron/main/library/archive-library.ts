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
  SearchResult,
  TagInfo,
} from '../../../shared/clipping';
import type { DossierExport, DossierPreview, DossierSource, DossierSpec, SavedDossier, SavedSearch } from '../../../shared/dossier';
import { CuttingsError } from '../../../shared/errors';
import type { BatchImportSummary } from '../../../shared/imports';
import type { Publication } from '../../../shared/print';
import type { ReplicaChange } from '../archive/replica-ops';
import { TEXT_MISSING } from '../archive/archive';
import type { Archive } from '../archive/types';
import type { SearchIndex, SearchOptions } from '../search/types';
import { articleHtml, clippingLinks, listSummaries, type ListOptions } from './views';
import { resolveDossier, type DossierChoice, type DossierRequest, type ResolvedDossier } from './dossier-request';
import { importFolder, importPaths, type FolderImportOptions } from './folder-import';
import { IndexKeeper } from './index-keeper';
import { Importer } from './importer';
import { publications } from './print';
import { RecoveredTexts } from './text-recovery';
import type { Library } from './types';

export class ArchiveLibrary implements Library {
  readonly dir: string;
  readonly readOnly: boolean;

  readonly notices: string[] = [];
  private readonly texts: RecoveredTexts;
  private readonly keeper: IndexKeeper;
  private readonly importer: Importer;

  constructor(
    readonly archive: Archive,
    index: SearchIndex,
  ) {
    this.dir = archive.dir;
    this.readOnly = archive.readOnly;
    this.notices.push(...archive.notes);
    this.texts = new RecoveredTexts(archive);
    this.keeper = new IndexKeeper(archive, index, (id) => this.texts.read(id), (text) => this.note(text));
    this.importer = new Importer(this, archive, this.keeper);
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

  importText: Library['importText'] = (text, options) => this.importer.importText(text, options);
  reviewText: Library['reviewText'] = (text, html) => this.importer.reviewText(text, html);
  importFile: Library['importFile'] = (file, options) => this.importer.importFile(file, options);
  importUrl: Library['importUrl'] = (url, options) => this.importer.importUrl(url, options);
  add: Library['add'] = (article, tags) => this.importer.add(article, tags);

  publications(): Publication[] {
    return publications(this.archive.summaries());
  }

  importFolder(folder: string, options: FolderImportOptions = {}): Promise<BatchImportSummary> {
    return importFolder(this, folder, options);
  }

  importPaths(paths: string[], options: FolderImportOptions = {}): Promise<BatchImportSummary> {
    return importPaths(this, paths, options);
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

  applyReplica(change: ReplicaChange): Promise<string[]> {
    return this.keeper.change(async () => {
      // A teammate's trash leaves the index like a local one; everything else is indexed anew.
      const trashed = [...change.clippings.filter((c) => c.record.trashedAt !== null).map((c) => c.record.id), ...change.removedClippings];
      const forget = this.keeper.forgetting(trashed);
      const ids = await this.archive.applyReplica(change);
      await this.keeper.follow(async () => {
        await forget();
        const gone = new Set(trashed);
        await this.keeper.reindexIds(ids.filter((id) => !gone.has(id)));
      });
      return ids;
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
