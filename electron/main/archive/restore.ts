/**
 * Backups the user asks for, and putting a backup back: `cuttings backup`, `cuttings restore`.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BackupInfo, RestoreResult } from '../../../shared/backups';
import { CuttingsError } from '../../../shared/errors';
import { newestValidBackup, readBackup, writeBackup } from './backups';
import { CatalogueStore } from './catalogue-store';
import { keepCatalogueAside } from './damage';
import { ioError } from './io-errors';
import { INDEX_DIR } from './layout';
import { ArchiveLock } from './lock';
import { openArchive } from './open';
import { changesSinceBackup } from './restore-report';
import type { StoredClipping } from './schema';
import { serialiseSnapshotAsync } from './snapshot';
import type { ArchiveImpl } from './archive';
import type { OpenOptions } from './types';

type RestoreOptions = Pick<OpenOptions, 'owner' | 'now'>;

/** Writes a verified backup of the archive's current catalogue (kind `manual`). Works while another process writes. */
export async function backupArchive(dir: string): Promise<BackupInfo> {
  const archive = (await openArchive(dir, { readOnly: true })) as ArchiveImpl;
  try {
    return await writeBackup(
      archive.dir,
      'manual',
      await serialiseSnapshotAsync(archive.snapshot()),
      new Date(),
    );
  } finally {
    await archive.close();
  }
}

/**
 * Replaces the catalogue with backup `name` (from `listBackups`). The catalogue it replaces is
 * moved to `kept/` unchanged. Needs the writer's lock: throws `locked` while the archive is open.
 */
export async function restoreBackup(
  dir: string,
  name: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
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
    const keptAt = await keepCatalogueAside(root, 'before-restore', now()).catch((err: unknown) => {
      throw ioError(err, 'set the current catalogue aside');
    });
    const { clippings, createdAt, tags, savedSearches, dossiers } = snapshot;
    await CatalogueStore.create(root, {
      root: { createdAt, tags, savedSearches, dossiers },
      clippings,
    }).catch((err: unknown) => {
      throw ioError(err, 'write the restored catalogue');
    });
    // The search index describes the catalogue just replaced: drop it, and the next open rebuilds it.
    await rm(path.join(root, INDEX_DIR), { recursive: true, force: true }).catch((err: unknown) => {
      throw ioError(err, 'remove the old search index');
    });
    const sinceBackup = current ? await changesSinceBackup(root, current.clippings, clippings, current.backup) : undefined;
    return { restored: name, clippings: clippings.length, keptAt, sinceBackup };
  } finally {
    await lock.release();
  }
}

/**
 * A `pre-restore` backup of the catalogue about to be replaced, so a restore can itself be
 * undone from the list of backups. A catalogue too damaged to read (often why one restores)
 * has none; it is still kept whole in `kept/`.
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
export async function recoverFromBackup(
  dir: string,
  backupName?: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const name = backupName ?? (await newestValidBackup(path.resolve(dir)));
  if (!name)
    throw new CuttingsError(
      'not-found',
      `There is no valid backup in ${path.join(path.resolve(dir), 'backups')}.`,
    );
  return restoreBackup(dir, name, options);
}
