/**
 * The archive's public surface. An archive is a folder the user owns: a lowdb catalogue
 * of clipping metadata and tags, and beside it one folder of files per clipping.
 * Nothing here imports Electron.
 */
import type { Clipping, ClippingPatch, ClippingSummary, TagInfo } from '../../../shared/clipping';
import type { CapturedArticle } from '../capture/types';

export interface OpenOptions {
  /** Open without taking the writer lock; every write then throws a `read-only` error. */
  readOnly?: boolean;
  /** Who holds the lock, for the message another process sees ("the archive is open in Cuttings, pid N"). */
  owner?: 'Cuttings' | 'the cuttings command';
}

export interface AddResult {
  clipping: Clipping;
  duplicate: boolean;
}

export type ChangeListener = (ids: string[]) => void;

export interface Archive {
  readonly dir: string;
  readonly readOnly: boolean;
  /** Stores an article (files first, then the catalogue entry). Returns the existing clipping for a duplicate. */
  add(article: CapturedArticle, tags?: string[]): Promise<AddResult>;
  /** The full clipping with its text, or null. Trashed clippings are returned too (with `trashedAt`). */
  get(id: string): Promise<Clipping | null>;
  /** Metadata only, synchronous, or undefined. */
  summary(id: string): ClippingSummary | undefined;
  /** Every clipping's metadata, in capture order (oldest first). */
  summaries(options?: { trashed?: boolean }): ClippingSummary[];
  /** Reads a clipping's text file. */
  text(id: string): Promise<string>;
  update(id: string, patch: ClippingPatch): Promise<Clipping>;
  /** Adds and removes tags on many clippings in one durable write. Returns how many changed. */
  tag(ids: string[], add: string[], remove: string[]): Promise<number>;
  trash(ids: string[]): Promise<number>;
  restore(ids: string[]): Promise<number>;
  tags(): TagInfo[];
  /** Absolute folder holding a clipping's files (text, original, images). */
  clippingDir(id: string): string;
  onChange(listener: ChangeListener): () => void;
  /** Flushes pending writes and releases the lock. */
  close(): Promise<void>;
}
