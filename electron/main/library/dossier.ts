/**
 * Choosing the clippings of a dossier (by ids, a query, a saved search, or a saved dossier's
 * stored source) and handing them to the PDF writer with their image files.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DossierExport, DossierPreview } from '../../../shared/dossier';
import { CuttingsError } from '../../../shared/errors';
import { HTML_FILE } from '../archive/layout';
import { writeDossier, type DossierClipping } from '../dossier';
import type { Library } from '.';
import type { DossierRequest } from './dossier-request';

/** Upper bound on a query-built dossier; a larger one is almost certainly a mistake. */
const MAX_DOSSIER_CLIPPINGS = 5000;

export async function exportDossier(library: Library, request: DossierRequest): Promise<DossierExport> {
  const { spec, source } = library.resolveDossier(request);
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
    // A name that would leave the clipping's folder is never followed (see clippingFilePath).
    const file = (name: string): string[] => {
      const found = library.archive.clippingFile(id, name);
      return found ? [found] : [];
    };
    // A print clipping's facsimile pages are drawn as the spec asks (dossier/facsimile.ts), not as its pictures.
    const facsimile = new Set(clipping.print?.facsimile ?? []);
    const images = clipping.images.filter((image) => !facsimile.has(image.file)).flatMap((image) => file(image.file));
    const printed = clipping.print
      ? { printPage: clipping.print.page, facsimile: { files: [...facsimile].flatMap(file), show: spec.printed ?? 'both' } }
      : {};
    items.push({ clipping, images, html, ...printed });
  }
  const result = await writeDossier(spec, items, path.resolve(request.outFile), {
    onProgress: request.onProgress,
    signal: request.signal,
    logo: request.organisation?.logo ?? undefined,
  });
  return { file: result.file, pages: result.pages, clippings: items.length, contents: result.contents };
}

/**
 * What the dossier will be, before it is exported: the same PDF laid out in a scratch folder
 * (so its page count, contents and pages are exactly those of the export), then thrown away.
 */
export async function previewDossier(library: Library, request: Omit<DossierRequest, 'outFile'>): Promise<DossierPreview> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'cuttings-preview-'));
  try {
    const file = path.join(scratch, 'preview.pdf');
    const { pages, clippings, contents } = await exportDossier(library, { ...request, outFile: file });
    // The PDF itself goes to the builder, which draws its pages as thumbnails (pdf.js).
    return { pages, clippings, contents, pdf: (await readFile(file)).toString('base64') };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
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
