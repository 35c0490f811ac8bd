/**
 * Bringing documents from the server into the archive: each one merged with what this
 * desktop has (merge.ts), new clippings fetched with their files, all written in one commit
 * through the library (so the search index follows), and only then recorded in the state.
 */
import type { SavedSearch } from '../../../shared/dossier';
import type { ReplicaChange } from '../archive/replica-ops';
import type { DossierRecord, StoredClipping, TagEntry } from '../archive/schema';
import type { Library } from '../library';
import { contentOf, filesDocId, kindOf, localEntries, receivedRecord, valueProblem, withContent, type Content, type Kind, type LocalEntry, type Replaced, type SyncBody } from './docs';
import { clippingFileNames, replicaFiles } from './files';
import { later, merge, type Version } from './merge';
import type { RemoteDb } from './remote';
import type { DocState, SyncState } from './state';

/** A document as the server gives it. */
export type RemoteDoc = Partial<SyncBody> & { _id: string; _rev: string; _deleted?: boolean; _conflicts?: string[] };

/** A value a merge replaced, with the document it belongs to (for the report). */
export type ReplacedNote = Replaced & { docId: string };

export interface ReconcileContext {
  library: Library;
  db: RemoteDb;
  state: SyncState;
  device: string;
  now: () => string;
  /** When this desk last changed a document (its real edit time when known, else now). */
  editedAt: (docId: string) => string;
  /** Problems with documents that were left out (the sync goes on without them). */
  skipped: string[];
  replaced: ReplacedNote[];
  /** Conflicting revisions on the server (written by other replicators) merged into one. */
  serverConflicts: number;
  newClippings: number;
}

const emptyChange = (): ReplicaChange => ({ clippings: [], tags: [], removedTags: [], searches: [], removedSearches: [], dossiers: [], removedDossiers: [], removedClippings: [] });

/** Merges `docs` into the archive. Returns how many brought something new. */
export async function reconcile(ctx: ReconcileContext, docs: RemoteDoc[]): Promise<number> {
  const local = localEntries(ctx.library.archive);
  const change = emptyChange();
  const agreed = new Map<string, DocState>();
  const fresh: RemoteDoc[] = [];
  let count = 0;
  for (let doc of docs) {
    const kind = kindOf(doc._id);
    if (!kind) continue;
    if (doc._conflicts?.length) doc = await resolveServerConflict(ctx, doc, kind);
    const base = ctx.state.docs[doc._id];
    if (base?.rev === doc._rev) continue; // what this desktop wrote, or already merged
    const problem = doc._deleted ? null : valueProblem(kind, doc.value);
    if (problem) {
      ctx.skipped.push(`${doc._id}: ${problem}`);
      continue;
    }
    count++;
    const remoteContent = doc._deleted ? null : contentOf(kind, doc.value);
    const entry = local.get(doc._id);
    const known: DocState = { rev: doc._rev, content: remoteContent, replaced: doc.replaced ?? [], by: doc.editedBy, at: doc.editedAt };
    if (kind === 'clipping' && !entry) {
      const rec = doc.value as StoredClipping | undefined;
      // Emptied from this desktop's trash: it stays gone here unless a teammate took it back out.
      if (doc._deleted || !rec || (base && rec.trashedAt !== null)) agreed.set(doc._id, known);
      else fresh.push(doc);
      continue;
    }
    const result = merge(
      base?.content ?? null,
      // A desk with no base for a document (its first sync with this server) defers to the team's
      // copy where both differ: its own value is kept in `replaced`, not pushed over everyone's.
      { content: entry?.content ?? null, by: ctx.device, at: ctx.editedAt(doc._id), defer: !base },
      { content: remoteContent, by: doc.editedBy ?? 'unknown', at: doc.editedAt ?? '' },
      ctx.now(),
    );
    if (!sameAs(entry, result.content)) addToChange(change, kind, entry, result.content, doc);
    ctx.replaced.push(...result.replaced.map((r) => ({ ...r, docId: doc._id })));
    // The merge kept the server's value: nothing else to send, but the value it replaced must
    // reach the shared document too (so every desk's Details shows it).
    agreed.set(doc._id, { ...known, replaced: [...known.replaced, ...result.replaced], ...(result.replaced.length > 0 ? { shareReplaced: true } : {}) });
  }
  await fetchFresh(ctx, fresh, change, agreed);
  if (!isEmpty(change)) await ctx.library.applyReplica(change);
  for (const [id, s] of agreed) ctx.state.docs[id] = s;
  return count;
}

function sameAs(entry: LocalEntry | undefined, content: Content | null): boolean {
  if (!entry) return content === null;
  return content !== null && JSON.stringify(entry.content) === JSON.stringify(content);
}

function addToChange(change: ReplicaChange, kind: Kind, entry: LocalEntry | undefined, content: Content | null, doc: RemoteDoc): void {
  switch (kind) {
    case 'clipping':
      if (entry && content) {
        const mine = entry.value as StoredClipping;
        change.clippings.push({ record: receivedRecord(mine, withContent(mine, content)) });
      }
      // Emptied from a teammate's trash, and unchanged here since: it goes here too.
      else if (entry) change.removedClippings.push((entry.value as StoredClipping).id);
      return;
    case 'tag':
      if (content) change.tags.push({ name: ((entry ?? doc).value as TagEntry).name, color: content.color as string | null });
      else if (entry) change.removedTags.push((entry.value as TagEntry).name);
      return;
    case 'search': {
      const id = (entry?.value as SavedSearch | undefined)?.id ?? (doc.value as SavedSearch | undefined)?.id ?? '';
      if (content) change.searches.push({ ...(content as { name: string; query: string }), id });
      else if (entry) change.removedSearches.push((entry.value as SavedSearch).name);
      return;
    }
    case 'dossier':
      if (content) change.dossiers.push(content as unknown as DossierRecord);
      else if (entry) change.removedDossiers.push((entry.value as DossierRecord).id);
  }
}

/** New clippings: their files come from their `files:` documents (fetched in batches). */
async function fetchFresh(ctx: ReconcileContext, fresh: RemoteDoc[], change: ReplicaChange, agreed: Map<string, DocState>): Promise<void> {
  const BATCH = 25;
  for (let i = 0; i < fresh.length; i += BATCH) {
    const chunk = fresh.slice(i, i + BATCH);
    const got = await ctx.db.bulkGet({
      docs: chunk.map((d) => ({ id: filesDocId((d.value as StoredClipping).id) })),
      attachments: true,
      binary: true,
    });
    chunk.forEach((doc, n) => {
      const rec = doc.value as StoredClipping;
      const result = got.results[n]?.docs[0];
      if (!result || !('ok' in result)) {
        // Its files are not on the server yet (the sender was cut off): ask again next time.
        if (!ctx.state.waiting.includes(rec.id)) ctx.state.waiting.push(rec.id);
        return;
      }
      const files = replicaFiles(result.ok as { _attachments?: Record<string, unknown> });
      const wanted = new Set(clippingFileNames(rec));
      const stray = files.find((f) => !wanted.has(f.name));
      if (stray) {
        ctx.skipped.push(`${doc._id}: the server holds a file named ${JSON.stringify(stray.name)} its record does not name`);
        return;
      }
      change.clippings.push({ record: receivedRecord(undefined, rec), files });
      agreed.set(doc._id, { rev: doc._rev, content: contentOf('clipping', rec), replaced: doc.replaced ?? [], by: doc.editedBy, at: doc.editedAt });
      ctx.state.waiting = ctx.state.waiting.filter((w) => w !== rec.id);
      ctx.newClippings++;
    });
  }
}

/**
 * A document with conflicting revisions on the server (two servers replicated, or a writer
 * that does not check revisions): its leaves merged by the same rules (with no base: sets
 * unite, fields go to the later edit), written as one revision, the others deleted.
 */
async function resolveServerConflict(ctx: ReconcileContext, doc: RemoteDoc, kind: Kind): Promise<RemoteDoc> {
  const leaves = await Promise.all((doc._conflicts ?? []).map((rev) => ctx.db.get(doc._id, { rev }) as Promise<RemoteDoc>));
  const version = (d: RemoteDoc): Version => ({ content: d._deleted ? null : contentOf(kind, d.value), by: d.editedBy ?? 'unknown', at: d.editedAt ?? '' });
  let current = version(doc);
  const replaced = [...(doc.replaced ?? [])];
  for (const leaf of leaves) {
    const result = merge(null, current, version(leaf), ctx.now());
    current = { ...(later(current, version(leaf)) ? current : version(leaf)), content: result.content };
    replaced.push(...leaf.replaced ?? [], ...result.replaced);
    ctx.replaced.push(...result.replaced.map((r) => ({ ...r, docId: doc._id })));
  }
  const value = kind === 'clipping' && current.content ? withContent(doc.value as StoredClipping, current.content) : kind === 'search' ? { ...(doc.value as object), ...current.content } : current.content;
  const { _conflicts: _c, ...rest } = doc;
  const winner = current.content === null ? { _id: doc._id, _rev: doc._rev, _deleted: true } : { ...rest, value, editedBy: ctx.device, editedAt: ctx.now(), replaced };
  await ctx.db.bulkDocs([
    winner,
    ...leaves.map((l) => ({ _id: l._id, _rev: l._rev, _deleted: true })),
  ]);
  ctx.serverConflicts++;
  return (await ctx.db.get(doc._id)) as RemoteDoc;
}

function isEmpty(change: ReplicaChange): boolean {
  return Object.values(change).every((list: unknown[]) => list.length === 0);
}
