/**
 * `npx tsx bench/eval/render-open.ts aeb|goose DIR`: more real pages for the paste corpus, from
 * the public test sets of two other open-source article extractors, each page rendered and
 * copied as bench/eval/render.ts says (often a select-all copy with the site's menus):
 *
 * - `aeb`: DIR holds `html/*.html.gz` and `ground-truth.json` of Zyte's article extraction
 *   benchmark (github.com/scrapinghub/article-extraction-benchmark, MIT): 181 news and blog
 *   pages of 126 sites, crawled in 2019–2020. Written to tests/fixtures/paste-aeb/.
 * - `goose`: DIR holds `tests/data/content/*.html` + `*.json` of Goose3
 *   (github.com/goose3/goose3, Apache-2.0): ~50 news pages (English, French, German, Spanish,
 *   Chinese, Arabic, Korean). Written to tests/fixtures/paste-goose/.
 *
 * The expected values are the page's OWN metadata, read before rendering (never the parser's
 * output): `title` as the page declares it for machines (JSON-LD, OpenGraph, Twitter, else
 * `<title>`); `headline` the first `<h1>` shown, kept only when it is the article's (most of its
 * words are in the title: a site logo in an `<h1>` would otherwise label the wrong line);
 * `byline` the declared author (JSON-LD, article:author, meta author), absent when the page
 * declares none (then not scored: a page may show a byline it does not declare); `publishedTime`
 * the declared publication date; `lang` the page's `<html lang>`. Pages that render to less than
 * 500 characters with scripts off, or declare no title, are left out.
 *
 * The tune/held split (tests/fixtures/paste-split.json) is by SITE, fixed before any result was
 * looked at: a page is held when the first hex digit of sha256(host without "www.") is 8–f, so no
 * site is in both halves. `--split` prints the split entries for the pastes written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../electron/main/capture/html/decode';
import { parsePage } from '../../electron/main/capture/html/document';
import { readPageMetadata } from '../../electron/main/capture/html/metadata';
import { openRenderer } from './render';

const ROOT = path.resolve(import.meta.dirname, '../..');
const [kind, source] = [process.argv[2] ?? '', process.argv[3] ?? ''];
if (!['aeb', 'goose'].includes(kind) || source === '') throw new Error('usage: render-open.ts aeb|goose <dir>');
/** `--sel`: the article-selection rendering (render.ts), written to paste-<set>-sel/. */
const SEL = process.argv.includes('--sel');
const OUT_BASE = path.join(ROOT, 'tests/fixtures', kind === 'aeb' ? 'paste-aeb' : 'paste-goose');
const OUT = SEL ? `${OUT_BASE}-sel` : OUT_BASE;

interface Page {
  name: string;
  url: string;
  html: Uint8Array;
}

function pages(): Page[] {
  if (kind === 'aeb') {
    const truth = JSON.parse(readFileSync(path.join(source, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    return Object.entries(truth).map(([id, { url }]) => ({
      name: `${new URL(url).hostname.replace(/^www\./u, '')}-${id.slice(0, 6)}`,
      url,
      html: gunzipSync(readFileSync(path.join(source, 'html', `${id}.html.gz`))),
    }));
  }
  const dir = path.join(source, 'tests/data/content');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const test = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { url?: string };
      const name = f.slice('test_'.length, -'.json'.length);
      return { name, url: test.url ?? `http://${name}.test/`, html: readFileSync(path.join(dir, `test_${name}.html`)) };
    });
}

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

function heldSite(url: string): boolean {
  const host = (() => {
    try {
      return new URL(url).hostname.replace(/^www\./u, '');
    } catch {
      return url;
    }
  })();
  return parseInt(createHash('sha256').update(host).digest('hex')[0] ?? '0', 16) >= 8;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const renderer = await openRenderer();
  const split = { tune: [] as string[], held: [] as string[] };
  const seen = new Set<string>();
  try {
    for (const page of pages().sort((a, b) => a.name.localeCompare(b.name))) {
      const document = parsePage(decodeHtml(page.html));
      const meta = readPageMetadata(document, page.url);
      const title = meta.title?.value ?? document.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
      if (title === '') {
        console.log(`${page.name}: skipped (no title declared)`);
        continue;
      }
      // The same page saved twice (Goose3 tests one page several ways) is kept once.
      const key = `${new URL(page.url).hostname} ${title}`;
      if (seen.has(key)) {
        console.log(`${page.name}: skipped (same page as another)`);
        continue;
      }
      seen.add(key);
      let rendered;
      try {
        rendered = await renderer.render(page.name, page.html, SEL);
      } catch (err) {
        console.log(`${page.name}: skipped (${(err as Error).message.split('\n')[0]})`);
        continue;
      }
      if (SEL && !rendered.start) {
        console.log(`${page.name}: skipped (no heading above the article's text)`);
        continue;
      }
      if (rendered.text.trim().length < 500) {
        console.log(`${page.name}: skipped (${rendered.text.trim().length} characters rendered)`);
        continue;
      }
      const byline = personByline(meta.author?.value, new URL(page.url).hostname.replace(/^www\./u, ''));
      const expected = {
        title,
        headline: articleHeading(rendered.heading, title),
        ...(byline ? { byline } : {}),
        lang: rendered.lang,
        ...(meta.publishedAt ? { publishedTime: meta.publishedAt.value } : {}),
        url: page.url,
      };
      writeFileSync(path.join(OUT, `${page.name}.txt`), `${rendered.text.trim()}\n`);
      writeFileSync(path.join(OUT, `${page.name}.expected.json`), `${JSON.stringify(expected, null, 1)}\n`);
      (heldSite(page.url) ? split.held : split.tune).push(page.name);
    }
  } finally {
    await renderer.close();
  }
  console.log(`${split.tune.length + split.held.length} pastes written to ${path.relative(ROOT, OUT)}`);
  if (process.argv.includes('--split')) console.log(JSON.stringify(split, null, 1));
}

await main();
