/**
 * Renames image references in sanitized article HTML after the images were fetched or read and
 * their real type differs from the name guessed from their address (`img-3.jpg` served as PNG).
 * Images that could not be had are not removed here: {@link finishArticle} does that for every
 * capture path at once.
 */
import { parseHTML } from 'linkedom';
import { sanitizeArticleHtml } from '../sanitize';
import type { CapturedImage } from '../types';

/** `img-3.jpg` → `img-3.png`. */
export function withExtension(file: string, ext: string): string {
  return `${file.replace(/\.[^.]+$/, '')}.${ext}`;
}

/**
 * Points the `<img src>` of `html` at the new names of `after` (one entry per image of `before`,
 * in the same order). Returns the HTML unchanged when no name changed.
 */
export function renameImageFiles(
  before: CapturedImage[],
  after: CapturedImage[],
  html: string | null,
): string | null {
  const renamed = new Map<string, string>();
  before.forEach((image, i) => {
    const to = after[i]?.file;
    if (to && to !== image.file) renamed.set(image.file, to);
  });
  if (html === null || renamed.size === 0) return html;
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  for (const img of Array.from(document.querySelectorAll('img'))) {
    const to = renamed.get(img.getAttribute('src') ?? '');
    if (to) img.setAttribute('src', to);
  }
  // Edited with linkedom: sanitize again so the promise about the HTML still holds.
  return sanitizeArticleHtml(document.body.innerHTML);
}
