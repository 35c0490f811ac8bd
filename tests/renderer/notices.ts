/**
 * What the window said, recorded in the page itself and kept across reloads: every text shown
 * in a live region (`role="status"` or `"alert"`: toasts, status lines, errors). A toast lives a
 * few seconds; on a busy machine the test process (which also serves the page and runs the
 * handlers) can be starved longer than that, and a check that the toast is visible *now* then
 * misses a notice that was shown. Tests that must know a notice was given ask this log instead.
 */
import type { BrowserContext, Page } from 'playwright-core';

const KEY = 'cuttings.test.notices';

/** Starts recording in every document the context loads from now on (reloads included). */
export async function recordNotices(context: BrowserContext, page: Page): Promise<void> {
  const install = (key: string): void => {
    const stored = (): string[] => JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
    const doc = Number(sessionStorage.getItem(`${key}.docs`) ?? '0') + 1;
    sessionStorage.setItem(`${key}.docs`, String(doc));
    const seen = new Set<string>();
    const look = (): void => {
      for (const el of document.querySelectorAll('[role="status"], [role="alert"]')) {
        const text = el.textContent?.trim();
        if (!text || seen.has(text)) continue;
        seen.add(text);
        sessionStorage.setItem(key, JSON.stringify([...stored(), `${doc}:${text}`]));
      }
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  };
  await context.addInitScript(install, KEY);
  await page.evaluate(install, KEY);
}

/** The documents loaded so far in this tab since recording began (1 is the page it began in). */
export async function documentsLoaded(page: Page): Promise<number> {
  // While the window reloads there is no document to ask: count it as not loaded yet.
  return page.evaluate((key) => Number(sessionStorage.getItem(`${key}.docs`) ?? '0'), KEY).catch(() => 0);
}

/** Every text shown in a live region since recording began, as `document number:text`. */
export async function noticesShown(page: Page): Promise<string[]> {
  return page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[], KEY).catch(() => []);
}
