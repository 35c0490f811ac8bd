/** Opening a file the person chose, with their name for it in the message when it cannot be. */
import { open, type FileHandle } from 'node:fs/promises';
import { CuttingsError } from '../../../../shared/errors';

/** `path` opened for reading; an `io` CuttingsError naming `name` and the reason when it cannot be. */
export async function openToRead(path: string, name: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CuttingsError('io', `"${name}" cannot be opened (${code ?? 'unknown error'}).`, { cause: err });
  }
}
