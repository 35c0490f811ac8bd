/**
 * The dossier's fallback fonts are resolved by package name at run time, which no bundler or
 * dead-code check can follow: each must be a runtime dependency (so it is packaged with the
 * app) and installed, with the faces the dossier asks for.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_PACKAGES, fallbackFile } from '../../../electron/main/dossier/fonts';

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe('fallback font packages', () => {
  it('are runtime dependencies', () => {
    expect(FALLBACK_PACKAGES.length).toBeGreaterThan(5);
    expect(FALLBACK_PACKAGES.filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });

  it('hold the faces the dossier uses', () => {
    for (const family of ['arabic', 'devanagari', 'thai', 'sc', 'jp', 'kr'] as const) {
      for (const bold of [false, true]) expect(existsSync(fallbackFile(family, bold, false)), `${family} ${bold ? 'bold' : 'regular'}`).toBe(true);
    }
  });
});
