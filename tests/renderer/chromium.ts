/**
 * Debian's Chromium, as every UI test, benchmark and fixture script here starts it: where it is
 * (`$CUTTINGS_CHROMIUM`, else /usr/bin/chromium) and its flags (headless, no GPU, nothing
 * fetched in the background). Kept free of heavy imports: a benchmark's measured child process
 * loads it too.
 */
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CUTTINGS_CHROMIUM ?? '/usr/bin/chromium';

/** Options for `chromium.launch()` / `launchServer()`, with any extra flags after ours. */
export function chromiumLaunch(...extraArgs: string[]): LaunchOptions {
  return {
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...extraArgs,
    ],
  };
}
