/**
 * Add clipping shows what it found before saving, over the real handlers and a real archive:
 * headline, source, author, date, dateline and language, corrected in place and saved as the
 * person's; tags given at once; a paste too short for an article questioned; a duplicate named;
 * a failed address said in words, with "Paste the text instead".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, ROOT, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();
const wire = readFileSync(path.join(ROOT, 'tests/fixtures/paste-wires/pap-pl-warszawa.txt'), 'utf8');

describe.skipIf(!!skip)(`add clipping review${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('shows the fields found in a paste, saves the ones corrected in place, with tags', async () => {
    const app = await openApp(browser(), { axe: true });
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await dialog.getByLabel('Article text').fill(wire);
      const found = dialog.getByRole('region', { name: 'What Cuttings found' });
      await see(found.getByLabel('Headline')).toHaveValue('Sejm uchwalił nowelizację ustawy o ochronie ludności');
      await see(found.getByLabel('Source')).toHaveValue('PAP');
      await see(found.getByLabel('Author')).toHaveValue('Anna Kowalczyk');
      await see(found.getByLabel('Date', { exact: true })).toHaveValue('2025-03-12');
      await see(found.getByLabel('Dateline')).toHaveValue('Warszawa');
      await see(found.getByLabel('Language')).toHaveValue('pl');
      expect(app.library.list().total).toBe(0);

      await found.getByLabel('Author').fill('Anna Kowalczyk-Nowak');
      await found.getByLabel('Dateline').fill('');
      await dialog.getByLabel('Add tags').fill('sejm');
      await dialog.getByLabel('Add tags').press('Enter');
      await see(dialog.getByRole('list', { name: 'Tags' })).toContainText('sejm');
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'add-clipping-review-light');
      expect(await seriousViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'Add to archive' }).click();
      await see(dialog).toBeHidden();
      const [stored] = app.library.list().items;
      const clipping = await app.library.get(stored?.id ?? '');
      expect(clipping).toMatchObject({ source: 'PAP', author: 'Anna Kowalczyk-Nowak', dateline: null, lang: 'pl', tags: ['sejm'] });
      expect(clipping.provenance).toMatchObject({ author: 'user', source: 'paste' });
      expect(clipping.provenance.dateline).toBeUndefined();
    } finally {
      await app.dispose();
    }
  });

  it('questions a paste too short to be an article and names a duplicate before saving', async () => {
    const app = await openApp(browser(), { colorScheme: 'dark' });
    try {
      const { page } = app;
      await app.library.importText(fixture('sun-peskov.txt'));
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await dialog.getByLabel('Article text').fill('hi');
      await see(dialog.getByRole('status')).toContainText('only 1 word long — too short for an article');
      await see(dialog.getByRole('button', { name: 'Add anyway' })).toBeVisible();

      await dialog.getByLabel('Article text').fill(fixture('sun-peskov.txt'));
      await see(dialog.getByRole('status')).toContainText('Already in your archive: “Russia sees progress in Ukraine peace talks but US relations strained”');
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'add-clipping-duplicate-dark');
      await dialog.getByRole('button', { name: 'Add to archive' }).click();
      await see(dialog).toBeHidden();
      expect(app.library.list().total).toBe(1);
    } finally {
      await app.dispose();
    }
  });

  it('says in words that an address failed and offers to paste the text instead', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await dialog.getByRole('tab', { name: 'Web address' }).click();
      await dialog.getByRole('textbox', { name: 'Web address' }).fill('https://www.no-such-paper.invalid/news/1');
      await dialog.getByRole('button', { name: 'Add to archive' }).click();
      const alert = dialog.getByRole('alert');
      await see(alert).toContainText(/www\.no-such-paper\.invalid (?:could not be looked up|.*not found)|There is no site at www\.no-such-paper\.invalid/);
      expect(await alert.textContent()).not.toMatch(/ENOTFOUND|EAI_AGAIN|getaddrinfo/);
      await screenshot(page, 'add-clipping-url-failed');
      await alert.getByRole('button', { name: 'Paste the text instead' }).click();
      await see(dialog.getByRole('tab', { name: 'Paste' })).toHaveAttribute('aria-selected', 'true');
      await see(dialog.getByLabel('Article text')).toBeVisible();
      expect(app.library.list().total).toBe(0);
    } finally {
      await app.dispose();
    }
  });
});
