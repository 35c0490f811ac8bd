/**
 * The packaged app's Electron fuses, as electron-builder will flip them: each one set the
 * safe way, and the whole configuration accepted by electron-builder's own schema (a typo
 * in a fuse name would otherwise be a fuse silently left at Electron's default).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const fuses = config.electronFuses as Record<string, unknown> | undefined;

const expected: Record<string, boolean> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
};

describe('electron-builder.yml', () => {
  it.each(Object.entries(expected))('sets the %s fuse to %s', (fuse, value) => {
    expect(fuses?.[fuse]).toBe(value);
  });

  it('packs the app into an asar (the integrity and asar-only fuses depend on it)', () => {
    expect(config.asar).toBe(true);
  });

  it('is accepted by electron-builder’s own schema, fuse names included', async () => {
    // electron-builder has no public validate API; this is the function `electron-builder` runs.
    const require = createRequire(path.join(root, 'package.json'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...fuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });
});
