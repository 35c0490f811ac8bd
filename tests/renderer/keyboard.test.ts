/**
 * The main flow without a mouse: add a clipping, tag it, search, open, move, trash and
 * undo, and the shortcuts overlay — every step by key.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();
const SUN = 'Russia sees progress in Ukraine peace talks but US relations strained';

describe.skipIf(!!skip)(`keyboard${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('adds, tags, finds, opens, moves, trashes and undoes with the keyboard alone', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const reader = page.getByRole('main', { name: 'Reader' });

      // n opens the dialog with the text box focused; Ctrl+Enter adds.
      await page.keyboard.press('n');
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await see(dialog.getByLabel('Article text')).toBeFocused();
      await page.keyboard.insertText(fixture('sun-peskov.txt'));
      await page.keyboard.press('Control+Enter');
      await see(dialog).toBeHidden();
      await see(reader.getByRole('heading', { level: 1 })).toHaveText(SUN);

      // t focuses the tag box; Enter adds; Escape goes back to the list.
      await page.keyboard.press('t');
      await see(reader.getByLabel('Add a tag')).toBeFocused();
      await page.keyboard.type('ukraine');
      await page.keyboard.press('Enter');
      await page.keyboard.type('kremlin');
      await page.keyboard.press('Enter');
      await see(reader.getByRole('list', { name: 'Tags', exact: true })).toContainText('kremlin');
      await page.keyboard.press('Escape');
      await see(page.getByRole('listbox', { name: 'Clippings' })).toBeFocused();
      expect(app.library.list().items[0]?.tags.toSorted()).toEqual(['kremlin', 'ukraine']);

      // Two more clippings arrive (from the command line, say); the list refreshes itself.
      await app.library.importText(fixture('wire-geneva.txt'));
      await app.library.importText(fixture('dpa-berlin-de.txt'));
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(3);

      // / focuses the search; ArrowDown enters the results; Enter opens the first.
      await page.keyboard.press('/');
      await see(page.getByLabel('Search clippings')).toBeFocused();
      await page.keyboard.type('peskov');
      const results = page.getByRole('listbox', { name: 'Search results' });
      await see(results.getByRole('option')).toHaveCount(1);
      await page.keyboard.press('ArrowDown');
      await see(results).toBeFocused();
      await see(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      // Focus moves after the reader renders the opened clipping: wait for it, don't sample once.
      await see(page.locator('#reader-title')).toBeFocused();

      // Ctrl+K, clear the search with Escape, then j/k walk the library.
      await page.keyboard.press('Control+k');
      await see(page.getByLabel('Search clippings')).toBeFocused();
      await page.keyboard.press('Escape');
      await see(page.getByLabel('Search clippings')).toHaveValue('');
      const library = page.getByRole('listbox', { name: 'Clippings' });
      await see(library.getByRole('option')).toHaveCount(3);
      await page.keyboard.press('Escape');
      await see(library).toBeFocused();
      const activeTitle = (): Promise<string> => reader.getByRole('heading', { level: 1 }).innerText();
      const order = app.library.list().items.map((c) => c.title);
      const start = order.indexOf(await activeTitle());
      const step = start === order.length - 1 ? 'k' : 'j';
      const expectedNext = order[start + (step === 'j' ? 1 : -1)] as string;
      await page.keyboard.press(step);
      await see(reader.getByRole('heading', { level: 1 })).toHaveText(expectedNext);
      await page.keyboard.press(step === 'j' ? 'ArrowUp' : 'ArrowDown');
      await see(reader.getByRole('heading', { level: 1 })).toHaveText(order[start] as string);

      // Delete trashes with an Undo toast; z undoes.
      const id = app.library.list().items[start]?.id as string;
      await page.keyboard.press('Delete');
      const toast = page.getByRole('status').filter({ hasText: 'Moved 1 clipping to the trash.' });
      await see(toast).toBeVisible();
      await see(library.getByRole('option')).toHaveCount(2);
      expect((await app.library.get(id)).trashedAt).not.toBeNull();
      await page.keyboard.press('z');
      await see(library.getByRole('option')).toHaveCount(3);
      expect((await app.library.get(id)).trashedAt).toBeNull();

      // ? lists the shortcuts; Escape closes the overlay.
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await see(help).toBeVisible();
      await see(help).toContainText('Move to the trash');
      await page.keyboard.press('Escape');
      await see(help).toBeHidden();
      expect(app.errors).toEqual([]);
    } finally {
      await app.dispose();
    }
  });
});
