/**
 * Domain types shared by the main process, the renderer, the CLI and the tests.
 * A clipping's JSON shape (as printed by `cuttings show --json`) is {@link Clipping}.
 */
import type { PrintDetails } from './print';

/** People, places and organisations named in an article. */
export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

/** One quotation and who said it (null when no speaker could be attributed). */
export interface Quote {
  speaker: string | null;
  text: string;
}

export type { ClippingOrigins, Provenance, ProvenancedField } from './provenance';
import type { Provenance, ProvenancedField } from './provenance';

/** An image kept on disk inside the archive, beside the clipping. */
export interface ClippingImage {
  /** File name inside the clipping's folder, e.g. `img-1.jpg`. */
  file: string;
  alt: string | null;
  /** Where it was downloaded from, if anywhere. */
  originalUrl: string | null;
}

/** A stored clipping, complete with its cleaned text. */
export interface Clipping {
  id: string;
  title: string;
  /** True when no headline was found and the title was made from the first sentence. */
  titleDerived: boolean;
  source: string | null;
  author: string | null;
  dateline: string | null;
  /** ISO date (YYYY-MM-DD or full ISO timestamp) or null. */
  publishedAt: string | null;
  /** ISO timestamp of the import. */
  capturedAt: string;
  /** ISO 639-1 code, or null when it could not be detected. */
  lang: string | null;
  caption: string | null;
  credit: string | null;
  url: string | null;
  /** The cleaned body: paragraphs separated by one blank line. */
  text: string;
  tags: string[];
  entities: Entities;
  quotes: Quote[];
  images: ClippingImage[];
  /** The user's own notes. */
  notes: string;
  /** Origin of each metadata field that has a value. */
  provenance: Partial<Record<ProvenancedField, Provenance>>;
  /**
   * Set when the clipping's files are damaged (its text file is missing): what is wrong and
   * what can be done, for people. The text is then what could be rebuilt, possibly empty.
   */
  damage?: string;
  /** Set when the clipping is in the trash. */
  trashedAt: string | null;
  /**
   * Clippings that came attached to this one (an e-mail's PDFs and pictures), by id. Optional:
   * absent on clippings that never had attachments (and on every clipping before this field).
   */
  attachmentIds?: string[];
  /** Set for a clipping taken from print (a PDF page, a scan, a photo): its facsimile and page. */
  print?: PrintDetails;
}

/** What the library list shows: everything but the body text. */
export type ClippingSummary = Omit<Clipping, 'text'> & { wordCount: number };

/** A tag with its presentation. */
export interface TagInfo {
  name: string;
  color: string | null;
  count: number;
}

/** What became of one attachment of an imported article (an e-mail's PDF, say). */
export interface AttachmentOutcome {
  /** The attachment's file name. */
  file: string;
  /** The clipping it became (or already was), or null when it could not be imported. */
  id: string | null;
  duplicate: boolean;
  /** Why it was not imported, or null. */
  error: string | null;
}

/** Result of importing one article. */
export interface ImportOutcome {
  clipping: Clipping;
  /** True when the article was already in the archive; `clipping` is then the existing one. */
  duplicate: boolean;
  /** Its attachments, each imported as a clipping of its own (absent when it had none). */
  attachments?: AttachmentOutcome[];
}

/** A clipping linked to another, as the reader lists it. */
export interface LinkedClipping {
  id: string;
  title: string;
  trashed: boolean;
}

/** The clippings linked to one: its attachments, and the clippings it is attached to. */
export interface ClippingLinks {
  attachments: LinkedClipping[];
  attachedTo: LinkedClipping[];
}

/** One search hit, best first. `highlights` are [start, end) offsets into `snippet`. */
export interface SearchHit {
  id: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
  capturedAt: string;
  tags: string[];
  snippet: string;
  highlights: Array<[number, number]>;
  score: number;
}

/** Counts of values in a result set, most frequent first. */
export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  tags: FacetCount[];
  sources: FacetCount[];
  people: FacetCount[];
  places: FacetCount[];
  years: FacetCount[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: Facets;
  /** A corrected query built from the archive's own vocabulary, when a word looks misspelt. */
  didYouMean: string | null;
}

/**
 * A search as the window receives it: facets are null in an answer given before the index had
 * loaded what counts them (the app's first moments: electron/main/library/early.ts); the
 * window then has them with its next answer (it searches again once the archive is open).
 */
export type SearchAnswer = Omit<SearchResult, 'facets'> & { facets: Facets | null };

/** Editable metadata of a clipping. */
export type ClippingPatch = Partial<
  Pick<
    Clipping,
    | 'title'
    | 'source'
    | 'author'
    | 'dateline'
    | 'publishedAt'
    | 'lang'
    | 'caption'
    | 'credit'
    | 'url'
    | 'notes'
    | 'entities'
  >
>;
