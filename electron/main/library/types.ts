/**
 * The Library's surface: every user action on an archive. What it answers exactly as the
 * archive does is taken from the archive's own interface (documented there, in
 * archive/types.ts); the rest is the library's own (imports, search, dossiers, the index).
 */
import type {
  Clipping,
  ClippingLinks,
  ClippingSummary,
  ImportOutcome,
  SearchResult,
} from '../../../shared/clipping';
import type { DossierExport, DossierPreview } from '../../../shared/dossier';
import type { PasteReview } from '../../../shared/paste-review';
import type { BatchImportSummary } from '../../../shared/imports';
import type { PrintImportOptions, Publication } from '../../../shared/print';
import type { LibrarySort } from '../../../shared/sort';
import type { Archive } from '../archive/types';
import type { PrintProgress } from '../capture/print';
import type { CapturedArticle } from '../capture/types';
import type { SearchOptions } from '../search/types';
import type { DossierChoice, DossierRequest, ResolvedDossier } from './dossier-request';
import type { FolderImportOptions } from './folder-import';
import type { ReviewedFields } from './paste-review';

/** What the library passes on from the archive as it is (each change also keeps the search index in step). */
type FromArchive = Pick<
  Archive,
  | 'dir'
  | 'readOnly'
  | 'tag'
  | 'trash'
  | 'restore'
  | 'tags'
  | 'update'
  | 'emptyTrash'
  | 'renameTag'
  | 'mergeTags'
  | 'setTagColor'
  | 'deleteTag'
  | 'savedSearches'
  | 'saveSearch'
  | 'deleteSearch'
  | 'savedDossiers'
  | 'saveDossier'
  | 'deleteDossier'
  | 'applyReplica'
  | 'onChange'
  | 'close'
>;

export interface ImportFileOptions {
  tags?: string[];
  /** For a PDF or an image: pages, region, OCR languages, publication, page and edition. */
  print?: PrintImportOptions;
  /** Progress of reading a PDF or an image (OCR takes seconds a page). */
  onProgress?: (progress: PrintProgress) => void;
  signal?: AbortSignal;
}

export interface Library extends FromArchive {
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
}
