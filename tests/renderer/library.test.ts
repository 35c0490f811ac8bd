/**
 * Working with many clippings: selecting several and tagging them at once (with undo),
 * narrowing a search from the sidebar, the trash, sorting, and the theme switch.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations, waitForApp, type AppSession } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

async function seed(app: AppSession): Promise<string[]> {
  const ids: string[] = [];
  for (const name of ['sun-peskov', 'wire-geneva', 'dpa-berlin-de']) {
    ids.push((await app.library.importText(fixture(`${name}.txt`))).clipping.id);
  }
  return ids;
}

describe.skipIf(!!skip)(`library${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('tags several clippings at once and undoes it', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      await seed(app);
      const rows = page.getByRole('listbox', { name: 'Clippings' }).getByRole('option');
      await see(rows).toHaveCount(3);
      await rows.nth(0).click();
      await rows.nth(2).click({ modifiers: ['Shift'] });
      await see(page.getByRole('heading', { name: '3 clippings selected' })).toBeVisible();
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option', { selected: true })).toHaveCount(3);

      const box = page.getByLabel('Add a tag to every selected clipping');
      await box.fill('press-review');
      await box.press('Enter');
      await see(page.getByRole('status')).toContainText('Tagged 3 clippings press-review');
      expect(app.library.list().items.every((c) => c.tags.includes('press-review'))).toBe(true);

      await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
      await see(rows.first().locator('.row-tags')).toHaveCount(0);
      expect(app.library.list().items.some((c) => c.tags.includes('press-review'))).toBe(false);

      // Ctrl-click takes one out of the selection.
      await rows.nth(1).click({ modifiers: ['Control'] });
      await see(page.getByRole('heading', { name: '2 clippings selected' })).toBeVisible();
    } finally {
      await app.dispose();
    }
  });

  it('removes a tag from the reader with × and undoes it', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const [sun] = await seed(app);
      await app.library.tag([sun as string], ['ukraine', 'kremlin'], []);
      const title = (await app.library.get(sun as string)).title;
      await page.getByRole('option', { name: new RegExp(title.slice(0, 20)) }).click();
      const tags = page.getByRole('main', { name: 'Reader' }).getByRole('list', { name: 'Tags', exact: true });
      await see(tags).toContainText('kremlin');
      await tags.getByRole('button', { name: 'Remove tag kremlin' }).click();
      await see(tags).not.toContainText('kremlin');
      expect((await app.library.get(sun as string)).tags).toEqual(['ukraine']);
      await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
      await see(tags).toContainText('kremlin');
      expect((await app.library.get(sun as string)).tags.toSorted()).toEqual(['kremlin', 'ukraine']);

      // Adding one tag to one clipping can be undone too (from the toast, or with z).
      const reader = page.getByRole('main', { name: 'Reader' });
      await reader.getByPlaceholder('Add tag…').fill('moratorium');
      await reader.getByPlaceholder('Add tag…').press('Enter');
      await see(tags).toContainText('moratorium');
      await see(page.getByRole('status').last()).toContainText('Tagged 1 clipping moratorium');
      await page.getByRole('status').last().getByRole('button', { name: 'Undo' }).click();
      await see(tags).not.toContainText('moratorium');
      expect((await app.library.get(sun as string)).tags.toSorted()).toEqual(['kremlin', 'ukraine']);
    } finally {
      await app.dispose();
    }
  });

  it('takes an article dropped on the window, and explains a file it cannot take', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const drop = async (make: string, arg: string): Promise<void> => {
        const data = await page.evaluateHandle(
          ([kind, value]) => {
            const dt = new DataTransfer();
            if (kind === 'text') dt.setData('text/plain', value as string);
            else dt.items.add(new File(['PK'], value as string, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
            return dt;
          },
          [make, arg],
        );
        await page.dispatchEvent('body', 'drop', { dataTransfer: data });
      };
      await drop('file', 'figures.xlsx');
      await see(page.getByRole('status')).toContainText('“figures.xlsx” is not an article file');
      expect(app.library.list().total).toBe(0);

      await drop('text', fixture('sun-peskov.txt'));
      const dialog = page.getByRole('dialog', { name: 'Add clipping' });
      await see(dialog.getByLabel('Article text')).toHaveValue(fixture('sun-peskov.txt'));
      await dialog.getByRole('button', { name: 'Add to archive' }).click();
      await see(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toContainText('Russia sees progress');
      expect(app.library.list().total).toBe(1);
    } finally {
      await app.dispose();
    }
  });

  it('says while the search index is being rebuilt, and how far it has got', async () => {
    const app = await openApp(browser(), { axe: true });
    try {
      const { page } = app;
      await seed(app);
      // The sidebar follows imports made while the window is open.
      await see(page.getByRole('complementary', { name: 'Filters' }).getByRole('button', { name: 'Reuters' })).toBeVisible();
      await app.emit('task.progress', { task: 'index', done: 40_000, total: 100_000, label: '' });
      const banner = page.getByRole('status').filter({ hasText: 'Rebuilding the search index' });
      await see(banner).toContainText('40,000 clippings of 100,000');
      await see(banner.getByRole('progressbar')).toHaveAttribute('value', '40000');
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'indexing-light');
      expect(await seriousViolations(page)).toEqual([]);
      await app.emit('task.progress', { task: 'index', done: 100_000, total: 100_000, label: '' });
      await see(banner).toHaveCount(0);
    } finally {
      await app.dispose();
    }
  });

  it('narrows a search from the sidebar and widens it again', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const [sun, wire] = await seed(app);
      await app.library.tag([sun as string, wire as string], ['ukraine'], []);
      await app.library.tag([sun as string], ['kremlin'], []);
      const search = page.getByLabel('Search clippings');
      const filters = page.getByRole('complementary', { name: 'Filters' });

      await filters.getByRole('button', { name: /^kremlin/ }).click();
      await see(search).toHaveValue('tag:kremlin');
      const results = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
      await see(results).toHaveCount(1);
      await see(filters.getByRole('button', { name: /^kremlin/ })).toHaveAttribute('aria-pressed', 'true');

      await filters.getByRole('button', { name: /^kremlin/ }).click();
      await see(search).toHaveValue('');
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(3);

      // The query bar completes a filter being typed, keeping what came before it.
      await search.fill('talks tag:kr');
      await see(page.locator('#search-completions option')).toHaveCount(1);
      await see(page.locator('#search-completions option')).toHaveAttribute('value', 'talks tag:kremlin');

      await search.fill('ukraine');
      await see(filters.getByRole('heading', { name: 'Sources' })).toBeVisible();
      const source = app.library.list().items.find((c) => c.id === sun)?.source as string;
      await filters.getByRole('button', { name: new RegExp(`^${source}`) }).click();
      await see(search).toHaveValue(`ukraine source:"${source}"`);
      await see(results).toHaveCount(1);
    } finally {
      await app.dispose();
    }
  });

  it('trashes from the reader, shows the trash, and restores', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const [sun] = await seed(app);
      const title = (await app.library.get(sun as string)).title;
      await page.getByRole('option', { name: new RegExp(title.slice(0, 20)) }).click();
      await page.getByRole('button', { name: 'Move to trash' }).click();
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(2);
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Trash' }).click();
      const trash = page.getByRole('listbox', { name: 'Clippings in the trash' });
      await see(trash.getByRole('option')).toHaveCount(1);
      await trash.getByRole('option').first().click();
      await see(page.getByRole('main', { name: 'Reader' })).toContainText('In the trash');
      await page.getByRole('button', { name: 'Restore' }).click();
      await see(page.getByText('The trash is empty')).toBeVisible();
      expect((await app.library.get(sun as string)).trashedAt).toBeNull();
    } finally {
      await app.dispose();
    }
  });

  it('sorts by title and remembers the chosen theme across a reload', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      await seed(app);
      const rows = page.getByRole('listbox', { name: 'Clippings' }).locator('.row-title');
      await see(rows).toHaveCount(3);
      await page.getByLabel('Sort').selectOption('title');
      const byTitle = app.library.list({ sort: 'title' }).items.map((c) => c.title);
      await see(rows).toHaveText(byTitle);

      const html = page.locator('html');
      await page.getByRole('button', { name: /^Theme: system/ }).click();
      await see(html).toHaveAttribute('data-theme', 'light');
      await page.getByRole('button', { name: /^Theme: light/ }).click();
      await see(html).toHaveAttribute('data-theme', 'dark');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.reload();
      await waitForApp(page);
      await see(html).toHaveAttribute('data-theme', 'dark');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    } finally {
      await app.dispose();
    }
  });
});
