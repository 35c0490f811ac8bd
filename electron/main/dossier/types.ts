/**
 * The dossier's public types: what the library (and the CLI) passes to {@link writeDossier}.
 */
import type { Clipping } from '../../../shared/clipping';

/** What the editor chose for a dossier. Everything but the title is optional. */
export interface DossierSpec {
  title: string;
  subtitle?: string;
  /** The office issuing the dossier, e.g. "Ministry of Foreign Affairs — Press Office". */
  organisation?: string;
  /** The period covered, as the editor wants it printed ("24–25 November 2026"). */
  period?: string;
  editor?: string;
  /** A line such as "For internal use only", printed on the cover and in every footer. */
  classification?: string;
  /** The editor's summary, printed on the cover; blank lines separate paragraphs. */
  summary?: string;
  paper?: 'A4' | 'Letter';
  /** How clippings are grouped into sections; ignored when {@link sections} is given. */
  groupBy?: 'none' | 'tag' | 'source' | 'day';
  /** Order inside each section: by publication date (oldest first), by outlet, or as given. */
  order?: 'date' | 'source' | 'manual';
  /** Sections made by hand, in order; clippings left out land in a final "Other clippings". */
  sections?: Array<{ title: string; ids: string[] }>;
  /** BCP 47 language of the dossier's own text (cover, contents, labels); default 'en-GB'. */
  lang?: string;
  /** Date of issue printed on the cover (ISO date); default today. */
  issuedAt?: string;
  /**
   * 'review' (the default): short clippings run on one after another, a rule between them, and
   * a clipping longer than a page starts on a new one. 'page-per-clipping': each on a new page.
   */
  layout?: 'review' | 'page-per-clipping';
  /** Print each clipping's tags in its line of facts. */
  showTags?: boolean;
}

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
}

export interface DossierOptions {
  /** Folder holding the DejaVu TTFs; default {@link defaultFontsDir}. */
  fontsDir?: string;
  /** Called after each clipping is laid out (`done` of `total` clippings). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the export with a `cancelled` error and removes the partial file. */
  signal?: AbortSignal;
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
