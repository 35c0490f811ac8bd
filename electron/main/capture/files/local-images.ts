/**
 * A page saved with its pictures ("Web page, complete") keeps them in a folder beside it and
 * points at them with relative addresses. Those images are read from disk, but only from the
 * page's own folder (no "../", no symlink out of it), only raster images, and within a size cap.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renameImageFiles, withExtension } from '../html/replace-images';
import type { CapturedArticle, CapturedImage } from '../types';

/** Larger than any picture a news page shows. */
export const MAX_LOCAL_IMAGE_BYTES = 10 * 1024 * 1024;

/** The extension of a raster image by its first bytes, or null (SVG, HTML, anything else). */
export function rasterType(bytes: Uint8Array): string | null {
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 12) === 'ftypavif') return 'avif';
  if (ascii(0, 2) === 'BM') return 'bmp';
  return null;
}

async function readLocal(image: CapturedImage, folder: string): Promise<CapturedImage | null> {
  try {
    const real = await realpath(fileURLToPath(image.originalUrl ?? ''));
    const inside = relative(folder, real);
    if (!inside || inside.startsWith('..') || isAbsolute(inside)) return null;
    const info = await stat(real);
    if (!info.isFile() || info.size === 0 || info.size > MAX_LOCAL_IMAGE_BYTES) return null;
    const data = new Uint8Array(await readFile(real));
    const ext = rasterType(data);
    // A local path says nothing useful about where the picture came from.
    return ext ? { ...image, file: withExtension(image.file, ext), data, originalUrl: null } : null;
  } catch {
    return null;
  }
}

/**
 * Fills `data` of the images a saved page (at `htmlPath`) keeps beside it; those that cannot be
 * read keep `data: null` (finishArticle drops them). Images on the web are left as they are.
 */
export async function readLocalImages(article: CapturedArticle, htmlPath: string): Promise<CapturedArticle> {
  if (!article.images.some((image) => image.originalUrl?.startsWith('file:'))) return article;
  const folder = await realpath(dirname(htmlPath));
  const outcome = await Promise.all(
    article.images.map((image) =>
      image.originalUrl?.startsWith('file:') ? readLocal(image, folder) : image,
    ),
  );
  const images = outcome.map((image, i) => image ?? { ...(article.images[i] as CapturedImage), data: null });
  return { ...article, images, html: renameImageFiles(article.images, images, article.html) };
}
