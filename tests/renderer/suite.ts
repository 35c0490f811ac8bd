/**
 * Vitest glue for the UI tests (kept apart from the harness so the benchmark can use the
 * harness outside vitest).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from '@playwright/test';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureRendererBuilt, launchChromium } from './harness';

/**
 * For a `describe` block: builds the renderer if needed and launches Chromium once for
 * the block. Returns a getter for the browser.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureRendererBuilt();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium was not launched');
    return browser;
  };
}

/**
 * Playwright's web-first assertions (they retry until true). The wait is generous because
 * these machines are shared and the first import loads capture's language data; nothing
 * here measures speed (the benchmark does). It only ever costs time when a test fails: with
 * two CPU hogs beside the suite on a 2-core machine, a first paste took over 20 s (#17).
 */
export const see = expect.configure({ timeout: 60_000 });

/** A one-article news site on 127.0.0.1 for the block (a page to fetch by its address). */
export const FERRY = {
  title: 'Ferry terminal delayed again',
  paragraph:
    'The harbour authority said on Monday that the new ferry terminal would open in the spring, two years later than planned, after a dispute over the contract.',
};
export function useArticleServer(): () => string {
  let server: Server | undefined;
  let base = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const p = `<p>${FERRY.paragraph}</p>`;
      res.end(
        `<!DOCTYPE html><html lang="en"><head><title>${FERRY.title}</title><meta property="og:site_name" content="Harbour Gazette"></head>` +
          `<body><article><h1>${FERRY.title}</h1>${p}${p}${p}</article></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  return () => base;
}
