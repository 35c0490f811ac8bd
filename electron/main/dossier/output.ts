/**
 * Writing the PDF safely: into a unique temporary file beside the target, synced to disk,
 * then renamed over the target. A failed or cancelled export removes the temporary file, so
 * the user never finds a half-written dossier (and an older dossier of the same name survives).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
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
  readonly stream: WriteStream;
  /** Waits for every byte, syncs, and renames the temporary file to the target. */
  commit(): Promise<void>;
  /** Stops writing and removes the temporary file. Never throws. */
  discard(): Promise<void>;
}

/** Opens a temporary file beside `target`; throws an `io` error at once if the folder is unusable. */
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
  const stream = createWriteStream(temp, { flags: 'wx' });
  let failure: unknown = null;
  stream.on('error', (err) => {
    failure ??= err;
  });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  }).catch((err: unknown) => {
    throw ioError(err, target);
  });

  const removeTemp = async (): Promise<void> => {
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
        await new Promise<void>((resolve) =>
          stream.closed ? resolve() : stream.once('close', () => resolve()),
        );
        const handle = await open(temp, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (err) {
        await removeTemp();
        throw err instanceof CuttingsError ? err : ioError(err, target);
      }
    },
    async discard(): Promise<void> {
      if (!stream.destroyed) {
        await new Promise<void>((resolve) => {
          stream.once('close', () => resolve());
          stream.destroy();
        });
      }
      await removeTemp();
    },
  };
}
