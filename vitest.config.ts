import { defineConfig } from 'vitest/config';

// Three projects: `node` (core, CLI, shared: fast, no browser), `ui` (the built renderer in
// Debian's Chromium, bound to the real main-process handlers), `e2e` (the packaged Electron app,
// skipped where the Electron binary is absent).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['tests/main/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/shared/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
          environment: 'node',
          // CLI tests start real processes; generous so a loaded machine doesn't fail them.
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'ui',
          include: ['tests/renderer/**/*.test.ts'],
          environment: 'node',
          // Generous: on a busy 2-core machine a screen test took over 60 s (#17); a passing run is no slower.
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
