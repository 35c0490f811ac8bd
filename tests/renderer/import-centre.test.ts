/**
 * The import centre over the real handlers: an article by web address (a server on
 * 127.0.0.1 started here), a folder with a duplicate and a broken file (progress, then a
 * summary with the reason), and files chosen with the picker. Checked in the real library.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CuttingsApi } from '../../shared/ipc/api';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations } from './harness';
import { FERRY, see, useArticleServer, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`import centre${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();
  const base = useArticleServer();
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'cuttings-import-folder-'));
    await writeFile(path.join(folder, 'sun.txt'), fixture('sun-peskov.txt'));
    await writeFile(path.join(folder, 'geneva.txt'), fixture('wire-geneva.txt'));
    await writeFile(path.join(folder, 'berlin.txt'), fixture('dpa-berlin-de.txt'));
    await writeFile(path.join(folder, 'sun-again.txt'), fixture('sun-peskov.txt'));
    await writeFile(path.join(folder, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('adds by web address, refusing a bad one in words', async () => {
    const app = await openApp(browser(), { axe: true });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await dialog.getByRole('tab', { name: 'Paste' }).focus();
      await page.keyboard.press('ArrowRight');
      await see(dialog.getByRole('tab', { name: 'Web address' })).toHaveAttribute('aria-selected', 'true');

      await dialog.getByRole('textbox', { name: 'Web address' }).fill('ftp://example.org/x');
      await dialog.getByRole('button', { name: 'Add to archive' }).click();
      await see(dialog.getByRole('alert')).toContainText('http');
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'import-url-light');
      expect(await seriousViolations(page)).toEqual([]);

      await dialog.getByRole('textbox', { name: 'Web address' }).fill(`${base()}/ferry`);
      await dialog.getByRole('button', { name: 'Add to archive' }).click();
      await see(dialog).toBeHidden();
      await see(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(FERRY.title);
      const stored = app.library.list().items;
      expect(stored.map((c) => c.title)).toEqual([FERRY.title]);
      expect((await app.library.get(stored[0]?.id ?? '')).url).toBe(`${base()}/ferry`);
    } finally {
      await app.dispose();
    }
  });

  it('keeps the HTML of a rich paste, and drops it once the text is edited', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const paragraph = `<p>${FERRY.paragraph} <a href="https://harbour.example/contract">The contract</a> runs to 2030.</p>`;
      const html = `<h1>${FERRY.title}</h1>${paragraph.repeat(3)}<script>alert(1)</script>`;
      const plain = `${FERRY.title}\n\n${`${FERRY.paragraph} The contract runs to 2030.\n\n`.repeat(3)}`.trim();
      const paste = async (text: string, rich: string, thenTyped = text): Promise<void> => {
        await page.getByRole('button', { name: 'Add clipping' }).click();
        const box = page.getByRole('dialog', { name: 'Add clipping' }).getByLabel('Article text');
        await box.evaluate(
          (el, [t, h]) => {
            const data = new DataTransfer();
            data.setData('text/plain', t as string);
            data.setData('text/html', h as string);
            el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          },
          [text, rich],
        );
        await box.fill(thenTyped); // what the browser's own paste put in the box, and any edit after it
      };

      await paste(plain, html);
      await page.getByRole('dialog', { name: 'Add clipping' }).getByRole('button', { name: 'Add to archive' }).click();
      await see(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(FERRY.title);
      const sent = app.calls.filter((c) => c.channel === 'clippings.importText').map((c) => c.args as { html?: string });
      expect(sent).toHaveLength(1);
      expect(sent[0]?.html).toBe(html);
      const [stored] = app.library.list().items;
      const article = await app.library.articleHtml(stored?.id ?? '', 'cuttings-archive://clipping/');
      expect(article).toContain('href="https://harbour.example/contract"');
      expect(article).not.toContain('<script');

      // Edited after pasting: the HTML no longer matches what the user means to keep.
      await paste(plain, html, `${plain}\n\nThe mayor said the delay was unacceptable and asked for a new timetable by June.`);
      await page.getByRole('dialog', { name: 'Add clipping' }).getByRole('button', { name: 'Add to archive' }).click();
      await see(page.getByRole('dialog', { name: 'Add clipping' })).toBeHidden();
      await see(page.getByRole('main', { name: 'Reader' })).toContainText('asked for a new timetable');
      const second = app.calls.filter((c) => c.channel === 'clippings.importText').at(-1)?.args as { html?: string };
      expect(second.html).toBeUndefined();
    } finally {
      await app.dispose();
    }
  });

  it('imports a folder with progress and a summary that names each failure', async () => {
    const app = await openApp(browser(), { axe: true });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await dialog.getByRole('tab', { name: 'Files and folders' }).click();
      await page.evaluate(() => {
        const w = window as unknown as { cuttings: CuttingsApi; seen: Array<{ done: number; total: number }> };
        w.seen = [];
        w.cuttings.on('task.progress', (p) => w.seen.push({ done: p.done, total: p.total }));
      });
      await dialog.getByLabel('Or a folder’s path').fill(folder);
      await dialog.getByRole('button', { name: 'Import folder' }).click();
      const summary = dialog.getByRole('status').filter({ hasText: 'Import finished' });
      await see(summary).toBeVisible();
      await see(summary.getByText('Imported', { exact: true }).locator('..')).toContainText('3');
      await see(summary.getByText('Already in the archive', { exact: true }).locator('..')).toContainText('1');
      await see(summary.getByText('Failed', { exact: true }).locator('..')).toContainText('1');
      const failure = summary.getByRole('listitem');
      await see(failure).toHaveCount(1);
      await see(failure).toContainText('broken.txt');
      await see(failure).toContainText('not a text or HTML file');
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'import-summary-light');
      expect(await seriousViolations(page)).toEqual([]);
      expect(app.library.list().total).toBe(3);
      // Progress reached the page while it ran (main sends it at most every so often), out of the five files.
      const seen = await page.evaluate(() => (window as unknown as { seen: Array<{ done: number; total: number }> }).seen);
      expect(seen.length).toBeGreaterThanOrEqual(1);
      expect(seen.every((p) => p.total === 5 && p.done <= 5)).toBe(true);

      await summary.getByRole('button', { name: 'Done' }).click();
      await see(dialog).toBeHidden();
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(3);
    } finally {
      await app.dispose();
    }
  });

  it('imports files chosen with the picker', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await dialog.getByRole('tab', { name: 'Files and folders' }).click();
      await dialog.getByLabel('Files to import').setInputFiles([path.join(folder, 'sun.txt'), path.join(folder, 'geneva.txt')]);
      const summary = dialog.getByRole('status').filter({ hasText: 'Import finished' });
      await see(summary.getByText('Imported', { exact: true }).locator('..')).toContainText('2');
      expect(app.library.list().items.map((c) => c.source).sort()).toEqual(['Reuters', 'The Sun News']);
    } finally {
      await app.dispose();
    }
  });
});
