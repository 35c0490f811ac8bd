/**
 * Pages that carry their pictures inside the same file: an e-mail (`cid:` parts), a page saved
 * as MHTML (parts named by their web address), a Word document (its media). The pictures are
 * taken from those parts, never from the network, and stored as the clipping's own images.
 */
import { rasterType } from '../files/local-images';
import type { CapturedArticle, CapturedImage } from '../types';
import { finishArticle } from '../finish';
import { readPage, type CaptureHtmlOptions } from '.';
import { renameImageFiles, withExtension } from './replace-images';

/**
 * A made-up address for a part that has no web address of its own (`.invalid` never resolves):
 * the HTML capture records images by address, and this one is looked up among the parts.
 */
const EMBEDDED = 'https://embedded.invalid/';

/** One picture carried inside the file. */
export interface EmbeddedPart {
  data: Uint8Array;
  /** Its `Content-ID` without angle brackets, when the page refers to it as `cid:…`. */
  contentId?: string | null;
  /** Its own web address (`Content-Location`), when the page refers to it by that. */
  location?: string | null;
}

/** The parts by every address the page may use for them. */
export class EmbeddedParts {
  private readonly byUrl = new Map<string, Uint8Array>();
  private count = 0;

  constructor(parts: EmbeddedPart[] = []) {
    for (const part of parts) this.add(part);
  }

  /** Adds a part; returns the address the HTML should use for it. */
  add(part: EmbeddedPart): string {
    let url = '';
    if (part.location) {
      try {
        url = new URL(part.location).href;
        this.byUrl.set(url, part.data);
      } catch {
        // not an absolute address: only its Content-ID can name it
      }
    }
    if (part.contentId) {
      url = `${EMBEDDED}cid/${encodeURIComponent(part.contentId)}`;
      this.byUrl.set(url, part.data);
    }
    if (!url) {
      url = `${EMBEDDED}part/${++this.count}`;
      this.byUrl.set(url, part.data);
    }
    return url;
  }

  get size(): number {
    return this.byUrl.size;
  }

  get(url: string | null): Uint8Array | undefined {
    return url === null ? undefined : this.byUrl.get(url);
  }

  /** Points `src="cid:…"` (any quoting, any case of the scheme) at the parts' addresses. */
  rewriteCidLinks(html: string): string {
    return html.replace(/(\ssrc\s*=\s*)(["']?)cid:([^"'\s>]+)\2/gi, (_whole, start: string, _q, cid: string) => {
      const id = safeDecode(cid.trim());
      return `${start}"${EMBEDDED}cid/${encodeURIComponent(id)}"`;
    });
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function fill(image: CapturedImage, parts: EmbeddedParts): CapturedImage {
  const data = parts.get(image.originalUrl);
  const ext = data ? rasterType(data) : null;
  if (!data || !ext) return { ...image, data: null };
  // A made-up address says nothing about where the picture came from; a page's own one does.
  const originalUrl = image.originalUrl?.startsWith(EMBEDDED) ? null : image.originalUrl;
  return { ...image, file: withExtension(image.file, ext), data, originalUrl };
}

/**
 * Captures a page whose pictures are among `parts`: its `cid:` links and the parts' own web
 * addresses are both understood. Pictures found nowhere in the parts are left out (nothing is
 * downloaded). Throws what {@link readPage} throws.
 */
export async function captureEmbeddedPage(
  html: string | Uint8Array,
  parts: EmbeddedParts,
  options: CaptureHtmlOptions = {},
): Promise<CapturedArticle> {
  const source = typeof html === 'string' ? parts.rewriteCidLinks(html) : html;
  const article = await readPage(source, options);
  const images = article.images.map((image) => fill(image, parts));
  return finishArticle({ ...article, images, html: renameImageFiles(article.images, images, article.html) });
}
