/**
 * Rich paste: what a browser puts on the clipboard when the user copies part of a page, as
 * text/plain and text/html. The HTML keeps the article's structure and pictures but rarely the
 * page's metadata (no <head>), while the text is what the paste parser reads best (headline,
 * byline, dateline lines). So: paste parser for the fields and text, sanitized HTML for display.
 */
import { CuttingsError } from '../../../../shared/errors';
import { OPTIONAL_METADATA_FIELDS } from '../../../../shared/provenance';
import { finishArticle } from '../finish';
import { capturePastedText } from '../paste';
import type { CapturedArticle } from '../types';
import { readPage } from './index';

/** Copied HTML worth keeping: at least two blocks of text, or an <article>. */
const BLOCKS = /<(?:p|h[1-6]|li|blockquote|article)\b/gi;

function isArticleLike(html: string): boolean {
  const matches = html.slice(0, 2_000_000).match(BLOCKS);
  return (matches?.length ?? 0) >= 2 || /<article\b/i.test(html);
}

async function tryHtml(html: string): Promise<CapturedArticle | null> {
  try {
    return await readPage(html, { fileName: 'the pasted page' });
  } catch (err) {
    if (err instanceof CuttingsError && err.code === 'invalid-input') return null;
    throw err;
  }
}

/** Fields from the paste parser where it found them, else from the HTML; HTML kept for display. */
function merge(paste: CapturedArticle, rich: CapturedArticle, html: string): CapturedArticle {
  const merged: CapturedArticle = {
    ...paste,
    html: rich.html,
    images: rich.images,
    original: { file: 'original.html', data: new TextEncoder().encode(html) },
    provenance: { ...paste.provenance },
  };
  if (paste.titleDerived && !rich.titleDerived) {
    merged.title = rich.title;
    merged.titleDerived = false;
    if (rich.provenance.title) merged.provenance.title = rich.provenance.title;
  }
  for (const field of OPTIONAL_METADATA_FIELDS) {
    if (paste[field] === null && rich[field] !== null) {
      merged[field] = rich[field];
      const from = rich.provenance[field];
      if (from) merged.provenance[field] = from;
    }
  }
  return merged;
}

/**
 * Captures what the user pasted. With `html` that holds an article (two or more paragraphs,
 * headings or list items), the result keeps its sanitized HTML; otherwise it is plain pasted
 * text. The pictures of copied HTML are on the web and are not downloaded, so they are left
 * out (a figure keeps its caption).
 * @throws CuttingsError `invalid-input` when neither holds an article.
 */
export async function captureClipboard(text: string, html?: string): Promise<CapturedArticle> {
  const rich = html && isArticleLike(html) ? await tryHtml(html) : null;
  if (!rich || !html) return finishArticle(capturePastedText(text));
  // Some sources put only HTML on the clipboard: read the fields from its text then.
  const paste = capturePastedText(text.trim() ? text : rich.text);
  return finishArticle(merge(paste, rich, html));
}
