/**
 * Issue #17 item 2, in the app: a clipping whose text file went missing still opens, shows the
 * text rebuilt from its original, and says plainly what is wrong and what to do.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/main/library';
import { chromiumSkipReason, fixture, openApp, screenshot, seriousViolations } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`a damaged clipping in the reader${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('is shown with its rebuilt text and a note saying its text file is missing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cuttings-ui-damaged-'));
    const seed = await openLibrary(dir);
    const { clipping } = await seed.importText(fixture('sun-peskov.txt'));
    const folder = seed.archive.clippingDir(clipping.id);
    await seed.close();
    await rm(path.join(folder, 'text.txt'));
    await rm(path.join(dir, 'index'), { recursive: true, force: true });

    const app = await openApp(browser(), { dir, axe: true });
    try {
      const { page } = app;
      await page.getByRole('listbox', { name: 'Clippings' }).getByRole('option').first().click();
      const reader = page.getByRole('main', { name: 'Reader' });
      await see(reader.getByRole('alert')).toContainText('text file (text.txt) is missing');
      await see(reader.getByRole('alert')).toContainText('cuttings check --repair');
      await see(reader).toContainText('The Kremlin said on Friday');
      await screenshot(page, 'reader-damaged-clipping');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await app.dispose();
    }
  });
});
