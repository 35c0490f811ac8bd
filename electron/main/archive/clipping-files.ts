/**
 * A clipping's folder: `clippings/YYYY/MM/<id>/` with `text.txt`, `article.html` (when the
 * capture had HTML), the original as captured, images and `clipping.json` (the metadata as
 * captured). Everything is flushed to disk before the catalogue entry that points to it.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ClippingImage } from '../../../shared/clipping';
import type { CapturedArticle } from '../capture/types';
import { fsyncDir, writeFileSynced } from './durable-fs';
import { HTML_FILE, META_FILE, TEXT_FILE } from './layout';
import type { StoredClipping } from './schema';

const RESERVED = new Set([TEXT_FILE, HTML_FILE, META_FILE]);

/** A safe file name inside a clipping's folder (no separators, no dot-files, not a reserved name). */
export function safeFileName(wanted: string, fallback: string, taken: Set<string>): string {
  const base = path.basename(wanted.replace(/\\/g, '/'));
  let name = base
    .replace(/[^\w.-]+/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 100);
  if (!name || RESERVED.has(name.toLowerCase())) name = fallback;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()) || RESERVED.has(candidate.toLowerCase()); n++) {
    candidate = `${stem}-${n}${ext}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** File names the clipping will use, decided before anything is written. */
export interface PlannedFiles {
  original: string;
  images: Array<{ image: ClippingImage; data: Uint8Array }>;
}

export function planFiles(article: CapturedArticle): PlannedFiles {
  const taken = new Set<string>();
  const original = safeFileName(article.original.file, 'original.bin', taken);
  const images: PlannedFiles['images'] = [];
  article.images.forEach((img, i) => {
    // An image that was never downloaded cannot be shown offline: it is not kept.
    if (!img.data) return;
    const file = safeFileName(img.file, `img-${i + 1}.bin`, taken);
    images.push({ image: { file, alt: img.alt, originalUrl: img.originalUrl }, data: img.data });
  });
  return { original, images };
}

/**
 * Writes every file of a new clipping into `folder` (which must not exist yet) and flushes
 * the files and the folders above them up to the archive root.
 */
export async function writeClippingFiles(
  root: string,
  folder: string,
  article: CapturedArticle,
  planned: PlannedFiles,
  record: StoredClipping,
): Promise<void> {
  const firstCreated = await mkdir(folder, { recursive: true });
  const writes: Array<Promise<void>> = [
    writeFileSynced(path.join(folder, TEXT_FILE), article.text),
    writeFileSynced(path.join(folder, planned.original), article.original.data),
    writeFileSynced(path.join(folder, META_FILE), `${JSON.stringify(record, null, 2)}\n`),
  ];
  if (article.html !== null) writes.push(writeFileSynced(path.join(folder, HTML_FILE), article.html));
  for (const { image, data } of planned.images)
    writes.push(writeFileSynced(path.join(folder, image.file), data));
  // Wait for every write before reporting a failure, so that undoing (removing the folder)
  // cannot race with a write still in flight.
  const failed = (await Promise.allSettled(writes)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  await flushNewFolder(root, folder, firstCreated);
}

/**
 * Flushes each folder whose entries changed: the clipping's own and every parent created for
 * it (`firstCreated`, as `mkdir -p` returned it): all must be on disk before the catalogue
 * names the clipping, in any order.
 */
export async function flushNewFolder(root: string, folder: string, firstCreated: string | undefined): Promise<void> {
  const dirs: string[] = [];
  const stop = path.dirname(firstCreated ?? folder);
  for (let dir = folder; ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (dir === stop || dir === root || dir.length <= root.length) break;
  }
  await Promise.all(dirs.map(fsyncDir));
}

/** Removes a clipping's folder; used to undo an add that was not committed, or to empty the trash. */
export async function removeClippingFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}
