/**
 * The walking skeleton in the real renderer: paste an article, see it listed, read it,
 * tag it, find it, and find it again after a reload and after reopening the archive.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, screenshot, waitForApp } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();
const expected = JSON.parse(fixture('sun-peskov.expected.json')) as {
  title: string;
  source: string;
  dateline: string;
  caption: string;
  bodyStartsWith: string;
  paragraphs: number;
  mustNotContainInBody: string[];
};

describe.skipIf(!!skip)(`walking skeleton${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('pastes, lists, opens, tags, searches, and keeps it all across a reload and a reopen', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await dialog.getByLabel('Article text').fill(fixture('sun-peskov.txt'));
      await dialog.getByRole('button', { name: 'Add to archive' }).click();
      await see(dialog).toBeHidden();

      // Listed, with its source and dateline, and selected.
      const row = page.getByRole('listbox', { name: 'Clippings' }).getByRole('option', { name: /Russia sees progress/ });
      await see(row.locator('.row-title')).toHaveText(expected.title);
      await see(row.locator('.row-source')).toHaveText(expected.source);
      await see(row.locator('.row-dateline')).toHaveText(expected.dateline);
      await see(row).toHaveAttribute('aria-selected', 'true');

      // Read: the caption and the page furniture are not part of the body.
      const reader = page.getByRole('main', { name: 'Reader' });
      await see(reader.getByRole('heading', { level: 1 })).toHaveText(expected.title);
      const body = reader.getByRole('region', { name: 'Article text' });
      await see(body.locator('p').first()).toContainText(expected.bodyStartsWith);
      await see(body.locator('p')).toHaveCount(expected.paragraphs);
      const bodyText = await body.innerText();
      expect(bodyText).not.toContain(expected.caption);
      for (const furniture of expected.mustNotContainInBody) expect(bodyText).not.toContain(furniture);
      await see(reader.locator('.reader-caption')).toContainText('Kremlin spokesman Dmitry Peskov');

      // Tag it.
      const tagBox = reader.getByLabel('Add a tag');
      for (const tag of ['ukraine', 'kremlin']) {
        await tagBox.fill(tag);
        await tagBox.press('Enter');
        await see(reader.getByRole('list', { name: 'Tags', exact: true })).toContainText(tag);
      }
      await see(tagBox).toHaveValue('');
      const [stored] = app.library.list().items;
      expect(stored?.tags.toSorted()).toEqual(['kremlin', 'ukraine']);
      await see(row.locator('.row-tags')).toContainText('kremlin');
      await screenshot(page, 'skeleton-tagged-light');

      // Find it: the snippet highlights the match.
      await page.getByLabel('Search clippings').fill('peskov');
      const hit = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
      await see(hit.locator('.row-title')).toHaveText(expected.title);
      await see(hit.locator('.row-snippet mark').first()).toHaveText(/peskov/i);
      await screenshot(page, 'skeleton-search-light');

      // Reload the window: everything comes back from the archive.
      await page.reload();
      await waitForApp(page);
      await expectKept(app.page);

      // Close the archive and open it again from the same folder, in a new window.
      await app.close();
      const again = await openApp(browser(), { dir: app.dir });
      try {
        await expectKept(again.page);
        expect(again.errors).toEqual([]);
      } finally {
        await again.close();
      }
      expect(app.errors).toEqual([]);
    } finally {
      await app.dispose();
    }
  });
});

async function expectKept(page: Page): Promise<void> {
  const row = page.getByRole('listbox', { name: 'Clippings' }).getByRole('option', { name: /Russia sees progress/ });
  await see(row.locator('.row-source')).toHaveText(expected.source);
  await row.click();
  const tags = page.getByRole('main', { name: 'Reader' }).getByRole('list', { name: 'Tags', exact: true });
  await see(tags).toContainText('ukraine');
  await see(tags).toContainText('kremlin');
  await page.getByLabel('Search clippings').fill('kremlin');
  await see(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(expected.title);
}
