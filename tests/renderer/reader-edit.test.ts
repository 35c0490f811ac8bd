/**
 * Correcting a clipping in the reader: the details form (saved with provenance "entered by
 * you", searchable at once, undoable), a bad value refused with the API's words, notes kept
 * across a reopening, and a wrongly found person removed — each checked in the real library.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`reader editing${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('edits the details, refuses a bad link, undoes, keeps notes and edits the people named', async () => {
    const app = await openApp(browser(), { axe: true });
    let dir = app.dir;
    try {
      const { page } = app;
      const { clipping } = await app.library.importText(fixture('sun-peskov.txt'));
      await page.getByRole('listbox', { name: 'Clippings' }).getByRole('option').first().click();
      const reader = page.getByRole('main', { name: 'Reader' });
      await see(reader.getByRole('heading', { level: 1 })).toHaveText(clipping.title);

      // Edit the author and the date.
      await reader.getByRole('button', { name: 'Edit details' }).click();
      const form = reader.getByRole('form', { name: 'Edit details' });
      await form.getByLabel('Author').fill('Guy Faulconbridge');
      await form.getByLabel('Published').fill('2025-04-11');
      await form.getByRole('button', { name: 'Save' }).click();
      await see(form).toBeHidden();
      await see(reader.getByText('entered by you').first()).toBeVisible();
      const edited = await app.library.get(clipping.id);
      expect(edited.author).toBe('Guy Faulconbridge');
      expect(edited.publishedAt?.slice(0, 10)).toBe('2025-04-11');
      expect(edited.provenance.author).toBe('user');
      expect(app.library.search('author:faulconbridge').hits.map((h) => h.id)).toEqual([clipping.id]);
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'reader-details-light');
      expect(await seriousViolations(page)).toEqual([]);

      // Undo from the toast puts the old author back.
      await page.getByRole('button', { name: 'Undo' }).last().click();
      await see.poll(async () => (await app.library.get(clipping.id)).author).toBe(null);
      // …and says again where each value came from (not "entered by you").
      const undone = await app.library.get(clipping.id);
      expect(undone.publishedAt).toBe(clipping.publishedAt);
      expect(undone.provenance).toEqual(clipping.provenance);

      // A link that is not a web address is refused in words, and nothing is stored.
      await reader.getByRole('button', { name: 'Edit details' }).click();
      await form.getByLabel('Link').fill('ftp://example.org/x');
      await form.getByRole('button', { name: 'Save' }).click();
      await see(form.getByRole('alert')).toContainText('http');
      await see(form.getByLabel('Link')).toBeFocused();
      expect((await app.library.get(clipping.id)).url).toBe(null);
      await page.keyboard.press('Escape');
      await see(form).toBeHidden();

      // A wrongly found person goes from the clipping and from the person: filter.
      await reader.getByRole('button', { name: 'Remove person Marco Rubio' }).click();
      await see(reader.getByRole('button', { name: 'Remove person Marco Rubio' })).toHaveCount(0);
      await see.poll(async () => (await app.library.get(clipping.id)).entities.people).not.toContain('Marco Rubio');
      expect(app.library.search('person:rubio').total).toBe(0);

      // Notes save after a pause, and are there after the app is reopened on the same folder.
      await reader.getByRole('textbox', { name: 'Notes' }).fill('For the minister: follow up on the energy moratorium.');
      await see(reader.getByText('Saved', { exact: true })).toBeVisible();
      dir = app.dir;
      await app.close();
      const again = await openApp(browser(), { dir });
      try {
        await again.page.getByRole('listbox', { name: 'Clippings' }).getByRole('option').first().click();
        await see(again.page.getByRole('textbox', { name: 'Notes' })).toHaveValue('For the minister: follow up on the energy moratorium.');
        expect((await again.library.get(clipping.id)).notes).toContain('energy moratorium');
      } finally {
        await again.dispose();
      }
    } finally {
      await app.dispose();
    }
  });
});
