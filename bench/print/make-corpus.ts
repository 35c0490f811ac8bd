/**
 * Builds the print corpus (`bench/corpus/print/`, not committed): each article of
 * {@link corpusTexts} set as a newspaper clipping — a headline over two justified columns — in
 * Debian's Chromium, then
 *   - `scan.png`: a clean 300-dpi grey scan of the A4 page (a screenshot at 300/96 scale),
 *   - `photo.jpg`: a phone photo of it: tilted 2–5° either way, blurred, uneven light, noise,
 *     JPEG artefacts (ImageMagick's /usr/bin/convert),
 *   - `epaper.pdf`: the page printed to PDF (a text layer, as e-paper editions have),
 *   - `truth.json`: the headline and the paragraphs that fitted on the page.
 * Run: `npx tsx bench/print/make-corpus.ts [--only NAME]` (about 2 s per article).
 * `--hard` adds `photo-hard.jpg` beside each scan (no browser needed): a worse photo, further away
 * (about 180 dpi), at an angle, softer and noisier.
 * `--fixtures` instead writes the small clipping the tests use (half a page: `en-ferry`) to
 * tests/fixtures/print/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from '../../tests/renderer/chromium';
import { corpusTexts, type CorpusText } from './texts';
import { rng } from '../rng';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../corpus/print');
const CONVERT = '/usr/bin/convert';
const FONTS = ['Liberation Serif', 'C059', 'P052', 'DejaVu Serif', 'Nimbus Roman'];
const HEAD_FONTS = ['Nimbus Sans', 'Liberation Sans', 'inherit', 'inherit', 'DejaVu Sans'];


const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function pageHtml(text: CorpusText, i: number, random: () => number, heightMm = 297): string {
  const font = FONTS[i % FONTS.length];
  const head = HEAD_FONTS[i % HEAD_FONTS.length];
  const bodyPt = 10 + Math.round(random() * 3) / 2; // 10–11.5 pt
  const headPt = 24 + Math.round(random() * 10);
  return `<!doctype html><html lang="${text.lang}"><head><meta charset="utf-8"><style>
  @page { size: 210mm ${heightMm}mm; margin: 0 }
  html, body { margin: 0; background: #fff; color: #111 }
  .page { width: 210mm; height: ${heightMm}mm; box-sizing: border-box; padding: 16mm 15mm; font-family: '${font}', serif }
  h1 { font-family: ${head === 'inherit' ? 'inherit' : `'${head}', sans-serif`}; font-size: ${headPt}pt; line-height: 1.1;
       margin: 0 0 7mm; font-weight: bold }
  .cols { columns: 2; column-gap: 7mm; column-fill: auto; height: var(--h); overflow: hidden;
          font-size: ${bodyPt}pt; line-height: 1.3; text-align: justify }
  p { margin: 0 0 0.55em; text-indent: ${i % 2 ? '1.2em' : '0'} }
  </style></head><body><div class="page"><h1>${escape(text.headline)}</h1><div class="cols" id="cols"></div></div></body></html>`;
}

/** Adds paragraphs while they fit in the two columns; returns the ones kept. */
async function fill(page: import('playwright-core').Page, paragraphs: string[]): Promise<string[]> {
  return page.evaluate((paras) => {
    const cols = document.getElementById('cols') as HTMLElement;
    const pageEl = document.querySelector('.page') as HTMLElement;
    const h1 = document.querySelector('h1') as HTMLElement;
    const padding = 2 * 16 * 3.7795;
    const height = pageEl.clientHeight - padding - h1.offsetHeight - 28;
    cols.style.setProperty('--h', `${Math.floor(height)}px`);
    const kept: string[] = [];
    for (const text of paras) {
      const p = document.createElement('p');
      p.textContent = text;
      cols.appendChild(p);
      if (cols.scrollWidth > cols.clientWidth + 1) {
        p.remove();
        break;
      }
      kept.push(text);
    }
    // Balanced, a short article still fills both columns (as a newspaper sets it).
    cols.style.columnFill = 'balance';
    return kept;
  }, paragraphs);
}

function photo(scan: string, out: string, random: () => number, fixedAngle?: number): number {
  const angle = fixedAngle ?? (2 + random() * 3) * (random() < 0.5 ? -1 : 1);
  const noise = (0.25 + random() * 0.25).toFixed(2);
  const blur = (0.8 + random() * 0.6).toFixed(2);
  // A phone photo: the page a little smaller than a 300-dpi scan, tilted, with light falling
  // off towards one corner, a soft focus, sensor noise and a mid-quality JPEG.
  execFileSync(CONVERT, [
    scan, '-resize', '88%', '-background', '#d8d4cc', '-rotate', angle.toFixed(2),
    '(', '+clone', '-sparse-color', 'Barycentric', '0,0 gray(255) %w,%h gray(200)', ')',
    '-compose', 'Multiply', '-composite',
    '-blur', `0x${blur}`, '-attenuate', noise, '+noise', 'Gaussian',
    '-quality', '62', out,
  ]);
  return angle;
}

const FIXTURES = path.resolve(import.meta.dirname, '../../tests/fixtures/print');

/** The tests' small clipping: half an A4 page, as a PDF and as a phone photo tilted 3.5°. */
async function fixtures(browser: import('playwright-core').Browser): Promise<void> {
  const text = (await corpusTexts()).find((t) => t.name === 'en-ferry') as CorpusText;
  const context = await browser.newContext({ viewport: { width: 794, height: 562 }, deviceScaleFactor: 300 / 96 });
  const page = await context.newPage();
  await page.setContent(pageHtml(text, 0, rng(7), 148.5));
  await page.evaluate(() => document.fonts.ready);
  const kept = await fill(page, text.paragraphs);
  mkdirSync(FIXTURES, { recursive: true });
  const raw = path.join(FIXTURES, 'raw.png');
  await page.screenshot({ path: raw });
  await page.pdf({ path: path.join(FIXTURES, 'ferry.pdf'), width: '210mm', height: '148.5mm', printBackground: true });
  photo(raw, path.join(FIXTURES, 'ferry-photo.jpg'), rng(11), 3.5);
  execFileSync('rm', ['-f', raw]);
  writeFileSync(path.join(FIXTURES, 'ferry.json'), `${JSON.stringify({ headline: text.headline, paragraphs: kept }, null, 2)}\n`);
  await context.close();
}

/**
 * A harder phone photo, from the scan: taken from further away (60%: about 180 dpi), at an
 * angle (a trapezoid, the top edge narrower), tilted, softer, noisier, a lower-quality JPEG.
 */
export function hardPhoto(scan: string, out: string, random: () => number): number {
  const angle = (2 + random() * 3) * (random() < 0.5 ? -1 : 1);
  const { width, height } = { width: 1488, height: 2105 }; // 60% of 2480 × 3508
  const inset = Math.round(width * (0.03 + random() * 0.03));
  const perspective = `0,0 ${inset},${Math.round(inset / 2)}  ${width},0 ${width - inset},0  0,${height} 0,${height}  ${width},${height} ${width},${height}`;
  execFileSync(CONVERT, [
    scan, '-resize', '60%', '-virtual-pixel', 'background', '-background', '#cfcac0',
    '-distort', 'Perspective', perspective, '-rotate', angle.toFixed(2),
    '(', '+clone', '-sparse-color', 'Barycentric', '0,0 gray(250) %w,%h gray(175)', ')',
    '-compose', 'Multiply', '-composite',
    '-blur', `0x${(1.1 + random() * 0.5).toFixed(2)}`, '-attenuate', (0.55 + random() * 0.25).toFixed(2), '+noise', 'Gaussian',
    '-quality', '45', out,
  ]);
  return angle;
}

async function main(): Promise<void> {
  if (process.argv.includes('--hard')) {
    // From the scans already made: no browser needed.
    for (const [i, name] of readdirSync(CORPUS_DIR).sort().entries()) {
      const scan = path.join(CORPUS_DIR, name, 'scan.png');
      if (existsSync(scan)) console.log(`${name}: hard photo, tilt ${hardPhoto(scan, path.join(CORPUS_DIR, name, 'photo-hard.jpg'), rng(5000 + i * 104729)).toFixed(1)}°`);
    }
    return;
  }
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const texts = (await corpusTexts()).filter((t) => !only || t.name === only);
  const browser = await chromium.launch(chromiumLaunch());
  try {
    if (process.argv.includes('--fixtures')) return await fixtures(browser);
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 300 / 96 });
    for (const [i, text] of texts.entries()) {
      const random = rng(1000 + i * 7919);
      const dir = path.join(CORPUS_DIR, text.name);
      mkdirSync(dir, { recursive: true });
      const page = await context.newPage();
      await page.setContent(pageHtml(text, i, random));
      await page.evaluate(() => document.fonts.ready);
      const kept = await fill(page, text.paragraphs);
      const raw = path.join(dir, 'raw.png');
      await page.screenshot({ path: raw, fullPage: false });
      execFileSync(CONVERT, [raw, '-colorspace', 'Gray', '-density', '300', '-units', 'PixelsPerInch', path.join(dir, 'scan.png')]);
      await page.pdf({ path: path.join(dir, 'epaper.pdf'), format: 'A4', printBackground: true });
      await page.close();
      const angle = photo(raw, path.join(dir, 'photo.jpg'), random);
      execFileSync('rm', ['-f', raw]);
      writeFileSync(
        path.join(dir, 'truth.json'),
        JSON.stringify({ name: text.name, lang: text.lang, split: text.split, angle, headline: text.headline, paragraphs: kept }, null, 2),
      );
      console.log(`${text.name}: ${kept.length}/${text.paragraphs.length} paragraphs, tilt ${angle.toFixed(1)}°`);
    }
  } finally {
    await browser.close();
  }
}

await main();
