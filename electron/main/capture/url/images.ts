/**
 * Downloads an article's images so the archive can show them offline. Each image is bounded
 * (time, bytes, raster image types only: an SVG can carry script); the ones that fail are
 * dropped from the list and from the article's HTML rather than left as broken references.
 */
import { applyImageOutcome, withExtension } from '../html/replace-images';
import type { CapturedImage } from '../types';
import { deadline, fetchLimited } from './fetch-limited';

/** Limits for {@link downloadImages}. */
export interface ImageDownloadLimits {
  perImageMs: number;
  /** Bound on the whole image phase, so 50 slow images cannot hold an import for minutes. */
  totalMs: number;
  maxImageBytes: number;
  maxTotalBytes: number;
  concurrency: number;
  signal?: AbortSignal;
  fetch: typeof fetch;
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
 * Fills `data` of each image that downloads within the limits. Returns the images that made
 * it (in order) and the HTML with the others removed.
 */
export async function downloadImages(
  images: CapturedImage[],
  html: string | null,
  limits: ImageDownloadLimits,
): Promise<{ images: CapturedImage[]; html: string | null }> {
  const phase = deadline(limits.totalMs, limits.signal);
  const results: Array<CapturedImage | null> = images.map(() => null);
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
      if (image) results[index] = await fetchOne(image);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limits.concurrency) }, worker));

  return applyImageOutcome(images, results, html);
}
