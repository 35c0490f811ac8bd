/** What the installers are built from exists: the icons electron-builder.yml names, the fonts it ships. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  linux: { icon: string };
  win: { icon: string };
  mac: { icon: string };
  extraResources: Array<{ from: string; to: string }>;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('installer resources', () => {
  it('has a 512×512 icon for Windows and macOS', () => {
    for (const icon of [config.win.icon, config.mac.icon]) {
      expect(pngSize(path.join(root, icon))).toEqual({ width: 512, height: 512 });
    }
  });

  it('has the Linux icon sizes, each as large as its name says', () => {
    const dir = path.join(root, config.linux.icon);
    const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(files).toEqual(expect.arrayContaining(['16x16.png', '48x48.png', '256x256.png', '512x512.png']));
    for (const file of files) {
      const [w, h] = file.replace('.png', '').split('x').map(Number);
      expect(pngSize(path.join(dir, file)), file).toEqual({ width: w, height: h });
    }
  });

  it('ships the dossier fonts as TrueType', () => {
    const fonts = config.extraResources.find((r) => r.to === 'fonts');
    expect(fonts).toBeDefined();
    const dir = path.join(root, fonts?.from ?? '');
    const ttf = readdirSync(dir).filter((f) => f.endsWith('.ttf'));
    expect(ttf.length).toBeGreaterThanOrEqual(4);
    for (const f of ttf) expect(readFileSync(path.join(dir, f)).readUInt32BE(0), f).toBe(0x00010000);
    expect(existsSync(path.join(dir, 'LICENSE-dejavu.txt'))).toBe(true);
  });
});
