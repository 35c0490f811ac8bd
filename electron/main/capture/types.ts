/**
 * What capture produces: an article ready to be stored, before it has an id.
 * Capture is pure: it reads inputs and returns data; it never writes to the archive.
 */
import type { Clipping } from '../../../shared/clipping';

/** An image found in the article, not yet on disk. `data` is filled when it was downloaded. */
export interface CapturedImage {
  /** Suggested file name, e.g. `img-1.jpg`. */
  file: string;
  alt: string | null;
  originalUrl: string | null;
  data: Uint8Array | null;
}

/** The input exactly as captured, kept beside the clipping. */
export interface CapturedOriginal {
  /** File name to store it under, e.g. `original.txt` or `original.html`. */
  file: string;
  data: Uint8Array;
}

/**
 * A file that came attached to the article (an e-mail's PDF or photo). It becomes a clipping of
 * its own through the same per-file import as any file, linked to the article.
 */
export interface CapturedAttachment {
  /** The attachment's file name (one is made up when the message gave none). */
  name: string;
  /** Its bytes; null when it is left out, and `problem` says why. */
  data: Uint8Array | null;
  /** Why it is not imported (too large, a format that is not an article…), or null. */
  problem: string | null;
}

export type CapturedArticle = Omit<
  Clipping,
  'id' | 'capturedAt' | 'tags' | 'images' | 'notes' | 'trashedAt' | 'attachmentIds'
> & {
  /** Sanitized article HTML (no scripts, handlers, remote resources), or null for plain text. */
  html: string | null;
  images: CapturedImage[];
  original: CapturedOriginal;
  /** Files that came with it (an e-mail's attachments), imported after it and linked to it. */
  attachments?: CapturedAttachment[];
};
