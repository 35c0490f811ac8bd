/**
 * Writing the PDF safely: into a unique temporary file beside the target, synced to disk,
 * then renamed over the target. A failed or cancelled export removes the temporary file, so
 * the user never finds a half-written dossier (and an older dossier of the same name survives).
 */
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CuttingsError } from '../../../shared/errors';

/** A message a person can act on for a file-system error. */
export function ioError(err: unknown, target: string): CuttingsError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const dir = path.dirname(target);
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? `you do not have permission to write in ${dir}`
      : code === 'EROFS'
        ? `${dir} is on a read-only disk`
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'ENOENT'
            ? `the folder ${dir} does not exist`
            : code === 'EISDIR'
              ? `${target} is a folder`
              : ((err as Error | null)?.message ?? String(err));
  return new CuttingsError('io', `Cannot save the dossier as ${target}: ${reason}. Choose another place.`, {
    cause: err,
  });
}

export interface PendingFile {
  /** Where the PDF bytes go. */
  readonly stream: Writable;
  /** Waits for every byte, syncs, and renames the temporary file to the target. */
  commit(): Promise<void>;
  /** Stops writing and removes the temporary file. Never throws. */
  discard(): Promise<void>;
}

/**
 * Opens a temporary file beside `target`; throws an `io` error at once if the folder is
 * unusable. pdfkit emits thousands of tiny chunks; the sink implements `writev`, so while one
 * write is in flight the next chunks gather and go to disk together.
 */
export async function openPending(target: string): Promise<PendingFile> {
  const dir = path.dirname(target);
  try {
    const info = await stat(target);
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw ioError(err, target);
  }
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.part`,
  );
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx');
  } catch (err) {
    throw ioError(err, target);
  }
  let closed = false;
  const close = async (): Promise<void> => {
    if (!closed) {
      closed = true;
      await handle.close().catch(() => undefined);
    }
  };
  const stream = new Writable({
    highWaterMark: 1 << 20,
    writev(chunks, callback): void {
      const buffer =
        chunks.length === 1
          ? (chunks[0]?.chunk as Buffer)
          : Buffer.concat(chunks.map((c) => c.chunk as Buffer));
      handle.write(buffer).then(
        () => callback(),
        (err: unknown) => callback(err as Error),
      );
    },
  });
  let failure: unknown = null;
  stream.on('error', (err) => {
    failure ??= err;
  });
  const removeTemp = async (): Promise<void> => {
    await close();
    await unlink(temp).catch(() => undefined);
  };

  return {
    stream,
    async commit(): Promise<void> {
      try {
        if (!stream.writableFinished) {
          await new Promise<void>((resolve, reject) => {
            stream.once('finish', resolve);
            stream.once('error', reject);
          });
        }
        if (failure) throw failure;
        await handle.sync();
        await close();
        await rename(temp, target);
      } catch (err) {
        await removeTemp();
        throw err instanceof CuttingsError ? err : ioError(err, target);
      }
    },
    async discard(): Promise<void> {
      stream.destroy();
      await removeTemp();
    },
  };
}
