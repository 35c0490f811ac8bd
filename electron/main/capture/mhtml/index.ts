/**
 * A web page saved as one file (MHTML: `.mhtml`, `.mht`, what Chrome and Edge write with "Save
 * as… Webpage, single file"): a MIME message whose first part is the page and whose other
 * parts are its pictures, styles and frames, each named by its web address. The page goes
 * through the HTML capture (Readability, metadata) and its pictures come from the parts, never
 * from the network.
 */
import { CuttingsError } from '../../../../shared/errors';
import { EmbeddedParts, captureEmbeddedPage } from '../html/embedded-images';
import { parseMessage } from '../mail/parse';
import type { CapturedArticle } from '../types';

/** The page's own address: Chrome's `Snapshot-Content-Location`, else the HTML part's `Content-Location`. */
export function pageLocation(raw: string): string | null {
  const snapshot = /^Snapshot-Content-Location:\s*(\S+)/im.exec(raw.slice(0, 16384))?.[1];
  if (snapshot) return snapshot;
  // The first part header block that declares text/html, and the address it gives.
  for (const block of raw.slice(0, 1_000_000).split(/\r?\n\r?\n/)) {
    if (!/^Content-Type:\s*text\/html/im.test(block)) continue;
    return /^Content-Location:\s*(\S+)/im.exec(block)?.[1] ?? null;
  }
  return null;
}

/**
 * The page itself: mailparser joins every HTML part into one string, and the parts after the
 * first are the page's frames (advertisements, embedded players), which are not the article.
 */
export function firstDocument(html: string): string {
  const end = /<\/html\s*>/i.exec(html);
  return end ? html.slice(0, end.index + end[0].length) : html;
}

function httpUrl(value: string | null): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Captures a page saved as MHTML.
 * @throws CuttingsError `invalid-input` for a file cut short, one without a page in it, or a
 * page without article text.
 */
export async function captureMhtml(bytes: Uint8Array, options: { fileName?: string } = {}): Promise<CapturedArticle> {
  const label = `"${options.fileName ?? 'The page'}"`;
  const message = await parseMessage(bytes, label);
  if (!message.html) {
    throw new CuttingsError('invalid-input', `${label} holds no web page (no HTML part). Save the page again as "Webpage, single file" and import that.`);
  }
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const parts = new EmbeddedParts(
    message.parts
      .filter((p) => p.contentType.startsWith('image/'))
      .map((p) => ({ data: p.data, contentId: p.contentId, location: p.location })),
  );
  const article = await captureEmbeddedPage(firstDocument(message.html), parts, { url: httpUrl(pageLocation(raw)), fileName: options.fileName });
  // The address the file records for the page is the document's, not one the user typed.
  const provenance = article.provenance.url === 'user' ? { ...article.provenance, url: 'document' as const } : article.provenance;
  return { ...article, provenance, original: { file: 'original.mhtml', data: bytes } };
}
