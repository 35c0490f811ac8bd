/**
 * Web page → CapturedArticle. Readability finds the article body; the page's own metadata
 * (JSON-LD, OpenGraph, <meta>) is preferred for title, author, source and date because
 * publishers write it for machines, with Readability's guesses as the fallback.
 */
import { CuttingsError } from '../../../../shared/errors';
import type { Provenance, ProvenancedField } from '../../../../shared/clipping';
import { finishArticle } from '../finish';
import { analyze } from '../nlp';
import { sanitizeArticleHtml } from '../sanitize';
import type { CapturedArticle } from '../types';
import { articleBody, extractArticle, wholeDocument } from './article';
import { normaliseDate } from './dates';
import { decodeHtml } from './decode';
import { ensureBase, parsePage } from './document';
import { pruneExcessImages, type ImagePolicy } from './images';
import { normaliseLang } from './lang';
import { cleanHeadline } from '../title-suffix';
import { cleanByline, readPageMetadata, type Found } from './metadata';

export type { ImagePolicy } from './images';
export { DEFAULT_MAX_IMAGES } from './images';

/** Options for {@link captureHtml}. */
export interface CaptureHtmlOptions {
  /** The page's address: resolves relative links and images; the article's url if no canonical. */
  url?: string;
  /** Where the page came from, named in error messages. */
  fileName?: string;
  images?: ImagePolicy;
  /**
   * What relative addresses in the page are relative to, when not `url`: captureFile passes the
   * file's own `file:` URL so a saved page's pictures are found beside it. Default: `url`, else
   * the page's canonical address.
   */
  baseUrl?: string;
  /** Charset from an HTTP Content-Type header; outranks the page's <meta charset>. */
  charset?: string | null;
  /**
   * Keep the whole body instead of running Readability: for HTML that is all article (an
   * e-mail, a Word document), where Readability would cut what it takes for site furniture.
   */
  whole?: boolean;
}

const LOOKS_LIKE_HTML =
  /<(?:!doctype|html|head|body|p|div|article|main|h[1-6]|br|span|table|section|meta|title)\b/i;

function fallback(value: string | null, provenance: Provenance): Found | null {
  return value ? { value, provenance } : null;
}

function derivedTitle(text: string): string {
  const firstPara = text.split('\n\n')[0] ?? '';
  const sentence = /^(.{1,200}?[.!?])(?:\s|$)/.exec(firstPara)?.[1] ?? firstPara;
  return sentence.length > 200 ? `${sentence.slice(0, 199).trimEnd()}…` : sentence;
}

/**
 * Captures the article of a web page (bytes as saved or downloaded, or a string). Pictures are
 * not downloaded here, so the result keeps none (see {@link finishArticle}): captureUrl and
 * captureFile fetch or read them. Throws `CuttingsError('invalid-input')` when the input is
 * empty, is not HTML or holds no article.
 */
export async function captureHtml(
  html: string | Uint8Array,
  options: CaptureHtmlOptions = {},
): Promise<CapturedArticle> {
  return finishArticle(await readPage(html, options));
}

/**
 * The article of a web page with its images still to fetch: each has `originalUrl` and
 * `data: null`, and the HTML already names it (`img-1.jpg`). For the capture paths that fill
 * the data before they finish the article.
 */
export async function readPage(html: string | Uint8Array, options: CaptureHtmlOptions = {}): Promise<CapturedArticle> {
  const label = options.fileName ? `"${options.fileName}"` : (options.url ?? 'The page');
  const bytes = typeof html === 'string' ? new TextEncoder().encode(html) : html;
  const source = typeof html === 'string' ? html : decodeHtml(html, options.charset);
  if (!source.trim())
    throw new CuttingsError('invalid-input', `${label} is empty: there is nothing to import.`);
  if (!LOOKS_LIKE_HTML.test(source.slice(0, 65536))) {
    throw new CuttingsError(
      'invalid-input',
      `${label} is not a web page (no HTML found). Import it as text instead.`,
    );
  }

  const baseUrl = options.url ?? null;
  const document = parsePage(source);
  const meta = readPageMetadata(document, baseUrl);
  // A saved page has no address of its own but usually declares one: use it to resolve links.
  const base = options.baseUrl ?? baseUrl ?? meta.url?.value ?? null;
  ensureBase(document, base);
  pruneExcessImages(document, options.images);

  const article = options.whole ? wholeDocument(document) : extractArticle(document);
  if (!article) throw new CuttingsError('invalid-input', `No article text was found in ${label}.`);
  const body = articleBody(article, meta.leadImage, base, options.images);
  if (!body.text.trim()) {
    throw new CuttingsError('invalid-input', `No article text was found in ${label}.`);
  }

  const fields: Partial<Record<ProvenancedField, Found | null>> = {
    source: meta.source ?? fallback(article.siteName, 'readability'),
    author: meta.author ?? fallback(cleanByline(article.byline), 'readability'),
    publishedAt: meta.publishedAt ?? fallback(normaliseDate(article.publishedTime), 'readability'),
    url: meta.url ?? fallback(baseUrl, 'user'),
    caption: meta.caption ?? body.caption,
    credit: meta.credit ?? body.credit,
  };
  const title = meta.title ?? fallback(article.title, 'readability');
  if (title) title.value = cleanHeadline(title.value, { source: fields.source?.value, author: fields.author?.value });
  fields.title = title ?? { value: derivedTitle(body.text), provenance: 'derived' };

  const declaredLang = meta.lang ?? fallback(normaliseLang(article.lang), 'readability');
  const analysis = analyze(body.text, {
    lang: declaredLang?.value ?? null,
    title: fields.title.value,
    people: fields.author ? fields.author.value.split(/\s*(?:,|;|\band\b|&)\s*/).filter(Boolean) : [],
  });
  fields.lang = declaredLang ?? fallback(normaliseLang(analysis.lang), 'derived');

  const provenance: CapturedArticle['provenance'] = {};
  for (const [key, found] of Object.entries(fields) as Array<[ProvenancedField, Found | null]>) {
    if (found) provenance[key] = found.provenance;
  }
  return {
    title: fields.title.value,
    titleDerived: !title,
    source: fields.source?.value ?? null,
    author: fields.author?.value ?? null,
    dateline: null,
    publishedAt: fields.publishedAt?.value ?? null,
    lang: fields.lang?.value ?? null,
    caption: fields.caption?.value ?? null,
    credit: fields.credit?.value ?? null,
    url: fields.url?.value ?? null,
    text: body.text,
    entities: analysis.entities,
    quotes: analysis.quotes,
    provenance,
    html: sanitizeArticleHtml(body.rawHtml),
    images: body.images,
    original: { file: 'original.html', data: bytes },
  };
}
