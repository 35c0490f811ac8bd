/**
 * Every screen in light and dark: an axe-core check with no serious or critical
 * violations, and a screenshot in tests/artifacts/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations, type AppSession } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

/** A small archive that looks like a press office's: three articles, a few tags. */
async function seed(app: AppSession): Promise<void> {
  const sun = await app.library.importText(fixture('sun-peskov.txt'));
  const wire = await app.library.importText(fixture('wire-geneva.txt'));
  const dpa = await app.library.importText(fixture('dpa-berlin-de.txt'));
  await app.library.tag([sun.clipping.id], ['ukraine', 'kremlin'], []);
  await app.library.tag([wire.clipping.id], ['ukraine', 'diplomacy'], []);
  await app.library.tag([dpa.clipping.id], ['germany'], []);
}

async function check(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await screenshot(page, name);
  const violations = await seriousViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe.skipIf(!!skip)(`screens${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  for (const scheme of ['light', 'dark'] as const) {
    it(`every screen passes axe and is photographed (${scheme})`, async () => {
      const empty = await openApp(browser(), { colorScheme: scheme, axe: true });
      try {
        await see(empty.page.getByText('Your archive is empty')).toBeVisible();
        await check(empty.page, `empty-${scheme}`);
      } finally {
        await empty.dispose();
      }

      const app = await openApp(browser(), { colorScheme: scheme, axe: true });
      try {
        const { page } = app;
        await seed(app);
        const list = page.getByRole('listbox', { name: 'Clippings' });
        await see(list.getByRole('option')).toHaveCount(3);
        await list.getByRole('option', { name: /Russia sees progress/ }).click();
        await see(page.getByRole('region', { name: 'Article text' })).toBeVisible();
        await check(page, `library-${scheme}`);

        await page.getByLabel('Search clippings').fill('ukraine');
        await see(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).not.toHaveCount(0);
        await see(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
        await check(page, `search-${scheme}`);

        await page.getByRole('button', { name: 'Search syntax' }).click();
        await see(page.getByRole('dialog', { name: 'Search syntax' })).toBeVisible();
        await check(page, `query-help-${scheme}`);
        await page.keyboard.press('Escape');

        await page.getByLabel('Search clippings').fill('');
        const rows = list.getByRole('option');
        await see(rows).toHaveCount(3);
        await rows.nth(0).click();
        await rows.nth(1).click({ modifiers: ['Control'] });
        await see(page.getByRole('heading', { name: '2 clippings selected' })).toBeVisible();
        await check(page, `bulk-${scheme}`);

        await page.getByRole('button', { name: 'Add clipping' }).click();
        const dialog = page.getByRole('dialog', { name: 'Add clipping' });
        await dialog.getByLabel('Article text').fill('');
        await dialog.getByRole('button', { name: 'Add to archive' }).click();
        await see(dialog.getByRole('alert')).toBeVisible();
        await check(page, `add-dialog-error-${scheme}`);
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        await see(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
        await check(page, `shortcuts-${scheme}`);
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: 'Manage tags' }).click();
        await see(page.getByRole('dialog', { name: 'Tags' }).getByRole('listitem')).toHaveCount(4);
        await check(page, `tags-${scheme}`);
        await page.keyboard.press('Escape');

        await page.getByRole('button', { name: 'Add clipping' }).click();
        await dialog.getByRole('tab', { name: 'Web address' }).click();
        await see(dialog.getByRole('textbox', { name: 'Web address' })).toBeVisible();
        await check(page, `import-url-${scheme}`);
        await dialog.getByRole('tab', { name: 'Files and folders' }).click();
        await see(dialog.getByRole('button', { name: 'Choose files…' })).toBeVisible();
        await check(page, `import-files-${scheme}`);
        await page.keyboard.press('Escape');

        await list.getByRole('option', { name: /Russia sees progress/ }).click();
        const reader = page.getByRole('main', { name: 'Reader' });
        await reader.getByRole('button', { name: 'Edit details' }).click();
        await see(reader.getByRole('form', { name: 'Edit details' })).toBeVisible();
        await check(page, `reader-details-${scheme}`);
        await reader.getByRole('form', { name: 'Edit details' }).getByRole('button', { name: 'Cancel' }).click();

        await list.getByRole('option').first().click();
        await page.keyboard.press('Delete');
        await page.getByRole('button', { name: /^Trash/ }).click();
        await see(page.getByRole('listbox', { name: 'Clippings in the trash' }).getByRole('option')).toHaveCount(1);
        await page.getByRole('listbox', { name: 'Clippings in the trash' }).getByRole('option').first().click();
        await see(page.getByRole('button', { name: 'Restore' })).toBeVisible();
        await check(page, `trash-${scheme}`);
        expect(app.errors).toEqual([]);
      } finally {
        await app.dispose();
      }
    });
  }
});
