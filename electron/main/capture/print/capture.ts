/**
 * A print clipping → a {@link CapturedArticle}: a PDF (its text layer, or OCR of pages that
 * have none) or a scan/photo (OCR). The page, or the region the user drew, is kept as the
 * facsimile (`facsimile-N.jpg`), the file itself as the original. Runs in the calling thread:
 * {@link capturePrintInWorker} runs it off the main thread.
 */
import { CuttingsError } from '../../../../shared/errors';
import type { PrintDetails, PrintImportOptions } from '../../../../shared/print';
import { capturePastedText } from '../paste';
import type { CapturedArticle, CapturedImage } from '../types';
import { type Box, crop, type Gray, shrink } from './gray';
import { imageKind } from './image-size';
import { chooseLanguages, isoOf, type OcrReading } from './languages';
import { keepEngine, startKeptEngine } from './kept-engine';
import { createOcrEngine, type OcrEngine } from './ocr';
import { openPdf, type PdfFile } from './pdf';
import { decodeImage, encodeJpeg } from './raster';
import type { PageText } from './reading';
import { type LanguageSample, languageSample, prepareScan, readPrepared } from './scan';
import { isPdf } from './sniff';

export interface PrintProgress {
  /** 0–1 over the whole file. */
  fraction: number;
  label: string;
}

export interface PrintCaptureOptions extends PrintImportOptions {
  /** The archive's languages, most frequent first (ISO 639-1): tried first for OCR. */
  archiveLangs?: string[];
  /** The folder of OCR language data the user added (Settings). */
  ocrDataDir?: string | null;
  /**
   * Keep the OCR engine for the next file this thread reads, and take the one kept by the
   * last (kept-engine.ts). Only where the thread's life is managed (the print worker): the
   * engine's own thread keeps a process alive.
   */
  keepEngine?: boolean;
  onProgress?: (progress: PrintProgress) => void;
  signal?: AbortSignal;
  now?: Date;
}

/** Facsimile pages are kept at about this resolution: sharp on screen and paper, ~300 KB a page. */
const FACSIMILE_DPI = 150;
/** Pages read and kept from one file at most (a whole edition is not one clipping). */
export const MAX_PRINT_PAGES = 30;

interface PageRead extends PageText {
  facsimile: Gray;
  method: 'pdf-text' | 'ocr';
  confidence: number | null;
}

/** Captures a print clipping from the file's bytes. */
export async function capturePrint(bytes: Uint8Array, name: string, options: PrintCaptureOptions = {}): Promise<CapturedArticle> {
  const ocr = new LazyOcr(options);
  let read = false;
  try {
    const pages = isPdf(bytes) ? await readPdf(bytes, name, options, ocr) : [await readImage(bytes, name, options, ocr)];
    read = true;
    return toArticle(pages, bytes, name, options, ocr.codes);
  } finally {
    // An engine that failed or was stopped mid-page is not kept.
    await ocr.close(read && !!options.keepEngine);
  }
}

/**
 * Starts the OCR engine on first need, with languages chosen from that first page; the lines
 * read for the choice are handed on, so that the page's reading does not read them again.
 */
class LazyOcr {
  private engine: OcrEngine | null = null;
  codes: string[] = [];
  constructor(private readonly options: PrintCaptureOptions) {}
  async get(sample: LanguageSample | null): Promise<{ engine: OcrEngine; sample: { at: LanguageSample; reading: OcrReading } | null }> {
    if (this.engine) return { engine: this.engine, sample: null };
    const { langs, archiveLangs, ocrDataDir, keepEngine } = this.options;
    const start = keepEngine ? startKeptEngine : createOcrEngine;
    const { codes, engine, sample: reading } = await chooseLanguages(sample, langs ?? [], archiveLangs ?? [], ocrDataDir ?? null, start);
    this.engine = engine;
    this.codes = codes;
    return { engine, sample: sample && reading ? { at: sample, reading } : null };
  }
  async close(keep: boolean): Promise<void> {
    const engine = this.engine;
    this.engine = null;
    if (engine && keep) await keepEngine(engine, this.options.ocrDataDir ?? null);
    else await engine?.close();
  }
}

/** Reads a page image; its facsimile is the page straightened, cut to where the text is. */
async function ocrPage(image: Gray, ocr: LazyOcr, options: PrintCaptureOptions, progress: (f: number) => void): Promise<PageText & { facsimile: Gray; confidence: number }> {
  const prepared = prepareScan(image);
  options.signal?.throwIfAborted();
  const { engine, sample } = await ocr.get(languageSample(prepared));
  const read = await readPrepared(prepared, engine, { signal: options.signal, onProgress: progress }, sample);
  const shown = read.content ? crop(read.straightened, read.content) : read.straightened;
  return { headline: read.headline, paragraphs: read.paragraphs, confidence: read.confidence, facsimile: facsimileOf(shown, 300) };
}

async function readImage(bytes: Uint8Array, name: string, options: PrintCaptureOptions, ocr: LazyOcr): Promise<PageRead> {
  options.onProgress?.({ fraction: 0, label: `Reading ${name}` });
  let { gray } = await decodeImage(bytes, name);
  if (options.region) gray = crop(gray, scaleRegion(options.region, gray.width, gray.height));
  const read = await ocrPage(gray, ocr, options, (f) => options.onProgress?.({ fraction: f, label: `Recognising text in ${name}` }));
  return { ...read, method: 'ocr' };
}

async function readPdf(bytes: Uint8Array, name: string, options: PrintCaptureOptions, ocr: LazyOcr): Promise<PageRead[]> {
  const pdf: PdfFile = await openPdf(bytes, name);
  try {
    const wanted = options.region ? [options.region.page] : (options.pages ?? Array.from({ length: pdf.pages }, (_, i) => i + 1));
    const bad = wanted.find((p) => p > pdf.pages);
    if (bad) throw new CuttingsError('invalid-input', `"${name}" has ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}; there is no page ${bad}.`);
    if (wanted.length > MAX_PRINT_PAGES) {
      throw new CuttingsError('invalid-input', `"${name}" has ${wanted.length} pages; a clipping takes at most ${MAX_PRINT_PAGES}. Choose the pages of the article.`);
    }
    const out: PageRead[] = [];
    for (const [i, page] of wanted.entries()) {
      options.signal?.throwIfAborted();
      const step = (f: number, label: string): void => options.onProgress?.({ fraction: (i + f) / wanted.length, label });
      step(0, `Reading page ${page} of ${name}`);
      const region = options.region ? toBox(options.region) : null;
      const text = await pdf.text(page, region);
      const facsimile = await pdf.render(page, FACSIMILE_DPI, region);
      if (text) {
        out.push({ ...text, facsimile, method: 'pdf-text', confidence: null });
        continue;
      }
      // No text layer: a scanned page. Rendered at 300 dpi, it is read like a scan.
      const image = await pdf.render(page, 300, region);
      const read = await ocrPage(image, ocr, options, (f) => step(f, `Recognising text on page ${page} of ${name}`));
      out.push({ ...read, method: 'ocr' });
    }
    return out;
  } finally {
    await pdf.close();
  }
}

const toBox = (r: { x0: number; y0: number; x1: number; y1: number }): Box => ({ x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1 });

function scaleRegion(r: Box, width: number, height: number): Box {
  return { x0: r.x0 * width, y0: r.y0 * height, x1: r.x1 * width, y1: r.y1 * height };
}

/** A page image at {@link FACSIMILE_DPI}, from one read at `dpi`. */
function facsimileOf(image: Gray, dpi: number): Gray {
  return shrink(image, Math.max(1, Math.round(dpi / FACSIMILE_DPI)));
}

function toArticle(pages: PageRead[], bytes: Uint8Array, name: string, options: PrintCaptureOptions, codes: string[]): CapturedArticle {
  const headline = pages.find((p) => p.headline)?.headline ?? null;
  const paragraphs = pages.flatMap((p) => p.paragraphs);
  if (!paragraphs.length && !headline) {
    throw new CuttingsError('invalid-input', `No text was found in "${name}". If it is a photo, take it again in good light with the page filling the picture.`);
  }
  // The paste parser finds what print clippings share with pastes: a byline, a dateline, a date.
  const article = capturePastedText([headline, ...paragraphs].filter(Boolean).join('\n\n'), { now: options.now });
  const images: CapturedImage[] = pages.map((p, i) => ({
    file: `facsimile-${i + 1}.jpg`,
    alt: pages.length > 1 ? `Page ${i + 1} as printed` : 'As printed',
    originalUrl: null,
    data: encodeJpeg(p.facsimile),
  }));
  const ocrPages = pages.filter((p) => p.method === 'ocr');
  const print: PrintDetails = {
    method: ocrPages.length ? 'ocr' : 'pdf-text',
    facsimile: images.map((i) => i.file),
    filePages: options.region ? [options.region.page] : (options.pages ?? pages.map((_, i) => i + 1)),
    page: options.page?.trim() || null,
    edition: options.edition?.trim() || null,
    ocr: ocrPages.length
      ? { langs: codes, confidence: Math.round(ocrPages.reduce((s, p) => s + (p.confidence ?? 0), 0) / ocrPages.length) }
      : null,
  };
  const provenance = { ...article.provenance };
  const result: CapturedArticle = {
    ...article,
    images,
    print,
    original: { file: `original.${extensionOf(bytes)}`, data: bytes },
    provenance,
  };
  if (headline) {
    result.title = headline;
    result.titleDerived = false;
    provenance.title = 'derived';
  }
  if (options.source?.trim()) {
    result.source = options.source.trim();
    provenance.source = 'user';
  }
  if (options.publishedAt) {
    result.publishedAt = options.publishedAt;
    provenance.publishedAt = 'user';
  }
  if (!result.lang && codes.length === 1) result.lang = isoOf(codes[0] as string);
  return result;
}

function extensionOf(bytes: Uint8Array): string {
  if (isPdf(bytes)) return 'pdf';
  const kind = imageKind(bytes);
  return kind === 'jpeg' ? 'jpg' : (kind ?? 'bin');
}
