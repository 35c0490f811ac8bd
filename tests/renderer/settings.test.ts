/**
 * Settings over the app's real session (a settings file on disk, the clipper on loopback):
 * paper and theme persist, and switching browser clipping on starts the service and shows
 * the bookmarklet, whose token can be regenerated.
 */
import { describe, expect, it } from 'vitest';
import type { CuttingsApi } from '../../shared/ipc/api';
import { chromiumSkipReason, openApp, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`settings${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps paper and theme, and turns the browser clipper on and off (${scheme})`, async () => {
      const app = await openApp(browser(), { session: true, axe: true, colorScheme: scheme });
      try {
        const { page } = app;
        await page.getByRole('button', { name: 'Settings' }).click();
        const dialog = page.getByRole('dialog', { name: 'Settings' });
        await see(dialog.getByText(app.dir)).toBeVisible();

        await dialog.getByLabel('US Letter').click();
        await see(dialog.getByLabel('US Letter')).toBeChecked();
        await see.poll(() => page.evaluate(() => (window as unknown as { cuttings: CuttingsApi }).cuttings.settings.get().then((s) => s.paper))).toBe('Letter');

        await dialog.getByLabel('Dark').click();
        await see(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await see.poll(() => page.evaluate(() => (window as unknown as { cuttings: CuttingsApi }).cuttings.settings.get().then((s) => s.theme))).toBe('dark');
        if (scheme === 'light') {
          await dialog.getByLabel('Follow the system').click();
          await see(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
        }

        // Off by default; on, it listens and offers the bookmarklet.
        const toggle = dialog.getByRole('switch', { name: 'Browser clipping' });
        await see(toggle).not.toBeChecked();
        await see(dialog.getByRole('link', { name: 'Clip to Cuttings' })).toHaveCount(0);
        await toggle.click();
        await see(toggle).toBeChecked();
        await see(dialog.getByRole('status').filter({ hasText: 'Listening on 127.0.0.1' })).toBeVisible();
        const link = dialog.getByRole('link', { name: 'Clip to Cuttings' });
        const first = await link.getAttribute('href');
        expect(first).toMatch(/^javascript:/);
        const port = await page.evaluate(() => (window as unknown as { cuttings: CuttingsApi }).cuttings.settings.get().then((s) => s.clipper.port));
        expect(decodeURIComponent(first ?? '')).toContain(`127.0.0.1:${port}`);
        // The service really answers on loopback (a request without the token is refused).
        const refused = await fetch(`http://127.0.0.1:${port}/clip`, { method: 'POST', body: '{}' });
        expect(refused.status).toBeGreaterThanOrEqual(400);

        await page.evaluate(() => document.fonts.ready);
        await screenshot(page, `settings-${scheme}`);
        expect(await seriousViolations(page)).toEqual([]);

        await dialog.getByRole('button', { name: 'Regenerate token' }).click();
        await see.poll(() => link.getAttribute('href')).not.toBe(first);

        await toggle.click();
        await see(toggle).not.toBeChecked();
        await see(link).toHaveCount(0);
        await dialog.getByRole('button', { name: 'Done' }).click();
        await see(dialog).toBeHidden();

        const view = await page.evaluate(() => (window as unknown as { cuttings: CuttingsApi }).cuttings.settings.get());
        expect(view).toMatchObject({ paper: 'Letter', clipper: { enabled: false, running: false } });
      } finally {
        await app.dispose();
      }
    });
  }
});
