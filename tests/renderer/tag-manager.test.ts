/**
 * Managing tags: rename (and undo), colour, merge two into one, delete (and undo, giving the
 * tag back to exactly the clippings that had it) — each checked in the real library.
 */
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`tag manager${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('renames, colours, merges and deletes tags, with undo', async () => {
    const app = await openApp(browser(), { axe: true });
    try {
      const { page, library } = app;
      const sun = (await library.importText(fixture('sun-peskov.txt'))).clipping.id;
      const wire = (await library.importText(fixture('wire-geneva.txt'))).clipping.id;
      const dpa = (await library.importText(fixture('dpa-berlin-de.txt'))).clipping.id;
      await library.tag([sun, wire], ['ukraine'], []);
      await library.tag([sun], ['kremlin'], []);
      await library.tag([wire], ['diplomacy'], []);
      await library.tag([dpa], ['germany'], []);
      const tagsOf = async (id: string): Promise<string[]> => (await library.get(id)).tags.slice().sort();

      await page.getByRole('button', { name: 'Manage tags' }).click();
      const dialog = page.getByRole('dialog', { name: 'Tags' });
      await see(dialog.getByRole('listitem')).toHaveCount(4);

      // Rename, then undo.
      await dialog.getByRole('button', { name: 'Rename kremlin' }).click();
      // In place: Enter keeps the new name.
      await dialog.getByLabel('New name for kremlin').fill('russia');
      await dialog.getByLabel('New name for kremlin').press('Enter');
      await see.poll(() => tagsOf(sun)).toEqual(['russia', 'ukraine']);
      await dialog.getByRole('button', { name: 'Undo' }).click();
      await see.poll(() => tagsOf(sun)).toEqual(['kremlin', 'ukraine']);

      // Colour: the swatch opens the palette.
      const colour = async (name: string): Promise<void> => {
        await dialog.getByRole('button', { name: /^Colour of ukraine/ }).click();
        await dialog.getByRole('group', { name: 'Colour of ukraine' }).getByRole('button', { name }).click();
        await see(dialog.getByRole('group', { name: 'Colour of ukraine' })).toBeHidden();
      };
      await colour('Blue');
      await see.poll(() => library.tags().find((t) => t.name === 'ukraine')?.color).toBe('#2471a3');
      await see(dialog.getByRole('status')).toContainText('Coloured ukraine blue');
      await dialog.getByRole('button', { name: 'Undo' }).click();
      await see.poll(() => library.tags().find((t) => t.name === 'ukraine')?.color ?? null).toBe(null);
      await see(dialog.getByRole('button', { name: 'Colour of ukraine: none' })).toBeVisible();
      await colour('Blue');
      await see(dialog.getByRole('button', { name: 'Colour of ukraine: blue' })).toBeVisible();
      await see.poll(() => library.tags().find((t) => t.name === 'ukraine')?.color).toBe('#2471a3');

      // Filter and sort.
      await dialog.getByLabel('Filter tags').fill('an');
      await see(dialog.getByRole('listitem')).toHaveCount(1); // germany
      await dialog.getByLabel('Filter tags').fill('');
      await dialog.getByLabel('Sort').selectOption('count');
      await see(dialog.getByRole('listitem').first()).toContainText('ukraine');

      // Merge diplomacy and germany into ukraine; undo; merge again.
      const mergeInto = async (): Promise<void> => {
        await dialog.getByLabel('Select diplomacy to merge').check();
        await dialog.getByLabel('Select germany to merge').check();
        await dialog.getByLabel(/^Merge .* into$/).fill('ukraine');
      };
      await mergeInto();
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'tags-merge-light');
      expect(await seriousViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
      await see.poll(() => library.tags().map((t) => t.name).sort()).toEqual(['kremlin', 'ukraine']);
      expect(await tagsOf(dpa)).toEqual(['ukraine']);
      await dialog.getByRole('button', { name: 'Undo' }).click();
      await see.poll(() => tagsOf(dpa)).toEqual(['germany']);
      expect(await tagsOf(wire)).toEqual(['diplomacy', 'ukraine']);
      expect(await tagsOf(sun)).toEqual(['kremlin', 'ukraine']);
      await see.poll(() => library.tags().map((t) => t.name).sort()).toEqual(['diplomacy', 'germany', 'kremlin', 'ukraine']);
      await mergeInto();
      await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
      await see.poll(() => library.tags().map((t) => t.name).sort()).toEqual(['kremlin', 'ukraine']);
      expect(await tagsOf(dpa)).toEqual(['ukraine']);

      // Delete ukraine; undo gives it back to the three clippings, with its colour.
      await dialog.getByRole('button', { name: 'Delete ukraine' }).click();
      await see.poll(() => tagsOf(wire)).toEqual([]);
      expect(await tagsOf(sun)).toEqual(['kremlin']);
      await dialog.getByRole('button', { name: 'Undo' }).click();
      await see.poll(() => tagsOf(wire)).toEqual(['ukraine']);
      expect(await tagsOf(sun)).toEqual(['kremlin', 'ukraine']);
      expect(await tagsOf(dpa)).toEqual(['ukraine']);
      await see.poll(() => library.tags().find((t) => t.name === 'ukraine')?.color).toBe('#2471a3');
    } finally {
      await app.dispose();
    }
  });
});
