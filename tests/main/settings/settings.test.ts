import { readdir, readFile, stat, writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, saveSettings } from '../../../electron/main/settings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('settings', () => {
  it('starts from defaults with the clipper off', async () => {
    const { settings, warning } = await loadSettings(path.join(dir, 'settings.json'));
    expect(warning).toBeNull();
    expect(settings).toEqual(defaultSettings());
    expect(settings.clipper.enabled).toBe(false);
  });

  it('saves a patch durably, private to the user, and reads it back', async () => {
    const file = path.join(dir, 'nested', 'settings.json');
    const saved = await saveSettings(file, defaultSettings(), { theme: 'dark', clipper: { enabled: true, token: 'x'.repeat(43) } });
    expect(saved.clipper).toEqual({ enabled: true, port: 41277, token: 'x'.repeat(43) });
    expect((await loadSettings(file)).settings).toEqual(saved);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses invalid values without touching the file', async () => {
    const file = path.join(dir, 'settings.json');
    const saved = await saveSettings(file, defaultSettings(), { paper: 'Letter' });
    const before = await readFile(file, 'utf8');
    await expect(saveSettings(file, saved, { clipper: { port: 80 } })).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('keeps a damaged file aside and says so', async () => {
    const file = path.join(dir, 'settings.json');
    await writeFile(file, '{"theme": "dark", trunc');
    const { settings, warning } = await loadSettings(file);
    expect(settings).toEqual(defaultSettings());
    expect(warning).toMatch(/kept as .*settings\.json\.damaged-/);
    const kept = (await readdir(dir)).filter((f) => f.startsWith('settings.json.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dir, kept[0] as string), 'utf8')).toBe('{"theme": "dark", trunc');
  });
});
