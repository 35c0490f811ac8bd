// Renders resources/icon.svg to the PNG icons the installers use, with Debian's Chromium:
//   node scripts/make-icons.mjs     (CUTTINGS_CHROMIUM overrides /usr/bin/chromium)
// resources/icon.png (512×512) is what electron-builder turns into .icns and .ico;
// resources/icons/NxN.png are the Linux icon sizes.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'resources/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CUTTINGS_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  mkdirSync(path.join(root, 'resources/icons'), { recursive: true });
  for (const size of [16, 32, 48, 64, 128, 256, 512]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
    const out = path.join(root, 'resources/icons', `${size}x${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    if (size === 512) await page.screenshot({ path: path.join(root, 'resources/icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 512, height: 512 } });
  }
} finally {
  await browser.close();
}
console.log('wrote resources/icon.png and resources/icons/*.png');
