/** Saving the current search under a name in the sidebar, then running it again from there. */
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`saved searches${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('saves a search with a name, and runs it again with a click', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      for (const name of ['sun-peskov', 'wire-geneva', 'dpa-berlin-de'])
        await app.library.importText(fixture(`${name}.txt`));
      const rows = page.getByRole('listbox', { name: 'Clippings' }).getByRole('option');
      await see(rows).toHaveCount(3);

      const box = page.getByLabel('Search clippings');
      const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
      await box.fill('peskov');
      await see(results).toHaveCount(1);
      const sidebar = page.getByRole('complementary', { name: 'Filters' });
      await sidebar.getByRole('button', { name: 'Save this search' }).click();
      await sidebar.getByLabel('Name of the saved search').fill('Kremlin');
      await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
      const saved = sidebar.getByRole('button', { name: 'Kremlin', exact: true });
      await see(saved).toBeVisible();
      expect(app.library.savedSearches()).toMatchObject([{ name: 'Kremlin', query: 'peskov' }]);

      await box.fill('');
      await see(rows).toHaveCount(3);
      await saved.click();
      await see(box).toHaveValue('peskov');
      await see(results).toHaveCount(1);
    } finally {
      await app.dispose();
    }
  });
});
