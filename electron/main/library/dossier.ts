/**
 * Choosing the clippings of a dossier (by ids, a query, a saved search, or a saved dossier's
 * stored source) and handing them to the PDF writer with their image files.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { HTML_FILE } from '../archive/layout';
import { writeDossier, type DossierClipping, type DossierContentsEntry, type DossierSpec } from '../dossier';
import type { Library } from '.';

export interface DossierRequest {
  /** The layout; optional only with `dossierId` (the saved spec is used, `paper` may override). */
  spec?: DossierSpec;
  /** The clippings, in this order. */
  ids?: string[];
  /** Or a search query: every match, in the order the spec asks for. */
  query?: string;
  /** Or the clippings of this saved search (by id or name), as they match now. */
  savedSearchId?: string;
  /** Or a saved dossier: its stored spec and source, with its clippings as they are now. */
  dossierId?: string;
  outFile: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Upper bound on a query-built dossier; a larger one is almost certainly a mistake. */
const MAX_DOSSIER_CLIPPINGS = 5000;

export async function exportDossier(
  library: Library,
  request: DossierRequest,
): Promise<{ file: string; pages: number; clippings: number; contents: DossierContentsEntry[] }> {
  const { spec, source } = resolveRequest(library, request);
  const ids = source.kind === 'ids' ? source.ids : idsForQuery(library, source.query);
  if (ids.length === 0) {
    throw new CuttingsError(
      'invalid-input',
      source.kind === 'query'
        ? `No clipping matches "${source.query}": the dossier would be empty.`
        : 'Choose at least one clipping for the dossier.',
    );
  }
  const items: DossierClipping[] = [];
  for (const id of ids) {
    const clipping = await library.get(id);
    const dir = library.archive.clippingDir(id);
    const html = await readFile(path.join(dir, HTML_FILE), 'utf8').catch(() => null);
    items.push({ clipping, images: clipping.images.map((image) => path.join(dir, image.file)), html });
  }
  const result = await writeDossier(spec, items, path.resolve(request.outFile), {
    onProgress: request.onProgress,
    signal: request.signal,
  });
  return { file: result.file, pages: result.pages, clippings: items.length, contents: result.contents };
}

/**
 * What the dossier will be, before it is exported: the same PDF laid out in a scratch folder
 * (so its page count and contents are exactly those of the export), then thrown away.
 */
export async function previewDossier(
  library: Library,
  request: Omit<DossierRequest, 'outFile'>,
): Promise<{ pages: number; clippings: number; contents: DossierContentsEntry[] }> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'cuttings-preview-'));
  try {
    const { pages, clippings, contents } = await exportDossier(library, { ...request, outFile: path.join(scratch, 'preview.pdf') });
    return { pages, clippings, contents };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

type Resolved = { spec: DossierSpec; source: { kind: 'ids'; ids: string[] } | { kind: 'query'; query: string } };

/** The spec and the clippings' source a request names: exactly one of ids, query, saved search, saved dossier. */
function resolveRequest(library: Library, request: DossierRequest): Resolved {
  const given = [request.ids, request.query, request.savedSearchId, request.dossierId].filter((x) => x !== undefined);
  if (given.length !== 1) {
    throw new CuttingsError(
      'usage',
      'A dossier is made from one of: chosen clippings, a query, a saved search or a saved dossier.',
    );
  }
  if (request.dossierId !== undefined) {
    const saved = library.savedDossiers().find((d) => d.id === request.dossierId);
    if (!saved) throw new CuttingsError('not-found', `There is no saved dossier with id ${request.dossierId}.`);
    const spec = { ...saved.spec, ...(request.spec?.paper ? { paper: request.spec.paper } : {}) };
    const s = saved.source;
    if (s.kind === 'saved-search') return { spec, source: { kind: 'query', query: savedQuery(library, s.searchId) } };
    return { spec, source: s };
  }
  if (!request.spec) throw new CuttingsError('usage', 'A dossier needs a title.');
  if (request.ids !== undefined) return { spec: request.spec, source: { kind: 'ids', ids: request.ids } };
  if (request.query !== undefined) return { spec: request.spec, source: { kind: 'query', query: request.query } };
  return { spec: request.spec, source: { kind: 'query', query: savedQuery(library, request.savedSearchId as string) } };
}

/** The query of a saved search, by id or name. */
function savedQuery(library: Library, idOrName: string): string {
  const all = library.savedSearches();
  const found =
    all.find((s) => s.id === idOrName) ?? all.find((s) => s.name.toLowerCase() === idOrName.trim().toLowerCase());
  if (!found) throw new CuttingsError('not-found', `There is no saved search “${idOrName}”.`);
  return found.query;
}

function idsForQuery(library: Library, query: string): string[] {
  const result = library.search(query, { limit: MAX_DOSSIER_CLIPPINGS, sort: 'date' });
  if (result.total > MAX_DOSSIER_CLIPPINGS) {
    throw new CuttingsError(
      'invalid-input',
      `"${query}" matches ${result.total} clippings; a dossier holds at most ${MAX_DOSSIER_CLIPPINGS}. Narrow the query.`,
    );
  }
  return result.hits.map((hit) => hit.id);
}
