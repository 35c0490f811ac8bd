/**
 * One writer per archive, across processes: a lock file naming its holder.
 *
 * `archive.lock` is created whole (a temp file hard-linked into place; an exclusive create where
 * links are not supported) and holds the owner's pid, host and boot id.
 * A lock whose process is gone (same host: the pid no longer runs, or the machine rebooted;
 * another host: not refreshed for {@link FOREIGN_STALE_MS}) is stale and taken over. The
 * holder re-reads the lock before every commit, so a writer that lost its lock (say, the
 * file was deleted by hand and another process took over) stops instead of writing.
 */
import { readFileSync } from 'node:fs';
import { link, open, readFile, rename, rm, stat, utimes, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { fsyncDir } from './durable-fs';
import { token } from './ids';
import { errnoCode, ioError } from './io-errors';
import { LOCK_FILE } from './layout';

export interface LockInfo {
  pid: number;
  owner: string;
  host: string;
  bootId: string | null;
  token: string;
  since: string;
}

/** A lock on another host counts as abandoned after this long without a heartbeat. */
const FOREIGN_STALE_MS = 10 * 60_000;
const HEARTBEAT_MS = 60_000;
/** An unreadable lock file (only possible where links are unsupported: being written) is respected this long. */
const YOUNG_MS = 10_000;

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === 'EPERM';
  }
}

function parseInfo(text: string): LockInfo | null {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    return typeof v.pid === 'number' && typeof v.token === 'string' && typeof v.host === 'string'
      ? (v as LockInfo)
      : null;
  } catch {
    return null;
  }
}

/** Whether a lock file's holder is still alive. */
function isLive(info: LockInfo | null, mtimeMs: number): boolean {
  const age = Date.now() - mtimeMs;
  if (!info) return age < YOUNG_MS;
  if (info.host !== os.hostname()) return age < FOREIGN_STALE_MS;
  const boot = bootId();
  if (boot && info.bootId && boot !== info.bootId) return false;
  return pidRuns(info.pid);
}

/** The message the second writer sees. */
export function lockedMessage(info: LockInfo | null): string {
  if (!info)
    return 'The archive is being opened by another program. Try again in a moment, or use read-only commands.';
  const where = info.host === os.hostname() ? `pid ${info.pid}` : `pid ${info.pid} on ${info.host}`;
  return `The archive is open in ${info.owner || 'Cuttings'} (${where}). Close it or use read-only commands.`;
}

export class ArchiveLock {
  private heartbeat: NodeJS.Timeout | null = null;

  private constructor(
    private readonly file: string,
    readonly info: LockInfo,
  ) {
    this.heartbeat = setInterval(() => {
      const now = new Date();
      utimes(this.file, now, now).catch(() => undefined);
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Takes the writer's lock on `dir` or throws `locked` naming the holder. */
  static async acquire(dir: string, owner: string): Promise<ArchiveLock> {
    const file = path.join(dir, LOCK_FILE);
    const info: LockInfo = {
      pid: process.pid,
      owner,
      host: os.hostname(),
      bootId: bootId(),
      token: token(),
      since: new Date().toISOString(),
    };
    const text = `${JSON.stringify(info, null, 2)}\n`;
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        if (await createExclusive(file, text)) {
          await fsyncDir(dir);
          return new ArchiveLock(file, info);
        }
      } catch (err) {
        throw ioError(err, 'lock the archive for writing');
      }
      const current = await readLock(file);
      if (!current) continue; // vanished meanwhile: try again
      if (isLive(current.info, current.mtimeMs))
        throw new CuttingsError('locked', lockedMessage(current.info));
      await takeOverStale(file, current.text);
    }
    throw new CuttingsError('locked', lockedMessage(null));
  }

  /** Throws `locked` unless this process still holds the lock. */
  async verify(): Promise<void> {
    const current = await readLock(this.file);
    if (current?.info?.token === this.info.token) return;
    const holder = current?.info ? ` ${lockedMessage(current.info)}` : '';
    throw new CuttingsError(
      'locked',
      `This window no longer holds the archive's lock, so nothing was saved.${holder}`,
    );
  }

  async release(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    const current = await readLock(this.file);
    if (current?.info?.token === this.info.token) await rm(this.file, { force: true });
  }
}

/**
 * Creates `file` holding `text` unless it exists; false when it exists. The content is
 * written to a temp file first and hard-linked into place, so the lock file is never seen
 * empty or half-written, even if this process is killed while taking the lock. (Where hard
 * links are not supported, e.g. FAT drives, it falls back to an exclusive create.)
 */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const temp = `${file}.${token()}.tmp`;
  await writeWholeOrRemove(await open(temp, 'wx'), temp, text);
  try {
    await link(temp, file);
    return true;
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw err;
    return createExclusiveWithoutLinks(file, text);
  } finally {
    await rm(temp, { force: true });
  }
}

async function createExclusiveWithoutLinks(file: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (err) {
    if (errnoCode(err) === 'EEXIST') return false;
    throw err;
  }
  await writeWholeOrRemove(handle, file, text);
  return true;
}

/**
 * Writes and flushes `text` into the file just created as `handle`, and closes it. A full disk
 * creates the file but refuses its bytes: then the empty file is removed and the error thrown.
 */
async function writeWholeOrRemove(handle: FileHandle, file: string, text: string): Promise<void> {
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(file, { force: true }).catch(() => undefined);
    throw err;
  }
  await handle.close();
}

async function readLock(
  file: string,
): Promise<{ info: LockInfo | null; text: string; mtimeMs: number } | null> {
  try {
    const [text, st] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { info: parseInfo(text), text, mtimeMs: st.mtimeMs };
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw ioError(err, 'read the archive lock');
  }
}

/**
 * Moves a stale lock aside, then checks that what was moved is the stale lock we judged:
 * if another process replaced it in between, its fresh lock is put back.
 */
async function takeOverStale(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${token()}`;
  try {
    await rename(file, aside);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return;
    throw ioError(err, 'clear a stale archive lock');
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== staleText) {
    // Not the stale one: restore it unless someone has already taken the lock again.
    await rename(aside, file).catch(() => undefined);
    return;
  }
  await rm(aside, { force: true });
}
