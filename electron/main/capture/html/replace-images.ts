/**
 * Edits the image references of sanitized article HTML after the images were fetched or read:
 * an image that could not be had is removed (a broken picture helps nobody), one whose real
 * type differs from its name is renamed.
 */
import { parseHTML } from 'linkedom';
import { sanitizeArticleHtml } from '../sanitize';
import type { CapturedImage } from '../types';

/** `img-3.jpg` → `img-3.png`. */
export function withExtension(file: string, ext: string): string {
  return `${file.replace(/\.[^.]+$/, '')}.${ext}`;
}

/**
 * Applies `outcome` (one entry per image of `before`, null where it failed) to `html`, and
 * returns the images that remain.
 */
export function applyImageOutcome(
  before: CapturedImage[],
  outcome: Array<CapturedImage | null>,
  html: string | null,
): { images: CapturedImage[]; html: string | null } {
  const files = new Map<string, string | null>();
  before.forEach((image, i) => files.set(image.file, outcome[i]?.file ?? null));
  const images = outcome.filter((image): image is CapturedImage => image !== null);
  if (html === null || ![...files].some(([from, to]) => from !== to)) return { images, html };
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  for (const img of Array.from(document.querySelectorAll('img'))) {
    const to = files.get(img.getAttribute('src') ?? '') ?? null;
    if (to) img.setAttribute('src', to);
    else img.remove();
  }
  // Edited with linkedom: sanitize again so the promise about the HTML still holds.
  return { images, html: sanitizeArticleHtml(document.body.innerHTML) };
}
