/**
 * Rotating, verified backups in `backups/`: gzip-compressed snapshots named
 * `<UTC stamp>-<kind>.json.gz`. A backup is written durably, read back, decompressed, parsed
 * and checked BEFORE any older backup of its kind is rotated out. The app and the CLI make
 * backups in a worker thread (archive-worker.ts), so the window never waits for one.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { createGunzip, createGzip, gunzip } from 'node:zlib';
import { BACKUP_FILE_NAME, type BackupCensus, type BackupInfo, type BackupKind } from '../../../shared/backups';
import { CuttingsError } from '../../../shared/errors';
import { writeStreamAtomic } from './durable-fs';
import { errnoCode, ioError } from './io-errors';
import { BACKUPS_DIR, fileStamp } from './layout';
import { migrate } from './migrations';
import { SCHEMA_VERSION, schemaVersionOf, type Snapshot } from './schema';
import { checkSnapshot, parseSnapshotText } from './snapshot';

const gunzipAsync = promisify(gunzip);

/** How many backups of each kind are kept. */
export const KEEP: Record<BackupKind, number> = {
  daily: 7,
  manual: 10,
  'pre-migration': 5,
  'pre-restore': 5,
};

function parseName(name: string): { createdAt: string; kind: BackupKind } | null {
  const m = BACKUP_FILE_NAME.exec(name);
  if (!m) return null;
  const [, stamp = '', kind] = m;
  const iso = `${stamp.slice(0, 10)}T${stamp.slice(11, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20, 23)}Z`;
  return { createdAt: iso, kind: kind as BackupKind };
}

/** Backups in `dir/backups`, newest first. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const folder = path.join(dir, BACKUPS_DIR);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    throw ioError(err, 'list the backups');
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const parsed = parseName(name);
    if (!parsed) continue;
    const size = await stat(path.join(folder, name)).then(
      (s) => s.size,
      () => -1,
    );
    if (size >= 0) out.push({ name, ...parsed, size });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Reads a backup and checks it; an older schema is migrated in memory. */
export async function readBackup(
  dir: string,
  name: string,
  now: Date = new Date(),
): Promise<Snapshot | string> {
  if (!parseName(name)) return 'it is not a backup file name';
  let bytes: Buffer;
  try {
    bytes = await gunzipAsync(await readFile(path.join(dir, BACKUPS_DIR, name)));
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return 'it does not exist';
    return `it cannot be read or decompressed (${(err as Error).message})`;
  }
  return checkBackupBytes(bytes, now);
}

/** Parses and checks decompressed backup bytes (migrating an older schema in memory). */
async function checkBackupBytes(bytes: Buffer, now: Date): Promise<Snapshot | string> {
  let doc: unknown;
  try {
    doc = await parseSnapshotText(bytes.toString('utf8'));
  } catch {
    return 'it is not valid JSON';
  }
  const version = schemaVersionOf(doc);
  if (version === null) return 'it has no schemaVersion';
  if (version > SCHEMA_VERSION) return `it was written by a newer version of Cuttings (schema ${version})`;
  if (version < SCHEMA_VERSION) {
    try {
      return migrate(doc, version, now);
    } catch (err) {
      return (err as Error).message;
    }
  }
  return checkSnapshot(doc);
}

/** The newest backup that reads back and checks out, or null. */
export async function newestValidBackup(dir: string): Promise<string | null> {
  for (const b of await listBackups(dir)) {
    if (typeof (await readBackup(dir, b.name)) !== 'string') return b.name;
  }
  return null;
}

/**
 * Writes `content` (a catalogue document as JSON text) as a backup of `kind`, verifies it,
 * then rotates out the oldest of its kind beyond {@link KEEP}.
 */
export async function writeBackup(
  dir: string,
  kind: BackupKind,
  content: string,
  now: Date,
): Promise<BackupInfo> {
  const folder = path.join(dir, BACKUPS_DIR);
  const name = `${fileStamp(now)}-${kind}.json.gz`;
  const file = path.join(folder, name);
  const source = Buffer.from(content, 'utf8');
  try {
    await mkdir(folder, { recursive: true });
    // Compressed on the way to disk, a megabyte at a time.
    await writeStreamAtomic(file, Readable.from(slices(source)), createGzip());
  } catch (err) {
    throw ioError(err, 'write a backup');
  }
  const back = await readFile(file).then(gunzipAsync, () => null);
  const checked =
    back === null || !back.equals(source)
      ? 'it did not read back as written'
      : await checkBackupBytes(back, now);
  if (typeof checked === 'string') {
    await rm(file, { force: true }).catch(() => undefined);
    throw new CuttingsError(
      'io',
      `The backup ${name} failed verification (${checked}); older backups were kept.`,
    );
  }
  await rotate(dir, kind);
  const size = (await stat(file)).size;
  return { name, kind, createdAt: now.toISOString(), size };
}

function* slices(bytes: Buffer, size = 1 << 20): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function rotate(dir: string, kind: BackupKind): Promise<void> {
  const mine = (await listBackups(dir)).filter((b) => b.kind === kind);
  for (const old of mine.slice(KEEP[kind])) {
    await rm(path.join(dir, BACKUPS_DIR, old.name), { force: true }).catch(() => undefined);
  }
}

/**
 * Counts the clippings of every backup, newest first, reading each as a stream: backups hold one
 * clipping per line (see serialiseSnapshot), so counting needs no parsing. Other layouts are
 * read whole. (A restore checks the backup fully before it writes anything.)
 */
export async function backupCensus(dir: string): Promise<BackupCensus[]> {
  const out: BackupCensus[] = [];
  for (const info of await listBackups(dir)) out.push({ ...info, ...(await countClippings(dir, info.name)) });
  return out;
}

async function countClippings(dir: string, name: string): Promise<{ clippings: number | null; problem: string | null }> {
  const lines = createInterface({ input: createReadStream(path.join(dir, BACKUPS_DIR, name)).pipe(createGunzip()), crlfDelay: Infinity });
  let head: string | null = null;
  let count = 0;
  let last = '';
  try {
    for await (const line of lines) {
      if (head === null) head = line;
      else if (line !== ']}') count++;
      last = line;
    }
  } catch (err) {
    return { clippings: null, problem: `it cannot be read or decompressed (${(err as Error).message})` };
  }
  if (head === null || !head.endsWith('"clippings":[') || last !== ']}') {
    const whole = await readBackup(dir, name);
    return typeof whole === 'string' ? { clippings: null, problem: whole } : { clippings: whole.clippings.length, problem: null };
  }
  let version: number | null;
  try {
    version = schemaVersionOf(JSON.parse(`${head}]}`));
  } catch {
    return { clippings: null, problem: 'it is not valid JSON' };
  }
  if (version === null) return { clippings: null, problem: 'it has no schemaVersion' };
  if (version > SCHEMA_VERSION) return { clippings: count, problem: `it was written by a newer version of Cuttings (schema ${version})` };
  return { clippings: count, problem: null };
}

/** True when `dir` has a daily backup made on `now`'s UTC date. */
export async function hasDailyBackup(dir: string, now: Date): Promise<boolean> {
  const day = now.toISOString().slice(0, 10);
  return (await listBackups(dir)).some((b) => b.kind === 'daily' && b.createdAt.startsWith(day));
}
