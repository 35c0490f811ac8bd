/**
 * One sync with a server, both directions: read the server's changes since last time and
 * merge them in (reconcile.ts), then send what changed here since both last agreed. A
 * document someone else changed meanwhile is refused by the server (409): it is fetched,
 * merged and sent again. Progress is reported per batch; cancelling (or losing the server)
 * between batches keeps everything done so far, and the next sync goes on from there.
 */
import os from 'node:os';
import { CuttingsError } from '../../../shared/errors';
import type { StoredClipping } from '../archive/schema';
import type { Archive } from '../archive/types';
import type { Library } from '../library';
import { clippingDocId, entryMatches, filesDocId, kindOf, localEntries, sameContent, sharedRecord, type LocalEntry } from './docs';
import { filesDoc } from './files';
import { reconcile, type ReconcileContext, type RemoteDoc, type ReplacedNote } from './reconcile';
import { openRemote, remoteError, type RemoteDb, type RemoteSpec } from './remote';
import { loadState, saveState, type SyncState } from './state';

export interface SyncProgress {
  phase: 'receive' | 'send';
  done: number;
  /** What is known to be left, roughly (the server's count of changes; the pending local edits). */
  total: number;
}

export interface SyncOptions {
  /** Who this desktop is in “changed on … at …” (default: the computer's name). */
  device?: string;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /**
   * When this desk changed each document (by document id, ISO): the app records it as edits
   * happen, so “the later edit” is the later EDIT. Without it (the command line), an edit's
   * time is the time of the sync that sends it.
   */
  editTimes?: ReadonlyMap<string, string>;
  /** Documents per request (default 200). */
  batchSize?: number;
  now?: () => Date;
}

export interface SyncReport {
  remote: string;
  /** Documents received that brought a change. */
  received: number;
  /** Documents sent. */
  sent: number;
  /** Clippings new to this archive. */
  newClippings: number;
  /** Values merges replaced (kept in the server's document). */
  replaced: ReplacedNote[];
  /** Conflicting revisions on the server merged into one. */
  serverConflicts: number;
  /** Documents left out, and why. */
  skipped: string[];
}

/** Writes the state at most this often while a long sync runs (and always at its end). */
const SAVE_EVERY = 2000;

export async function syncArchive(library: Library, spec: RemoteSpec, options: SyncOptions = {}): Promise<SyncReport> {
  if (library.readOnly) throw new CuttingsError('read-only', 'The archive is open read-only: close the app (or the other command) that is writing it, then sync.');
  const db = await openRemote(spec);
  const state = await loadState(library.dir, spec.url);
  const clock = options.now ?? ((): Date => new Date());
  const ctx: ReconcileContext = {
    library,
    db,
    state,
    device: options.device ?? os.hostname(),
    now: () => clock().toISOString(),
    editedAt: (docId) => options.editTimes?.get(docId) ?? clock().toISOString(),
    skipped: [],
    replaced: [],
    serverConflicts: 0,
    newClippings: 0,
  };
  const run = new Run(ctx, db, spec, options);
  try {
    await run.receive();
    await run.send();
    state.last = { at: ctx.now(), ok: true, pulled: run.received, pushed: run.sent, error: null };
  } catch (err) {
    const error = remoteError(err, spec);
    state.last = { at: ctx.now(), ok: false, pulled: run.received, pushed: run.sent, error: error.message };
    await saveState(library.dir, state).catch(() => undefined);
    throw error;
  } finally {
    await db.close().catch(() => undefined);
  }
  await saveState(library.dir, state);
  return {
    remote: spec.url,
    received: run.received,
    sent: run.sent,
    newClippings: ctx.newClippings,
    replaced: ctx.replaced,
    serverConflicts: ctx.serverConflicts,
    skipped: ctx.skipped,
  };
}

/** What differs here from what both sides last agreed on (deleted tags, searches and dossiers too). */
function pendingEntries(archive: Archive, state: SyncState): Array<[string, LocalEntry | null]> {
  const local = localEntries(archive);
  const out: Array<[string, LocalEntry | null]> = [];
  for (const [id, entry] of local) {
    const base = state.docs[id];
    if (!base || base.shareReplaced || !entryMatches(entry, base.content)) out.push([id, entry]);
  }
  for (const [id, base] of Object.entries(state.docs)) {
    if (local.has(id) || base.content === null) continue;
    // A clipping gone from here is a deletion to share only if it was in the trash when both
    // last agreed (the trash was emptied); one gone any other way is not the team's business.
    if (kindOf(id) !== 'clipping' || base.content.trashedAt) out.push([id, null]);
  }
  return out;
}

/** How many documents the next sync with `address` would send (the status line's “changes not yet sent”). */
export async function pendingCount(library: Library, address: string): Promise<number> {
  return pendingEntries(library.archive, await loadState(library.dir, address)).length;
}

/** The outcome of the last sync with `address` this archive remembers, or null. */
export async function lastSyncOf(library: Library, address: string): Promise<SyncState['last']> {
  return (await loadState(library.dir, address)).last;
}

class Run {
  received = 0;
  sent = 0;
  private unsaved = 0;
  private readonly batch: number;

  constructor(
    private readonly ctx: ReconcileContext,
    private readonly db: RemoteDb,
    private readonly spec: RemoteSpec,
    private readonly options: SyncOptions,
  ) {
    this.batch = options.batchSize ?? 200;
  }

  private get state(): SyncState {
    return this.ctx.state;
  }

  /** Between batches: stop if asked (after saving), save now and then. */
  private async step(count: number): Promise<void> {
    this.unsaved += count;
    if (this.options.signal?.aborted) {
      await saveState(this.ctx.library.dir, this.state);
      throw new CuttingsError('cancelled', 'Sync stopped: what was done so far is kept, and the next sync goes on from there.');
    }
    if (this.unsaved >= SAVE_EVERY) {
      await saveState(this.ctx.library.dir, this.state);
      this.unsaved = 0;
    }
  }

  async receive(): Promise<void> {
    if (this.state.waiting.length > 0) {
      const waiting = this.state.waiting.map(clippingDocId);
      this.state.waiting = [];
      this.received += await reconcile(this.ctx, await this.fetchDocs(waiting));
    }
    const info = await this.db.info();
    const total = Number(String(info.update_seq).split('-')[0]) || info.doc_count;
    let done = 0;
    for (;;) {
      const res = await this.db.changes({ since: this.state.seq, limit: this.batch, include_docs: true, conflicts: true });
      if (res.results.length === 0) break;
      const docs = res.results.flatMap((r) => (r.doc && kindOf(r.id) ? [r.doc as RemoteDoc] : []));
      this.received += await reconcile(this.ctx, docs);
      this.state.seq = res.last_seq;
      done += res.results.length;
      this.options.onProgress?.({ phase: 'receive', done, total: Math.max(total, done) });
      await this.step(res.results.length);
    }
  }

  async send(): Promise<void> {
    for (let round = 0; round < 5; round++) {
      const pending = pendingEntries(this.ctx.library.archive, this.state);
      if (pending.length === 0) return;
      let done = 0;
      for (let i = 0; i < pending.length; i += this.batch) {
        const chunk = pending.slice(i, i + this.batch);
        const refused = await this.sendChunk(chunk);
        if (refused.length > 0) this.received += await reconcile(this.ctx, await this.fetchDocs(refused));
        done += chunk.length;
        this.options.onProgress?.({ phase: 'send', done, total: pending.length });
        await this.step(chunk.length);
      }
    }
  }

  /** Sends a batch; returns the ids the server refused because they changed there meanwhile. */
  private async sendChunk(chunk: Array<[string, LocalEntry | null]>): Promise<string[]> {
    // New to the server, or emptied from a teammate's trash but kept here (restored or edited
    // meanwhile): the files go (again) with the record.
    const fresh = chunk.filter(([id, e]) => e?.kind === 'clipping' && !this.state.docs[id]?.content).map(([, e]) => (e as LocalEntry).value as StoredClipping);
    const failedFiles = new Set<string>();
    for (let i = 0; i < fresh.length; i += 20) {
      // Files first: a teammate who receives the record then finds its files already there.
      const part = fresh.slice(i, i + 20);
      const results = await this.db.bulkDocs(await Promise.all(part.map((rec) => filesDoc(this.ctx.library.archive, rec))));
      results.forEach((r, n) => {
        if (r.error && r.status !== 409) failedFiles.add(clippingDocId((part[n] as StoredClipping).id));
      });
    }
    const sendable = chunk.filter(([id]) => !failedFiles.has(id));
    const docs = sendable.map(([id, entry]) => {
      const base = this.state.docs[id];
      if (!entry) return { _id: id, _rev: base?.rev, _deleted: true };
      return { _id: id, ...(base ? { _rev: base.rev } : {}), kind: entry.kind, value: entry.kind === 'clipping' ? sharedRecord(entry.value as StoredClipping) : entry.value, ...this.author(id, entry), replaced: base?.replaced ?? [] };
    });
    const results = await this.db.bulkDocs(docs);
    const refused: string[] = [];
    results.forEach((r, n) => {
      const [id, entry] = sendable[n] as [string, LocalEntry | null];
      if (r.ok && r.rev) {
        const { editedBy, editedAt } = this.author(id, entry);
        this.state.docs[id] = { rev: r.rev, content: entry?.content ?? null, replaced: this.state.docs[id]?.replaced ?? [], by: editedBy, at: editedAt };
        this.sent++;
      } else if (r.status === 409 || r.name === 'conflict') refused.push(id);
      else throw remoteError(r, this.spec);
    });
    for (const id of failedFiles) this.ctx.skipped.push(`${id}: its files could not be sent; tried again next sync`);
    await this.deleteFiles(sendable.filter(([id, e], n) => !e && kindOf(id) === 'clipping' && results[n]?.ok).map(([id]) => id.slice(clippingDocId('').length)));
    return refused;
  }

  /** Who the revision sent names: this desk, unless it only carries the values a merge replaced (then whoever wrote the value kept). */
  private author(id: string, entry: LocalEntry | null): { editedBy: string; editedAt: string } {
    const base = this.state.docs[id];
    if (entry && base?.shareReplaced && base.by && base.at && sameContent(base.content, entry.content)) return { editedBy: base.by, editedAt: base.at };
    return { editedBy: this.ctx.device, editedAt: this.ctx.editedAt(id) };
  }

  /**
   * The files of clippings emptied from the trash, once their record's deletion is on the
   * server (a teammate who restored it meanwhile was refused that deletion, so never loses
   * them). A failure only leaves space used on the server.
   */
  private async deleteFiles(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const res = await this.db.allDocs({ keys: ids.map(filesDocId) }).catch(() => null);
    const docs = (res?.rows ?? []).flatMap((row) => (row.value && !row.value.deleted ? [{ _id: row.key, _rev: row.value.rev, _deleted: true }] : []));
    if (docs.length > 0) await this.db.bulkDocs(docs).catch(() => undefined);
  }

  /** The server's current documents (a deleted one as a tombstone). */
  private async fetchDocs(ids: string[]): Promise<RemoteDoc[]> {
    const res = await this.db.allDocs({ keys: ids, include_docs: true, conflicts: true });
    return res.rows.flatMap((row) => {
      if (row.doc) return [row.doc as RemoteDoc];
      if (row.value?.deleted) return [{ _id: row.key, _rev: row.value.rev, _deleted: true }];
      return [];
    });
  }
}
