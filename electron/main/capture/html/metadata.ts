/// <reference lib="dom" />
/**
 * Page metadata from what publishers declare for machines: JSON-LD, OpenGraph and other <meta>
 * tags, <link rel=canonical> and <html lang>. Each value keeps where it came from, so the UI can
 * show it and the user can judge it. Read this before Readability runs: it strips <script>.
 */
import type { Provenance } from '../../../../shared/clipping';
import { absoluteHttpUrl } from './document';
import { readJsonLd } from './json-ld';
import { normaliseDate } from './dates';
import { normaliseLang } from './lang';

/** A metadata value and its origin. */
export interface Found {
  value: string;
  provenance: Provenance;
}

/** What the page declares about its article; null where it declares nothing usable. */
export interface PageMetadata {
  title: Found | null;
  author: Found | null;
  source: Found | null;
  publishedAt: Found | null;
  lang: Found | null;
  url: Found | null;
  caption: Found | null;
  credit: Found | null;
  /** Absolute URL of the image the page offers for previews (og:image, JSON-LD image). */
  leadImage: string | null;
}

const ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Undoes the double escaping many sites apply to meta values, and tidies whitespace. */
export function cleanValue(value: string | null | undefined): string | null {
  if (!value) return null;
  const decoded = value.replace(ENTITY, (whole, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 0xfffd);
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10) || 0xfffd);
    return NAMED[lower] ?? whole;
  });
  const tidy = decoded.replace(/\s+/g, ' ').trim();
  return tidy || null;
}

/** "By Erin Cunningham" → "Erin Cunningham"; URLs (article:author often holds one) → null. */
export function cleanByline(value: string | null | undefined): string | null {
  const tidy = cleanValue(value);
  if (!tidy || /^https?:\/\//i.test(tidy)) return null;
  return tidy.replace(/^(?:by|von|par|por)\s*:?\s+/i, '').trim() || null;
}

/** Meta values by lower-cased property/name/itemprop; the first non-empty one wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content.trim());
    }
  }
  return values;
}

type Candidate = [string | null | undefined, Provenance];

function first(candidates: Candidate[], clean: (v: string) => string | null = cleanValue): Found | null {
  for (const [raw, provenance] of candidates) {
    const value = raw ? clean(raw) : null;
    if (value) return { value, provenance };
  }
  return null;
}

function pick(meta: Map<string, string>, keys: string[], provenance: Provenance): Candidate[] {
  return keys.map((key) => [meta.get(key), provenance]);
}

/** Reads the article metadata a page declares. `baseUrl` resolves relative canonical/image URLs. */
export function readPageMetadata(document: Document, baseUrl: string | null): PageMetadata {
  const ld = readJsonLd(document);
  const meta = metaValues(document);
  const timeEl = document.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]');
  const canonical = document.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  const toUrl = (v: string): string | null => absoluteHttpUrl(v, baseUrl);

  const source = first([
    [ld?.publisher, 'json-ld'],
    ...pick(meta, ['og:site_name'], 'opengraph'),
    ...pick(meta, ['application-name', 'dc.publisher', 'dcterms.publisher'], 'meta'),
  ]);
  return {
    title: first([
      [ld?.title, 'json-ld'],
      ...pick(meta, ['og:title'], 'opengraph'),
      ...pick(meta, ['twitter:title', 'dc.title', 'dcterms.title', 'parsely-title'], 'meta'),
    ]),
    author: first(
      [
        [ld?.author, 'json-ld'],
        ...pick(meta, ['article:author', 'og:article:author'], 'opengraph'),
        ...pick(
          meta,
          ['author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author'],
          'meta',
        ),
      ],
      cleanByline,
    ),
    source,
    publishedAt: first(
      [
        [ld?.datePublished, 'json-ld'],
        ...pick(meta, ['article:published_time', 'og:article:published_time'], 'opengraph'),
        ...pick(
          meta,
          [
            'article:published',
            'datepublished',
            'dc.date.issued',
            'dcterms.issued',
            'parsely-pub-date',
            'pubdate',
          ],
          'meta',
        ),
        [timeEl?.getAttribute('datetime'), 'meta'],
      ],
      normaliseDate,
    ),
    lang: first(
      [
        [document.documentElement.getAttribute('lang'), 'meta'],
        [ld?.lang, 'json-ld'],
        ...pick(meta, ['og:locale'], 'opengraph'),
        ...pick(meta, ['content-language', 'dc.language', 'inlanguage'], 'meta'),
      ],
      normaliseLang,
    ),
    url: first([[canonical, 'meta'], ...pick(meta, ['og:url'], 'opengraph'), [ld?.url, 'json-ld']], toUrl),
    caption: first([[ld?.imageCaption, 'json-ld']]),
    credit: first([[ld?.imageCredit, 'json-ld']]),
    leadImage:
      absoluteHttpUrl(
        meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('og:image:secure_url'),
        baseUrl,
      ) ??
      absoluteHttpUrl(ld?.image, baseUrl) ??
      absoluteHttpUrl(meta.get('twitter:image'), baseUrl),
  };
}
