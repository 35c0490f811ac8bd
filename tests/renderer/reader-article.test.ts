/**
 * The reader shows a saved page as the article it was: its sanitized HTML (headings, lists,
 * quotes, links that leave the app) with its pictures in place from the archive, in light and
 * dark. The HTML is sanitized again in the page: a file changed on disk cannot run anything.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations } from './harness';
import { harbourPng } from './picture';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

const PARA = 'The harbour authority said on Monday that the new ferry terminal would open in the spring, two years later than planned.';
const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry terminal delayed again | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"></head><body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry terminal delayed again</h1><p>${PARA}</p>
<figure><img src="pier.png" alt="The unfinished pier" width="640" height="400"><figcaption>The unfinished pier in March</figcaption></figure>
<p>${PARA} <a href="https://harbour.example/contract">The contract</a> runs to 2030.</p>
<h2>What the council said</h2><blockquote><p>We have waited long enough.</p></blockquote>
<ul><li>Opening: spring 2027</li><li>Cost: 40 million</li></ul><p>${PARA}</p><p>${PARA}</p></article></body></html>`;

describe.skipIf(!!skip)(`the reader shows the article${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'cuttings-reader-page-'));
    await writeFile(path.join(folder, 'ferry.html'), PAGE);
    await writeFile(path.join(folder, 'pier.png'), harbourPng());
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`renders a saved page's HTML with its picture in place (${scheme})`, async () => {
      const app = await openApp(browser(), { axe: true, colorScheme: scheme });
      try {
        const { page } = app;
        const { clipping } = await app.library.importFile(path.join(folder, 'ferry.html'));
        expect(clipping.images).toHaveLength(1);
        await page.getByRole('listbox', { name: 'Clippings' }).getByRole('option').first().click();
        const body = page.getByRole('main', { name: 'Reader' }).getByRole('region', { name: 'Article text' });
        // The page's own headings sit one level under the reader's title, the window's one h1.
        await see(body.getByRole('heading', { name: 'What the council said', level: 3 })).toBeVisible();
        await see(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await see(body.getByRole('listitem')).toHaveCount(2);
        await see(body.locator('blockquote')).toContainText('We have waited long enough.');
        const link = body.getByRole('link', { name: 'The contract' });
        await see(link).toHaveAttribute('href', 'https://harbour.example/contract');
        await see(link).toHaveAttribute('target', '_blank');
        // The page's navigation was not kept.
        await see(body.getByRole('link', { name: 'Sport' })).toHaveCount(0);
        // The picture is where the page had it, from the archive, and only once.
        const img = page.getByRole('main', { name: 'Reader' }).getByRole('img', { name: 'The unfinished pier' });
        await see(img).toHaveCount(1);
        await see(img).toHaveAttribute('src', `cuttings-archive://clipping/${clipping.id}/${encodeURIComponent(clipping.images[0]?.file ?? '')}`);
        expect(await img.evaluate((el) => el.closest('section')?.getAttribute('aria-label'))).toBe('Article text');
        // Served from the archive folder by main's own rule (the harness routes cuttings-archive: through it).
        await see.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(640);
        await page.evaluate(() => document.fonts.ready);
        await screenshot(page, `reader-article-${scheme}`);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await app.dispose();
      }
    });
  }

  it('shows a pasted clipping as paragraphs, and cannot be made to run what a changed file holds', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const pasted = (await app.library.importText(fixture('sun-peskov.txt'))).clipping;
      const saved = (await app.library.importFile(path.join(folder, 'ferry.html'))).clipping;
      const file = path.join(app.library.archive.clippingDir(saved.id), 'article.html');
      const html = await readFile(file, 'utf8');
      await writeFile(
        file,
        html.replace('</p>', '</p><script>window.__ran = 1</script><img src="x" onerror="window.__ran = 2"><a href="javascript:window.__ran=3">go</a>'),
      );

      const list = page.getByRole('listbox', { name: 'Clippings' });
      const body = page.getByRole('main', { name: 'Reader' }).getByRole('region', { name: 'Article text' });
      await list.getByRole('option', { name: new RegExp(pasted.title.slice(0, 20)) }).click();
      await see(body.locator('p').first()).toHaveText(/^The Kremlin said on Friday/);
      await see(body.locator('p')).toHaveCount(pasted.text.split(/\n\s*\n/).length);

      await list.getByRole('option', { name: /Ferry terminal/ }).click();
      await see(body.getByRole('heading', { name: 'What the council said' })).toBeVisible();
      expect(await body.locator('script, [onerror]').count()).toBe(0);
      await see(body.getByText('go', { exact: true })).not.toHaveAttribute('href', /javascript/);
      expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    } finally {
      await app.dispose();
    }
  });
});
