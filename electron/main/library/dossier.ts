/**
 * Choosing the clippings of a dossier (by ids or by a query) and handing them to the
 * PDF writer with their image files.
 */
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { writeDossier, type DossierClipping, type DossierSpec } from '../dossier';
import type { Library } from '.';

export interface DossierRequest {
  spec: DossierSpec;
  /** The clippings, in this order. */
  ids?: string[];
  /** Or a search query: every match, in the order the spec asks for. */
  query?: string;
  outFile: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Upper bound on a query-built dossier; a larger one is almost certainly a mistake. */
const MAX_DOSSIER_CLIPPINGS = 5000;

export async function exportDossier(
  library: Library,
  request: DossierRequest,
): Promise<{ file: string; pages: number; clippings: number }> {
  const ids = request.ids ?? idsForQuery(library, request.query);
  if (ids.length === 0) {
    throw new CuttingsError(
      'invalid-input',
      request.query !== undefined
        ? `No clipping matches "${request.query}": the dossier would be empty.`
        : 'Choose at least one clipping for the dossier.',
    );
  }
  const items: DossierClipping[] = [];
  for (const id of ids) {
    const clipping = await library.get(id);
    const dir = library.archive.clippingDir(id);
    items.push({ clipping, images: clipping.images.map((image) => path.join(dir, image.file)) });
  }
  const result = await writeDossier(request.spec, items, path.resolve(request.outFile), {
    onProgress: request.onProgress,
    signal: request.signal,
  });
  return { file: result.file, pages: result.pages, clippings: items.length };
}

function idsForQuery(library: Library, query: string | undefined): string[] {
  if (query === undefined) throw new CuttingsError('usage', 'A dossier needs clipping ids or a query.');
  const result = library.search(query, { limit: MAX_DOSSIER_CLIPPINGS, sort: 'date' });
  if (result.total > MAX_DOSSIER_CLIPPINGS) {
    throw new CuttingsError(
      'invalid-input',
      `"${query}" matches ${result.total} clippings; a dossier holds at most ${MAX_DOSSIER_CLIPPINGS}. Narrow the query.`,
    );
  }
  return result.hits.map((hit) => hit.id);
}
