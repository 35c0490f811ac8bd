/// <reference lib="dom" />
/**
 * Takes the pictures the archive will not have out of sanitized article HTML. A picture that
 * is not stored would show as a broken image; what it said in words is kept: a figure keeps
 * its caption, and a meaningful alt text becomes the caption of a figure that had none.
 */
import { parseHTML } from 'linkedom';
import { parseCaptionLine } from '../paste/caption';
import { sanitizeArticleHtml } from '../sanitize';

/** Elements that only wrap a picture: when the picture goes and they hold nothing else, they go too. */
const WRAPPERS = new Set(['PICTURE', 'A', 'SPAN', 'P', 'DIV', 'EM', 'STRONG', 'B', 'I', 'SMALL', 'CENTER']);
/** Parents whose content is a line of text: a figure cannot stand inside them. */
const PHRASING = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SMALL', 'SUB',
  'SUP', 'MARK', 'Q', 'CITE', 'ABBR', 'CODE', 'TIME', 'FIGCAPTION', 'CAPTION', 'DT', 'SUMMARY', 'PRE',
  'DEL', 'INS', 'KBD', 'SAMP', 'VAR', 'DFN', 'BDI', 'BDO', 'RUBY', 'RT', 'RP',
]);
/** Alt texts that say nothing about the picture. */
const GENERIC_ALT =
  /^(?:image|img|photo|photograph|picture|pic|foto|bild|imagen|immagine|obrázek|фото|illustration|graphic|thumbnail|thumb|logo|icon|banner|placeholder|untitled|null|undefined|spacer|avatar|advertisement|ad|gallery|video)s?[\s_-]*\d*$/iu;

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

const FILE_NAME = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)$/iu;
const ADDRESS = /^(?:https?:|www\.|\/)/iu;
/** One token with an underscore or a digit: "hero_image_2x", "IMG2041", "DSC-0042". */
const MACHINE_NAME = /^[\p{L}\p{N}-]*[_\p{N}][\p{L}\p{N}_-]*$/u;

/**
 * The alt text worth keeping in words, or null: "", "image", "IMG_2041.jpg", a credit line, or a
 * single word ("Logo", "Share", "Harbour"), which says too little to stand without its picture.
 */
export function meaningfulAlt(alt: string | null | undefined): string | null {
  const text = squash(alt);
  if ((text.match(/\p{L}/gu)?.length ?? 0) < 3 || GENERIC_ALT.test(text) || !text.includes(' ')) return null;
  if (FILE_NAME.test(text) || ADDRESS.test(text) || MACHINE_NAME.test(text)) return null;
  const asCaption = parseCaptionLine(text);
  if (asCaption && asCaption.caption === null) return null; // only a credit: "Photo: Reuters"
  return text;
}

/** True when a caption says something besides who took the picture. */
function meaningfulCaption(text: string): boolean {
  const caption = squash(text);
  if (!/\p{L}/u.test(caption)) return false;
  const parsed = parseCaptionLine(caption);
  return !(parsed && parsed.caption === null);
}

function isEmpty(el: Element): boolean {
  return squash(el.textContent) === '' && el.querySelector('img') === null;
}

/** The element a picture occupies: the img with the wrappers that hold nothing but it. */
function slotOf(img: Element): Element {
  let slot = img;
  for (let parent = slot.parentElement; parent && WRAPPERS.has(parent.tagName.toUpperCase()); parent = parent.parentElement) {
    if (parent.children.length !== 1 || squash(parent.textContent) !== '') break;
    slot = parent;
  }
  return slot;
}

function captionFigure(document: Document, text: string): Element {
  const figure = document.createElement('figure');
  const caption = document.createElement('figcaption');
  caption.textContent = text;
  figure.appendChild(caption);
  return figure;
}

function dropFromFigure(document: Document, figure: Element, slot: Element, alt: string | null): void {
  slot.remove();
  if (figure.querySelector('img')) return;
  const caption = figure.querySelector('figcaption');
  const said = squash(caption?.textContent);
  if (said && meaningfulCaption(said)) return;
  // Only a credit, or nothing: the alt text becomes the caption, or the figure goes.
  if (alt && !said.toLowerCase().includes(alt.toLowerCase())) {
    figure.replaceWith(captionFigure(document, alt));
  } else {
    figure.remove();
  }
}

/**
 * Removes every `<img>` whose `src` is not in `keep`, with the wrappers and figures left empty
 * behind it, keeping captions and meaningful alt texts. Returns sanitized HTML; `html` itself
 * when there was nothing to remove.
 */
export function keepOnlyImages(html: string, keep: ReadonlySet<string>): string {
  if (!/<img\b/i.test(html)) return html;
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const doomed = Array.from(document.querySelectorAll('img')).filter((img) => !keep.has(img.getAttribute('src') ?? ''));
  if (doomed.length === 0) return html;
  for (const img of doomed) {
    if (!img.isConnected) continue;
    const alt = meaningfulAlt(img.getAttribute('alt'));
    const slot = slotOf(img);
    const figure = img.closest('figure');
    if (figure) {
      dropFromFigure(document, figure, slot, alt);
    } else if (alt && !PHRASING.has(slot.parentElement?.tagName.toUpperCase() ?? '')) {
      slot.replaceWith(captionFigure(document, alt));
    } else {
      // A picture inside a line of text: its alt would read as part of the sentence.
      slot.remove();
    }
  }
  for (const figure of Array.from(document.querySelectorAll('figure'))) if (isEmpty(figure)) figure.remove();
  // Edited with linkedom: sanitize again so the promise about the HTML still holds.
  return sanitizeArticleHtml(document.body.innerHTML);
}
