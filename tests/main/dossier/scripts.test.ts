import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFontsDir, writeDossier, type DossierResult } from '../../../electron/main/dossier';
import { registerFonts } from '../../../electron/main/dossier/fonts';
import { FONT } from '../../../electron/main/dossier/theme';
import { chosenFaces } from '../../../electron/main/dossier/line-pieces';
import { flat, missingPdfTools, pdfFonts, pdfPages, qpdfCheck, renderPages } from './pdf-tools';
import { makeDossierItems } from './sample-clippings';
import { WORLD, worldItems } from './world-clippings';

const missing = missingPdfTools();
const ARTIFACTS = path.resolve(__dirname, '../../artifacts/dossier');
/** pdftotext moves spaces next to numbers in right-to-left lines (its own reordering); words and their order are what count. */
const letters = (text: string): string => text.replace(/[\s\u200e\u200f\u202a-\u202e]+/gu, '');

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Words of page `page` with their boxes, as poppler lays them out. */
function words(file: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    text: m[4] ?? '',
  }));
}

describe.skipIf(missing.length > 0)('dossiers in every script', () => {
  let dir: string;
  let file: string;
  let result: DossierResult;
  let pages: string[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cuttings-scripts-'));
    file = path.join(dir, 'world.pdf');
    result = await writeDossier({ title: 'World press review', order: 'manual' }, worldItems(), file);
    pages = pdfPages(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes qpdf --check', () => {
    expect(qpdfCheck(file).ok).toBe(true);
  });

  it('gives back every headline and paragraph in pdftotext, right-to-left text in logical order', () => {
    const all = letters(pages.join(''));
    for (const w of Object.values(WORLD)) {
      // Poppler reads a headline's parts around a wide ideographic space as two columns.
      for (const part of w.title.split('\u3000')) expect(all, w.title).toContain(letters(part));
      // On a page mostly in left-to-right scripts poppler keeps the stretches of a right-to-left
      // line (between numbers, punctuation, line ends) in visual order: there, each word is
      // checked (its letters in logical order); the next test checks whole paragraphs.
      const rtl = w.lang === 'ar' || w.lang === 'he';
      for (const p of w.paragraphs) for (const part of rtl ? p.split(/[\s\d\p{P}]+/u) : [p]) expect(all, p).toContain(letters(part));
    }
    // Whole words, in reading order, for Arabic and Hebrew (reversed letters would not match).
    const text = flat(pages.join(' '));
    expect(text).toContain('قال الرئيس إن المحادثات ستستأنف في');
    expect(text).toContain('ראש הממשלה אמר כי השיחות יחודשו');
  });

  it('gives back Arabic and Hebrew paragraphs whole, in logical order, on pages in those scripts', async () => {
    const out = path.join(dir, 'rtl.pdf');
    await writeDossier({ title: 'Middle East review', order: 'manual' }, worldItems(['ar', 'he']), out);
    expect(qpdfCheck(out).ok).toBe(true);
    const rtlPages = pdfPages(out).slice(2);
    // Poppler's own reordering moves a hyphen or comma next to a number to its other side
    // ("ב-12" reads "ב12-"): words and numbers in order is what is compared.
    const words = (text: string): string => letters(text).replace(/[-,.،]/gu, '');
    const all = words(rtlPages.join(''));
    for (const w of [WORLD.ar, WORLD.he]) {
      for (const text of [w?.title ?? '', ...(w?.paragraphs ?? [])]) expect(all, text).toContain(words(text));
    }
  });

  it('embeds a subset font covering each script', () => {
    const names = pdfFonts(file).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    for (const face of ['NotoSansSC', 'NotoSansTC', 'NotoSansJP', 'NotoSansKR', 'NotoNaskhArabic', 'NotoSansHebrew', 'NotoSansDevanagari', 'NotoSansThai', 'DejaVuSerif']) {
      expect(names.some((n) => n.startsWith(face)), face).toBe(true);
    }
    for (const font of pdfFonts(file)) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name, 'subset').toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('finds a glyph for every character of every text in the face chosen for it', () => {
    const doc = new PDFDocument({ font: null as unknown as string, autoFirstPage: false });
    registerFonts(doc, defaultFontsDir());
    for (const font of Object.values(FONT)) {
      doc.font(font);
      for (const w of Object.values(WORLD)) {
        for (const text of [w.title, w.source, ...w.paragraphs]) {
          const faces = chosenFaces(doc, text, w.lang);
          expect(faces.flatMap((f) => f.missing), `${font}: ${text}`).toEqual([]);
        }
      }
    }
    // The check can fail: a face asked for a script it lacks reports the characters.
    doc.font(FONT.serif);
    expect(chosenFaces(doc, '\u{1F600}', null)[0]?.missing).toEqual(['\u{1F600}']);
  });

  it('sets right-to-left paragraphs flush right and left-to-right ones flush left', () => {
    const arabicPage = pages.findIndex((p) => p.includes('الرئيس')) + 1;
    const right = 595.28 - 70;
    const onPage = words(file, arabicPage);
    const arabicLines = new Map<number, Word[]>();
    for (const word of onPage) {
      if (!/[\u0600-\u06ff]/u.test(word.text)) continue;
      const key = Math.round(word.yMin);
      arabicLines.set(key, [...(arabicLines.get(key) ?? []), word]);
    }
    expect(arabicLines.size).toBeGreaterThan(3);
    for (const line of arabicLines.values()) expect(Math.max(...line.map((w) => w.xMax))).toBeGreaterThan(right - 2);
    const korean = onPage.filter((w) => /[\uac00-\ud7af]/u.test(w.text));
    expect(Math.min(...korean.map((w) => w.xMin))).toBeLessThan(72);
  });

  it('breaks Chinese and Japanese between characters, inside the text block, never before closing punctuation', () => {
    const right = 595.28 - 70;
    for (let page = 3; page <= result.pages; page++) {
      const lines = new Map<number, Word[]>();
      for (const word of words(file, page)) {
        expect(word.xMax, word.text).toBeLessThan(right + 1);
        if (!/[\u3040-\u30ff\u4e00-\u9fff]/u.test(word.text)) continue;
        const key = Math.round(word.yMin);
        lines.set(key, [...(lines.get(key) ?? []), word]);
      }
      for (const line of lines.values()) {
        const first = [...line].sort((a, b) => a.xMin - b.xMin)[0]?.text ?? '';
        expect(first, 'a line starting with closing punctuation').not.toMatch(/^[。、，」』）！？]/u);
      }
    }
    // A long paragraph wraps into several lines rather than running off the page.
    expect(pages.join('').split('\n').filter((l) => l.includes('各方代表团') || l.includes('月底前达成')).length).toBe(2);
  });

  it('renders a page in each script group as PNG artifacts to look at', () => {
    for (let page = 3; page <= result.pages; page++) renderPages(file, path.join(ARTIFACTS, 'scripts'), { first: page, last: page, dpi: 70 });
    expect(result.pages).toBeGreaterThanOrEqual(4);
  });

  it('reads no Chinese, Japanese or Korean font for a dossier without them', async () => {
    const out = path.join(dir, 'latin.pdf');
    await writeDossier({ title: 'Latin only' }, makeDossierItems(3, path.join(dir, 'img')), out);
    const names = pdfFonts(out).map((f) => f.name);
    expect(names.every((n) => /DejaVu/.test(n)), names.join(', ')).toBe(true);
  });
});
