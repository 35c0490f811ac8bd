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

/** In-page source: the article root, of the page's <article> (else <main>) elements the one holding the most paragraph text. */
const ARTICLE_ROOT = `const prose = (el) => [...el.querySelectorAll('p')].reduce((n, p) => n + p.innerText.length, 0);
  const pick = (selector) => {
    const all = [...document.querySelectorAll(selector)].filter((el) => prose(el) >= 300);
    return all.sort((a, b) => prose(b) - prose(a))[0] || null;
  };
  const root = pick('article') || pick('main') || document.body;`;

/**
 * Runs in the page. The article a reader selects: of the page's <article> (else <main>)
 * elements, the one holding the most paragraph text (pages list teasers in <article>s too).
 */
const IN_PAGE = `(() => {
  ${ARTICLE_ROOT}
  const h1 = document.querySelector('h1');
  const shown = h1 && h1.innerText.trim() ? h1.innerText.trim() : null;
  let text = root.innerText;
  if (shown && !root.contains(h1)) text = shown + '\\n\\n' + text;
  return { text, heading: shown, lang: document.documentElement.lang || null };
})()`;

/**
 * Runs in the page. What a reader selects when copying only the article, from its headline to
 * its last paragraph, decided from the page's structure alone: the article root as above; the
 * body is the element whose own <p> children hold the most text; the selection starts at the
 * last shown <h1> above the body's first paragraph (else the last shown <h2> of the root above
 * it) and ends after the body's last paragraph. The text is what Chromium's selection gives
 * (`Selection.toString()`, the text a copy puts on the clipboard). Null when the page has no
 * such heading or body.
 */
const IN_PAGE_SELECTION = `(() => {
  ${ARTICLE_ROOT}
  let body = null;
  let best = 0;
  for (const el of [root, ...root.querySelectorAll('*')]) {
    let n = 0;
    for (const c of el.children) if (c.tagName === 'P') n += c.innerText.trim().length;
    if (n > best) { best = n; body = el; }
  }
  const h1 = document.querySelector('h1');
  const shownH1 = h1 && h1.innerText.trim() ? h1.innerText.trim() : null;
  const lang = document.documentElement.lang || null;
  if (!body || best < 200) return { text: '', heading: shownH1, lang, start: null };
  const paras = [...body.children].filter((c) => c.tagName === 'P' && c.innerText.trim() !== '');
  const first = paras[0];
  const last = paras[paras.length - 1];
  const above = (el) => (el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const shown = (el) => el.innerText.trim() !== '' && el.getClientRects().length > 0;
  const head =
    [...document.querySelectorAll('h1')].filter((h) => shown(h) && above(h)).pop() ||
    [...root.querySelectorAll('h2')].filter((h) => shown(h) && above(h)).pop();
  if (!head) return { text: '', heading: shownH1, lang, start: null };
  const range = document.createRange();
  range.setStartBefore(head);
  range.setEndAfter(last);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  const text = selection.toString();
  selection.removeAllRanges();
  return { text, heading: shownH1, lang, start: head.tagName.toLowerCase() };
})()`;

export interface Rendered {
  text: string;
  heading: string | null;
  /** The page's `<html lang>`, when it declares one. */
  lang: string | null;
  /** Selection renders: the heading element the selection starts at (null: none found). */
  start?: string | null;
}

export interface Renderer {
  render(name: string, html: Uint8Array, selection?: boolean): Promise<Rendered>;
  close(): Promise<void>;
}

export async function openRenderer(): Promise<Renderer> {
  const browser: Browser = await chromium.launch(chromiumLaunch());
  const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  return {
    async render(name, html, selection = false) {
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
        return (await page.evaluate(selection ? IN_PAGE_SELECTION : IN_PAGE)) as Rendered;
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
