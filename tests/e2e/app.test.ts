/**
 * The built app in real Electron: the main window opens on the app:// origin with the secure
 * preload API, and a pasted clipping survives a restart. Runs wherever the Electron binary is
 * installed and a display is available; reports itself skipped, with the reason, elsewhere.
 */
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from './electron-paths';

const binary = electronBinary();
if (!binary.path) console.warn(`e2e: skipped — ${binary.reason}`);
const root = path.resolve(import.meta.dirname, '../..');
const sunText = readFileSync(path.join(root, 'tests/fixtures/paste/sun-peskov.txt'), 'utf8');

describe.skipIf(!binary.path)(`the Electron app${binary.path ? '' : ` (skipped: ${binary.reason})`}`, () => {
  let archive: string;
  let app: ElectronApplication | null = null;

  const launch = async (): Promise<ElectronApplication> =>
    electron.launch({
      executablePath: binary.path as string,
      args: [path.join(root, 'out/main/index.js')],
      env: { ...process.env, CUTTINGS_ARCHIVE: archive, ELECTRON_ENABLE_LOGGING: '1' },
    });

  beforeAll(async () => {
    archive = await mkdtemp(path.join(os.tmpdir(), 'cuttings-e2e-'));
  });
  afterAll(async () => {
    await app?.close();
    await rm(archive, { recursive: true, force: true });
  });

  it('opens a secure main window on the app origin', async () => {
    app = await launch();
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/cuttings\//);
    const exposure = await page.evaluate(() => ({
      api: typeof (window as unknown as { cuttings?: unknown }).cuttings,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposure).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences() exists at runtime but not in Electron's typings.
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
        getLastWebPreferences(): { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean };
      };
      const wp = contents.getLastWebPreferences();
      return { contextIsolation: wp.contextIsolation, sandbox: wp.sandbox, nodeIntegration: wp.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('keeps a pasted clipping across a restart', async () => {
    const page = await (app as ElectronApplication).firstWindow();
    const outcome = await page.evaluate(
      (text) => (window as unknown as { cuttings: { clippings: { importText(a: { text: string }): Promise<{ clipping: { id: string; title: string } }> } } }).cuttings.clippings.importText({ text }),
      sunText,
    );
    expect(outcome.clipping.title).toBe('Russia sees progress in Ukraine peace talks but US relations strained');
    await (app as ElectronApplication).close();
    app = await launch();
    const again = await app.firstWindow();
    await again.getByText('Russia sees progress in Ukraine peace talks but US relations strained').first().waitFor();
    const list = await again.evaluate(() =>
      (window as unknown as { cuttings: { clippings: { list(): Promise<{ total: number }> } } }).cuttings.clippings.list(),
    );
    expect(list.total).toBe(1);
  });
});
