/**
 * How an archive maps to CouchDB documents (see README.md):
 *
 * - `clipping:<id>` — one per clipping: its catalogue record (`value`), who wrote this
 *   revision and when, and the values merges replaced (`replaced`).
 * - `files:<id>` — the clipping's files as attachments (text, article HTML, original, pictures,
 *   facsimiles). Written once: files never change after capture, so edits to the metadata
 *   never carry (or conflict over) megabytes of pictures.
 * - `tag:<name key>` (name, colour), `search:<name key>` (a saved search),
 *   `dossier:<id>` (a saved dossier).
 */
import { savedDossierSchema, savedSearchKey, savedSearchSchema } from '../../../shared/dossier';
import { tagKey } from '../archive/normalise';
import { REPLICATED_FIELDS, replicaProblem } from '../archive/replica-ops';
import type { StoredClipping } from '../archive/schema';
import type { Archive } from '../archive/types';

export type Kind = 'clipping' | 'tag' | 'search' | 'dossier';

/** A value a merge replaced, kept in the document so nothing a teammate wrote is silently lost. */
export interface Replaced {
  /** The clipping's field (`title`, `notes`…), or `value` for a tag, search or dossier. */
  field: string;
  value: unknown;
  /** Who wrote the value that lost, and when. */
  by: string;
  at: string;
  /** Who kept the other value, and when the merge happened. */
  replacedBy: string;
  replacedAt: string;
}

/** The body of a document (besides `_id`, `_rev`, `_deleted`). */
export interface SyncBody {
  kind: Kind;
  value: unknown;
  editedBy: string;
  editedAt: string;
  replaced?: Replaced[];
}

/** What merges compare: a clipping's replicated fields, or a whole tag, search or dossier. */
export type Content = Record<string, unknown>;

/** One local thing that replicates. */
export interface LocalEntry {
  kind: Kind;
  value: unknown;
  content: Content;
}

const PREFIX: Record<Kind, string> = { clipping: 'clipping:', tag: 'tag:', search: 'search:', dossier: 'dossier:' };
export const FILES_PREFIX = 'files:';

export function kindOf(docId: string): Kind | null {
  for (const [kind, prefix] of Object.entries(PREFIX)) if (docId.startsWith(prefix)) return kind as Kind;
  return null;
}

export const clippingDocId = (id: string): string => PREFIX.clipping + id;
export const filesDocId = (id: string): string => FILES_PREFIX + id;

/** Every local thing that replicates, by document id. */
export function localEntries(archive: Archive): Map<string, LocalEntry> {
  const out = new Map<string, LocalEntry>();
  for (const rec of archive.records()) out.set(clippingDocId(rec.id), { kind: 'clipping', value: rec, content: contentOf('clipping', rec) });
  for (const tag of archive.tags()) {
    const value = { name: tag.name, color: tag.color };
    out.set(PREFIX.tag + tagKey(tag.name), { kind: 'tag', value, content: contentOf('tag', value) });
  }
  for (const s of archive.savedSearches()) out.set(PREFIX.search + savedSearchKey(s.name), { kind: 'search', value: s, content: contentOf('search', s) });
  for (const d of archive.savedDossiers()) out.set(PREFIX.dossier + d.id, { kind: 'dossier', value: d, content: contentOf('dossier', d) });
  return out;
}

/** The part of a value that merges compare and replicate as edits. */
export function contentOf(kind: Kind, value: unknown): Content {
  const v = value as Record<string, unknown>;
  if (kind === 'clipping') {
    const out: Content = {};
    for (const field of REPLICATED_FIELDS) if (v[field] !== undefined) out[field] = v[field];
    if (v.provenance) out.provenance = sharedProvenance(v.provenance as StoredClipping['provenance']);
    return out;
  }
  if (kind === 'search') return { name: v.name, query: v.query }; // the id is each desktop's own
  // A tag's name is its document's key (any case): each desk keeps the spelling it has.
  if (kind === 'tag') return { color: v.color };
  return { ...v };
}

/** Why a value from the server cannot be used, or null. */
export function valueProblem(kind: Kind, value: unknown): string | null {
  switch (kind) {
    case 'clipping':
      return replicaProblem(value);
    case 'tag': {
      const t = value as { name?: unknown; color?: unknown } | null;
      return t && typeof t.name === 'string' && (t.color === null || typeof t.color === 'string') ? null : 'a tag of the wrong shape';
    }
    case 'search':
      return savedSearchSchema.safeParse(value).success ? null : 'a saved search of the wrong shape';
    case 'dossier':
      return savedDossierSchema.safeParse(value).success ? null : 'a saved dossier of the wrong shape';
  }
}

/** JSON with sorted keys: equal contents give equal strings. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * `canonical` of a content, remembered per object: a committed clipping record never changes
 * (the archive replaces it: archive/draft.ts), nor does a state's agreed content (replaced
 * whole), so comparing 10,000 unchanged documents costs two lookups each, not two stringifies.
 */
const canonicalOf = new WeakMap<object, string>();

function remembered(owner: object, make: () => string): string {
  let text = canonicalOf.get(owner);
  if (text === undefined) canonicalOf.set(owner, (text = make()));
  return text;
}

/** True when a local entry's content is `base` (a state's agreed content). */
export function entryMatches(entry: LocalEntry, base: Content | null): boolean {
  if (base === null) return false;
  const mine = entry.kind === 'clipping' ? remembered(entry.value as object, () => canonical(entry.content)) : canonical(entry.content);
  return mine === remembered(base, () => canonical(base));
}

export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

/** A clipping record with merged content laid over it. */
export function withContent(record: StoredClipping, content: Content): StoredClipping {
  const next = { ...record } as Record<string, unknown>;
  for (const field of REPLICATED_FIELDS) {
    if (content[field] === undefined) delete next[field];
    else next[field] = content[field];
  }
  return next as StoredClipping;
}

type Origins = StoredClipping['provenance'];

/**
 * A field's origin as the team's documents hold it: a value typed on any desk is `user`
 * ("typed by a person"). `team` is only this desk's label for a value a teammate typed.
 */
function sharedProvenance(origins: Origins): Origins {
  return Object.values(origins).includes('team')
    ? Object.fromEntries(Object.entries(origins).map(([k, o]) => [k, o === 'team' ? 'user' : o]))
    : origins;
}

/** A clipping record as it is sent to the server (typed values all `user`). */
export function sharedRecord(record: StoredClipping): StoredClipping {
  return { ...record, provenance: sharedProvenance(record.provenance) };
}

/**
 * A record received from the team (`next`, merged over this desk's `local`, if any), labelled
 * for this desk: a typed value this desk does not already have as its own typing becomes
 * "entered by a teammate", so Details never says "entered by you" about a teammate's edit.
 */
export function receivedRecord(local: StoredClipping | undefined, next: StoredClipping): StoredClipping {
  const provenance: Origins = { ...next.provenance };
  const mine = local as Record<string, unknown> | undefined;
  for (const [field, origin] of Object.entries(provenance) as Array<[keyof Origins, Origins[keyof Origins]]>) {
    if (origin !== 'user') continue;
    const same = mine !== undefined && sameContent(mine[field], (next as unknown as Record<string, unknown>)[field]);
    // Only ever `user` ↔ `team` (both `user` to the team), so the label never reads as an edit here.
    provenance[field] = same && local?.provenance[field] === 'user' ? 'user' : 'team';
  }
  return { ...next, provenance };
}
