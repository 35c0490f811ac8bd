/// <reference lib="dom" />
/**
 * The article body: Readability on linkedom, then the pieces of CapturedArticle that come from
 * the extracted content (text, images, caption) rather than from page metadata.
 */
import { Readability } from '@mozilla/readability';
import type { CapturedImage } from '../types';
import { collectImages, type ImagePolicy } from './images';
import { blockText } from './text';
import { cleanValue, type Found } from './metadata';
import { FORBID_CONTENTS } from '../../../../shared/sanitize-policy';

/**
 * Elements the sanitizer would drop whole. Dropping them here first is not the safety measure
 * (sanitizeArticleHtml is); it keeps their words out of the text, and spares jsdom building an
 * <iframe>'s browsing context or an <svg> tree only to throw it away.
 */
const DROPPED = FORBID_CONTENTS.join(', ');

/** What Readability found, with the content still as a DOM element we can walk. */
export interface ExtractedArticle {
  content: Element;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: string | null;
  publishedTime: string | null;
}

/** Runs Readability (which mutates `document`); null when it finds no article. */
export function extractArticle(document: Document): ExtractedArticle | null {
  const reader = new Readability<Element>(document, { serializer: (node) => node as Element });
  const result = reader.parse();
  if (!result?.content) return null;
  return {
    content: result.content,
    title: cleanValue(result.title),
    byline: cleanValue(result.byline),
    siteName: cleanValue(result.siteName),
    lang: result.lang ?? null,
    dir: result.dir ?? null,
    publishedTime: result.publishedTime ?? null,
  };
}

/** Inline styles that hide an element: an e-mail's preheader, a Word document's hidden text. */
const HIDDEN = '[style*="display:none" i], [style*="display: none" i], [hidden]';

/**
 * The whole body as the article, for HTML that is all content (an e-mail, a Word document):
 * only what the reader would never have seen (hidden elements) is left out.
 */
export function wholeDocument(document: Document): ExtractedArticle | null {
  const body = document.body;
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll(HIDDEN))) el.remove();
  // Mail programs and Word space paragraphs apart with empty ones (<p>&nbsp;</p>).
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (!(p.textContent ?? '').replace(/[\s\u00a0]+/g, '') && !p.querySelector('img')) p.remove();
  }
  const root = document.documentElement;
  return {
    content: body,
    title: cleanValue(document.title),
    byline: null,
    siteName: null,
    lang: root?.getAttribute('lang') ?? null,
    dir: root?.getAttribute('dir') ?? body.getAttribute('dir') ?? null,
    publishedTime: null,
  };
}

const TRAILING_CREDIT =
  /\s*\((?:bild|foto|photo|image|picture|credit|crédit|fotografía|photographie)\s*:\s*([^()]+)\)\s*$/i;
const CREDIT_LABEL = /^(?:credit|crédit|photo|foto|bild|image|picture)s?\s*:?\s+/i;

/** A figure that opens the article (before any paragraph): its caption and credit are "obvious". */
function leadFigure(content: Element): { caption: string | null; credit: string | null } {
  const firstBlock = content.querySelector('p, figure');
  if (firstBlock?.tagName.toUpperCase() !== 'FIGURE') return { caption: null, credit: null };
  const figcaption = firstBlock.querySelector('figcaption');
  if (!figcaption) return { caption: null, credit: null };
  const creditEl = figcaption.querySelector(
    '[class*="credit" i], [class*="copyright" i], [itemprop="copyrightHolder"], [itemprop="creditText"]',
  );
  let caption = cleanValue(figcaption.textContent);
  let credit = cleanValue(creditEl?.textContent);
  if (caption && credit) caption = cleanValue(caption.replace(credit, ''));
  // "… (Bild: Hersteller)", "… (Photo: AFP)": a credit in brackets at the end of the caption.
  const bracketed = caption ? TRAILING_CREDIT.exec(caption) : null;
  if (caption && bracketed && !credit) {
    credit = cleanValue(bracketed[1]);
    caption = cleanValue(caption.slice(0, bracketed.index));
  }
  return { caption, credit: credit ? cleanValue(credit.replace(CREDIT_LABEL, '')) : null };
}

/** The parts of the article taken from its content element. */
export interface ArticleBody {
  text: string;
  /** Unsanitized article HTML with image sources rewritten to archive file names. */
  rawHtml: string;
  images: CapturedImage[];
  caption: Found | null;
  credit: Found | null;
}

/** Text, images and lead caption of an extracted article. Mutates `article.content`. */
export function articleBody(
  article: ExtractedArticle,
  leadImage: string | null,
  base: string | null,
  policy: ImagePolicy | undefined,
): ArticleBody {
  for (const el of Array.from(article.content.querySelectorAll(DROPPED))) el.remove();
  const images = collectImages(article.content, leadImage, base, policy);
  const lead = leadFigure(article.content);
  const text = blockText(article.content);
  const inner = article.content.innerHTML;
  const dir = article.dir?.toLowerCase();
  return {
    text,
    rawHtml: dir === 'rtl' || dir === 'ltr' ? `<div dir="${dir}">${inner}</div>` : inner,
    images,
    caption: lead.caption ? { value: lead.caption, provenance: 'readability' } : null,
    credit: lead.credit ? { value: lead.credit, provenance: 'readability' } : null,
  };
}
