/// <reference lib="dom" />
/**
 * The article's images: picked from the extracted content (lead image first), numbered
 * `img-N.ext`, and the content's <img src> rewritten to those names so the app serves them from
 * the archive, never from the network. Images past the cap are removed from the content.
 */
import type { CapturedImage } from '../types';

/** How many images an article keeps. */
export interface ImagePolicy {
  /** At most this many images (lead image included). Default {@link DEFAULT_MAX_IMAGES}. */
  max?: number;
}

/** Enough for any news article; a gallery page with thousands of images stays fast. */
export const DEFAULT_MAX_IMAGES = 50;

const RASTER_EXT = /\.(jpe?g|png|gif|webp|avif|bmp)$/i;
const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-hi-res-src'];

/** The file extension to store an image under, from its address ('jpg' when it does not say). */
export function extensionFor(url: string): string {
  let path = url;
  try {
    path = new URL(url, 'http://relative.invalid/').pathname;
  } catch {
    // keep the raw value
  }
  const ext = RASTER_EXT.exec(path)?.[1]?.toLowerCase() ?? 'jpg';
  return ext === 'jpeg' ? 'jpg' : ext;
}

/**
 * An address we may record: http(s); file: only when the page itself is a file (a saved page's
 * own folder, read by captureFile); a bare relative path when there is nothing to resolve
 * against. Never data:, javascript:…
 */
function usable(value: string | null | undefined, base: string | null): string | null {
  const raw = value?.trim();
  if (!raw || raw.startsWith('#')) return null;
  try {
    const url = new URL(raw, base ?? undefined);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    return url.protocol === 'file:' && base?.startsWith('file:') ? url.href : null;
  } catch {
    return /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//') ? null : raw;
  }
}

function largestFromSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor ?? '1') || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function isSvg(url: string): boolean {
  return /\.svg(?:$|[?#])/i.test(url);
}

function imageUrl(img: Element, base: string | null): string | null {
  const candidates = [
    img.getAttribute('src'),
    ...LAZY_ATTRS.map((a) => img.getAttribute(a)),
    largestFromSrcset(img.getAttribute('srcset') ?? img.getAttribute('data-srcset')),
  ];
  for (const candidate of candidates) {
    const url = usable(candidate, base);
    if (url && !isSvg(url)) return url;
  }
  return null;
}

function isTrackingPixel(img: Element): boolean {
  const w = img.getAttribute('width');
  const h = img.getAttribute('height');
  return (w !== null && Number(w) <= 2) || (h !== null && Number(h) <= 2);
}

function cleanAlt(img: Element): string | null {
  return img.getAttribute('alt')?.replace(/\s+/g, ' ').trim() || null;
}

/**
 * Removes images far past the cap before Readability runs: it spends about a millisecond per
 * <img> per attempt (up to four attempts), so a gallery page with 10,000 pictures would take
 * many seconds. Twice the cap leaves room for logos and icons before the article's pictures.
 */
export function pruneExcessImages(document: Document, policy: ImagePolicy = {}): void {
  const keep = Math.max(20, 2 * (policy.max ?? DEFAULT_MAX_IMAGES));
  const imgs = document.querySelectorAll('img');
  for (let i = keep; i < imgs.length; i++) imgs[i]?.remove();
}

/**
 * Numbers the images of `content` (mutating it) and returns them in order. `leadImage` (the
 * page's og:image) comes first unless the body shows it or opens with a picture of its own.
 */
export function collectImages(
  content: Element,
  leadImage: string | null,
  base: string | null,
  policy: ImagePolicy = {},
): CapturedImage[] {
  const max = Math.max(0, policy.max ?? DEFAULT_MAX_IMAGES);
  // <source> offers remote alternatives the sanitizer would drop anyway; the <img> inside stays.
  for (const source of Array.from(content.querySelectorAll('picture source'))) source.remove();

  const imgs = Array.from(content.querySelectorAll('img'));
  const urls = imgs.map((img) => (isTrackingPixel(img) ? null : imageUrl(img, base)));
  const images: CapturedImage[] = [];
  const fileByUrl = new Map<string, string>();
  const add = (url: string, alt: string | null): string => {
    const file = `img-${images.length + 1}.${extensionFor(url)}`;
    images.push({ file, alt, originalUrl: url, data: null });
    fileByUrl.set(url, file);
    return file;
  };

  // og:image is often another crop of the picture the article opens with: add it only when the
  // article does not open with a picture of its own.
  const opening = content.querySelector('p, figure, img, picture');
  const opensWithImage = opening !== null && opening.tagName.toUpperCase() !== 'P' && urls.some(Boolean);
  if (leadImage && max > 0 && !isSvg(leadImage) && !opensWithImage && !urls.includes(leadImage)) {
    add(leadImage, null);
  }
  imgs.forEach((img, i) => {
    const url = urls[i];
    const file = url ? (fileByUrl.get(url) ?? (images.length < max ? add(url, cleanAlt(img)) : null)) : null;
    if (!file) {
      img.remove();
      return;
    }
    for (const attr of Array.from(img.attributes).map((a) => a.name)) {
      if (attr !== 'alt' && attr !== 'title' && attr !== 'width' && attr !== 'height')
        img.removeAttribute(attr);
    }
    img.setAttribute('src', file);
  });
  return images;
}
