/**
 * A file on disk → CapturedArticle: saved web pages go through {@link captureHtml} (with the
 * pictures saved beside them), text files through the paste parser, e-mails, Word documents and
 * single-file pages through their own modules (see ./documents.ts). Everything that cannot be an article (empty, huge, binary, not
 * UTF-8) is refused with a message naming the file and saying what to do, before reading more
 * than the first few kilobytes.
 */
import { stat, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Stats } from 'node:fs';
import { CuttingsError } from '../../../../shared/errors';
import { finishArticle } from '../finish';
import { readPage } from '../html';
import { capturePastedText } from '../paste';
import type { CapturedArticle } from '../types';
import { captureDocument, documentKind } from './documents';
import type { PrintCaptureOptions } from '../print';
import { readLocalImages } from './local-images';
import { openToRead } from './open-file';
import { readPrintFile } from './print-file';
import { SNIFF_BYTES, looksLikeHtmlDocument, sniff } from './sniff';

/** The largest file accepted for import: no article comes near it, so bigger means a mistake. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** An e-mail or a page saved as one message may be larger: it carries its files inside. */
export const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;
const MESSAGE_EXTENSIONS = new Set(['.eml', '.msg', '.mhtml', '.mht']);

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function statFile(path: string, name: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new CuttingsError('not-found', `"${name}" was not found. Check the path: ${path}`, {
        cause: err,
      });
    }
    throw new CuttingsError('io', `"${name}" cannot be read (${code ?? 'unknown error'}).`, { cause: err });
  }
}

async function readAll(handle: FileHandle, size: number, head: Uint8Array): Promise<Uint8Array> {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  let offset = head.length;
  while (offset < size) {
    const { bytesRead } = await handle.read(bytes, offset, size - offset, offset);
    if (bytesRead === 0) break; // the file shrank while we read it
    offset += bytesRead;
  }
  return bytes.subarray(0, offset);
}

async function readChecked(
  path: string,
  name: string,
  size: number,
  container: (head: Uint8Array) => boolean,
): Promise<Uint8Array> {
  const handle = await openToRead(path, name);
  try {
    const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const kind = sniff(head.subarray(0, bytesRead));
    if (kind.kind === 'binary' && !container(head.subarray(0, bytesRead))) {
      throw new CuttingsError(
        'invalid-input',
        `"${name}" is not a text or HTML file (it looks like ${kind.what}). ` +
          'Import a saved web page (.html, .mhtml), an e-mail (.eml, .msg), a Word document (.docx) or a text file (.txt), or paste the article text.',
      );
    }
    return await readAll(handle, size, head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

function decodeText(bytes: Uint8Array, name: string): string {
  const kind = sniff(bytes.subarray(0, 2));
  if (kind.kind === 'utf16') {
    return new TextDecoder(kind.littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    throw new CuttingsError(
      'invalid-input',
      `"${name}" is not UTF-8 text. Open it in a text editor, save it with the encoding "UTF-8", and import it again.`,
      { cause: err },
    );
  }
}

/**
 * Captures the article in a file: `.html`/`.htm` (or any file that starts like an HTML
 * document) as a web page, whose pictures in its own folder are read into `images[i].data`
 * (pictures it names on the web are not downloaded, so they are left out); `.txt` and other
 * text as a pasted article.
 * @throws CuttingsError `not-found` for a missing file; `invalid-input` for a folder, an empty
 * file, one over {@link MAX_IMPORT_BYTES}, binary data or text that is not UTF-8/UTF-16.
 */
export async function captureFile(path: string, options: CaptureFileOptions = {}): Promise<CapturedArticle> {
  return finishArticle(await readArticleFile(path, options));
}

export interface CaptureFileOptions {
  now?: Date;
  /** For PDFs and images: pages, region, languages, publication details, progress, cancel. */
  print?: Omit<PrintCaptureOptions, 'now'>;
  /** Read PDFs and images in the calling thread instead of a worker thread (tests). */
  printInline?: boolean;
}

async function readArticleFile(path: string, options: CaptureFileOptions): Promise<CapturedArticle> {
  const name = basename(path);
  const info = await statFile(path, name);
  if (info.isDirectory()) {
    throw new CuttingsError('invalid-input', `"${name}" is a folder. Choose an article file inside it.`);
  }
  if (!info.isFile()) throw new CuttingsError('invalid-input', `"${name}" is not a regular file.`);
  if (info.size === 0)
    throw new CuttingsError('invalid-input', `"${name}" is empty (0 bytes): there is nothing to import.`);
  const print = await readPrintFile(path, name, info.size);
  if (print) {
    // Decoders, pdf.js and OCR load only when a print file arrives.
    const { capturePrint, capturePrintInWorker } = await import('../print');
    const printOptions = { ...options.print, now: options.now };
    return options.printInline ? capturePrint(print, name, printOptions) : capturePrintInWorker(print, name, printOptions);
  }
  const ext = extname(name).toLowerCase();
  // A message carries its attachments base64-encoded, a third larger than the files themselves.
  const message = MESSAGE_EXTENSIONS.has(ext);
  const limit = message ? MAX_MESSAGE_BYTES : MAX_IMPORT_BYTES;
  if (info.size > limit) {
    throw new CuttingsError(
      'invalid-input',
      `"${name}" is too large to import (${megabytes(info.size)}; the limit is ${megabytes(limit)}). ` +
        (message ? 'Save its attachments from your mail program and import them one by one.' : 'Save just the article page or its text and import that.'),
    );
  }

  const bytes = await readChecked(path, name, info.size, (head) => documentKind(head, ext) !== null);
  const container = documentKind(bytes.subarray(0, SNIFF_BYTES), ext);
  if (container) return captureDocument(container, bytes, { fileName: name, now: options.now });
  // Relative addresses in a saved page point beside the file: its pictures are read from there.
  const capturePage = async (): Promise<CapturedArticle> =>
    readLocalImages(await readPage(bytes, { fileName: name, baseUrl: pathToFileURL(path).href }), path);
  if (HTML_EXTENSIONS.has(ext)) return capturePage();

  const text = decodeText(bytes, name);
  if (!TEXT_EXTENSIONS.has(ext) && looksLikeHtmlDocument(text)) return capturePage();
  if (!text.trim())
    throw new CuttingsError('invalid-input', `"${name}" holds only blank space: there is nothing to import.`);
  let article: CapturedArticle;
  try {
    article = capturePastedText(text, options);
  } catch (err) {
    if (err instanceof CuttingsError && err.code === 'invalid-input') {
      throw new CuttingsError('invalid-input', `"${name}": ${err.message}`, { cause: err });
    }
    throw err;
  }
  // Keep the file exactly as it was (UTF-16 stays UTF-16), not the text we decoded from it.
  return { ...article, original: { file: 'original.txt', data: bytes } };
}
