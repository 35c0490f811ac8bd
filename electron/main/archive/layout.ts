/**
 * Where things live inside an archive folder (README.md describes it for people).
 */
import path from 'node:path';

/** The manifest: tags, saved searches, dossiers, the list of shard files, `schemaVersion`. */
export const CATALOGUE_FILE = 'catalogue.json';
/** Shard files: `catalogue/YYYY-MM-pN.{a,b}.json`, clipping metadata by month of capture. */
export const SHARD_DIR = 'catalogue';
/** One folder per clipping: `clippings/YYYY/MM/<id>/`. */
export const CLIPPINGS_DIR = 'clippings';
/** Derived data (the search index): safe to delete, rebuilt on open. */
export const INDEX_DIR = 'index';
export const BACKUPS_DIR = 'backups';
/** Catalogues set aside because they were damaged or replaced by a restore: never deleted by Cuttings. */
export const KEPT_DIR = 'kept';
/** Folders and files the consistency check found but no clipping refers to. */
export const LOST_FOUND_DIR = 'lost+found';
/**
 * What sharing with a team (electron/main/sync) remembers: the server's position and, per
 * document, what both sides last agreed on. Set aside whenever the catalogue is replaced
 * (restore, repair): its bases describe a catalogue that is no longer there.
 */
export const SYNC_STATE_FILE = 'sync/state.json';
/** The writer's lock: who holds the archive open for writing. */
export const LOCK_FILE = 'archive.lock';

/** Fixed files in a clipping's folder. */
export const TEXT_FILE = 'text.txt';
export const HTML_FILE = 'article.html';
/** The metadata as captured, so a clipping can be re-adopted if the catalogue ever loses it. */
export const META_FILE = 'clipping.json';

/**
 * A file name as Cuttings writes them in a clipping's folder (see `safeFileName`): letters,
 * digits, `_`, `.` and `-`, not starting with a dot. No separator, so no `..`, no absolute path.
 */
const CLIPPING_FILE_NAME = /^(?!\.)[\w.-]{1,255}$/;

/** True when `name` is a plain file name that stays inside its clipping's folder. */
export function isClippingFileName(name: unknown): name is string {
  return typeof name === 'string' && CLIPPING_FILE_NAME.test(name);
}

/**
 * The path of file `name` inside the clipping folder `folder`, or null when the name would
 * lead anywhere else. Every use of a path field (`images[].file`, `files.original`) goes
 * through this: a catalogue may come from an imported archive, a backup or a hand edit.
 */
export function clippingFilePath(folder: string, name: string): string | null {
  if (!isClippingFileName(name)) return null;
  const target = path.resolve(folder, name);
  return path.dirname(target) === path.resolve(folder) ? target : null;
}

/** `YYYY-MM` of an ISO timestamp (UTC, as `toISOString()` writes it). */
export function monthOf(capturedAt: string): string {
  return capturedAt.slice(0, 7);
}

/** A clipping's folder relative to the archive: `clippings/YYYY/MM/<id>`. */
export function clippingRelDir(id: string, capturedAt: string): string {
  return path.posix.join(CLIPPINGS_DIR, capturedAt.slice(0, 4), capturedAt.slice(5, 7), id);
}

/** Each shard has two slot files; a commit writes the one the manifest does not name. */
export type Slot = 'a' | 'b';

/** A shard's file in a slot, relative to the archive. */
export function shardFile(name: string, slot: Slot): string {
  return `${SHARD_DIR}/${name}.${slot}.json`;
}

/** The slot a shard file is in. */
export function slotOf(file: string): Slot {
  return file.endsWith('.b.json') ? 'b' : 'a';
}

/** Shards in order: by month (`YYYY-MM`), then part number (`pN`, numerically: p2 before p10). */
export function compareShardNames(a: { name: string }, b: { name: string }): number {
  const [am, ap] = [a.name.slice(0, 7), Number(a.name.slice(9))];
  const [bm, bp] = [b.name.slice(0, 7), Number(b.name.slice(9))];
  return am === bm ? ap - bp : am < bm ? -1 : 1;
}

/** Matches files the catalogue writes in `catalogue/` (anything else there is left alone). */
export const SHARD_FILE_PATTERN = /^\d{4}-\d{2}-p\d+\.[ab]\.json$/;

/** A timestamp usable in file names that sorts like time: `2026-11-25T10-38-00-123Z`. */
export function fileStamp(date: Date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
