/**
 * `npx tsx bench/eval/render-pages.ts`: turns the saved pages of tests/fixtures/pages into
 * pastes, the way tests/fixtures/paste-real/README.md says real pastes were made: the page is
 * rendered in Chromium (scripts off, nothing fetched), the text of its `<article>` (else
 * `<main>`, else the body; of several, the one with the most paragraph text) is taken with `innerText`, and the page's first heading is put
 * above it when the article does not hold it. The expected values are the page's metadata
 * (Readability's expected-metadata.json) plus the heading shown.
 *
 * Writes tests/fixtures/paste-pages/NAME.txt and NAME.expected.json. Run it again only when
 * the pages change; the output is committed so the eval needs no browser.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const OUT = path.join(ROOT, 'tests/fixtures/paste-pages');
const ORIGIN = 'http://pages.test';

interface Metadata {
  title: string | null;
  byline: string | null;
  lang?: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/**
 * Runs in the page. The article a reader selects: of the page's <article> (else <main>)
 * elements, the one holding the most paragraph text (pages list teasers in <article>s too).
 */
const IN_PAGE = `(() => {
  const prose = (el) => [...el.querySelectorAll('p')].reduce((n, p) => n + p.innerText.length, 0);
  const pick = (selector) => {
    const all = [...document.querySelectorAll(selector)].filter((el) => prose(el) >= 300);
    return all.sort((a, b) => prose(b) - prose(a))[0] || null;
  };
  const root = pick('article') || pick('main') || document.body;
  const h1 = document.querySelector('h1');
  const shown = h1 && h1.innerText.trim() ? h1.innerText.trim() : null;
  let text = root.innerText;
  if (shown && !root.contains(h1)) text = shown + '\\n\\n' + text;
  return { text, heading: shown };
})()`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CUTTINGS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    for (const name of readdirSync(PAGES).sort()) {
      const dir = path.join(PAGES, name);
      let meta: Metadata;
      try {
        meta = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as Metadata;
      } catch {
        continue;
      }
      const html = readFileSync(path.join(dir, 'source.html'));
      const page = await context.newPage();
      // The page comes from a made-up origin; everything it asks for besides itself is refused.
      await page.route('**/*', (route) =>
        route.request().url() === `${ORIGIN}/${name}/`
          ? route.fulfill({ status: 200, contentType: isUtf8(html) ? 'text/html; charset=utf-8' : 'text/html', body: html })
          : route.abort(),
      );
      await page.goto(`${ORIGIN}/${name}/`, { waitUntil: 'domcontentloaded' });
      // Passed as source text: tsx would wrap named arrow functions in a helper the page lacks.
      const { text, heading } = (await page.evaluate(IN_PAGE)) as { text: string; heading: string | null };
      await page.close();
      const expected = {
        title: meta.title,
        headline: heading,
        byline: meta.byline,
        lang: meta.lang ?? null,
        siteName: meta.siteName,
        publishedTime: meta.publishedTime,
      };
      writeFileSync(path.join(OUT, `${name}.txt`), `${text.trim()}\n`);
      writeFileSync(path.join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 1)}\n`);
      console.log(`${name}: ${text.length} characters, heading ${JSON.stringify(heading)}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
