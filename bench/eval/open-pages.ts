/**
 * Turns saved pages of other projects' public test sets into labelled pastes (used by
 * bench/eval/render-open.ts and bench/eval/render-world.ts). Each page is rendered and copied as
 * bench/eval/render.ts says (a select-all copy, or with `selection` the article a reader selects).
 *
 * The expected values are the page's OWN metadata, read before rendering (never the parser's
 * output): `title` as the page declares it for machines (JSON-LD, OpenGraph, Twitter, else
 * `<title>`); `headline` the first `<h1>` shown, kept only when it is the article's (most of its
 * words are in the title: a site logo in an `<h1>` would otherwise label the wrong line);
 * `byline` the declared author (JSON-LD, article:author, meta author), absent when the page
 * declares none (then not scored: a page may show a byline it does not declare); `publishedTime`
 * the declared publication date; `lang` the page's `<html lang>` (with `declaredLang`, else the
 * language its metadata declares).
 * Pages that render to less than 500 characters with scripts off, or declare no title, are left
 * out; so is the same page saved twice (same host and title).
 *
 * The tune/held split is by SITE, fixed before any result is looked at: a page is held when the
 * first hex digit of sha256(host without "www.") is 8–f, so no site is in both halves.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../../electron/main/capture/html/decode';
import { parsePage } from '../../electron/main/capture/html/document';
import { readPageMetadata } from '../../electron/main/capture/html/metadata';
import { openRenderer } from './render';

export interface Page {
  name: string;
  /** The page's address when the test set gives it; else its canonical URL is used. */
  url: string | null;
  /** Where the page comes from when neither the test set nor the page gives its address. */
  site?: string;
  html: Uint8Array;
}

/** A page is left out when this says why (e.g. it is one of Readability's test pages). */
export type Exclude = (page: Page, title: string, url: string | null) => string | null;

const words = (s: string): string[] => s.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The shown `<h1>` is the article's headline when most of its words are in the declared title. */
function articleHeading(heading: string | null, title: string): string | null {
  if (!heading) return null;
  const inTitle = new Set(words(title));
  const own = words(heading);
  // Scripts written without spaces: compare characters.
  const units = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u.test(heading) ? [...heading.replace(/[\s\p{P}]/gu, '')] : own;
  const known = units.filter((w) => inTitle.has(w) || title.includes(w)).length;
  return units.length >= 3 && known / units.length >= 0.6 ? heading : null;
}

/** The declared author, unless it is the site itself ("elmundo.es", "AP", "Ediciones El País" on elpais.com). */
function personByline(author: string | null | undefined, host: string): string | null {
  if (!author || author.length > 80 || /[/@]|\.[a-z]{2,3}\b/u.test(author) || !/\p{L}\s+\p{L}/u.test(author)) return null;
  const site = host.toLowerCase().replace(/[^a-z0-9]/gu, '');
  return words(author).some((w) => w.length >= 3 && site.includes(w)) ? null : author;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return url;
  }
}

/** Held when the first hex digit of sha256(host without "www.") is 8–f. */
export function heldSite(url: string): boolean {
  const host = hostOf(url);
  return parseInt(createHash('sha256').update(host).digest('hex')[0] ?? '0', 16) >= 8;
}

/** Renders, labels and writes the pages to OUT; returns the split entries of the pastes written. */
export async function writePastes(
  pages: Page[],
  out: string,
  options: { selection: boolean; exclude?: Exclude; declaredLang?: boolean },
): Promise<{ tune: string[]; held: string[] }> {
  mkdirSync(out, { recursive: true });
  const renderer = await openRenderer();
  const split = { tune: [] as string[], held: [] as string[] };
  const seen = new Set<string>();
  try {
    for (const page of [...pages].sort((a, b) => a.name.localeCompare(b.name))) {
      const document = parsePage(decodeHtml(page.html));
      const meta = readPageMetadata(document, page.url);
      const url = page.url ?? meta.url?.value ?? page.site ?? null;
      const title = meta.title?.value ?? document.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
      const host = hostOf(url ?? `http://${page.name}.test/`);
      const bytes = createHash('sha256').update(page.html).digest('hex');
      const twice = seen.has(`${host} ${title}`) || seen.has(bytes);
      const why = title === '' ? 'no title declared' : twice ? 'same page as another' : options.exclude?.(page, title, url);
      if (why) {
        console.log(`${page.name}: skipped (${why})`);
        continue;
      }
      seen.add(`${host} ${title}`).add(bytes);
      let rendered;
      try {
        rendered = await renderer.render(page.name, page.html, options.selection);
      } catch (err) {
        console.log(`${page.name}: skipped (${(err as Error).message.split('\n')[0]})`);
        continue;
      }
      if (options.selection && !rendered.start) {
        console.log(`${page.name}: skipped (no heading above the article's text)`);
        continue;
      }
      if (rendered.text.trim().length < 500) {
        console.log(`${page.name}: skipped (${rendered.text.trim().length} characters rendered)`);
        continue;
      }
      const byline = personByline(meta.author?.value, host);
      const expected = {
        title,
        headline: articleHeading(rendered.heading, title),
        ...(byline ? { byline } : {}),
        lang: rendered.lang ?? (options.declaredLang ? meta.lang?.value ?? null : null),
        ...(meta.publishedAt ? { publishedTime: meta.publishedAt.value } : {}),
        url: url ?? `http://${page.name}.test/`,
      };
      writeFileSync(path.join(out, `${page.name}.txt`), `${rendered.text.trim()}\n`);
      writeFileSync(path.join(out, `${page.name}.expected.json`), `${JSON.stringify(expected, null, 1)}\n`);
      (heldSite(expected.url) ? split.held : split.tune).push(page.name);
    }
  } finally {
    await renderer.close();
  }
  return split;
}
