/**
 * Settings → Team in Chromium over the app's real session (real archive, real handlers, the
 * sync loop in "main") against a CouchDB-protocol server on a random port: a wrong password
 * is said and nothing kept; the right one shares the archive and the first sync runs; a
 * teammate's clipping arrives with Sync now and the status says so; both retitle one clipping
 * and Details shows the title that was replaced, and by whose edit (the kept one "entered by a
 * teammate"); Stop sharing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/main/library';
import { parseRemote, syncArchive } from '../../electron/main/sync';
import { startCouch, type CouchServer } from '../main/sync/couch-server';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`Settings → Team${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();
  let couch: CouchServer;
  beforeAll(async () => {
    couch = await startCouch();
  });
  afterAll(async () => {
    await couch?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`shares the archive with a team server, syncs now and stops sharing (${scheme})`, { timeout: 180_000 }, async () => {
      const db = `team-${scheme}`;
      await couch.createDb(db, ['anna', 'ben']);
      const benDir = await mkdtemp(path.join(tmpdir(), 'cuttings-ben-'));
      const ben = await openLibrary(benDir, { dailyBackup: 'off' });
      const app = await openApp(browser(), { session: true, axe: true, colorScheme: scheme, viewport: { width: 1366, height: 900 } });
      try {
        const { page } = app;
        const { clipping: mine } = await app.library.importText(fixture('sun-peskov.txt'));
        await page.getByRole('button', { name: 'Settings' }).click();
        const dialog = page.getByRole('dialog', { name: 'Settings' });
        const form = dialog.getByRole('form', { name: 'Team server' });
        await form.scrollIntoViewIfNeeded();
        await form.getByLabel('Server address').fill(couch.url);
        await form.getByLabel('Database').fill(db);
        await form.getByLabel('User').fill('anna');
        await form.getByLabel('Password').fill('not-her-password');
        await form.getByRole('button', { name: 'Share this archive' }).click();
        await see(dialog.getByRole('alert')).toContainText('refused the credentials of anna');
        await see(form).toBeVisible(); // nothing kept: still the form
        await screenshot(page, `settings-team-form-${scheme}`);

        await form.getByLabel('Password').fill('pw-anna');
        await form.getByLabel('This computer, as teammates see it').fill('Anna’s laptop');
        await form.getByRole('button', { name: 'Share this archive' }).click();
        const status = dialog.locator('.team-status').getByRole('status');
        await see(status).toContainText('Up to date: received 0 changes, sent 1.');
        await see(status).toContainText('Last synced');
        await see(dialog.getByText(`${couch.url}/${db}`, { exact: true })).toBeVisible();
        await see(dialog.locator('.team-status')).toContainText('from “Anna’s laptop”');

        // Ben's desk: receives Anna's clipping, adds one of his own.
        const benSpec = parseRemote(couch.dbUrl(db), 'ben', 'pw-ben');
        expect((await syncArchive(ben, benSpec, { device: 'ben-laptop' })).newClippings).toBe(1);
        await ben.importText(fixture('wire-geneva.txt'));
        await syncArchive(ben, benSpec, { device: 'ben-laptop' });
        // It arrives by itself (the live feed) or with Sync now, whichever comes first.
        await dialog.getByRole('button', { name: 'Sync now' }).click();
        await see.poll(() => app.library.list().total).toBe(2);
        await see(status).toContainText(/Up to date: received \d+ changes?/);

        await page.evaluate(() => document.fonts.ready);
        await dialog.locator('#settings-team').scrollIntoViewIfNeeded();
        await screenshot(page, `settings-team-${scheme}`);
        expect(await seriousViolations(page)).toEqual([]);

        // Both retitle Anna's clipping: Ben's edit is the later one; Details keeps Anna's.
        await app.library.update(mine.id, { title: 'Kremlin: talks with Washington go on' });
        await ben.update(mine.id, { title: 'Peskov on the talks' });
        await syncArchive(ben, benSpec, { device: 'ben-laptop' });
        await dialog.getByRole('button', { name: 'Sync now' }).click();
        await see.poll(async () => (await app.library.get(mine.id)).title).toBe('Peskov on the talks');
        await dialog.getByRole('button', { name: 'Stop sharing' }).click();
        await see(dialog.getByRole('button', { name: 'Share this archive' })).toBeVisible();
        expect(app.library.list().total).toBe(2); // the archive keeps everything
        await dialog.getByRole('button', { name: 'Done' }).click();

        await page.getByRole('listbox', { name: 'Clippings' }).getByRole('option', { name: /Peskov on the talks/ }).click();
        const reader = page.getByRole('main', { name: 'Reader' });
        const details = reader.getByRole('region', { name: 'Details' });
        const toggle = details.getByRole('button', { name: 'Details', exact: true });
        if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        const replaced = details.locator('.detail').filter({ hasText: 'Replaced' });
        await see(replaced).toContainText('Title: “Kremlin: talks with Washington go on”');
        await see(replaced).toContainText(/changed on Anna’s laptop at .+, replaced by ben-laptop’s edit/);
        const row = (label: string) => details.locator('.detail').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) });
        await see(row('Team')).toContainText('Last changed on ben-laptop');
        // Ben typed the title that was kept: on Anna's desk it is his, not "entered by you".
        await see(row('Title').locator('.detail-origin')).toHaveText('entered by a teammate');
        await replaced.scrollIntoViewIfNeeded();
        await screenshot(page, `details-replaced-${scheme}`);
        expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await app.dispose();
        await ben.close();
        await rm(benDir, { recursive: true, force: true });
      }
    });
  }
});
