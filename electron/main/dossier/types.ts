/**
 * The dossier's public types: what the library (and the CLI) passes to {@link writeDossier}.
 */
import type { Clipping } from '../../../shared/clipping';

/** What the editor chose for a dossier: the schema in shared/dossier.ts is its one source. */
export type { DossierSpec } from '../../../shared/dossier';

export interface DossierClipping {
  clipping: Clipping;
  /** Absolute paths of the clipping's image files, lead first. */
  images: string[];
  /**
   * The sanitized article HTML kept at capture (`article.html`, images named by file), when
   * there is one: the layout then follows it (headings, block quotes, pictures in place).
   */
  html?: string | null;
  /** The page of the printed edition the clipping was cut from, for print clippings ("12", "A4"). */
  printPage?: string | null;
  /**
   * A print clipping's facsimile: the page (or region) as printed, absolute paths in page order
   * (not among `images`), and what the dossier shows of the clipping (spec `printed`).
   */
  facsimile?: { files: string[]; show: 'text' | 'facsimile' | 'both' } | null;
}

export interface DossierOptions {
  /** Folder holding the DejaVu TTFs; default {@link defaultFontsDir}. */
  fontsDir?: string;
  /** Called after each clipping is laid out (`done` of `total` clippings). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the export with a `cancelled` error and removes the partial file. */
  signal?: AbortSignal;
  /** The organisation's logo for the cover (a PNG or JPEG file); one that cannot be read is left out. */
  logo?: string;
}

export type { DossierContentsEntry } from '../../../shared/dossier';
import type { DossierContentsEntry } from '../../../shared/dossier';

export interface DossierResult {
  /** Number of pages in the PDF. */
  pages: number;
  /** The table of contents as printed. */
  contents: DossierContentsEntry[];
  /** The absolute path written. */
  file: string;
  /** Image files that could not be read or are in a format PDF cannot hold (left out of the PDF). */
  skippedImages: string[];
}
