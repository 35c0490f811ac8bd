/**
 * A long library stays cheap: only the rows on screen are in the page, pages of rows are
 * fetched as the list scrolls, and the keyboard reaches the far end.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, openApp, syntheticArticle } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();
const COUNT = 260;

describe.skipIf(!!skip)(`long list${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it(`renders a window of ${COUNT} clippings and fetches the rest on demand`, async () => {
    const app = await openApp(browser());
    try {
      const { page, library } = app;
      for (let start = 0; start < COUNT; start += 50) {
        await Promise.all(
          Array.from({ length: Math.min(50, COUNT - start) }, (_, k) => library.add(syntheticArticle(start + k))),
        );
      }
      const list = page.getByRole('listbox', { name: 'Clippings' });
      await see(page.locator('#list-heading')).toHaveText(`${COUNT} clippings`);
      const rendered = await list.getByRole('option').count();
      expect(rendered).toBeGreaterThan(3);
      expect(rendered).toBeLessThan(60);
      await see(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(COUNT));

      // The keyboard walks to the end; the last page is fetched and the last row shown.
      await list.focus();
      await page.keyboard.press('End');
      const last = list.getByRole('option', { selected: true });
      await see(last).toHaveAttribute('aria-posinset', String(COUNT));
      const oldest = library.list({ offset: COUNT - 1, limit: 1 }).items[0];
      await see(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toHaveText(oldest?.title ?? '');
      expect(await list.getByRole('option').count()).toBeLessThan(60);
      const listPages = app.calls.filter((c) => c.channel === 'clippings.list').map((c) => (c.args as { offset: number }).offset);
      expect(Math.max(...listPages)).toBeGreaterThanOrEqual(200);

      // Home goes back to the newest.
      await page.keyboard.press('Home');
      await see(list.getByRole('option', { selected: true })).toHaveAttribute('aria-posinset', '1');
      expect(app.errors).toEqual([]);
    } finally {
      await app.dispose();
    }
  });
});
