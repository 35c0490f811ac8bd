/**
 * The bookmarklet, run for real against the clipper on 127.0.0.1: first in a bare JavaScript
 * context with Node's fetch, then in Chromium from a page on another loopback port, so the
 * browser sends the real CORS preflight the service must answer.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runInNewContext } from 'node:vm';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, chromiumLaunch } from '../../renderer/chromium';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  bookmarklet,
  newClipperToken,
  startClipper,
  type ClipPayload,
  type RunningClipper,
} from '../../../electron/main/clipper';

const token = newClipperToken();
let clipper: RunningClipper;
const received: ClipPayload[] = [];

beforeAll(async () => {
  clipper = await startClipper({
    port: 0,
    token,
    onClip: async (clip) => {
      received.push(clip);
      return { id: `c${received.length}`, title: clip.title, duplicate: received.length > 1 };
    },
  });
});
afterAll(() => clipper.close());
beforeEach(() => {
  received.length = 0;
});

const scriptOf = (url: string): string => {
  expect(url.startsWith('javascript:')).toBe(true);
  return decodeURIComponent(url.slice('javascript:'.length));
};

/** Runs the bookmarklet in a fresh context holding a fake page; resolves with what it alerts. */
function runIn(page: { href: string; title: string; selection: string; html: string }, url: string): Promise<string> {
  return new Promise((resolve) => {
    runInNewContext(scriptOf(url), {
      fetch,
      alert: resolve,
      location: { href: page.href },
      document: { title: page.title, documentElement: { outerHTML: page.html } },
      window: { getSelection: () => page.selection },
      getSelection: () => page.selection,
    });
  });
}

describe('the bookmarklet', () => {
  const page = {
    href: 'https://news.example/2026/11/talks?ref=home',
    title: 'Talks resume — “cautious optimism”',
    selection: 'Delegations met for six hours.',
    html: '<html><head><title>Talks</title></head><body><p>Delegations met for six hours.</p></body></html>',
  };

  it('is a javascript: URL that names only 127.0.0.1 and this port', () => {
    const url = bookmarklet(clipper.port, token);
    expect(url).toMatch(/^javascript:[^\s]+$/);
    const hosts = [...scriptOf(url).matchAll(/https?:\/\/([^/'"]+)/g)].map((m) => m[1]);
    expect(hosts).toEqual([`127.0.0.1:${clipper.port}`]);
  });

  it('sends the page URL, title, selection and full HTML, and reports success', async () => {
    const alerted = await runIn(page, bookmarklet(clipper.port, token));
    expect(received).toEqual([{ url: page.href, title: page.title, selection: page.selection, html: page.html }]);
    expect(alerted).toBe(`Saved to Cuttings: ${page.title}`);
    const again = await runIn(page, bookmarklet(clipper.port, token));
    expect(again).toBe(`Saved to Cuttings: ${page.title} (already in your archive)`);
  });

  it('omits an empty selection', async () => {
    await runIn({ ...page, selection: '' }, bookmarklet(clipper.port, token));
    expect(received[0]).not.toHaveProperty('selection');
  });

  it('says why when the token is stale, and when the app is not listening', async () => {
    const stale = await runIn(page, bookmarklet(clipper.port, newClipperToken()));
    expect(stale).toMatch(/^Cuttings could not save this page: Wrong or missing token/);
    const closed = await startClipper({ port: 0, token, onClip: async () => ({ id: 'x', title: 'x', duplicate: false }) });
    await closed.close();
    expect(await runIn(page, bookmarklet(closed.port, token))).toMatch(/did not answer/);
    expect(received).toEqual([]);
  });
});

// The same bookmarklet in a real browser: a cross-origin fetch with custom headers, so
// Chromium sends the preflight and enforces the CORS answer.
describe.skipIf(!existsSync(CHROMIUM))(`the bookmarklet in Chromium${existsSync(CHROMIUM) ? '' : ' (skipped: no /usr/bin/chromium)'}`, () => {
  let browser: Browser;
  let site: Server;
  let siteOrigin: string;
  const article =
    '<!doctype html><html><head><meta charset="utf-8"><title>Harbour reopens after storm</title></head>' +
    '<body><article><h1>Harbour reopens after storm</h1><p id="lede">Ferries ran again on Tuesday.</p></article></body></html>';

  beforeAll(async () => {
    site = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await chromium.launch(chromiumLaunch());
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
  });

  it('clips the open page, selection included, through the real preflight', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${siteOrigin}/news/harbour`);
    await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('lede') as HTMLElement);
      getSelection()?.addRange(range);
    });
    const dialog = tab.waitForEvent('dialog');
    await tab.evaluate(scriptOf(bookmarklet(clipper.port, token)));
    const shown = await dialog;
    expect(shown.message()).toBe('Saved to Cuttings: Harbour reopens after storm');
    await shown.dismiss();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      url: `${siteOrigin}/news/harbour`,
      title: 'Harbour reopens after storm',
      selection: 'Ferries ran again on Tuesday.',
    });
    expect(received[0]?.html).toContain('<p id="lede">Ferries ran again on Tuesday.</p>');
    await tab.close();
  });

  it('lets no page clip without the custom header or the token', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${siteOrigin}/news/harbour`);
    const endpoint = `http://127.0.0.1:${clipper.port}/clip`;
    const body = JSON.stringify({ url: `${siteOrigin}/x`, title: 'forged', html: '<p>x</p>' });
    const outcomes = await tab.evaluate(
      async ({ endpoint, body }) => {
        const attempt = (init: RequestInit): Promise<string> =>
          fetch(endpoint, { method: 'POST', body, ...init }).then(
            (r) => (r.type === 'opaque' ? 'opaque' : String(r.status)),
            () => 'blocked',
          );
        return {
          // A "simple" request needs no preflight, so it reaches the server — which refuses it.
          simple: await attempt({ mode: 'no-cors', headers: { 'Content-Type': 'text/plain' } }),
          noToken: await attempt({ headers: { 'Content-Type': 'application/json', 'X-Cuttings-Clip': '1' } }),
          wrongHeader: await attempt({ headers: { 'Content-Type': 'application/json', 'X-Cuttings-Clip': '1', 'X-Other': 'y' } }),
        };
      },
      { endpoint, body },
    );
    expect(outcomes).toEqual({ simple: 'opaque', noToken: '401', wrongHeader: 'blocked' });
    expect(received).toEqual([]);
    await tab.close();
  });
});
