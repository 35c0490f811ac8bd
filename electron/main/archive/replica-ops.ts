/**
 * Changes that come from a teammate's archive (replication, `electron/main/sync`), applied to
 * a {@link Draft}. Sync decides WHAT the merged state is (its merge rules); this file only
 * writes that state into the catalogue under the archive's own rules: records from the
 * network are checked like any catalogue read (`record-check.ts`), tag names are cleaned and
 * resolved to the stored spellings, and saved searches stay unique by name.
 */
import { savedSearchKey, type SavedSearch } from '../../../shared/dossier';
import type { Draft } from './draft';
import { cleanTagName, tagKey } from './normalise';
import { checkStoredClipping, unsafePathField } from './record-check';
import type { DossierRecord, StoredClipping, TagEntry } from './schema';
import { checkTagNames, resolveTags } from './tag-ops';

/**
 * The fields of a clipping that change after capture and replicate: everything else (text,
 * files, images, capture time) is fixed when the clipping is captured.
 */
export const REPLICATED_FIELDS = [
  'title',
  'titleDerived',
  'source',
  'author',
  'dateline',
  'publishedAt',
  'lang',
  'caption',
  'credit',
  'url',
  'notes',
  'entities',
  'provenance',
  'tags',
  'trashedAt',
  'attachmentIds',
] as const satisfies ReadonlyArray<keyof StoredClipping>;

/** A file of a clipping received from the server (its text, original, page, pictures). */
export interface ReplicaFile {
  name: string;
  data: Uint8Array;
}

/** What replication brings into the archive in one commit. */
export interface ReplicaChange {
  /** New clippings come with their files; known ones bring their replicated fields. */
  clippings: Array<{ record: StoredClipping; files?: ReplicaFile[] }>;
  tags: TagEntry[];
  /** Tags deleted by a teammate (by name): dropped from the list when no clipping here uses them. */
  removedTags: string[];
  searches: SavedSearch[];
  /** Saved searches deleted by a teammate, by name. */
  removedSearches: string[];
  dossiers: DossierRecord[];
  removedDossiers: string[];
  /** Clippings a teammate emptied from the trash: removed here too if they are in this trash. */
  removedClippings: string[];
}

/** Why a record from the server cannot be stored, or null when it can. */
export function replicaProblem(record: unknown): string | null {
  const problem = checkStoredClipping(record);
  if (problem) return problem;
  const unsafe = unsafePathField(record as StoredClipping);
  return unsafe ? `${(record as StoredClipping).id}: ${unsafe} leads outside its folder` : null;
}

/** Applies a replicated change. Returns the ids of the clippings it wrote. */
export function applyReplica(d: Draft, change: ReplicaChange): string[] {
  for (const tag of change.tags) putTag(d, tag);
  const written: string[] = [];
  for (const { record } of change.clippings) {
    if (replicaProblem(record)) continue; // the sync engine reports these before it gets here
    const tags = resolveTags(d, checkTagNames(record.tags.filter((t) => cleanTagName(t) !== '')));
    const existing = d.get(record.id);
    if (!existing) {
      d.put({ ...record, tags });
    } else {
      const next: StoredClipping = { ...existing };
      for (const field of REPLICATED_FIELDS) (next as Record<string, unknown>)[field] = record[field];
      if (record.attachmentIds === undefined) delete next.attachmentIds;
      d.put({ ...next, tags });
    }
    written.push(record.id);
  }
  removeUnusedTags(d, change.removedTags);
  for (const search of change.searches) putSearch(d, search);
  for (const name of change.removedSearches) {
    const list = d.editSavedSearches();
    const at = list.findIndex((s) => savedSearchKey(s.name) === savedSearchKey(name));
    if (at >= 0) list.splice(at, 1);
  }
  for (const dossier of change.dossiers) {
    const list = d.editDossiers();
    const at = list.findIndex((x) => x.id === dossier.id);
    if (at >= 0) list[at] = dossier;
    else list.push(dossier);
  }
  for (const id of change.removedDossiers) {
    const list = d.editDossiers();
    const at = list.findIndex((x) => x.id === id);
    if (at >= 0) list.splice(at, 1);
  }
  return written;
}

/**
 * Removes the clippings a teammate emptied from the trash, as emptying the trash here would.
 * Sync asks only for those unchanged here since both desks last agreed (a deletion wins only
 * over what it saw; a clipping restored or edited here meanwhile is sent back instead).
 * Returns the records removed (their folders go after the commit).
 */
export function removeEmptied(d: Draft, ids: readonly string[]): StoredClipping[] {
  const removed: StoredClipping[] = [];
  for (const id of ids) {
    const rec = d.get(id);
    if (!rec) continue;
    d.remove(id);
    removed.push(rec);
  }
  return removed;
}

function putTag(d: Draft, tag: TagEntry): void {
  const name = cleanTagName(tag.name);
  if (!name) return;
  const color = tag.color !== null && /^#[0-9a-f]{6}$/i.test(tag.color) ? tag.color.toLowerCase() : null;
  const found = d.tags.find((t) => tagKey(t.name) === tagKey(name));
  if (found && found.color === color) return;
  const list = d.editTags();
  const entry = list.find((t) => tagKey(t.name) === tagKey(name));
  if (entry) entry.color = color;
  else list.push({ name, color });
}

function removeUnusedTags(d: Draft, names: readonly string[]): void {
  if (names.length === 0) return;
  const used = new Set<string>();
  for (const rec of d.all()) for (const t of rec.tags) used.add(tagKey(t));
  for (const name of names) {
    const key = tagKey(name);
    if (used.has(key)) continue; // a clipping here still carries it: the tag stays
    const list = d.editTags();
    const at = list.findIndex((t) => tagKey(t.name) === key);
    if (at >= 0) list.splice(at, 1);
  }
}

function putSearch(d: Draft, search: SavedSearch): void {
  const list = d.editSavedSearches();
  const at = list.findIndex((s) => savedSearchKey(s.name) === savedSearchKey(search.name));
  const existing = list[at];
  // A search saved under the same name on two desktops is one search: the id here stays, so
  // dossiers that refer to it keep working.
  if (existing) list[at] = { ...search, id: existing.id };
  else list.push({ ...search });
}
