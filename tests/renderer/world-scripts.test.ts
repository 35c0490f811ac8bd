/**
 * Text in every script, in the window: the reader sets each paragraph and the headline in its
 * own direction (Arabic and Hebrew right to left, even inside an English list), and Settings →
 * Organisation keeps the name and logo dossier covers carry (through the real session: a
 * settings file on disk, the logo checked and copied by main).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CuttingsApi } from '../../shared/ipc/api';
import { makePng } from '../main/dossier/sample-clippings';
import { chromiumSkipReason, openApp, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();
const ARABIC_TITLE = 'استئناف المحادثات حول الممر البحري لنقل الحبوب في جنيف';
const ARABIC =
  'قال الرئيس إن المحادثات ستستأنف في 12 مارس 2025 في القاهرة، بعد أسبوع من المشاورات المكثفة بين الوفود. وقالت وكالة رويترز إن الاتفاق لا يزال بعيدا.';
const ENGLISH = 'The harbour authority said on Monday that the new ferry terminal would open in the spring, two years later than planned.';

describe.skipIf(!!skip)(`every script in the window${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'cuttings-scripts-ui-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads Arabic right to left: the headline and each paragraph take their own direction', async () => {
    const app = await openApp(browser(), { axe: true });
    try {
      const { page, library } = app;
      await library.importText(`${ARABIC_TITLE}\n\n${ARABIC}\n\n${ENGLISH}\n\n${ARABIC}`);
      await page.getByRole('listbox', { name: 'Clippings' }).getByRole('option').first().click();
      const reader = page.getByRole('main', { name: 'Reader' });
      const title = reader.getByRole('heading', { level: 1 });
      await see(title).toHaveText(ARABIC_TITLE);
      expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      const body = reader.getByRole('region', { name: 'Article text' });
      const directions = await body.locator('p').evaluateAll((ps) => ps.map((p) => [p.textContent?.slice(0, 12), getComputedStyle(p).direction]));
      expect(directions.map(([, d]) => d)).toEqual(['rtl', 'ltr', 'rtl']);
      // Set flush right: the paragraph's text ends at the right edge of its box.
      const arabic = body.locator('p').first();
      const [box, text] = await arabic.evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const r = range.getBoundingClientRect();
        const b = p.getBoundingClientRect();
        return [b.right, r.right];
      });
      expect(Math.abs((box ?? 0) - (text ?? 0))).toBeLessThan(2);
      await page.evaluate(() => document.fonts.ready);
      await screenshot(page, 'reader-arabic');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.dispose();
    }
  });

  it('keeps the organisation and its logo in Settings, and refuses a picture a PDF cannot hold', async () => {
    const app = await openApp(browser(), { session: true, axe: true });
    try {
      const { page } = app;
      await writeFile(path.join(folder, 'logo.png'), makePng(180, 60));
      await writeFile(path.join(folder, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      await page.getByRole('button', { name: 'Settings' }).click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      const section = dialog.getByRole('region', { name: 'Organisation' });
      await section.getByLabel('Name').fill('Ministry of Foreign Affairs — Press Office');
      await section.getByLabel('Name').press('Enter');
      await see.poll(() => page.evaluate(() => (window as unknown as { cuttings: CuttingsApi }).cuttings.settings.get().then((s) => s.organisation.name))).toBe('Ministry of Foreign Affairs — Press Office');

      await section.getByLabel('Choose a logo').setInputFiles(path.join(folder, 'logo.svg'));
      await see(dialog.getByRole('alert')).toContainText('not a PNG or JPEG');
      await section.getByLabel('Choose a logo').setInputFiles(path.join(folder, 'logo.png'));
      const preview = section.getByRole('img', { name: "The organisation's logo" });
      await see(preview).toBeVisible();
      expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(180);
      await page.evaluate(() => document.fonts.ready);
      await section.scrollIntoViewIfNeeded();
      await screenshot(page, 'settings-organisation');
      expect(await seriousViolations(page)).toEqual([]);

      // The dossier builder starts from it.
      await dialog.getByRole('button', { name: 'Done' }).click();
      await app.library.importText(`Ports reopen\n\n${ENGLISH}`);
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(1);
      await page.getByRole('button', { name: 'Dossier' }).click();
      const builder = page.getByRole('dialog', { name: 'New dossier' });
      await see(builder.getByLabel('Organisation')).toHaveValue('Ministry of Foreign Affairs — Press Office');
      await see(builder.getByLabel('Classification')).toHaveValue('Internal');

      await builder.getByRole('button', { name: 'Close', exact: true }).first().click();
      await page.getByRole('button', { name: 'Settings' }).click();
      await section.getByRole('button', { name: 'Remove logo' }).click();
      await see(section.getByText('No logo')).toBeVisible();
    } finally {
      await app.dispose();
    }
  });
});
