/**
 * What the user brought to the window, by drag and drop or the file picker: the text of an
 * article (with its HTML when the source gave it), a link to fetch, or files and folders to
 * import as a batch. Shared by the window's drop target and the import centre's drop zone.
 */
import type { BatchImportSummary } from '../../shared/imports';
import { errorText } from '../lib/errors';

export type Dropped =
  | { kind: 'text'; text: string; html?: string }
  | { kind: 'url'; url: string }
  | { kind: 'files'; files: File[] };

/** What the import takes by name: text, pages (also saved as one file), e-mails, Word documents. */
const IMPORTABLE = /\.(txt|text|md|html?|mhtml?|mht|eml|msg|docx|pdf|png|jpe?g|tiff?|webp|gif|bmp)$/i;
const PRINT = /\.(pdf|png|jpe?g|tiff?|webp|gif|bmp)$/i;

/** A PDF, a scan or a photo: a print clipping, read with its layout (and OCR). */
export const isPrintFileName = (name: string): boolean => PRINT.test(name);
/** Of those, the ones only main can read (from the file on disk, not as text in the page). */
const CONTAINER = /\.(mhtml?|mht|eml|msg|docx)$/i;
const isHtmlFile = (file: File): boolean => /\.html?$/i.test(file.name) || file.type === 'text/html';
const pathOf = (file: File): string => window.cuttings.pathForFile?.(file) ?? '';

/** An http(s) address on its own, as a browser gives a dragged link. */
function linkIn(data: DataTransfer): string | null {
  const candidates = [
    ...data
      .getData('text/uri-list')
      .split(/\r?\n/)
      .filter((line) => line && !line.startsWith('#')),
    data.getData('text/plain'),
  ];
  for (const candidate of candidates) {
    const text = candidate.trim();
    if (!/^https?:\/\/\S+$/i.test(text)) continue;
    try {
      return new URL(text).href;
    } catch {
      // not an address after all; try the next
    }
  }
  return null;
}

/** The visible text of an HTML fragment, without running or loading anything in it. */
function textOfHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.body?.textContent ?? '';
}

/** Folders among the dropped files (the browser lists a folder as a File of no type). */
function folderNames(data: DataTransfer): Set<string> {
  const names = new Set<string>();
  for (const item of data.items) {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry?.() : null;
    if (entry?.isDirectory) names.add(entry.name);
  }
  return names;
}

/**
 * Reads a drop. Files and folders come first (a link dragged with them is ignored), then a
 * lone link, then text. Returns a message for a drop Cuttings cannot take, or null for none.
 */
export function readDrop(data: DataTransfer): Dropped | string | null {
  const files = [...data.files];
  if (files.length > 0) {
    const folders = folderNames(data);
    // On disk, a name without an extension or type is most likely a folder: main will tell.
    const looksLikeFolder = (f: File): boolean => folders.has(f.name) || (!!pathOf(f) && !f.type && !/\.\w{1,5}$/.test(f.name));
    const takeable = files.filter((f) => looksLikeFolder(f) || IMPORTABLE.test(f.name) || f.type.startsWith('text/'));
    if (takeable.length === 0) {
      return files.length === 1
        ? `“${files[0]?.name}” is not an article file. Drop the text of an article, a link, a page (.html, .mhtml), an e-mail (.eml, .msg), a Word document (.docx), a PDF, a scan or photo (.png, .jpg, .tif, .webp), a .txt file, or a folder of them.`
        : `None of the ${files.length} files is an article file. Drop pages (.html, .mhtml), e-mails (.eml, .msg), Word documents (.docx), PDFs, scans or photos, or .txt files, or a folder of them.`;
    }
    return { kind: 'files', files };
  }
  const url = linkIn(data);
  const text = data.getData('text/plain');
  const html = data.getData('text/html');
  // A dragged link carries its address (or its label) as text too; an article is longer.
  if (url && text.trim().length < 300) {
    return { kind: 'url', url };
  }
  if (text.trim()) return html ? { kind: 'text', text, html } : { kind: 'text', text };
  if (html) return { kind: 'text', text: textOfHtml(html), html };
  return null;
}

export interface BatchProgress {
  done: number;
  total: number;
  label: string;
}

export type FileImport = (files: File[], progress: (p: BatchProgress) => void, stop: () => boolean) => Promise<BatchImportSummary>;

/**
 * Imports files as a batch: by path through main where the files are on disk (always, in
 * the desktop app: main reads each page in the charset it declares, expands folders, keeps
 * pictures), else by reading their content here (the browser test page).
 */
export const importFiles: FileImport = (files, progress, stop) => {
  const paths = files.map(pathOf);
  return paths.every(Boolean) ? window.cuttings.clippings.importFiles({ paths }) : importByContent(files, progress, stop);
};

async function importByContent(files: File[], progress: (p: BatchProgress) => void, stop: () => boolean): Promise<BatchImportSummary> {
  const summary: BatchImportSummary = { imported: [], duplicates: [], failed: [], cancelled: false };
  for (const [i, file] of files.entries()) {
    if (stop()) {
      summary.cancelled = true;
      break;
    }
    progress({ done: i, total: files.length, label: file.name });
    if (isPrintFileName(file.name)) {
      summary.failed.push({ file: file.name, reason: 'A PDF, scan or photo is read from its file on disk: import it in the desktop app.' });
      continue;
    }
    if (!IMPORTABLE.test(file.name) && !file.type.startsWith('text/')) {
      summary.failed.push({ file: file.name, reason: 'Not a text or HTML file, or a folder (import folders with Import a folder…).' });
      continue;
    }
    if (CONTAINER.test(file.name)) {
      summary.failed.push({ file: file.name, reason: 'This file can only be imported from disk: choose it with Choose files… in the app.' });
      continue;
    }
    try {
      const content = await file.text();
      const outcome = await window.cuttings.clippings.importText(isHtmlFile(file) ? { text: '', html: content } : { text: content });
      (outcome.duplicate ? summary.duplicates : summary.imported).push(outcome.clipping.id);
    } catch (err) {
      summary.failed.push({ file: file.name, reason: errorText(err) });
    }
  }
  progress({ done: files.length, total: files.length, label: '' });
  return summary;
}
