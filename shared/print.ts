/**
 * Print clippings (e-paper PDFs, scans, phone photos): what a clipping keeps about the page it
 * came from, and what the import dialog asks for. One zod schema per shape; types derived.
 */
import { z } from 'zod';

/** A rectangle on a page, in fractions of its width and height (0,0 = top left). */
export const printRegionSchema = z
  .object({
    page: z.number().int().min(1).max(10_000),
    x0: z.number().min(0).max(1),
    y0: z.number().min(0).max(1),
    x1: z.number().min(0).max(1),
    y1: z.number().min(0).max(1),
  })
  .refine((r) => r.x1 - r.x0 >= 0.02 && r.y1 - r.y0 >= 0.02, 'the region is too small: draw a larger rectangle');

/**
 * What a clipping taken from print keeps about it (`Clipping.print`). Checked when the catalogue
 * is read by archive/record-check.ts (hand-written, for speed at 100,000 clippings).
 */
export interface PrintDetails {
  /** How the text was read: the PDF's own text, or text recognition (OCR) of an image. */
  method: 'pdf-text' | 'ocr';
  /** Image files of the clipping (also in `images`) showing it as printed, in page order. */
  facsimile: string[];
  /** Pages of the file the clipping was taken from (1-based). */
  filePages: number[];
  /** The page number(s) in the publication, as the user gave them ("7", "12–13"). */
  page: string | null;
  edition: string | null;
  /** OCR languages (Tesseract codes) and the mean word confidence, 0–100. */
  ocr: { langs: string[]; confidence: number } | null;
}

const line = z.string().trim().max(300);

/** What the import dialog (or `cuttings import`) says about a print clipping. */
export const printImportOptionsSchema = z.object({
  /** Pages of a PDF to take (1-based); all when absent. */
  pages: z.array(z.number().int().min(1).max(10_000)).max(500).optional(),
  /** Only this part of one page (several articles on a page). */
  region: printRegionSchema.optional(),
  /** OCR languages (ISO 639-1 or Tesseract codes); chosen from a first reading when absent. */
  langs: z.array(z.string().regex(/^[a-z_]{2,12}$/, 'a language is a code such as en or fra')).max(5).optional(),
  /** The publication (stored as the clipping's source). */
  source: line.optional(),
  page: z.string().trim().max(40).optional(),
  edition: line.optional(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD').optional(),
});

export type PrintImportOptions = z.output<typeof printImportOptionsSchema>;

/** A publication the archive already holds print clippings from, for the dialog's suggestions. */
export const publicationSchema = z.object({
  name: z.string(),
  /** Editions used with it, most recent first. */
  editions: z.array(z.string()),
  clippings: z.number().int().nonnegative(),
  lastUsed: z.string(),
});

export type Publication = z.output<typeof publicationSchema>;

/** A Tesseract language code: `rus`, `chi_sim`. */
export const ocrCodeSchema = z.string().regex(/^[a-z]{3}(?:_[a-z]{3,4})?$/, 'a language code such as rus');

/** A page of a file, as the import dialog shows it for drawing a region. */
export const printPagePreviewSchema = z.object({
  /** A PNG as a data: URL, about 1400 pixels tall. */
  image: z.string().startsWith('data:image/png;base64,'),
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  /** True when the page has a text layer (a PDF page that needs no OCR). */
  hasText: z.boolean(),
});

export type PrintPagePreview = z.output<typeof printPagePreviewSchema>;

/** Settings → Text recognition. */
export const ocrLanguagesViewSchema = z.object({
  /** Languages whose models ship with Cuttings (ISO 639-1 codes). */
  bundled: z.array(z.string()),
  /** Language files added to the archive (`ocr-data/`), by Tesseract code. */
  added: z.array(z.object({ code: z.string(), bytes: z.number().int().nonnegative() }).strict()),
  /** The folder they are kept in. */
  folder: z.string(),
});

export type OcrLanguagesView = z.output<typeof ocrLanguagesViewSchema>;
