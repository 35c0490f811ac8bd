/**
 * Saved searches and saved dossiers, applied to a {@link Draft}. Both live in the manifest;
 * every change is one durable commit like a tag edit. Names of saved searches are trimmed
 * and unique regardless of case: saving an existing name replaces its query.
 */
import type { DossierSource, DossierSpecInput } from '../../../shared/dossier';
import { CuttingsError } from '../../../shared/errors';
import type { Draft } from './draft';
import { newId } from './ids';
import type { DossierRecord, SavedSearch } from './schema';

export const MAX_SEARCH_NAME = 100;
const MAX_QUERY = 2000;

export interface DossierInput {
  id?: string;
  spec: DossierSpecInput;
  source: DossierSource;
}

/** The cleaned name, or an `invalid-input` error saying what is wrong with it. */
export function checkSearchName(raw: string): string {
  const name = raw.trim();
  if (!name) throw new CuttingsError('invalid-input', 'A saved search needs a name.');
  if (name.length > MAX_SEARCH_NAME)
    throw new CuttingsError('invalid-input', `A saved search name can have at most ${MAX_SEARCH_NAME} characters.`);
  return name;
}

const nameKey = (name: string): string => name.trim().toLocaleLowerCase();

/** The saved search with this id, or else with this name (any case). */
export function findSearch(list: readonly SavedSearch[], idOrName: string): SavedSearch | undefined {
  return list.find((s) => s.id === idOrName) ?? list.find((s) => nameKey(s.name) === nameKey(idOrName));
}

export function saveSearch(d: Draft, rawName: string, query: string): SavedSearch {
  const name = checkSearchName(rawName);
  if (query.length > MAX_QUERY)
    throw new CuttingsError('invalid-input', `A saved query can have at most ${MAX_QUERY} characters.`);
  const list = d.editSavedSearches();
  const at = list.findIndex((s) => nameKey(s.name) === nameKey(name));
  const existing = list[at];
  // Replacing keeps the id (dossiers may refer to it) and takes the new spelling of the name.
  const saved: SavedSearch = { id: existing?.id ?? newId(d.now.getTime()), name, query };
  if (existing) list[at] = saved;
  else list.push(saved);
  return { ...saved };
}

export function deleteSearch(d: Draft, idOrName: string): number {
  const found = findSearch(d.savedSearches, idOrName);
  if (!found) return 0;
  const list = d.editSavedSearches();
  list.splice(list.indexOf(found), 1);
  return 1;
}

export function saveDossier(d: Draft, input: DossierInput): DossierRecord {
  if (input.source.kind === 'saved-search') {
    const searchId = input.source.searchId;
    if (!d.savedSearches.some((s) => s.id === searchId))
      throw new CuttingsError('not-found', `There is no saved search with id ${searchId}.`);
  }
  if (input.source.kind === 'ids') {
    if (input.source.ids.length === 0)
      throw new CuttingsError('invalid-input', 'Choose at least one clipping for the dossier.');
    d.requireAll(input.source.ids);
  }
  const stamp = d.now.toISOString();
  const list = d.editDossiers();
  const at = input.id === undefined ? -1 : list.findIndex((r) => r.id === input.id);
  if (input.id !== undefined && at < 0)
    throw new CuttingsError('not-found', `There is no saved dossier with id ${input.id}.`);
  const before = list[at];
  const record: DossierRecord = structuredClone({
    id: before?.id ?? newId(d.now.getTime()),
    spec: input.spec,
    source: input.source,
    createdAt: before?.createdAt ?? stamp,
    updatedAt: stamp,
  });
  if (before) list[at] = record;
  else list.push(record);
  return structuredClone(record);
}

export function deleteDossier(d: Draft, id: string): number {
  const at = d.dossiers.findIndex((r) => r.id === id);
  if (at < 0) return 0;
  d.editDossiers().splice(at, 1);
  return 1;
}
