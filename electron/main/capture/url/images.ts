/**
 * Downloads an article's images so the archive can show them offline. Each image is bounded
 * (time, bytes, raster image types only: an SVG can carry script) and every request, redirects
 * included, passes the private-address check. The ones that fail keep `data: null`;
 * finishArticle then drops them from the list and the HTML rather than leave broken pictures.
 */
import { renameImageFiles, withExtension } from '../html/replace-images';
import type { CapturedImage } from '../types';
import { deadline, fetchLimited } from './fetch-limited';
import type { PinnedFetch } from './pinned-fetch';

/** Limits for {@link downloadImages}. */
export interface ImageDownloadLimits {
  perImageMs: number;
  /** Bound on the whole image phase, so 50 slow images cannot hold an import for minutes. */
  totalMs: number;
  maxImageBytes: number;
  maxTotalBytes: number;
  concurrency: number;
  signal?: AbortSignal;
  fetch: PinnedFetch;
  /** Runs before each request and redirect hop: throws to refuse an address, else gives the addresses to connect to. */
  beforeRequest?: (url: URL, hop: number, signal: AbortSignal) => Promise<readonly string[] | undefined>;
}

const EXT_BY_TYPE: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/pjpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
};

function mediaType(contentType: string): string {
  return contentType.split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Fills `data` of each image that downloads within the limits (the others keep `data: null`),
 * in order, and renames the ones whose real type differs from their name, in the HTML too.
 */
export async function downloadImages(
  images: CapturedImage[],
  html: string | null,
  limits: ImageDownloadLimits,
): Promise<{ images: CapturedImage[]; html: string | null }> {
  const phase = deadline(limits.totalMs, limits.signal);
  const results: CapturedImage[] = [...images];
  let totalBytes = 0;
  let next = 0;

  const fetchOne = async (image: CapturedImage): Promise<CapturedImage | null> => {
    if (!image.originalUrl || totalBytes >= limits.maxTotalBytes) return null;
    let url: URL;
    try {
      url = new URL(image.originalUrl);
    } catch {
      return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const one = deadline(limits.perImageMs, phase.signal);
    try {
      const got = await fetchLimited(url, {
        ...one,
        timeoutMs: limits.perImageMs,
        maxBytes: Math.min(limits.maxImageBytes, limits.maxTotalBytes - totalBytes),
        maxRedirects: 5,
        fetch: limits.fetch,
        beforeRequest: limits.beforeRequest,
        headers: { accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1' },
        checkType: (type) => {
          if (!EXT_BY_TYPE[mediaType(type)]) throw new Error(`not a raster image: ${type}`);
        },
      });
      if (got.bytes.byteLength === 0) return null;
      totalBytes += got.bytes.byteLength;
      const ext = EXT_BY_TYPE[mediaType(got.contentType)] ?? 'jpg';
      return { ...image, file: withExtension(image.file, ext), data: got.bytes };
    } catch {
      // A missing picture is not worth failing the article for.
      return null;
    }
  };

  const worker = async (): Promise<void> => {
    while (next < images.length && !phase.signal.aborted) {
      const index = next++;
      const image = images[index];
      if (image) results[index] = (await fetchOne(image)) ?? image;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limits.concurrency) }, worker));

  return { images: results, html: renameImageFiles(images, results, html) };
}
