/**
 * The archive's public surface. An archive is a folder the user owns: a lowdb catalogue
 * of clipping metadata and tags, and beside it one folder of files per clipping.
 * Nothing here imports Electron.
 */
import type { Clipping, ClippingOrigins, ClippingPatch, ClippingSummary, ImportOutcome, TagInfo } from '../../../shared/clipping';
import type { DossierSource, DossierSpec, SavedDossier, SavedSearch } from '../../../shared/dossier';
import type { CapturedArticle } from '../capture/types';
import type { ReplicaChange } from './replica-ops';
import type { StoredClipping } from './schema';

export interface OpenOptions {
  /** Open without taking the writer lock; every write then throws a `read-only` error. */
  readOnly?: boolean;
  /** Who holds the lock, for the message another process sees ("the archive is open in Cuttings, pid N"). */
  owner?: 'Cuttings' | 'the cuttings command';
  /**
   * When to make the day's first backup: `background` (default: after open returns; see
   * {@link Archive.maintenance}), `await` (before open returns) or `off`.
   */
  dailyBackup?: 'background' | 'await' | 'off';
  /** @internal Clippings per shard file (tests and benchmarks). */
  shardCapacity?: number;
  /** @internal The clock (tests of dated behaviour). */
  now?: () => Date;
  /**
   * @internal Called once the writer's lock is held (at once when read-only), before the
   * catalogue is read; the read waits for the promise it returns (library/early.ts).
   */
  onLocked?: () => void | Promise<void>;
}

/** What open-time housekeeping did (the daily backup, removal of leftovers of interrupted writes). */
export interface MaintenanceReport {
  /** File name of the backup made, if one was due and succeeded. */
  backup: string | null;
  /** Why the due backup failed, in words for people; null when it did not fail. */
  backupError: string | null;
  /** Leftover temporary files of interrupted writes that were removed. */
  removedLeftovers: number;
}

export type ChangeListener = (ids: string[]) => void;

export interface Archive {
  readonly dir: string;
  readonly readOnly: boolean;
  /** The committed catalogue's generation: it increases with every commit. */
  readonly generation: number;
  /** What the user should be told about this opening, e.g. damaged records set aside. */
  readonly notes: readonly string[];
  /** Stores an article (files first, then the catalogue entry). Returns the existing clipping for a duplicate. */
  add(article: CapturedArticle, tags?: string[]): Promise<ImportOutcome>;
  /** The full clipping with its text, or null. Trashed clippings are returned too (with `trashedAt`). */
  get(id: string): Promise<Clipping | null>;
  /** Metadata only, synchronous, or undefined. */
  summary(id: string): ClippingSummary | undefined;
  /** The id of the clipping with this normalised address or text hash (what `add` counts as a duplicate). */
  duplicateOf(urlKey: string | null, hash: string): string | undefined;
  /** Every clipping's metadata, in capture order (oldest first). */
  summaries(options?: { trashed?: boolean }): ClippingSummary[];
  /** Reads a clipping's text file. */
  text(id: string): Promise<string>;
  /** Applies `patch`; `origins` gives edited fields their provenance back (undoing an edit). */
  update(id: string, patch: ClippingPatch, origins?: ClippingOrigins): Promise<Clipping>;
  /** Records clippings that came attached to `id` (an e-mail's PDFs), keeping those it had. */
  linkAttachments(id: string, attachmentIds: string[]): Promise<Clipping>;
  /** Adds and removes tags on many clippings in one durable write. Returns how many changed. */
  tag(ids: string[], add: string[], remove: string[]): Promise<number>;
  trash(ids: string[]): Promise<number>;
  restore(ids: string[]): Promise<number>;
  tags(): TagInfo[];
  /** Absolute folder holding a clipping's files (text, original, images). */
  clippingDir(id: string): string;
  /**
   * The path of file `name` (an image, the original) in the clipping's folder, or null when
   * the name would lead outside it (a hostile or damaged catalogue): use it for every path field.
   */
  clippingFile(id: string, name: string): string | null;
  /** The name of the clipping's original as captured, in its folder (check it with `clippingFile`). */
  originalFile(id: string): string;
  onChange(listener: ChangeListener): () => void;
  /** Renames a tag everywhere (a change of case only is allowed). Returns how many clippings changed. */
  renameTag(from: string, to: string): Promise<number>;
  /** Replaces the `sources` tags by `target` (created if new) on every clipping. Returns how many changed. */
  mergeTags(sources: string[], target: string): Promise<number>;
  /** Sets a tag's colour (`#rrggbb`) or clears it (null). */
  setTagColor(name: string, color: string | null): Promise<void>;
  /** Removes a tag from every clipping and from the tag list. Returns how many clippings changed. */
  deleteTag(name: string): Promise<number>;
  /** The saved searches, in the order they were first saved. */
  savedSearches(): SavedSearch[];
  /** Saves a named query (name trimmed, 1–100 characters); an existing name (any case) gets the new query. */
  saveSearch(name: string, query: string): Promise<SavedSearch>;
  /** Deletes the saved search with this id, or else this name (any case). Returns how many (0 or 1). */
  deleteSearch(idOrName: string): Promise<number>;
  savedDossiers(): SavedDossier[];
  /** Stores a dossier's spec and source; with `id`, replaces that saved dossier (which must exist). */
  saveDossier(input: { id?: string; spec: DossierSpec; source: DossierSource }): Promise<SavedDossier>;
  deleteDossier(id: string): Promise<number>;
  /** Every clipping as stored (trashed ones too), for replication. */
  records(): StoredClipping[];
  /** Writes clippings, tags, saved searches and dossiers replicated from a teammate (sync); returns the clippings written. */
  applyReplica(change: ReplicaChange): Promise<string[]>;
  /** Deletes the trashed clippings for good, catalogue entries then files. Returns how many. */
  emptyTrash(): Promise<number>;
  /** Settles (never rejects) when open-time housekeeping is done. */
  readonly maintenance: Promise<MaintenanceReport>;
  /** Flushes pending writes and releases the lock. */
  close(): Promise<void>;
}
