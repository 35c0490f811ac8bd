/**
 * Settings over the app's real session (a settings file on disk, the clipper on loopback):
 * paper and theme persist, and switching browser clipping on starts the service and shows
 * the bookmarklet, whose token can be regenerated.
 */
import { describe, expect, it } from 'vitest';
import type { CuttingsApi } from '../../shared/ipc/api';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations } from './harness';
import { documentsLoaded, noticesShown, recordNotices } from './notices';
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
        // exact: Settings → Text recognition names the archive folder inside a longer hint too.
        await see(dialog.getByText(app.dir, { exact: true })).toBeVisible();

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

  // A long scenario (two restores, each reloading the window): generous on a busy machine.
  it('backs up now, restores a backup after a confirmation, and the restore can itself be undone', { timeout: 180_000 }, async () => {
    const app = await openApp(browser(), { session: true, axe: true });
    try {
      const { page } = app;
      const api = <T,>(fn: (c: CuttingsApi) => Promise<T>): Promise<T> =>
        page.evaluate(`(${fn.toString()})(window.cuttings)`) as Promise<T>;
      await app.library.importText(fixture('sun-peskov.txt'));
      await app.library.importText(fixture('wire-geneva.txt'));

      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      const backups = dialog.getByRole('list', { name: 'Backups' });
      await dialog.getByRole('button', { name: 'Back up now' }).click();
      await see(dialog.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible();
      const mine = backups.getByRole('listitem').filter({ hasText: 'Made by you' });
      await see(mine).toHaveCount(1);
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'settings-backups-light');
      expect(await seriousViolations(page)).toEqual([]);

      // Later work that the restore will set aside.
      await app.library.importText(fixture('dpa-berlin-de.txt'));
      await see.poll(() => api((c) => c.app.info().then((i) => i.clippings))).toBe(3);

      await mine.getByRole('button', { name: /^Restore the backup of/ }).click();
      const confirm = mine.getByRole('group', { name: 'Confirm the restore' });
      await see(confirm).toContainText('What changed since is set aside');
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await see(confirm).toHaveCount(0);
      await mine.getByRole('button', { name: /^Restore the backup of/ }).click();
      await recordNotices(app.context, page);
      const documentsBefore = await documentsLoaded(page);
      await confirm.getByRole('button', { name: 'Restore' }).click();

      // The window reloads on the restored archive and says so. The toast lives 8 s; the page
      // records it, so a test process starved by a busy machine cannot miss it (issue #17).
      await see.poll(() => documentsLoaded(page)).toBeGreaterThan(documentsBefore);
      await see
        .poll(async () => (await noticesShown(page)).some((n) => Number(n.split(':')[0]) > documentsBefore && n.includes('Restored the backup of')))
        .toBe(true);
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(2);
      expect(await api((c) => c.search.query({ q: 'bahnstreik' }).then((r) => r.total))).toBe(0);
      expect(await api((c) => c.search.query({ q: 'peskov' }).then((r) => r.total))).toBe(1);
      // What it replaced is kept whole, and backed up so the restore can be undone.
      expect(await readdir(path.join(app.dir, 'kept'))).not.toHaveLength(0);
      const after = await api((c) => c.backups.list());
      const before = after.find((b) => b.kind === 'pre-restore');
      expect(before).toBeDefined();
      // Restoring that backup undoes the restore: the later clipping is back.
      await page.evaluate((name) => void (window as unknown as { cuttings: CuttingsApi }).cuttings.backups.restore({ name }), before?.name ?? '');
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(3);
      await see.poll(() => api((c) => c.search.query({ q: 'bahnstreik' }).then((r) => r.total))).toBe(1);

      await api((c) => c.backups.restore({ name: '../../etc/passwd' })).then(
        () => expect.unreachable('a bad name is refused'),
        (err: Error) => expect(err.message).toMatch(/not the name of a backup/),
      );
    } finally {
      await app.dispose();
    }
  });
});
