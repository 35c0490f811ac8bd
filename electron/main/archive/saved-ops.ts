/**
 * Saved searches and saved dossiers, applied to a {@link Draft}. Both live in the manifest;
 * every change is one durable commit like a tag edit. Names of saved searches are trimmed
 * and unique regardless of case: saving an existing name replaces its query.
 */
import { findSavedSearch, savedSearchKey, savedSearchNameSchema, type DossierSource, type DossierSpec, type SavedSearch } from '../../../shared/dossier';
import { CuttingsError } from '../../../shared/errors';
import type { Draft } from './draft';
import { newId } from './ids';
import type { DossierRecord } from './schema';

const MAX_QUERY = 2000;

export interface DossierInput {
  id?: string;
  spec: DossierSpec;
  source: DossierSource;
}

/** The cleaned name (by the schema the IPC contract checks too), or an `invalid-input` error saying what is wrong with it. */
function checkSearchName(raw: string): string {
  const parsed = savedSearchNameSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'not a name for a saved search';
  throw new CuttingsError('invalid-input', `${message[0]?.toUpperCase()}${message.slice(1)}.`);
}

export function saveSearch(d: Draft, rawName: string, query: string): SavedSearch {
  const name = checkSearchName(rawName);
  if (query.length > MAX_QUERY)
    throw new CuttingsError('invalid-input', `A saved query can have at most ${MAX_QUERY} characters.`);
  const list = d.editSavedSearches();
  const at = list.findIndex((s) => savedSearchKey(s.name) === savedSearchKey(name));
  const existing = list[at];
  // Replacing keeps the id (dossiers may refer to it) and takes the new spelling of the name.
  const saved: SavedSearch = { id: existing?.id ?? newId(d.now.getTime()), name, query };
  if (existing) list[at] = saved;
  else list.push(saved);
  return { ...saved };
}

export function deleteSearch(d: Draft, idOrName: string): number {
  const found = findSavedSearch(d.savedSearches, idOrName);
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
