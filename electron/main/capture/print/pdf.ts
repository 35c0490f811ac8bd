/**
 * PDF pages with pdf.js (`pdfjs-dist`, its legacy build for Node): the text layer as boxes of
 * words (laid out and read like a scan's letters, so columns come in reading order whatever
 * order the file stores them in), and pages rendered to grey images (for OCR of a scanned
 * page, and for the facsimile) on @napi-rs/canvas. Fonts and character maps come from the
 * package itself; nothing is fetched, and no script in the PDF runs.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CuttingsError } from '../../../../shared/errors';
import { type Box, type Gray, grayFromRgba } from './gray';
import { layoutBlocks } from './layout';
import { type PageText, type ReadBlock, readBlocks, type TextLine } from './reading';

/** More pages than a newspaper edition: a bigger file is not a clipping (or is a PDF bomb). */
export const MAX_PDF_PAGES = 200;
/** A rendered page never exceeds this many pixels, whatever size the PDF claims for it. */
const MAX_RENDER_PIXELS = 40e6;
/** Pieces of text on one page beyond which the page is refused (a dense page holds ~10,000). */
const MAX_TEXT_ITEMS = 100_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export interface PdfFile {
  pages: number;
  /** Page size in points (1/72 inch). */
  size(page: number): Promise<{ width: number; height: number }>;
  /** The page's text layer in reading order, or null when the page has (almost) none: a scan. */
  text(page: number, region?: Box | null): Promise<(PageText & { chars: number }) | null>;
  /** The page as a grey image at `dpi`, optionally only `region` (fractions of the page). */
  render(page: number, dpi: number, region?: Box | null): Promise<Gray>;
  close(): Promise<void>;
}

const localRequire = createRequire(import.meta.url);

/** Opens a PDF from its bytes. @throws CuttingsError for an encrypted, damaged or oversized file. */
export async function openPdf(bytes: Uint8Array, name: string): Promise<PdfFile> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = path.dirname(localRequire.resolve('pdfjs-dist/package.json'));
  let doc: PdfDocument;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
      standardFontDataUrl: `${path.join(root, 'standard_fonts')}${path.sep}`,
      cMapUrl: `${path.join(root, 'cmaps')}${path.sep}`,
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw pdfError(err, name);
  }
  if (doc.numPages > MAX_PDF_PAGES) {
    await doc.destroy();
    throw new CuttingsError('invalid-input', `"${name}" has ${doc.numPages} pages; Cuttings reads PDFs of up to ${MAX_PDF_PAGES}. Save the pages of the article as a PDF of their own and import that.`);
  }
  const getPage = async (n: number): Promise<PdfPage> => {
    try {
      return await doc.getPage(n);
    } catch (err) {
      throw pdfError(err, name);
    }
  };
  return {
    pages: doc.numPages,
    async size(n) {
      const viewport = (await getPage(n)).getViewport({ scale: 1 });
      return { width: viewport.width, height: viewport.height };
    },
    async text(n, region) {
      return pageText(await getPage(n), name, region ?? null);
    },
    async render(n, dpi, region) {
      return renderPage(doc, await getPage(n), dpi, region ?? null);
    },
    async close() {
      await doc.destroy();
    },
  };
}

function pdfError(err: unknown, name: string): CuttingsError {
  const kind = (err as { name?: string }).name;
  if (kind === 'PasswordException') {
    return new CuttingsError('invalid-input', `"${name}" is protected by a password. Open it, save an unprotected copy (Print → Save as PDF), and import that.`, { cause: err });
  }
  return new CuttingsError('invalid-input', `"${name}" cannot be read as a PDF: it may be damaged or cut short (${(err as Error).message ?? String(err)}).`, { cause: err });
}

interface Word extends Box {
  text: string;
  size: number;
  baseline: number;
}

async function pageText(page: PdfPage, name: string, region: Box | null): Promise<(PageText & { chars: number }) | null> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  if (content.items.length > MAX_TEXT_ITEMS) {
    throw new CuttingsError('invalid-input', `"${name}": page ${page.pageNumber} holds ${content.items.length} pieces of text, more than any newspaper page; it is not read.`);
  }
  const words: Word[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    const size = Math.hypot(c as number, d as number) || Math.hypot(a as number, b as number);
    if (!size || Math.abs(b as number) > Math.abs(a as number) * 0.1) continue; // turned text: a margin note
    // PDF space: origin bottom left. Ours: top left, like an image.
    const baseline = viewport.height - (f as number);
    const word: Word = { text: item.str.normalize('NFKC'), size, baseline, x0: e as number, x1: (e as number) + item.width, y0: baseline - size * 0.8, y1: baseline + size * 0.2 };
    if (region && !inside(word, region, viewport.width, viewport.height)) continue;
    words.push(word);
  }
  const chars = words.reduce((n, w) => n + w.text.length, 0);
  if (chars < 40) return null;
  const blocks = layoutBlocks(words, viewport.width, viewport.height, { unit: 'word' });
  const read: ReadBlock[] = blocks.map((block) => ({
    x0: block.x0, y0: block.y0, x1: block.x1, y1: block.y1, size: block.size, big: block.big,
    lines: toLines(block.members.map((i) => words[i] as Word)),
  }));
  return { ...readBlocks(read), chars };
}

/** The centre of `b` lies in `region` (fractions of the page). */
function inside(b: Box, region: Box, width: number, height: number): boolean {
  const cx = (b.x0 + b.x1) / 2 / width;
  const cy = (b.y0 + b.y1) / 2 / height;
  return cx >= region.x0 && cx <= region.x1 && cy >= region.y0 && cy <= region.y1;
}

/** Words of one block → lines: same baseline, left to right, spaces where the gaps are. */
function toLines(words: Word[]): TextLine[] {
  const sorted = [...words].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(w.baseline - first.baseline) < Math.min(w.size, first.size) * 0.5) line.push(w);
    else lines.push([w]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x0 - b.x0);
    let text = '';
    let last: Word | null = null;
    for (const w of line) {
      const gap = last ? w.x0 - last.x1 : 0;
      if (last && gap > w.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(w.text)) text += ' ';
      text += w.text;
      last = w;
    }
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      x0: Math.min(...line.map((w) => w.x0)),
      y0: Math.min(...line.map((w) => w.y0)),
      x1: Math.max(...line.map((w) => w.x1)),
      y1: Math.max(...line.map((w) => w.y1)),
    };
  });
}

async function renderPage(doc: PdfDocument, page: PdfPage, dpi: number, region: Box | null): Promise<Gray> {
  const base = page.getViewport({ scale: 1 });
  let scale = dpi / 72;
  const area = (region ? (region.x1 - region.x0) * (region.y1 - region.y0) : 1) * base.width * base.height;
  // (a little under the cap: the page's size is rounded up to whole pixels)
  if (area * scale * scale > MAX_RENDER_PIXELS) scale = Math.sqrt(MAX_RENDER_PIXELS / area) * 0.999;
  const viewport = page.getViewport({ scale });
  const full = { w: Math.ceil(viewport.width), h: Math.ceil(viewport.height) };
  const r = region ?? { x0: 0, y0: 0, x1: 1, y1: 1 };
  const width = Math.max(1, Math.round((r.x1 - r.x0) * full.w));
  const height = Math.max(1, Math.round((r.y1 - r.y0) * full.h));
  const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: unknown; context: CanvasRenderingContext2D } };
  const { canvas, context } = factory.create(width, height);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  // Only the region is drawn: the page is shifted so the region's corner lands at (0, 0).
  const transform = [1, 0, 0, 1, -r.x0 * full.w, -r.y0 * full.h];
  await page.render({ canvasContext: context, canvas: canvas as HTMLCanvasElement, viewport, transform }).promise;
  const { data } = context.getImageData(0, 0, width, height);
  page.cleanup();
  return grayFromRgba(data, width, height);
}
