/**
 * The application menu's entries reach the window as `menu.command` events (main broadcasts
 * them); each opens its screen. Here the event is pushed into the page the way main does.
 */
import { describe, it } from 'vitest';
import { chromiumSkipReason, openApp } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`menu commands${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('opens Add clipping, Settings, Tags, Dossier and the shortcuts, and focuses the search', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const dialogs = page.getByRole('dialog');
      await see(dialogs).toHaveCount(0);
      // The dossier builder opens only when there is a clipping to put in a dossier.
      await app.library.importText('Ports reopen after the storm\n\nThe harbour authority said ships could sail again from Tuesday.');
      await see(page.getByRole('listbox', { name: 'Clippings' }).getByRole('option')).toHaveCount(1);

      for (const command of ['add', 'settings', 'tags', 'dossier', 'shortcuts'] as const) {
        await app.emit('menu.command', { command });
        await see(dialogs, command).toHaveCount(1);
        await page.keyboard.press('Escape');
        await see(dialogs, `${command} closes`).toHaveCount(0);
      }
      await see(page.getByRole('dialog', { name: 'Add clipping' })).toHaveCount(0);

      await app.emit('menu.command', { command: 'search' });
      await see(page.getByLabel('Search clippings')).toBeFocused();
    } finally {
      await app.dispose();
    }
  });
});
