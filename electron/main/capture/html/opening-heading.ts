/// <reference lib="dom" />
/**
 * The heading a document or an e-mail opens with, when it is the clipping's title: the reader
 * shows the title above the text, so the heading is taken out of the body or it reads twice.
 */
import { parseHTML } from 'linkedom';

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Takes the first block out of `html` when it is a heading (h1–h3) and, if `title` is given,
 * says the same. Returns the HTML (unchanged when nothing was taken) and the heading's text.
 */
export function takeOpeningHeading(html: string, title?: string | null): { html: string; heading: string | null } {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const body = document.body;
  if (!body) return { html, heading: null };
  // The first element with words in it (a logo above the heading does not count).
  const first = Array.from(body.querySelectorAll('h1, h2, h3, p, li, td, blockquote, pre')).find(
    (el) => (el.textContent ?? '').trim() !== '',
  );
  if (!first || !/^H[1-3]$/i.test(first.tagName)) return { html, heading: null };
  const heading = (first.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (title !== undefined && (title === null || fold(title) !== fold(heading))) return { html, heading: null };
  first.remove();
  return { html: /<html[\s>]/i.test(html) ? document.toString() : body.innerHTML, heading };
}
