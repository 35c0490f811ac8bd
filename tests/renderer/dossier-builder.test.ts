/**
 * The dossier builder over the real handlers: a missing title is explained, the selection is
 * put in order by hand with the keyboard, and the exported PDF (written by the real pdfkit
 * code into the archive's exports/ folder) has the cover fields and the headlines in that order.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();
const SUN = 'Russia sees progress in Ukraine peace talks but US relations strained';

describe.skipIf(!!skip)(`dossier builder${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  for (const scheme of ['light', 'dark'] as const) {
    it(`orders clippings by hand and exports the PDF in that order (${scheme})`, async () => {
      const app = await openApp(browser(), { axe: true, colorScheme: scheme });
      try {
        const { page, library } = app;
        const titles: string[] = [];
        for (const name of ['sun-peskov.txt', 'wire-geneva.txt', 'dpa-berlin-de.txt']) {
          titles.push((await library.importText(fixture(name))).clipping.title);
        }
        const list = page.getByRole('listbox', { name: 'Clippings' });
        await see(list.getByRole('option')).toHaveCount(3);
        await list.getByRole('option').first().click();
        await list.getByRole('option').nth(2).click({ modifiers: ['Shift'] });
        await see(page.getByText('3 clippings selected')).toBeVisible();
        await page.getByRole('button', { name: 'Dossier' }).click();
        const dialog = page.getByRole('dialog', { name: 'New dossier' });
        await see(dialog.getByLabel('The 3 selected clippings')).toBeChecked();

        // No title: said in words, at the field.
        await dialog.getByRole('button', { name: 'Export PDF…' }).click();
        await see(dialog.getByRole('alert')).toContainText('needs a title');
        await see(dialog.getByLabel(/^Title/)).toBeFocused();

        await dialog.getByLabel(/^Title/).fill('Morning press review');
        await dialog.getByLabel('Organisation').fill('Press Office');
        await dialog.getByLabel('Order').selectOption('manual');
        const rows = dialog.getByRole('list', { name: 'Clippings in dossier order' }).getByRole('listitem');
        await see(rows).toHaveCount(3);
        // By date the Sun's article (no publication date: captured today) comes last; move it to the top.
        await see(rows.last()).toContainText(SUN);
        await dialog.getByRole('button', { name: `Move up: ${SUN}` }).click();
        // The moved row keeps the focus, so the keyboard carries on: Alt+Up once more.
        await page.keyboard.press('Alt+ArrowUp');
        await see(rows.first()).toContainText(SUN);
        // Dragging works too: the Sun's article dragged below the last row, then back to the top.
        const height = (await rows.last().boundingBox())?.height ?? 40;
        await rows.first().dragTo(rows.last(), { targetPosition: { x: 40, y: height - 3 } });
        await see(rows.last()).toContainText(SUN);
        await rows.last().dragTo(rows.first(), { targetPosition: { x: 40, y: 3 } });
        await see(rows.first()).toContainText(SUN);
        const order = (await rows.allInnerTexts()).map((t) => titles.find((title) => t.includes(title)) ?? '?');

        await page.evaluate(() => document.fonts.ready);
        await screenshot(page, `dossier-builder-${scheme}`);
        expect(await seriousViolations(page)).toEqual([]);

        // Preview: laid out by main as the export will be — pages, and the contents in the order set.
        await dialog.getByRole('button', { name: 'Preview' }).click();
        const previewHeading = dialog.getByRole('heading', { name: /^Preview: \d+ pages, 3 clippings$/ });
        await see(previewHeading).toBeVisible();
        const previewed = Number((await previewHeading.innerText()).match(/(\d+) pages/)?.[1]);
        const lines = dialog.getByRole('list', { name: 'Contents of the dossier' }).getByRole('listitem');
        await see(lines).toHaveCount(3);
        expect((await lines.allInnerTexts()).map((t) => titles.find((title) => t.includes(title)) ?? '?')).toEqual(order);
        expect(await lines.first().innerText()).toMatch(/p\. 3$/); // cover, contents, then the first clipping
        // Pictures of the real pages, drawn by pdf.js in the window from the PDF main laid out.
        const thumbnails = dialog.getByRole('list', { name: 'Pages of the dossier' }).getByRole('img');
        await see(thumbnails).toHaveCount(Math.min(previewed, 12));
        const drawn = await thumbnails.first().evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
        expect(drawn.height / drawn.width).toBeCloseTo(841.89 / 595.28, 1); // an A4 page
        // The cover's thumbnail is not blank: its pixels vary (the title, the rules).
        const inked = await thumbnails.first().evaluate((img: HTMLImageElement) => {
          const canvas = document.createElement('canvas');
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const context = canvas.getContext('2d');
          context?.drawImage(img, 0, 0);
          const data = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
          let dark = 0;
          for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
          return dark;
        });
        expect(inked).toBeGreaterThan(50);
        await screenshot(page, `dossier-preview-${scheme}`);
        expect(await seriousViolations(page)).toEqual([]);

        await dialog.getByRole('button', { name: 'Export PDF…' }).click();
        const done = dialog.getByRole('status').filter({ hasText: 'Wrote' });
        await see(done).toBeVisible();
        await see(dialog.getByRole('button', { name: 'Export PDF…' })).toBeVisible();
        const file = (await done.locator('code').innerText()).trim();
        expect(existsSync(file)).toBe(true);
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(Number(info.match(/^Pages:\s+(\d+)/m)?.[1])).toBe(previewed);
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        expect(text).toContain('Morning press review');
        expect(text.toLowerCase()).toContain('press office'); // set in capitals on the cover
        // The clippings follow the contents (which ends on page 2): their headlines in the order set.
        const body = text.slice(text.indexOf('Page 2 of'));
        const positions = order.map((t) => body.indexOf(t.slice(0, 30)));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);

        // Saved in the archive with its spec and its hand-made order.
        // One primary action; the others wait in a menu.
        await dialog.getByRole('button', { name: 'More' }).click();
        await see(dialog.getByRole('menu', { name: 'More' })).toBeVisible();
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await see(dialog.getByRole('menuitem', { name: 'Save dossier' })).toBeFocused();
        await page.keyboard.press('Enter');
        await see(dialog.getByRole('status').filter({ hasText: 'Saved “Morning press review”' })).toBeVisible();
        const kept = library.savedDossiers();
        expect(kept).toHaveLength(1);
        expect(kept[0]?.spec.title).toBe('Morning press review');
        // Print goes through main (here, without a desktop, it says it cannot).
        await dialog.getByRole('button', { name: 'More' }).click();
        await dialog.getByRole('menuitem', { name: 'Print…' }).click();
        await see(dialog.getByRole('alert')).toContainText('Printing needs the desktop app');
        expect(app.calls.filter((c) => c.channel === 'dossier.export').map((c) => (c.args as { then?: string }).then)).toContain('print');
        expect(kept[0]?.source).toEqual({ kind: 'ids', ids: (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))) });
      } finally {
        await app.dispose();
      }
    });
  }

  it('does not open with no clipping in the library, and says why', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      // In the empty archive the button is off and its tooltip says why (#18)…
      await see(page.getByRole('button', { name: 'Dossier' })).toBeDisabled();
      await see(page.getByRole('button', { name: 'Dossier' })).toHaveAttribute('data-tip', 'Add clippings first');
      // …and the menu's File → New Dossier… says it in words.
      await app.emit('menu.command', { command: 'dossier' });
      await see(page.getByText('There are no clippings yet')).toBeVisible();
      await see(page.getByRole('dialog', { name: 'New dossier' })).toHaveCount(0);
    } finally {
      await app.dispose();
    }
  });
});
