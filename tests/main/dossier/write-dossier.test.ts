import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  writeDossier,
  type DossierClipping,
  type DossierResult,
  type DossierSpec,
} from '../../../electron/main/dossier';
import { CuttingsError } from '../../../shared/errors';
import {
  flat,
  missingPdfTools,
  pdfCatalog,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  pdfPages,
  pdfText,
  qpdfCheck,
  qpdfObjects,
  renderPages,
} from './pdf-tools';
import {
  CYRILLIC_SENTENCE,
  GREEK_SENTENCE,
  makeClipping,
  makeDossierItems,
  makePng,
} from './sample-clippings';

const missing = missingPdfTools();
if (missing.length > 0)
  console.warn(
    `Skipping PDF checks: ${missing.join(', ')} not installed (apt-get install poppler-utils qpdf).`,
  );

const ARTIFACTS = path.resolve(__dirname, '../../artifacts/dossier');
const STANDARD_14 = /^(Helvetica|Times|Courier|Symbol|ZapfDingbats)/;

const spec: DossierSpec = {
  title: 'Morning Press Review',
  subtitle: 'Black Sea grain negotiations',
  organisation: 'Ministry of Foreign Affairs — Press Office',
  period: '1–28 November 2026',
  editor: 'Press Office duty editor',
  classification: 'For internal use only',
  summary: 'Talks in Geneva moved forward.\n\nMarkets stayed cautious; insurers keep premiums high.',
  groupBy: 'tag',
  order: 'date',
};

describe.skipIf(missing.length > 0)('writeDossier: the PDF, read back with poppler and qpdf', () => {
  let dir: string;
  let items: DossierClipping[];
  let result: DossierResult;
  let file: string;
  let broken: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cuttings-dossier-'));
    // 40 clippings: enough for a contents that runs over two pages.
    items = makeDossierItems(40, path.join(dir, 'images'));
    // One clipping whose second image is not an image at all: it must be skipped, not fatal.
    broken = path.join(dir, 'images', 'broken.jpg');
    writeFileSync(broken, 'this is not a JPEG');
    items[0]?.images.push(broken);
    file = path.join(dir, 'review.pdf');
    result = await writeDossier(spec, items, file);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes qpdf --check', () => {
    const check = qpdfCheck(file);
    expect(check.output).toContain('No syntax or stream encoding errors');
    expect(check.ok).toBe(true);
  });

  it('has the page count writeDossier reports, A4, tagged, with metadata', () => {
    const info = pdfInfo(file);
    expect(Number(info.Pages)).toBe(result.pages);
    expect(result.pages).toBeGreaterThan(items.length);
    expect(info['Page size']).toContain('(A4)');
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(spec.title);
    expect(info.Author).toBe(spec.editor);
    expect(info.Subject).toContain(spec.subtitle);
    expect(info.Keywords).toContain('diplomacy');
    const catalog = pdfCatalog(file);
    expect(catalog['/Lang']).toBe('u:en-GB');
    expect(catalog['/StructTreeRoot']).toBeDefined();
  });

  it('reports the unreadable image and still lays out the clipping', () => {
    expect(result.skippedImages).toEqual([broken]);
  });

  it('contains every headline and the Cyrillic and Greek text intact', () => {
    const text = flat(pdfText(file));
    for (const { clipping } of items) expect(text).toContain(flat(clipping.title));
    expect(text).toContain(CYRILLIC_SENTENCE);
    expect(text).toContain(GREEK_SENTENCE);
    // Cover and footer furniture.
    expect(text).toContain('FOR INTERNAL USE ONLY');
    expect(text).toContain(`Page ${result.pages} of ${result.pages}`);
  });

  it('embeds every font (DejaVu subsets) and none of the standard 14', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name.replace(/^[A-Z]{6}\+/, '')).not.toMatch(STANDARD_14);
      expect(font.name).toMatch(/DejaVu/);
    }
  });

  it('has an outline of sections with one entry per clipping, each on its first page', () => {
    const outline = pdfOutline(file);
    const pages = pdfPages(file);
    const entries = outline.flatMap((section) => section.kids);
    expect(outline.map((s) => s.title)).toEqual([
      'Diplomacy',
      'Energy',
      'Grain deal',
      'Markets',
      'Migration',
    ]);
    expect(entries).toHaveLength(items.length);
    expect(new Set(entries.map((e) => e.title))).toEqual(new Set(items.map((i) => i.clipping.title)));
    for (const entry of entries) {
      expect(flat(pages[entry.destpageposfrom1 - 1] ?? '')).toContain(flat(entry.title));
    }
  });

  it('prints in the contents the page on which each clipping really starts', () => {
    // The contents pages are those whose running head says "Contents".
    const pageTexts = pdfPages(file, true);
    expect(pageTexts).toHaveLength(result.pages);
    // The per-page split agrees with poppler's own page selection.
    expect(flat(pdfText(file, { first: 3, last: 3 }, true))).toBe(flat(pageTexts[2] ?? ''));
    const tocPages = pageTexts.flatMap((text, i) =>
      /^\s*Morning Press Review\s+Contents\s*$/m.test(text) ? [i + 1] : [],
    );
    expect(tocPages.length).toBeGreaterThanOrEqual(2);
    expect(tocPages).toEqual(tocPages.map((_, i) => 2 + i)); // right after the cover
    const toc = flat(tocPages.map((p) => pageTexts[p - 1]).join(' '));
    const lastTocPage = tocPages[tocPages.length - 1] ?? 0;
    for (const { clipping } of items) {
      const words = clipping.title.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const match = new RegExp(`${words.join('\\s+')}\\s+(\\d+)\\b`).exec(toc);
      expect(match, clipping.title).not.toBeNull();
      const printed = Number(match?.[1]);
      const actual =
        pageTexts.findIndex((text, i) => i + 1 > lastTocPage && flat(text).includes(flat(clipping.title))) +
        1;
      expect(printed, clipping.title).toBe(actual);
    }
  });

  it('renders pages to PNG and keeps them as artifacts', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of readdirSync(ARTIFACTS)) if (name.startsWith('page-')) rmSync(path.join(ARTIFACTS, name));
    // The cover, the first contents page, the first clipping, and the clipping with the image.
    const entries = pdfOutline(file).flatMap((section) => section.kids);
    const withImage = entries.find((e) => e.title === items[0]?.clipping.title)?.destpageposfrom1 ?? 0;
    const pages = [...new Set([1, 2, entries[0]?.destpageposfrom1 ?? 0, withImage])];
    for (const page of pages) renderPages(file, path.join(ARTIFACTS, 'page'), { first: page, last: page, dpi: 60 });
    const pngs = readdirSync(ARTIFACTS).filter((n) => n.startsWith('page-') && n.endsWith('.png'));
    expect(pngs).toHaveLength(pages.length);
    for (const png of pngs) expect(statSync(path.join(ARTIFACTS, png)).size).toBeGreaterThan(5_000);
    copyFileSync(file, path.join(ARTIFACTS, 'dossier.pdf'));
  });
});

describe.skipIf(missing.length > 0)('writeDossier: paper, grouping and failures', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cuttings-dossier-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('lays out US Letter, ungrouped, with a flat outline', async () => {
    const items = makeDossierItems(3, path.join(dir, 'img'));
    const out = path.join(dir, 'letter.pdf');
    const result = await writeDossier({ title: 'Letter review', paper: 'Letter' }, items, out);
    const info = pdfInfo(out);
    expect(info['Page size']).toMatch(/^612 x 792 pts/);
    expect(Number(info.Pages)).toBe(result.pages);
    expect(pdfOutline(out).map((e) => e.title)).toEqual(items.map((i) => i.clipping.title));
    expect(flat(pdfText(out))).toContain('Articles reproduced for internal reference');
  });

  it('follows hand-made sections and keeps clippings they leave out', async () => {
    const items = [0, 1, 2, 3].map((i) => ({ clipping: makeClipping(i), images: [] }));
    const out = path.join(dir, 'sections.pdf');
    await writeDossier(
      {
        title: 'By hand',
        order: 'manual',
        sections: [
          { title: 'Lead stories', ids: ['c0003', 'c0001'] },
          { title: 'Background', ids: ['c0000'] },
        ],
      },
      items,
      out,
    );
    const outline = pdfOutline(out);
    expect(outline.map((s) => s.title)).toEqual(['Lead stories', 'Background', 'Other clippings']);
    expect(outline[0]?.kids.map((k) => k.title)).toEqual([
      items[3]?.clipping.title,
      items[1]?.clipping.title,
    ]);
    expect(outline[2]?.kids.map((k) => k.title)).toEqual([items[2]?.clipping.title]);
  });

  it('embeds PNGs with transparency and skips damaged ones without crashing', async () => {
    // pdfkit decodes transparent PNGs in a callback, where damage would be an uncaught exception.
    const good = path.join(dir, 'alpha.png');
    writeFileSync(good, makePng(64, 32, true));
    const damaged = path.join(dir, 'damaged.png');
    const bytes = makePng(64, 32, false);
    bytes[8 + 8 + 9] = 6; // claims RGBA: every row filter is now read from the wrong place
    writeFileSync(damaged, bytes);
    const out = path.join(dir, 'images.pdf');
    const result = await writeDossier(
      { title: 'Images' },
      [{ clipping: makeClipping(1), images: [good, damaged, path.join(dir, 'missing.png')] }],
      out,
    );
    expect(result.skippedImages).toEqual([damaged, path.join(dir, 'missing.png')]);
    expect(qpdfCheck(out).ok).toBe(true);
    expect(qpdfObjects(out)).toContain('"/SMask"'); // the alpha channel made it in
  });

  it('leaves no file behind when cancelled', async () => {
    const items = makeDossierItems(12, path.join(dir, 'img'));
    const out = path.join(dir, 'cancelled.pdf');
    const controller = new AbortController();
    const error = await writeDossier(spec, items, out, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 3) controller.abort();
      },
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(CuttingsError);
    expect((error as CuttingsError).code).toBe('cancelled');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('cancelled'))).toEqual([]);
  });

  it('keeps an existing dossier intact when a new export is cancelled', async () => {
    const items = makeDossierItems(4, path.join(dir, 'img'));
    const out = path.join(dir, 'kept.pdf');
    await writeDossier({ title: 'First' }, items, out);
    const before = statSync(out).size;
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeDossier({ title: 'Second' }, items, out, { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(statSync(out).size).toBe(before);
    expect(flat(pdfText(out, { first: 1, last: 1 }))).toContain('First');
  });

  it('says clearly when the target cannot be written', async () => {
    const items = makeDossierItems(1, path.join(dir, 'img'));
    const missingFolder = path.join(dir, 'no-such-folder', 'review.pdf');
    await expect(writeDossier(spec, items, missingFolder)).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('does not exist'),
    });
    await expect(writeDossier(spec, items, dir)).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('is a folder'),
    });
    expect(existsSync(missingFolder)).toBe(false);
  });

  it('refuses an empty dossier or one without a title', async () => {
    const out = path.join(dir, 'empty.pdf');
    await expect(writeDossier(spec, [], out)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      writeDossier({ title: '  ' }, [{ clipping: makeClipping(1), images: [] }], out),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      writeDossier({ title: 'x', paper: 'A3' as 'A4' }, [{ clipping: makeClipping(1), images: [] }], out),
    ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('A4 or Letter') });
    await expect(
      writeDossier({ title: 'x', lang: 'not a tag!' }, [{ clipping: makeClipping(1), images: [] }], out),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(existsSync(out)).toBe(false);
  });
});
