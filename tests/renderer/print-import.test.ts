/**
 * Print clippings in the window, over the real handlers: a PDF dropped from the desktop opens
 * on its page, the user draws the article's region and says where it was printed, the clipping
 * lands with only that region's text and its facsimile shown beside the text in the reader; a
 * phone photo is read by OCR with progress (in a worker thread); Cancel leaves nothing behind;
 * Settings lists the OCR languages.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, openApp, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/print');
const FILES = { 'ferry.pdf': path.join(FIXTURES, 'ferry.pdf'), 'ferry-photo.jpg': path.join(FIXTURES, 'ferry-photo.jpg') };

/** Drops a file from the desktop (the page knows its path, as the preload's pathForFile gives it). */
async function dropFile(page: Page, name: string, type: string): Promise<void> {
  const data = await page.evaluateHandle(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([''], n as string, { type: t as string }));
    return dt;
  }, [name, type]);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: data });
  await page.dispatchEvent('body', 'drop', { dataTransfer: data });
}

/** Drags a rectangle on the shown page, from and to fractions of its size. */
async function drawRegion(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const box = await page.getByTestId('region-picker').boundingBox();
  if (!box) throw new Error('no page shown');
  await page.mouse.move(box.x + box.width * from[0], box.y + box.height * from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from[0] + to[0]) / 2), box.y + box.height * ((from[1] + to[1]) / 2), { steps: 4 });
  await page.mouse.move(box.x + box.width * to[0], box.y + box.height * to[1], { steps: 4 });
  await page.mouse.up();
}

describe.skipIf(!!skip)(`print clippings${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('takes the region drawn on a dropped PDF (one column), with its publication, and shows that region as printed beside the text', async () => {
    const app = await openApp(browser(), { filePaths: FILES, axe: true });
    try {
      const { page } = app;
      await dropFile(page, 'ferry.pdf', 'application/pdf');
      const form = page.getByRole('form', { name: 'Import ferry.pdf' });
      await see(form.getByRole('img', { name: 'Page 1 of ferry.pdf' })).toBeVisible({ timeout: 60_000 });
      // The left column only: from the column's top left to below its last line.
      await drawRegion(page, [0.03, 0.22], [0.5, 0.97]);
      await see(page.getByTestId('region-box')).toBeVisible();
      await form.getByLabel('Publication').fill('The Island Times');
      await form.getByLabel('Edition').fill('Late');
      await form.getByLabel('Page').fill('3');
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'print-import-region-light');
      expect(await seriousViolations(page)).toEqual([]);
      await form.getByRole('button', { name: 'Import' }).click();

      // Only the left column was taken: no headline in it, so the title is its first sentence.
      await see(page.getByRole('heading', { level: 1 })).toContainText('The ferry linking the island to the mainland', { timeout: 60_000 });
      const facsimile = page.getByRole('region', { name: 'As printed' });
      await see(facsimile).toContainText('Page 3 · Late edition · text from the PDF');
      const picture = facsimile.getByRole('img', { name: 'The clipping as printed' });
      await see(picture).toBeVisible();
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300);
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'print-reader-facsimile-light');
      expect(await seriousViolations(page)).toEqual([]);

      const [summary] = app.library.list().items;
      const clipping = await app.library.get(summary?.id ?? '');
      expect(clipping.text).toContain('steering gear');
      expect(clipping.text).not.toContain('Morag Campbell'); // the right column was outside the region
      expect(clipping).toMatchObject({ source: 'The Island Times', print: { page: '3', edition: 'Late', method: 'pdf-text', filePages: [1] } });
      expect(app.calls.filter((c) => c.channel === 'print.import')).toHaveLength(1);
      expect(app.errors).toEqual([]);
    } finally {
      await app.dispose();
    }
  }, 240_000);

  it('reads a phone photo by OCR with progress, offers the publication again, and Cancel keeps nothing', async () => {
    const app = await openApp(browser(), { filePaths: FILES });
    try {
      const { page } = app;
      // Cancelled first: nothing is stored, and the dialog says so.
      await dropFile(page, 'ferry-photo.jpg', 'image/jpeg');
      const form = page.getByRole('form', { name: 'Import ferry-photo.jpg' });
      await see(form.getByRole('img', { name: 'Page 1 of ferry-photo.jpg' })).toBeVisible({ timeout: 60_000 });
      await see(form).toContainText('its text will be recognised (OCR)');
      await form.getByRole('button', { name: 'Import' }).click();
      await see(form.getByRole('progressbar')).toBeVisible();
      await form.getByRole('button', { name: 'Cancel' }).click();
      await see(form.getByRole('alert')).toContainText('Cancelled: nothing was imported.');
      expect(app.library.list().total).toBe(0);

      await form.getByLabel('Publication').fill('The Island Times');
      await form.getByRole('button', { name: 'Import' }).click();
      const progress = form.getByRole('progressbar');
      await see(progress).toBeVisible();
      await see(form.getByText(/Recognising text in ferry-photo\.jpg/)).toBeVisible({ timeout: 120_000 });
      await screenshot(page, 'print-ocr-progress-light');
      await see(page.getByRole('heading', { name: 'Island ferry returns after winter repairs', level: 1 })).toBeVisible({ timeout: 180_000 });
      await see(page.getByRole('region', { name: 'As printed' })).toContainText(/text recognised by OCR \(eng, \d+% confidence\)/);
      await screenshot(page, 'print-reader-ocr-light');

      const [summary] = app.library.list().items;
      const clipping = await app.library.get(summary?.id ?? '');
      expect(clipping.text.indexOf('steering gear')).toBeLessThan(clipping.text.indexOf('Morag Campbell'));
      // The next import offers the publication just used.
      expect(app.library.publications().map((p) => p.name)).toEqual(['The Island Times']);
    } finally {
      await app.dispose();
    }
  }, 400_000);

  it('lists the OCR languages in Settings', async () => {
    const app = await openApp(browser(), { axe: true });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Settings' }).click();
      const section = page.getByRole('dialog', { name: 'Settings' });
      await see(section.getByRole('heading', { name: 'Text recognition' })).toBeVisible();
      await see(section).toContainText('Scans and photos are read in English, German, French');
      // The whole section in view (it comes after Organisation), down to its last line.
      await section.getByText(/A language file is Tesseract/).evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await see(section.getByRole('button', { name: 'Add a language file…' })).toBeVisible();
      await screenshot(page, 'print-settings-ocr-light');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.dispose();
    }
  }, 120_000);
});
