/**
 * Backups the user asks for, putting a backup back, and rebuilding a lost catalogue from the
 * clipping folders: `cuttings backup`, `cuttings restore`, the app's Settings and recovery
 * screen. Restore and repair replace the catalogue atomically (replace.ts).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo, RepairResult, RestoreResult } from '../../../shared/backups';
import { CuttingsError } from '../../../shared/errors';
import { newestValidBackup, readBackup, writeBackup } from './backups';
import { adoptable } from './check';
import { CLIPPINGS_DIR } from './layout';
import { ArchiveLock } from './lock';
import { emptyRoot, openArchive } from './open';
import { replaceCatalogue, type ReplaceStep } from './replace';
import { changesSinceBackup } from './restore-report';
import { serialiseSnapshotAsync } from './snapshot';
import type { ArchiveImpl } from './archive';
import type { StoredClipping } from './schema';
import type { OpenOptions } from './types';
import { backupInWorker } from './worker-host';


type RestoreOptions = Pick<OpenOptions, 'owner' | 'now'> & {
  /** @internal Told after each step of the replacement (tests stop or crash there). */
  onStep?: (step: ReplaceStep) => void | Promise<void>;
};

/**
 * Writes a verified backup of the archive's current catalogue (kind `manual`), in the archive
 * worker. Works while another process writes.
 */
export function backupArchive(dir: string): Promise<BackupInfo> {
  return backupInWorker(path.resolve(dir), 'manual');
}

/**
 * Replaces the catalogue with backup `name` (from `listBackups`). A `pre-restore` backup of
 * the catalogue it replaces is made first, and its files are copied to `kept/`. Needs the
 * writer's lock: throws `locked` while the archive is open.
 */
export async function restoreBackup(dir: string, name: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const root = path.resolve(dir);
  const now = options.now ?? ((): Date => new Date());
  const lock = await ArchiveLock.acquire(root, options.owner ?? 'the cuttings command');
  try {
    const snapshot = await readBackup(root, name, now());
    if (typeof snapshot === 'string') {
      const code = snapshot === 'it does not exist' ? 'not-found' : 'invalid-input';
      throw new CuttingsError(code, `The backup ${name} cannot be restored: ${snapshot}.`);
    }
    const current = await backupCurrent(root, now());
    const { clippings, createdAt, tags, savedSearches, dossiers } = snapshot;
    const { keptAt } = await replaceCatalogue(
      root,
      { root: { createdAt, tags, savedSearches, dossiers }, clippings },
      { reason: 'before-restore', now: now(), onStep: options.onStep },
    );
    const sinceBackup = current ? await changesSinceBackup(root, current.clippings, clippings, current.backup) : undefined;
    return { restored: name, clippings: clippings.length, keptAt, sinceBackup };
  } finally {
    await lock.release();
  }
}

/**
 * A `pre-restore` backup of the catalogue about to be replaced, so a restore can itself be
 * undone from the list of backups. A catalogue too damaged to read (often why one restores)
 * has none; it is still copied whole to `kept/`.
 */
async function backupCurrent(root: string, now: Date): Promise<{ backup: string; clippings: StoredClipping[] } | null> {
  let archive: ArchiveImpl;
  try {
    archive = (await openArchive(root, { readOnly: true })) as ArchiveImpl;
  } catch {
    return null;
  }
  try {
    const snapshot = archive.snapshot();
    const info = await writeBackup(root, 'pre-restore', await serialiseSnapshotAsync(snapshot), now);
    return { backup: info.name, clippings: snapshot.clippings };
  } finally {
    await archive.close();
  }
}

/** Restores `backupName`, or else the newest backup that reads back and checks out. */
export async function recoverFromBackup(dir: string, backupName?: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const name = backupName ?? (await newestValidBackup(path.resolve(dir)));
  if (!name) throw new CuttingsError('not-found', `There is no valid backup in ${path.join(path.resolve(dir), 'backups')}.`);
  return restoreBackup(dir, name, options);
}

/**
 * Rebuilds a catalogue that is damaged or lost from the clipping folders: every folder that
 * holds its `clipping.json` and text is taken back (what `check --repair` does for a single
 * lost clipping). Tags are gathered from the clippings; saved searches and dossiers live only
 * in the catalogue and its backups, so a restore is the better choice while a backup exists.
 * The catalogue it replaces is copied to `kept/`.
 */
export async function repairFromFolders(dir: string, options: RestoreOptions = {}): Promise<RepairResult> {
  const root = path.resolve(dir);
  const now = options.now ?? ((): Date => new Date());
  const lock = await ArchiveLock.acquire(root, options.owner ?? 'the cuttings command');
  try {
    const clippings = await adoptAll(root);
    const tagNames = [...new Set(clippings.flatMap((c) => c.tags))].sort((a, b) => a.localeCompare(b));
    const rootData = { ...emptyRoot(now()), tags: tagNames.map((name) => ({ name, color: null })) };
    const { keptAt } = await replaceCatalogue(root, { root: rootData, clippings }, { reason: 'before-repair', now: now(), onStep: options.onStep });
    return { clippings: clippings.length, keptAt };
  } finally {
    await lock.release();
  }
}

/** Every complete clipping folder under clippings/YYYY/MM/, in capture order. */
async function adoptAll(root: string): Promise<StoredClipping[]> {
  const found: StoredClipping[] = [];
  const known = new Map<string, StoredClipping>();
  const list = (rel: string): Promise<string[]> => readdir(path.join(root, rel)).catch(() => [] as string[]);
  for (const year of (await list(CLIPPINGS_DIR)).filter((n) => /^\d{4}$/.test(n))) {
    for (const month of (await list(path.posix.join(CLIPPINGS_DIR, year))).filter((n) => /^\d{2}$/.test(n))) {
      for (const id of await list(path.posix.join(CLIPPINGS_DIR, year, month))) {
        const rec = await adoptable(root, path.posix.join(CLIPPINGS_DIR, year, month, id), known);
        if (rec) {
          known.set(rec.id, rec);
          found.push(rec);
        }
      }
    }
  }
  return found.sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : a.id < b.id ? -1 : 1));
}
