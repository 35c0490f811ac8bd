/**
 * A saved page → the paste a reader gets by selecting its article and copying it, as
 * tests/fixtures/paste-real/README.md says real pastes were made: the page is rendered in
 * Chromium (scripts off, nothing fetched), the text of its `<article>` (else `<main>`, else the
 * body; of several, the one with the most paragraph text) is taken with `innerText`, and the
 * page's first heading is put above it when the article does not hold it.
 */
import { isUtf8 } from 'node:buffer';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumLaunch } from '../../tests/renderer/chromium';

const ORIGIN = 'http://pages.test';

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
  return { text, heading: shown, lang: document.documentElement.lang || null };
})()`;

export interface Rendered {
  text: string;
  heading: string | null;
  /** The page's `<html lang>`, when it declares one. */
  lang: string | null;
}

export interface Renderer {
  render(name: string, html: Uint8Array): Promise<Rendered>;
  close(): Promise<void>;
}

export async function openRenderer(): Promise<Renderer> {
  const browser: Browser = await chromium.launch(chromiumLaunch());
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  return {
    async render(name, html) {
      const page = await context.newPage();
      try {
        // The page comes from a made-up origin; everything it asks for besides itself is refused.
        await page.route('**/*', (route) =>
          route.request().url() === `${ORIGIN}/${name}/`
            ? route.fulfill({ status: 200, contentType: isUtf8(html) ? 'text/html; charset=utf-8' : 'text/html', body: Buffer.from(html) })
            : route.abort(),
        );
        await page.goto(`${ORIGIN}/${name}/`, { waitUntil: 'domcontentloaded' });
        // Passed as source text: tsx would wrap named arrow functions in a helper the page lacks.
        return (await page.evaluate(IN_PAGE)) as Rendered;
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
