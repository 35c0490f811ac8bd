/**
 * Files that are print clippings (a PDF, a scan, a photo) are told by their first bytes and
 * read whole here, within their own size limit; every other file goes on to the text and
 * web page readers.
 */
import { CuttingsError } from '../../../../shared/errors';
import { isPrintFile } from '../print/sniff';
import { openToRead } from './open-file';

/** An e-paper edition's PDF can be large; beyond this it is not one clipping. */
export const MAX_PRINT_BYTES = 200 * 1024 * 1024;

/** The file's bytes when it is a PDF or an image, else null (nothing more read than its head). */
export async function readPrintFile(path: string, name: string, size: number): Promise<Uint8Array | null> {
  const handle = await openToRead(path, name);
  try {
    const head = new Uint8Array(Math.min(size, 1024));
    await handle.read(head, 0, head.length, 0);
    if (!isPrintFile(head)) return null;
    if (size > MAX_PRINT_BYTES) {
      const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(0)} MB`;
      throw new CuttingsError('invalid-input', `"${name}" is too large to import (${mb(size)}; the limit is ${mb(MAX_PRINT_BYTES)} for PDFs and images). Save the pages of the article on their own and import those.`);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}
