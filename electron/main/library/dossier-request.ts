/**
 * Reading a dossier request: which spec, and where its clippings come from. Kept apart from
 * the PDF writing (dossier.ts, which loads pdfkit) so the app can name the file it is about to
 * write, and the CLI can check a request, without loading it.
 */
import { findSavedSearch, type DossierSpec } from '../../../shared/dossier';
import { CuttingsError } from '../../../shared/errors';
import type { Paper } from '../../../shared/settings';
import type { Library } from '.';

/** Which dossier: a spec and exactly one source of clippings, or a saved dossier. */
export interface DossierChoice {
  /** The layout; not needed with `dossierId` (the saved spec is used). */
  spec?: DossierSpec;
  /** The clippings, in this order. */
  ids?: string[];
  /** Or a search query: every match, in the order the spec asks for. */
  query?: string;
  /** Or the clippings of this saved search (by id or name, see {@link findSavedSearch}), as they match now. */
  savedSearchId?: string;
  /** Or a saved dossier: its stored spec and source, with its clippings as they are now. */
  dossierId?: string;
  /** The paper when neither the spec nor the saved dossier chose one (the app passes its setting). */
  defaultPaper?: Paper;
  /**
   * The organisation set in the app's Settings: its name goes on the cover when the spec names
   * none, its logo (a PNG or JPEG file) on every cover.
   */
  organisation?: { name: string | null; logo: string | null };
}

export interface DossierRequest extends DossierChoice {
  outFile: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A choice resolved: the spec to lay out and where its clippings come from. */
export interface ResolvedDossier {
  spec: DossierSpec;
  source: { kind: 'ids'; ids: string[] } | { kind: 'query'; query: string };
}

/**
 * The one reading of a dossier request, for the app, the CLI and the library alike: exactly one
 * of ids, query, saved search or saved dossier; a saved dossier brings its own spec (and its
 * paper, when it chose one); a saved search is found by id or name.
 */
export function resolveDossier(library: Library, choice: DossierChoice): ResolvedDossier {
  const given = [choice.ids, choice.query, choice.savedSearchId, choice.dossierId].filter((x) => x !== undefined);
  if (given.length !== 1) {
    throw new CuttingsError(
      'usage',
      'A dossier is made from one of: chosen clippings, a query, a saved search or a saved dossier.',
    );
  }
  const organisation = choice.organisation?.name ?? undefined;
  const withPaper = (given: DossierSpec): DossierSpec => {
    const spec = given.organisation?.trim() || !organisation ? given : { ...given, organisation };
    return spec.paper || !choice.defaultPaper ? spec : { ...spec, paper: choice.defaultPaper };
  };
  if (choice.dossierId !== undefined) {
    const saved = library.savedDossiers().find((d) => d.id === choice.dossierId);
    if (!saved) throw new CuttingsError('not-found', `There is no saved dossier with id ${choice.dossierId}.`);
    const s = saved.source;
    const source = s.kind === 'saved-search' ? { kind: 'query' as const, query: savedQuery(library, s.searchId) } : s;
    return { spec: withPaper(saved.spec), source };
  }
  if (!choice.spec) throw new CuttingsError('usage', 'A dossier needs a title.');
  const spec = withPaper(choice.spec);
  if (choice.ids !== undefined) return { spec, source: { kind: 'ids', ids: choice.ids } };
  if (choice.query !== undefined) return { spec, source: { kind: 'query', query: choice.query } };
  return { spec, source: { kind: 'query', query: savedQuery(library, choice.savedSearchId as string) } };
}

/** The query of a saved search, by id or name. */
function savedQuery(library: Library, idOrName: string): string {
  const found = findSavedSearch(library.savedSearches(), idOrName);
  if (!found) throw new CuttingsError('not-found', `There is no saved search “${idOrName}”.`);
  return found.query;
}

