/**
 * What goes wrong says so, in words, where the person is looking — and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, folderState, openApp, pasteClipping } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`bad input${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('an empty or blank paste says what to do and writes nothing', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const before = folderState(app.dir);
      await page.getByRole('button', { name: 'Add clipping' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      for (const text of ['', '   \n\n  \t ']) {
        await dialog.getByLabel('Article text').fill(text);
        await dialog.getByRole('button', { name: 'Add to archive' }).click();
        const alert = dialog.getByRole('alert');
        await see(alert).toContainText(/empty/i);
        await see(dialog.getByLabel('Article text')).toHaveAttribute('aria-invalid', 'true');
      }
      await see(dialog).toBeVisible();
      expect(app.library.list().total).toBe(0);
      expect(folderState(app.dir)).toEqual(before);
      // The message goes away once there is something to add.
      await dialog.getByLabel('Article text').fill('x');
      await see(dialog.getByRole('alert')).toHaveCount(0);
    } finally {
      await app.dispose();
    }
  });

  it('a duplicate says it is already in the archive and shows the one you have', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const text = fixture('sun-peskov.txt');
      const first = await app.library.importText(text);
      await app.library.importText(fixture('wire-geneva.txt'));
      const list = page.getByRole('listbox', { name: 'Clippings' });
      await see(list.getByRole('option')).toHaveCount(2);
      await pasteClipping(page, text);
      await see(page.getByRole('status')).toContainText('Already in the archive');
      await see(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(first.clipping.title);
      await see(list.getByRole('option', { selected: true })).toContainText(first.clipping.title);
      expect(app.library.list().total).toBe(2);
    } finally {
      await app.dispose();
    }
  });

  it('a malformed search explains itself and keeps the list; a bad tag is refused in place', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      await app.library.importText(fixture('sun-peskov.txt'));
      const search = page.getByLabel('Search clippings');
      await search.fill('peskov');
      await see(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
      await search.fill('"peskov');
      await see(page.getByRole('alert')).toContainText(/quote/i);
      await see(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
      await search.fill('');

      await page.getByRole('listbox', { name: 'Clippings' }).getByRole('option').first().click();
      const reader = page.getByRole('main', { name: 'Reader' });
      const before = folderState(app.dir);
      await reader.getByLabel('Add a tag').fill('x'.repeat(65));
      await reader.getByLabel('Add a tag').press('Enter');
      await see(reader.getByRole('alert')).toContainText('64 characters');
      await see(reader.getByLabel('Add a tag')).toHaveValue('x'.repeat(65));
      expect(folderState(app.dir)).toEqual(before);
      expect(app.errors).toEqual([]);
    } finally {
      await app.dispose();
    }
  });
});
