/** Where the Electron binary is, without `require('electron')` (which would try to download it). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function electronBinary(): { path: string | null; reason: string } {
  const dir = path.resolve(import.meta.dirname, '../../node_modules/electron');
  const pathTxt = path.join(dir, 'path.txt');
  if (!existsSync(pathTxt)) {
    return { path: null, reason: 'the Electron binary is not installed (no network access to GitHub here); run `npx install-electron`' };
  }
  const binary = path.join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(binary)) return { path: null, reason: `the Electron binary ${binary} is missing` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { path: null, reason: 'no display (set DISPLAY, e.g. run under xvfb-run)' };
  }
  return { path: binary, reason: '' };
}
