/**
 * Importing every article file in a folder (recursively), or a mix of files and folders
 * (dropped on the window, chosen in the picker), with progress, cancel, and a summary that
 * names each failure and its reason. One bad file never stops the batch.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CuttingsError, toErrorInfo } from '../../../shared/errors';
import type { BatchImportSummary } from '../../../shared/imports';
import type { Library } from '.';
import { PRINT_EXTENSIONS } from '../capture/print/sniff';

export const IMPORTABLE_EXTENSIONS = ['.txt', '.html', '.htm', '.eml', '.msg', '.docx', '.mhtml', '.mht', ...PRINT_EXTENSIONS];

export interface FolderImportOptions {
  tags?: string[];
  /** `fraction` of the current file is done (PDFs and images report as OCR goes), with `detail`. */
  onProgress?: (progress: { done: number; total: number; file: string; fraction?: number; detail?: string }) => void;
  signal?: AbortSignal;
}

export async function importFolder(
  library: Library,
  folder: string,
  options: FolderImportOptions = {},
): Promise<BatchImportSummary> {
  const { files, unreadable } = await listImportable(folder);
  return importEach(library, files, options, unreadable);
}

/**
 * Imports each path: a file as it is (an unsupported one fails with its reason in the
 * summary), a folder as every article file inside it.
 */
export async function importPaths(
  library: Library,
  paths: string[],
  options: FolderImportOptions = {},
): Promise<BatchImportSummary> {
  const files: string[] = [];
  const unreadable: BatchImportSummary['failed'] = [];
  for (const p of paths) {
    const isFolder = await stat(p).then(
      (s) => s.isDirectory(),
      () => false, // a missing file fails below, with the reason capture gives
    );
    if (!isFolder) files.push(p);
    else {
      const listing = await listImportable(p);
      files.push(...listing.files);
      unreadable.push(...listing.unreadable);
    }
  }
  return importEach(library, [...new Set(files)], options, unreadable);
}

async function importEach(
  library: Library,
  files: string[],
  options: FolderImportOptions,
  unreadable: BatchImportSummary['failed'] = [],
): Promise<BatchImportSummary> {
  const summary: BatchImportSummary = { imported: [], duplicates: [], failed: [...unreadable], cancelled: false };
  for (const [i, file] of files.entries()) {
    options.onProgress?.({ done: i, total: files.length, file });
    if (options.signal?.aborted) {
      summary.cancelled = true;
      break;
    }
    try {
      const outcome = await library.importFile(file, {
        tags: options.tags,
        signal: options.signal,
        onProgress: (p) => options.onProgress?.({ done: i, total: files.length, file, fraction: p.fraction, detail: p.label }),
      });
      (outcome.duplicate ? summary.duplicates : summary.imported).push(outcome.clipping.id);
      // An e-mail's attachments are clippings too, and one that failed is named with its reason.
      for (const attached of outcome.attachments ?? []) {
        if (attached.id) (attached.duplicate ? summary.duplicates : summary.imported).push(attached.id);
        else summary.failed.push({ file: `${file} › ${attached.file}`, reason: attached.error ?? 'Not imported.' });
      }
    } catch (err) {
      const info = toErrorInfo(err);
      if (info.code === 'cancelled') {
        summary.cancelled = true;
        break;
      }
      // A full disk or a lock lost mid-way concerns every file that follows: stop and say so.
      if (info.code === 'io' || info.code === 'locked' || info.code === 'read-only') throw err;
      summary.failed.push({ file, reason: info.message });
    }
  }
  // Entries named before the import began (a FIFO, a link to a folder) are not among the files counted.
  const done = Math.min(files.length, summary.imported.length + summary.duplicates.length + summary.failed.length - unreadable.length);
  options.onProgress?.({ done, total: files.length, file: '' });
  return summary;
}

/** A folder's article files, and the entries it holds that cannot be imported, with why. */
interface Listing {
  files: string[];
  unreadable: BatchImportSummary['failed'];
}

/** What a directory entry that is neither a file nor a folder is, for the summary. */
function describeSpecial(e: Dirent): string | null {
  if (e.isFIFO()) return 'This is a FIFO (a named pipe), not a file: it cannot be imported.';
  if (e.isSocket()) return 'This is a socket, not a file: it cannot be imported.';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'This is a device, not a file: it cannot be imported.';
  return null;
}

async function listImportable(folder: string): Promise<Listing> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CuttingsError('not-found', `There is no folder "${folder}".`);
    if (code === 'ENOTDIR') throw new CuttingsError('invalid-input', `"${folder}" is a file, not a folder.`);
    throw new CuttingsError('io', `Could not read the folder "${folder}": ${(err as Error).message}`);
  }
  const importable = (name: string): boolean => IMPORTABLE_EXTENSIONS.includes(path.extname(name).toLowerCase());
  const listing: Listing = { files: [], unreadable: [] };
  for (const e of entries) {
    const file = path.join(e.parentPath, e.name);
    if (e.isFile()) {
      if (importable(e.name)) listing.files.push(file);
    } else if (e.isSymbolicLink()) {
      // A link to a file is imported like the file; a link to a folder is not followed (it
      // could lead back up the tree), and one to nothing is named.
      const target = await stat(file).catch(() => null);
      if (!target) listing.unreadable.push({ file, reason: 'This is a link to something that does not exist.' });
      else if (target.isDirectory())
        listing.unreadable.push({ file, reason: 'This is a link to a folder; folders reached through links are not imported (import that folder itself).' });
      else if (!target.isFile()) listing.unreadable.push({ file, reason: 'This is a link to something that is not a file (a pipe, socket or device).' });
      else if (importable(e.name) || importable(await realpath(file).catch(() => ''))) listing.files.push(file);
    } else if (!e.isDirectory()) {
      const reason = describeSpecial(e);
      if (reason) listing.unreadable.push({ file, reason });
    }
  }
  listing.files.sort();
  listing.unreadable.sort((a, b) => a.file.localeCompare(b.file));
  return listing;
}
