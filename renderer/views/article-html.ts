/**
 * The stored article HTML made ready for the reader: sanitized again with the shared policy
 * (a file changed on disk still cannot run anything), links sent to the browser, pictures
 * only from the archive, and what the page repeated around its text left out (the headline,
 * byline and date lines above it, a caption retyped under its picture), by the same rules
 * the dossier uses (`shared/article-repeats.ts`).
 */
import DOMPurify from 'dompurify';
import { ARCHIVE_SCHEME, CLIPPING_FILES_BASE } from '../../shared/archive-url';
import { isBylineLine, isDateLine, sameWords, squash } from '../../shared/article-repeats';
import type { Clipping } from '../../shared/clipping';
import { PURIFY_OPTIONS } from '../../shared/sanitize-policy';

/** Links to web pages, pictures from the archive: main stored nothing else, and nothing else may load. */
const PAGE_URLS = new RegExp(`^(?:https?:|${ARCHIVE_SCHEME}:)`, 'i');
/** The first blocks of text, where a saved page repeats its headline, byline and date. */
const EARLY = 6;
const TEXT_BLOCKS =
  'h1, h2, h3, h4, h5, h6, p, time, address, div:not(:has(h1, h2, h3, h4, h5, h6, p, div, li, figure))';

const DIRECTED_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, caption, td, th, dt, dd, pre';

/** True for a line the reader's header already shows: the headline, the byline, a date. */
export function repeatsHeader(text: string, c: Pick<Clipping, 'title' | 'author'>): boolean {
  return squash(text) === squash(c.title) || isBylineLine(text, c.author) || isDateLine(text);
}

export function cleanArticleHtml(html: string, c: Pick<Clipping, 'title' | 'author'>): string {
  const fragment = DOMPurify.sanitize(html, {
    ...PURIFY_OPTIONS,
    ALLOWED_URI_REGEXP: PAGE_URLS,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const a of fragment.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  // Only the archive's own pictures: anything else would be a request to the network.
  for (const img of fragment.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (!src.startsWith(CLIPPING_FILES_BASE)) img.remove();
    else img.setAttribute('loading', 'lazy');
  }
  dropRepeats(fragment, c);
  demoteHeadings(fragment);
  // Each block finds its own direction from its first letter: an Arabic or Hebrew paragraph
  // reads right to left, inside an English article as much as on its own.
  for (const block of fragment.querySelectorAll(DIRECTED_BLOCKS)) block.setAttribute('dir', 'auto');
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

/**
 * The reader's title is the window's one level-1 heading: the page's own headings go one level
 * down (h1 → h2 … h5 → h6), so a screen reader's outline has the clipping's title on top and the
 * article's sections under it.
 */
function demoteHeadings(root: DocumentFragment): void {
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5')) {
    const lower = heading.ownerDocument.createElement(`h${Number(heading.tagName[1]) + 1}`);
    for (const { name, value } of heading.attributes) lower.setAttribute(name, value);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
}

function dropRepeats(root: DocumentFragment, c: Pick<Clipping, 'title' | 'author'>): void {
  const blocks = [...root.querySelectorAll<HTMLElement>(TEXT_BLOCKS)].filter(
    (el) => (el.textContent ?? '').trim() !== '',
  );
  for (const el of blocks.slice(0, EARLY)) {
    if (el.closest('figure') || !repeatsHeader(el.textContent ?? '', c)) continue;
    removeWithEmptyParents(el, root);
  }
  // A paragraph that only retypes the caption of the picture just above it.
  for (const figure of root.querySelectorAll('figure')) {
    const caption = figure.querySelector('figcaption')?.textContent;
    const next = figure.nextElementSibling;
    const text = next?.matches('p') ? (next.textContent ?? '') : '';
    if (caption && text && text.length < caption.length * 1.5 && sameWords(squash(caption), squash(text)))
      next?.remove();
  }
}

function removeWithEmptyParents(el: Element, root: DocumentFragment): void {
  let parent = el.parentElement;
  el.remove();
  while (
    parent &&
    parent.parentNode !== root &&
    (parent.textContent ?? '').trim() === '' &&
    !parent.querySelector('img')
  ) {
    const up: HTMLElement | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

/**
 * A picture whose file is missing becomes a calm placeholder saying so, instead of its alt
 * text in large type on a grey bar. For pictures inside the article HTML (not React's).
 */
export function placeholderFor(img: HTMLImageElement): HTMLElement {
  const box = document.createElement('span');
  box.className = 'picture-missing';
  box.setAttribute('role', 'img');
  const alt = img.getAttribute('alt')?.trim();
  box.setAttribute('aria-label', alt ? `Picture not available: ${alt}` : 'Picture not available');
  box.textContent = 'Picture not available';
  return box;
}
