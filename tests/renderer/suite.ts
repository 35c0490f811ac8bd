/**
 * Vitest glue for the UI tests (kept apart from the harness so the benchmark can use the
 * harness outside vitest).
 */
import { expect } from '@playwright/test';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureRendererBuilt, launchChromium } from './harness';

/**
 * For a `describe` block: builds the renderer if needed and launches Chromium once for
 * the block. Returns a getter for the browser.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureRendererBuilt();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium was not launched');
    return browser;
  };
}

/**
 * Playwright's web-first assertions (they retry until true). The wait is generous because
 * these machines are shared and the first import loads capture's language data; nothing
 * here measures speed (the benchmark does).
 */
export const see = expect.configure({ timeout: 20_000 });
