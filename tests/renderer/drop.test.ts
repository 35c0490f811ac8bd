/**
 * Drag and drop onto the window, over the real handlers: files and a folder from the desktop
 * (by path, as the preload gives them), a saved page and several files where there is no
 * path (read in the page), and a link dragged from a browser (fetched from a server on
 * 127.0.0.1 started here). Each lands in the real library; nothing half-made is left.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, screenshot } from './harness';
import { FERRY, see, useArticleServer, useChromium } from './suite';

const skip = chromiumSkipReason();

/** What a drop carries: files (name, content, type) and strings by format. */
interface DropSpec {
  files?: Array<{ name: string; content: string; type?: string }>;
  data?: Record<string, string>;
}

async function drop(page: Page, spec: DropSpec): Promise<void> {
  const data = await page.evaluateHandle((s: DropSpec) => {
    const dt = new DataTransfer();
    for (const f of s.files ?? []) dt.items.add(new File([f.content], f.name, { type: f.type ?? '' }));
    for (const [format, value] of Object.entries(s.data ?? {})) dt.setData(format, value);
    return dt;
  }, spec);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
  await see(page.getByText('Drop articles, links or folders to add them')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
}

describe.skipIf(!!skip)(`drag and drop${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();
  const base = useArticleServer();
  let desk: string;

  beforeAll(async () => {

    // The user's desktop: a page saved in windows-1252 (é is one byte, 0xE9) and a folder of articles.
    desk = await mkdtemp(path.join(tmpdir(), 'cuttings-drop-'));
    const page1252 =
      `<html><head><meta charset="windows-1252"><title>Caf\u00e9 owners protest new terrace rules</title></head><body><article>` +
      `<h1>Caf\u00e9 owners protest new terrace rules</h1>${`<p>Owners of every caf\u00e9 on the square said the rules would cost them the summer season, and asked the council to wait a year.</p>`.repeat(4)}` +
      `</article></body></html>`;
    await writeFile(path.join(desk, 'terrace.html'), Buffer.from(page1252, 'latin1'));
    await mkdir(path.join(desk, 'press-2024', 'march'), { recursive: true });
    await writeFile(path.join(desk, 'press-2024', 'sun.txt'), fixture('sun-peskov.txt'));
    await writeFile(path.join(desk, 'press-2024', 'march', 'geneva.txt'), fixture('wire-geneva.txt'));
    await writeFile(path.join(desk, 'press-2024', 'figures.xlsx'), 'PK'); // not an article: a folder import passes it by
    await writeFile(path.join(desk, 'scan.pdf'), '%PDF-1.4');
  });
  afterAll(async () => {
    await rm(desk, { recursive: true, force: true });
  });

  it('imports files and a folder dropped from the desktop, by path, with a summary', async () => {
    const app = await openApp(browser(), {
      filePaths: {
        'terrace.html': path.join(desk, 'terrace.html'),
        'press-2024': path.join(desk, 'press-2024'),
        'scan.pdf': path.join(desk, 'scan.pdf'),
      },
    });
    try {
      const { page } = app;
      // What the page sees of a file from disk is irrelevant: main reads it by its path.
      await drop(page, {
        files: [
          { name: 'terrace.html', content: 'not what is on disk', type: 'text/html' },
          { name: 'press-2024', content: '' },
          { name: 'scan.pdf', content: '', type: 'application/pdf' },
        ],
      });
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await see(dialog.getByRole('tab', { name: 'Files and folders' })).toHaveAttribute('aria-selected', 'true');
      const summary = dialog.getByRole('status').filter({ hasText: 'Import finished' });
      // The PDF is read in a worker thread, which takes a while to start on a busy machine.
      await see(summary.getByText('Imported', { exact: true }).locator('..')).toContainText('3', { timeout: 120_000 });
      await see(summary.getByText('Failed', { exact: true }).locator('..')).toContainText('1');
      // A file dropped on its own that is not an article is named, with the reason.
      await see(summary.getByRole('listitem')).toContainText('scan.pdf');
      await see(summary.getByRole('listitem')).toContainText('cannot be read as a PDF'); // '%PDF-1.4' and nothing more
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'drop-desktop-summary-light');
      expect(app.calls.filter((c) => c.channel === 'clippings.importFiles')).toHaveLength(1);

      const titles = app.library.list().items.map((c) => c.title).sort();
      expect(titles).toHaveLength(3);
      // The declared charset was honoured: read by path in main, not as UTF-8 in the page.
      expect(titles).toContain('Café owners protest new terrace rules');
      expect(app.library.list().items.map((c) => c.source).sort()).toEqual(expect.arrayContaining(['Reuters', 'The Sun News']));
      await summary.getByRole('button', { name: 'Done' }).click();
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(3);
    } finally {
      await app.dispose();
    }
  }, 240_000);

  it('reads a saved page dropped without a path as a page, not as its source text', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const html = await readFile(path.resolve('tests/fixtures/pages/guardian-1/source.html'), 'utf8');
      const expected = JSON.parse(await readFile(path.resolve('tests/fixtures/pages/guardian-1/expected-metadata.json'), 'utf8')) as {
        byline: string;
      };
      await drop(page, { files: [{ name: 'whales.html', content: html, type: 'text/html' }] });
      const summary = page.getByRole('dialog', { name: 'Add clipping' }).getByRole('status').filter({ hasText: 'Import finished' });
      await see(summary.getByText('Imported', { exact: true }).locator('..')).toContainText('1');
      const [stored] = app.library.list().items;
      const clipping = await app.library.get(stored?.id ?? '');
      expect(clipping.title).toMatch(/What is the sea telling us\?/);
      expect(clipping.author).toBe(expected.byline);
      // Readability's article, not the page's scripts and navigation read as pasted text.
      expect(clipping.text).toMatch(/whale/i);
      expect(clipping.text).not.toMatch(/function\s*\(|window\.|guardian\.config|Sign in/);
    } finally {
      await app.dispose();
    }
  });

  it('imports several dropped files at once and names the one it cannot take', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      await drop(page, {
        files: [
          { name: 'sun.txt', content: fixture('sun-peskov.txt'), type: 'text/plain' },
          { name: 'geneva.txt', content: fixture('wire-geneva.txt'), type: 'text/plain' },
          { name: 'scan.pdf', content: '%PDF-1.4', type: 'application/pdf' },
        ],
      });
      const summary = page.getByRole('dialog', { name: 'Add clipping' }).getByRole('status').filter({ hasText: 'Import finished' });
      await see(summary.getByText('Imported', { exact: true }).locator('..')).toContainText('2');
      await see(summary.getByRole('listitem')).toContainText('scan.pdf');
      expect(app.library.list().items.map((c) => c.source).sort()).toEqual(['Reuters', 'The Sun News']);
    } finally {
      await app.dispose();
    }
  });

  it('downloads a link dragged from a browser', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const url = `${base()}/ferry`;
      await drop(page, { data: { 'text/uri-list': `# dragged link\r\n${url}`, 'text/plain': url, 'text/html': `<a href="${url}">Ferry</a>` } });
      await see(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(FERRY.title);
      const stored = app.library.list().items;
      expect(stored).toHaveLength(1);
      expect((await app.library.get(stored[0]?.id ?? '')).url).toBe(url);
      expect(app.calls.some((c) => c.channel === 'clippings.importUrl')).toBe(true);

      // An address typed as text (no uri-list) is a link too; an article that mentions one is not.
      await drop(page, { data: { 'text/plain': `${fixture('sun-peskov.txt')}\n${url}` } });
      await see(page.getByRole('dialog', { name: 'Add clipping' }).getByLabel('Article text')).toHaveValue(/Russia sees progress/);
    } finally {
      await app.dispose();
    }
  });
});
