/**
 * Real news pages from Mozilla Readability's test corpus (tests/fixtures/pages/*, Apache-2.0),
 * each with the metadata Readability itself reports. Decisions these tests encode:
 * - byline → author with a leading "By " removed on both sides ("By Erin Cunningham" and
 *   "Erin Cunningham" are the same author);
 * - lang is compared as ISO 639-1 ("en-GB" → "en"); where the corpus has no lang, ours may
 *   come from language detection but must then be a 639-1 code;
 * - where the corpus has no siteName or publishedTime, we may still find one in the page's
 *   other metadata (e.g. itemprop="datePublished"); it must then be a valid date;
 * - the title is Readability's without the site's or author's name after a pipe or dash, when
 *   that suffix names the author or the site ("… | Eleanor Ainge Roy" → "…").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureHtml } from '../../../../electron/main/capture/html';
import { safetyViolations } from '../sanitize/safety';

interface Expected {
  title: string;
  byline: string | null;
  lang?: string;
  siteName: string | null;
  publishedTime: string | null;
}

const ROOT = join(__dirname, '../../../fixtures/pages');
const PAGES = readdirSync(ROOT).filter((name) => statSync(join(ROOT, name)).isDirectory());

const withoutBy = (s: string | null): string | null => s?.replace(/^by\s+/i, '') ?? null;

describe.each(PAGES)('captureHtml on %s', (page) => {
  const source = new Uint8Array(readFileSync(join(ROOT, page, 'source.html')));
  const expected = JSON.parse(readFileSync(join(ROOT, page, 'expected-metadata.json'), 'utf8')) as Expected;
  const capture = captureHtml(source);

  it('finds the title', async () => {
    const article = await capture;
    const suffix = [expected.byline, expected.siteName].filter((s): s is string => !!s).map((s) => ` | ${withoutBy(s)}`);
    const withoutSuffix = suffix.reduce((title, s) => (title.endsWith(s) ? title.slice(0, -s.length) : title), expected.title);
    expect(article.title).toBe(withoutSuffix);
    expect(article.titleDerived).toBe(false);
  });

  it('finds the author', async () => {
    expect(withoutBy((await capture).author)).toBe(withoutBy(expected.byline));
  });

  it('finds the source and the language', async () => {
    const article = await capture;
    if (expected.siteName) expect(article.source).toBe(expected.siteName);
    if (expected.lang) expect(article.lang).toBe(expected.lang.slice(0, 2).toLowerCase());
    else if (article.lang !== null) expect(article.lang).toMatch(/^[a-z]{2}$/);
  });

  it('finds the publication date', async () => {
    const { publishedAt } = await capture;
    if (expected.publishedTime) {
      expect(publishedAt).not.toBeNull();
      expect(Date.parse(publishedAt ?? '')).toBe(
        Date.parse(expected.publishedTime.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')),
      );
    } else if (publishedAt !== null) {
      expect(Number.isNaN(Date.parse(publishedAt))).toBe(false);
    }
  });

  it('records where each metadata value came from', async () => {
    const article = await capture;
    for (const field of ['title', 'source', 'author', 'publishedAt', 'lang', 'url'] as const) {
      if (article[field] !== null) expect(article.provenance[field], field).toBeDefined();
      else expect(article.provenance[field], field).toBeUndefined();
    }
  });

  it('gives the body as paragraphs separated by one blank line', async () => {
    const { text } = await capture;
    const paragraphs = text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/\n\s*\n\s*\n/);
    for (const p of paragraphs) expect(p).toBe(p.trim());
    expect(paragraphs.some((p) => p.length > 40)).toBe(true);
  });

  it('gives sanitized HTML whose images are the captured ones', async () => {
    const { html, images } = await capture;
    expect(html).not.toBeNull();
    expect(safetyViolations(html ?? '')).toEqual([]);
    const sources = [...(html ?? '').matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const files = images.map((i) => i.file);
    for (const src of sources) expect(files).toContain(src);
    for (const image of images) {
      expect(image.file).toMatch(/^img-\d+\.(jpg|png|gif|webp|avif|bmp)$/);
      expect(image.data).toBeNull();
      expect(image.originalUrl).toMatch(/^https?:\/\//);
    }
    expect(new Set(files).size).toBe(files.length);
  });

  it('keeps the original bytes', async () => {
    const { original } = await capture;
    expect(original.file).toBe('original.html');
    expect(Buffer.from(original.data).equals(Buffer.from(source))).toBe(true);
  });
});
