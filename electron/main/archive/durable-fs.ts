/**
 * Writes that survive a crash or power cut once their promise resolves.
 *
 * A file is written under a unique temporary name, flushed (fsync), renamed over the
 * target, and the folder is flushed so the rename itself is on disk. Readers therefore see
 * the old file or the new one, never a mix, and an acknowledged write is never lost.
 */
import { createWriteStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { token } from './ids';

async function writeAllAndSync(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  await handle.writeFile(data);
  await handle.sync();
}

/** Flushes a folder's entries (new names, renames) to disk. A no-op where folders cannot be opened (Windows). */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a file's contents to disk. */
export async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes a new file and flushes it (not its folder: call {@link fsyncDir} once for a batch). */
export async function writeFileSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await writeAllAndSync(handle, data);
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `file` atomically and durably: unique temp file, fsync, rename, fsync of the folder.
 * `beforeRename` runs between the fsync and the rename (the catalogue waits there for its
 * shard files, so that both are flushed at the same time rather than one after the other);
 * if it rejects, nothing is renamed.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  beforeRename?: () => Promise<void>,
): Promise<void> {
  await replaceThroughTemp(file, async (temp) => {
    await writeFileSynced(temp, data);
    if (beforeRename) await beforeRename();
  });
}

/**
 * {@link writeFileAtomic} for data made as a stream (a backup gzipped on the way to disk): the
 * temp file is written through `transforms`, flushed, then renamed, and the folder flushed.
 */
export async function writeStreamAtomic(file: string, source: Readable, ...transforms: Transform[]): Promise<void> {
  await replaceThroughTemp(file, (temp) => pipeline([source, ...transforms, createWriteStream(temp, { flush: true })]));
}

/**
 * Writes a temp file beside `file` with `write` (which flushes it), renames it over `file` and
 * flushes the folder. A failure before the rename removes the temp file and leaves `file` as it
 * was; a failed folder flush after it is a {@link RenamedButNotFlushed}.
 */
async function replaceThroughTemp(file: string, write: (temp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${token()}.tmp`);
  try {
    await write(temp);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  try {
    await fsyncDir(dir);
  } catch (err) {
    throw new RenamedButNotFlushed(err);
  }
}

/** The new file is in place (and readers see it) but flushing its folder failed. */
export class RenamedButNotFlushed extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
    const code =
      typeof original === 'object' && original !== null ? (original as { code?: unknown }).code : undefined;
    if (typeof code === 'string') (this as { code?: string }).code = code;
  }
}
