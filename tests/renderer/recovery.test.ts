/**
 * The recovery screen, over the app's real session on an archive whose catalogue cannot be
 * opened: it says what happened (never pointing at a terminal), lists the backups with their
 * dates and clipping counts, and restores one (in the archive worker), repairs from the
 * clipping folders, or opens another archive; the window then shows the library again.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupArchive } from '../../electron/main/archive';
import { openLibrary } from '../../electron/main/library';
import {
  chromiumSkipReason,
  openApp,
  screenshot,
  seriousViolations,
  syntheticArticle,
  waitForApp,
} from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

/** An archive of `count` clippings with a manual backup of the first `backedUp` of them. */
async function archiveWithBackup(count: number, backedUp: number): Promise<{ dir: string; backup: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cuttings-recovery-'));
  const library = await openLibrary(dir, { dailyBackup: 'off' });
  for (let i = 0; i < backedUp; i++) await library.add(syntheticArticle(i), ['before']);
  await library.close();
  const backup = (await backupArchive(dir)).name;
  const more = await openLibrary(dir, { dailyBackup: 'off' });
  for (let i = backedUp; i < count; i++) await more.add(syntheticArticle(i), ['after']);
  await more.close();
  return { dir, backup };
}

/** Nothing on the screen sends the user to a terminal. */
async function expectNoTerminalAdvice(text: string): Promise<void> {
  expect(text).not.toMatch(/cuttings (restore|repair|check|backup)|terminal|command line|\bnpx\b/i);
}

describe.skipIf(!!skip)(`the recovery screen${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('on a damaged catalogue: says what happened, lists the backups, and restores one', async () => {
    const { dir, backup } = await archiveWithBackup(4, 3);
    await truncate(path.join(dir, 'catalogue.json'), 60);
    const damaged = await readFile(path.join(dir, 'catalogue.json'));
    const app = await openApp(browser(), { dir, session: true, axe: true });
    try {
      const { page } = app;
      await see(
        page.getByRole('heading', { level: 1, name: 'This archive’s catalogue cannot be read' }),
      ).toBeVisible();
      await see(page.locator('.recovery-facts').getByText(dir)).toBeVisible();
      const backups = page.getByRole('list', { name: 'Backups' });
      await see(backups.getByRole('listitem')).toHaveCount(1);
      await see(backups.getByRole('listitem').first()).toContainText('Made by you · 3 clippings');
      await see(backups.getByText('Newest')).toBeVisible();
      await page.getByText('What Cuttings found').click();
      await see(page.getByText(/is not valid JSON/)).toBeVisible();
      await expectNoTerminalAdvice(await page.locator('body').innerText());
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'recovery-damaged');
      expect(await seriousViolations(page)).toEqual([]);
      // At every width, light and dark, for a person to look at (#18).
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const [width, height] of [
          [900, 680],
          [1366, 800],
          [1920, 1080],
        ] as const) {
          await page.setViewportSize({ width, height });
          await page.evaluate(
            () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
          );
          await screenshot(page, `recovery-${width}-${colorScheme}`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // The damaged catalogue was kept byte for byte.
      const keptAt = (await page.locator('.recovery-facts code').nth(1).innerText()).trim();
      expect(keptAt).toMatch(/^kept\/.*-damaged$/);
      expect(await readFile(path.join(dir, keptAt, 'catalogue.json'))).toEqual(damaged);

      await backups.getByRole('button', { name: /^Restore this backup, made / }).click();
      await waitForApp(page);
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(3);
      await see(page.getByText(/^Restored the backup of .* \(3 clippings\)\./)).toBeVisible();
      await expectNoTerminalAdvice(await page.locator('body').innerText());
      await screenshot(page, 'recovery-restored');
      expect(app.library.list().total).toBe(3);
      expect(app.calls.map((c) => c.channel)).toContain('recovery.restore');
      expect(backup).toMatch(/-manual\.json\.gz$/);
    } finally {
      await app.dispose();
    }
  });

  it('on a missing catalogue: repairs from the clipping folders', async () => {
    const { dir } = await archiveWithBackup(4, 2);
    await rm(path.join(dir, 'catalogue.json'));
    await rm(path.join(dir, 'catalogue'), { recursive: true });
    const app = await openApp(browser(), { dir, session: true });
    try {
      const { page } = app;
      await see(
        page.getByRole('heading', { level: 1, name: 'This archive’s catalogue is missing' }),
      ).toBeVisible();
      await see(page.getByRole('list', { name: 'Backups' }).getByRole('listitem').first()).toContainText(
        '2 clippings',
      );
      await screenshot(page, 'recovery-missing');
      await page.getByRole('button', { name: 'Repair' }).click();
      await waitForApp(page);
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(4);
      await see(
        page.getByText('Rebuilt the catalogue: 4 clippings taken back from their folders.', { exact: false }),
      ).toBeVisible();
      expect(
        app.library
          .tags()
          .map((t) => t.name)
          .sort(),
      ).toEqual(['after', 'before']);
    } finally {
      await app.dispose();
    }
  });

  it('on a catalogue from a newer Cuttings: says so, and opens another archive', async () => {
    const { dir } = await archiveWithBackup(1, 1);
    const manifest = JSON.parse(await readFile(path.join(dir, 'catalogue.json'), 'utf8')) as {
      schemaVersion: number;
    };
    await writeFile(path.join(dir, 'catalogue.json'), JSON.stringify({ ...manifest, schemaVersion: 999 }));
    const other = await mkdtemp(path.join(tmpdir(), 'cuttings-other-'));
    const app = await openApp(browser(), { dir, session: true, chooseFolder: other, colorScheme: 'dark' });
    try {
      const { page } = app;
      await see(
        page.getByRole('heading', {
          level: 1,
          name: 'This archive was saved by a newer version of Cuttings',
        }),
      ).toBeVisible();
      await see(page.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(1);
      await see(page.getByRole('button', { name: 'Repair' })).toHaveCount(0);
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'recovery-newer-dark');
      await page.getByRole('button', { name: 'Open another archive…' }).click();
      await waitForApp(page);
      await see(page.getByText(`Opened the archive in ${other}.`)).toBeVisible();
      expect(app.library.dir).toBe(other);
      expect(existsSync(path.join(other, 'catalogue.json'))).toBe(true);
    } finally {
      await app.dispose();
      await rm(other, { recursive: true, force: true });
    }
  });
});
