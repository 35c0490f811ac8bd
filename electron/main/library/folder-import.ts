/**
 * Importing every article file in a folder (recursively), or a mix of files and folders
 * (dropped on the window, chosen in the picker), with progress, cancel, and a summary that
 * names each failure and its reason. One bad file never stops the batch.
 */
import { readdir, stat } from 'node:fs/promises';
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
  return importEach(library, await listImportable(folder), options);
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
  for (const p of paths) {
    const isFolder = await stat(p).then(
      (s) => s.isDirectory(),
      () => false, // a missing file fails below, with the reason capture gives
    );
    files.push(...(isFolder ? await listImportable(p) : [p]));
  }
  return importEach(library, [...new Set(files)], options);
}

async function importEach(library: Library, files: string[], options: FolderImportOptions): Promise<BatchImportSummary> {
  const summary: BatchImportSummary = { imported: [], duplicates: [], failed: [], cancelled: false };
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
  const done = summary.imported.length + summary.duplicates.length + summary.failed.length;
  options.onProgress?.({ done, total: files.length, file: '' });
  return summary;
}

async function listImportable(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CuttingsError('not-found', `There is no folder "${folder}".`);
    if (code === 'ENOTDIR') throw new CuttingsError('invalid-input', `"${folder}" is a file, not a folder.`);
    throw new CuttingsError('io', `Could not read the folder "${folder}": ${(err as Error).message}`);
  }
  return entries
    .filter((e) => e.isFile() && IMPORTABLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
