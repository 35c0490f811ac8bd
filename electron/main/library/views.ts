/**
 * Read-only views of the archive the library answers with: a clipping's links, its article
 * HTML pointed at the archive's files, and the list in the order asked for.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clipping, ClippingLinks, ClippingSummary, LinkedClipping } from '../../../shared/clipping';
import { CuttingsError } from '../../../shared/errors';
import type { LibrarySort } from '../../../shared/sort';
import { isClippingFileName } from '../archive/layout';
import type { Archive } from '../archive/types';

/** The clippings linked to `id`: its attachments, and those it is attached to. */
export function clippingLinks(archive: Archive, id: string): ClippingLinks {
  const own = archive.summary(id);
  if (!own) throw new CuttingsError('not-found', `No clipping with id "${id}".`);
  const linked = (c: ClippingSummary): LinkedClipping => ({
    id: c.id,
    title: c.title,
    trashed: c.trashedAt !== null,
  });
  const attachments = (own.attachmentIds ?? []).flatMap((other) => {
    const found = archive.summary(other);
    return found ? [linked(found)] : []; // emptied from the trash since
  });
  const everything = [...archive.summaries(), ...archive.summaries({ trashed: true })];
  const attachedTo = everything.filter((c) => c.attachmentIds?.includes(id)).map(linked);
  return { attachments, attachedTo };
}

/**
 * The sanitized article HTML of `clipping`, or null when it came from plain text. Image sources
 * (archive file names) are prefixed with `imageBase` + id, e.g. `cuttings-archive://clipping/`.
 */
export async function articleHtml(
  archive: Archive,
  clipping: Clipping,
  imageBase: string,
): Promise<string | null> {
  const id = clipping.id;
  let html: string;
  try {
    html = await readFile(path.join(archive.clippingDir(id), 'article.html'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CuttingsError(
      'io',
      `Could not read the article of "${clipping.title}": ${(err as Error).message}`,
    );
  }
  // Only names that stay inside the clipping's folder are pointed at the archive.
  const files = new Set(clipping.images.map((image) => image.file).filter(isClippingFileName));
  // The sanitizer leaves only archive file names in src; point the known ones at the archive.
  return html.replace(/(<img\b[^>]*?\ssrc=")([^"]+)"/gi, (whole, start: string, src: string) =>
    files.has(src) ? `${start}${imageBase}${id}/${encodeURIComponent(src)}"` : whole,
  );
}

export interface ListOptions {
  offset?: number;
  limit?: number;
  sort?: LibrarySort;
  trashed?: boolean;
}

/** A page of the library (or of the trash) in the order asked for. */
export function listSummaries(archive: Archive, options: ListOptions = {}): { total: number; items: ClippingSummary[] } {
  const { offset = 0, limit = 200, sort = 'captured', trashed = false } = options;
  const sorted = sortSummaries(archive.summaries({ trashed }), sort);
  return { total: sorted.length, items: sorted.slice(offset, offset + limit) };
}

function sortSummaries(items: ClippingSummary[], sort: LibrarySort): ClippingSummary[] {
  const copy = [...items];
  switch (sort) {
    case 'captured':
      return copy.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
    case 'published':
      return copy.sort((a, b) =>
        (b.publishedAt ?? b.capturedAt).localeCompare(a.publishedAt ?? a.capturedAt),
      );
    case 'title':
      return copy.sort((a, b) => a.title.localeCompare(b.title));
  }
}
