/**
 * What happens when the catalogue cannot be read: it is moved aside unchanged (a rename
 * keeps every byte), and the user is told where it went and which backup can replace it.
 * Nothing here ever writes over or deletes the damaged files.
 */
import { copyFile, mkdir, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DamageReason } from '../../../shared/backups';
import { CuttingsError } from '../../../shared/errors';
import { fsyncDir, fsyncFile, writeFileSynced } from './durable-fs';
import { errnoCode } from './io-errors';
import type { SetAsideRecord } from './load';
import { CATALOGUE_FILE, KEPT_DIR, SHARD_DIR, SYNC_STATE_FILE, fileStamp } from './layout';


/**
 * A catalogue saved by a newer version of Cuttings: not damage, so nothing is moved or changed;
 * it is refused (code `read-only`). The app offers its recovery screen (older backups, another
 * archive); the newer version opens it as it is.
 */
export class NewerArchiveError extends CuttingsError {
  constructor(
    message: string,
    readonly schema: number,
  ) {
    super('read-only', message);
    this.name = 'NewerArchiveError';
  }
}

/** A `damaged` error that also carries, for programs, where things are. */
export class DamagedArchiveError extends CuttingsError {
  constructor(
    message: string,
    /** Folder (relative to the archive) holding the kept catalogue, or null when nothing was moved. */
    readonly keptAt: string | null,
    /** Name of the newest backup that was read back and checked, or null when there is none. */
    readonly newestBackup: string | null,
    readonly reason: DamageReason = 'damaged',
  ) {
    super('damaged', message);
    this.name = 'DamagedArchiveError';
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch (err) {
    return errnoCode(err) !== 'ENOENT';
  }
}

/**
 * Moves `catalogue.json` and `catalogue/` into `kept/<stamp>-<reason>/`. Returns that folder
 * relative to the archive, or null when there was nothing to move.
 */
export async function keepCatalogueAside(
  dir: string,
  reason: string,
  now: Date = new Date(),
): Promise<string | null> {
  const parts = [CATALOGUE_FILE, SHARD_DIR].filter((p) => p);
  const present: string[] = [];
  for (const p of parts) if (await exists(path.join(dir, p))) present.push(p);
  if (present.length === 0) return null;
  const rel = path.posix.join(KEPT_DIR, `${fileStamp(now)}-${reason}`);
  const target = path.join(dir, rel);
  await mkdir(target, { recursive: true });
  for (const p of present) await rename(path.join(dir, p), path.join(target, p));
  await fsyncDir(target);
  await fsyncDir(dir);
  return rel;
}

/**
 * Copies `catalogue.json` and the files in `catalogue/` into `kept/<stamp>-<reason>/`, leaving
 * them in place (a restore or repair keeps the catalogue it replaces, yet until its own commit
 * point the old catalogue must stay whole where it is). Returns that folder relative to the
 * archive, or null when there was nothing to copy.
 */
export async function copyCatalogueAside(dir: string, reason: string, now: Date = new Date()): Promise<string | null> {
  const files: string[] = [];
  if (await exists(path.join(dir, CATALOGUE_FILE))) files.push(CATALOGUE_FILE);
  const shards = await readdir(path.join(dir, SHARD_DIR), { withFileTypes: true }).catch(() => []);
  files.push(...shards.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => path.posix.join(SHARD_DIR, e.name)));
  if (files.length === 0) return null;
  const rel = path.posix.join(KEPT_DIR, `${fileStamp(now)}-${reason}`);
  const target = path.join(dir, rel);
  await mkdir(path.join(target, SHARD_DIR), { recursive: true });
  for (const file of files) {
    await copyFile(path.join(dir, file), path.join(target, file));
    await fsyncFile(path.join(target, file));
  }
  await fsyncDir(path.join(target, SHARD_DIR));
  await fsyncDir(target);
  await fsyncDir(path.join(dir, KEPT_DIR));
  return rel;
}

/**
 * Moves the sync state (if any) into the kept folder `keptRel` (or `kept/<stamp>-<reason>/`)
 * before a restore or repair replaces the catalogue. Its bases describe the catalogue being
 * replaced: left in place, the next sync would take every older value the restore brought back
 * for this desk's own edits and send them over the team's. Without it the desk syncs as on its
 * first day and defers to the team's copy where they differ. Done BEFORE the catalogue is
 * swapped, so a crash in between costs a slower sync, never the team's newer values.
 */
export async function setSyncStateAside(dir: string, keptRel: string | null, reason: string, now: Date = new Date()): Promise<string | null> {
  const from = path.join(dir, SYNC_STATE_FILE);
  if (!(await exists(from))) return null;
  const rel = keptRel ?? path.posix.join(KEPT_DIR, `${fileStamp(now)}-${reason}`);
  await mkdir(path.join(dir, rel), { recursive: true });
  const to = path.join(dir, rel, 'sync-state.json');
  await rename(from, to);
  await fsyncDir(path.dirname(from));
  await fsyncDir(path.join(dir, rel));
  return rel;
}

/**
 * Keeps the shard files that held damaged records (copied byte for byte, before they are
 * rewritten without them) and a `records.txt` listing each record set aside and why, in
 * `kept/<stamp>-damaged-records/`. Returns that folder relative to the archive.
 */
export async function keepRecordsAside(dir: string, records: SetAsideRecord[], now: Date = new Date()): Promise<string> {
  const rel = path.posix.join(KEPT_DIR, `${fileStamp(now)}-damaged-records`);
  const target = path.join(dir, rel);
  const files = [...new Set(records.map((r) => r.file))];
  await mkdir(path.join(target, SHARD_DIR), { recursive: true });
  for (const file of files) await copyFile(path.join(dir, file), path.join(target, file));
  const list = records.map((r) => `${r.file}: a record that ${r.problem}:\n${r.line}\n`).join('\n');
  await writeFileSynced(path.join(target, 'records.txt'), list);
  await fsyncDir(path.join(target, SHARD_DIR));
  await fsyncDir(target);
  return rel;
}
