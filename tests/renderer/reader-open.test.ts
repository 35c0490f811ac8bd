/**
 * Opening a clipping: the reader shows the headline and source the list already has at once,
 * asks main for the article's HTML, links and history together with the clipping (not once
 * the clipping has arrived), and fills in the byline, tags and text when it arrives.
 */
import { describe, it } from 'vitest';
import { chromiumSkipReason, fixture, openApp } from './harness';
import { see, useChromium } from './suite';

const skip = chromiumSkipReason();

describe.skipIf(!!skip)(`opening a clipping${skip ? ` — skipped: ${skip}` : ''}`, () => {
  const browser = useChromium();

  it('shows the headline from the list at once, and asks for the rest with the clipping', async () => {
    const app = await openApp(browser());
    try {
      const { page } = app;
      const first = await app.library.importText(fixture('sun-peskov.txt'));
      const second = await app.library.importText(fixture('wire-geneva.txt'));
      const rows = page.getByRole('listbox', { name: 'Clippings' }).getByRole('option');
      await see(rows).toHaveCount(2);
      // Hold main's answer to `clippings.get` until the test lets it go (the bridge looks the
      // binding up on each call).
      await page.evaluate(() => {
        const host = window as unknown as {
          __cuttingsInvoke(channel: string, args: unknown): Promise<string>;
          __release(): void;
        };
        const invoke = host.__cuttingsInvoke.bind(host);
        let release = (): void => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        host.__release = release;
        host.__cuttingsInvoke = (channel, args) => (channel === 'clippings.get' ? held.then(() => invoke(channel, args)) : invoke(channel, args));
      });
      const calls = app.calls.length;
      // The list is newest first: the second import is on top, the first below it.
      await rows.nth(1).click();

      const reader = page.getByRole('main', { name: 'Reader' });
      await see(reader.getByRole('heading', { level: 1 })).toHaveText(first.clipping.title);
      await see(reader.locator('article')).toHaveAttribute('aria-busy', 'true');
      await see(reader.locator('.reader-byline')).toHaveCount(0);
      // Asked while the clipping itself is still held (other calls may cross: refreshes after the imports).
      const askedFor = (): string[] =>
        [...new Set(app.calls.slice(calls).filter((c) => (c.args as { id?: string } | null)?.id === first.clipping.id).map((c) => c.channel))].sort();
      await see.poll(askedFor).toEqual(['clippings.article', 'clippings.links', 'team.history']);

      await page.evaluate(() => (window as unknown as { __release(): void }).__release());
      await see(reader.locator('.reader-byline')).toContainText('words');
      await see(reader.locator('article')).not.toHaveAttribute('aria-busy');
      await see(reader.getByRole('region', { name: 'Article text' })).toBeVisible();
      await see(reader.getByRole('heading', { level: 1 })).toHaveText(first.clipping.title);

      // Another clipping starts afresh: its own headline, then its own text.
      await rows.nth(0).click();
      await see(reader.getByRole('heading', { level: 1 })).toHaveText(second.clipping.title);
      await see(reader.locator('.reader-byline')).toContainText('words');
    } finally {
      await app.dispose();
    }
  });
});
