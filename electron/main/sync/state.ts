/**
 * What this desktop remembers about one server, in `ARCHIVE/sync/state.json`: how far it has
 * read the server's changes, and for every document the revision and content both sides last
 * agreed on (the base of the next three-way merge). Replaced atomically; it only ever records
 * what is both in the catalogue and on the server, so an interrupted sync resumes from it.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../archive/durable-fs';
import { errnoCode, ioError } from '../archive/io-errors';
import { SYNC_STATE_FILE } from '../archive/layout';
import type { Content, Replaced } from './docs';

export interface DocState {
  rev: string;
  /** The content both sides agreed on; null when the document is deleted on the server. */
  content: Content | null;
  replaced: Replaced[];
  /** Who wrote the agreed revision, and when (Details: “changed on … at …”). */
  by?: string;
  at?: string;
  /** Values a merge here replaced that the server's document does not hold yet: sent next. */
  shareReplaced?: boolean;
}

/** The outcome of the last sync, for the status line. */
export interface LastSync {
  at: string;
  ok: boolean;
  pulled: number;
  pushed: number;
  error: string | null;
}

export interface SyncState {
  format: 'cuttings-sync-state';
  /** The database's address without credentials: another server starts afresh. */
  remote: string;
  /** The server's change sequence read so far. */
  seq: string | number;
  docs: Record<string, DocState>;
  /** Clippings whose files were not on the server yet when their record arrived: fetched again next time. */
  waiting: string[];
  last: LastSync | null;
}

export function stateFile(archiveDir: string): string {
  return path.join(archiveDir, SYNC_STATE_FILE);
}

export function freshState(remote: string): SyncState {
  return { format: 'cuttings-sync-state', remote, seq: 0, docs: {}, waiting: [], last: null };
}

/**
 * The state as this process last read or wrote it, with the file's identity then: the app
 * syncs a second after every change, and reading a 10,000-clipping state again each time
 * costs more than the sync. Used only while the file is still that very file (same inode,
 * size and time: a restore sets it aside, another program's write replaces it).
 */
let kept: { file: string; ino: number; size: number; mtimeMs: number; state: SyncState } | null = null;

async function fileId(file: string): Promise<{ ino: number; size: number; mtimeMs: number } | null> {
  return stat(file).then(({ ino, size, mtimeMs }) => ({ ino, size, mtimeMs }), () => null);
}

const sameFile = (a: { ino: number; size: number; mtimeMs: number }, b: { ino: number; size: number; mtimeMs: number } | null): boolean =>
  b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** The state kept for `remote`, or a fresh one (first sync with it, or the file unreadable). */
export async function loadState(archiveDir: string, remote: string): Promise<SyncState> {
  const file = stateFile(archiveDir);
  if (kept?.file === file && sameFile(kept, await fileId(file))) return kept.state.remote === remote ? kept.state : freshState(remote);
  kept = null;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return freshState(remote);
    throw ioError(err, 'read the sync state');
  }
  try {
    const parsed = JSON.parse(text) as SyncState;
    if (parsed.format === 'cuttings-sync-state' && parsed.remote === remote && typeof parsed.docs === 'object')
      return { ...parsed, waiting: parsed.waiting ?? [] };
  } catch {
    // A damaged state costs a slower sync (every document compared again), never data.
  }
  return freshState(remote);
}

/** The state whatever server it is for (Details reads who changed what), or null when there is none usable. */
export async function loadAnyState(archiveDir: string): Promise<SyncState | null> {
  try {
    const parsed = JSON.parse(await readFile(stateFile(archiveDir), 'utf8')) as SyncState;
    return parsed.format === 'cuttings-sync-state' && typeof parsed.docs === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export async function saveState(archiveDir: string, state: SyncState): Promise<void> {
  try {
    await mkdir(path.dirname(stateFile(archiveDir)), { recursive: true });
    const file = stateFile(archiveDir);
    kept = null;
    await writeFileAtomic(file, JSON.stringify(state));
    const id = await fileId(file);
    if (id) kept = { file, ...id, state };
  } catch (err) {
    throw ioError(err, 'save the sync state');
  }
}
