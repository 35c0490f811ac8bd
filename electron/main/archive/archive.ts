/**
 * The Archive: committed state in memory, and one queue of changes that are coalesced into
 * durable commits. Reads are synchronous on the committed state; a write's promise resolves
 * only once its change is on disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SavedSearch } from '../../../shared/dossier';
import type { Clipping, ClippingOrigins, ClippingPatch, ClippingSummary, ImportOutcome, TagInfo } from '../../../shared/clipping';
import { CuttingsError } from '../../../shared/errors';
import type { CapturedArticle } from '../capture/types';
import type { CatalogueStore } from './catalogue-store';
import { planFiles, type PlannedFiles, removeClippingFolder, writeClippingFiles } from './clipping-files';
import { Draft, type DraftBase } from './draft';
import { newId } from './ids';
import { newRecord } from './new-record';
import { errnoCode, ioError } from './io-errors';
import type { ArchiveLock } from './lock';
import { TEXT_FILE, clippingFilePath, clippingRelDir } from './layout';
import { normaliseUrl, tagKey, textHash } from './normalise';
import { applyPatch } from './patch';
import {
  SCHEMA_VERSION,
  type DossierRecord,
  type RootData,
  type Snapshot,
  type StoredClipping,
  type TagEntry,
} from './schema';
import * as savedOps from './saved-ops';
import { applyReplica, removeEmptied, type ReplicaChange } from './replica-ops';
import { writeReplicaFiles } from './replica-files';
import * as tagOps from './tag-ops';
import type { Archive, ChangeListener, MaintenanceReport } from './types';

interface QueuedOp {
  apply: (d: Draft) => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/** What happens after a commit, outside the catalogue (e.g. removing files of deleted clippings). */
type AfterCommit = () => Promise<void>;

export class ArchiveImpl implements Archive {
  readonly byId: Map<string, StoredClipping> = new Map();
  /** Which shard holds each clipping: built on the first write, not on open (100,000 entries). */
  private shardIndex: Map<string, string> | null = null;
  private readonly listeners = new Set<ChangeListener>();
  private queue: QueuedOp[] = [];
  private pumping: Promise<void> | null = null;
  private running = false;
  private afterCommit: AfterCommit[] = [];
  private closed = false;
  private cache: { active?: ClippingSummary[]; trashed?: ClippingSummary[]; tags?: TagInfo[] } = {};
  private dupIndex: Map<string, string> | null = null;
  /** Aborted when the archive closes: housekeeping not yet started is skipped. */
  readonly closing = new AbortController();
  /** What the user should know about this opening (damaged records set aside). */
  readonly notes: string[] = [];
  maintenance: Promise<MaintenanceReport> = Promise.resolve({
    backup: null,
    backupError: null,
    removedLeftovers: 0,
  });

  constructor(
    readonly dir: string,
    readonly store: CatalogueStore,
    private readonly lock: ArchiveLock | null,
    private readonly now: () => Date,
    /** The clippings by id in capture order, when the loader already built it. */
    byId?: Map<string, StoredClipping>,
  ) {
    if (byId) this.byId = byId;
    else for (const shard of store.shards()) for (const rec of shard.clippings) this.byId.set(rec.id, rec);
  }

  private get shardOf(): Map<string, string> {
    if (!this.shardIndex) {
      this.shardIndex = new Map();
      for (const shard of this.store.shards())
        for (const rec of shard.clippings) this.shardIndex.set(rec.id, shard.shard);
    }
    return this.shardIndex;
  }

  get readOnly(): boolean {
    return this.lock === null;
  }

  get generation(): number {
    return this.store.manifest.generation;
  }

  /** The committed root data (tags, saved searches, dossiers). */
  root(): RootData {
    const { createdAt, tags, savedSearches, dossiers } = this.store.manifest;
    return { createdAt, tags, savedSearches, dossiers };
  }

  get tagList(): readonly TagEntry[] {
    return this.store.manifest.tags;
  }

  duplicateOf(urlKey: string | null, hash: string): string | undefined {
    if (!this.dupIndex) {
      // Built on first use: normalising 100,000 URLs would otherwise slow every open.
      this.dupIndex = new Map();
      for (const rec of this.byId.values()) this.indexKeys(rec);
    }
    return (urlKey && this.dupIndex.get(`u:${urlKey}`)) || this.dupIndex.get(`t:${hash}`);
  }

  private indexKeys(rec: StoredClipping): void {
    if (!this.dupIndex) return;
    const url = normaliseUrl(rec.url);
    if (url && !this.dupIndex.has(`u:${url}`)) this.dupIndex.set(`u:${url}`, rec.id);
    if (!this.dupIndex.has(`t:${rec.textHash}`)) this.dupIndex.set(`t:${rec.textHash}`, rec.id);
  }

  private unindexKeys(rec: StoredClipping): void {
    if (!this.dupIndex) return;
    const url = normaliseUrl(rec.url);
    if (url && this.dupIndex.get(`u:${url}`) === rec.id) this.dupIndex.delete(`u:${url}`);
    if (this.dupIndex.get(`t:${rec.textHash}`) === rec.id) this.dupIndex.delete(`t:${rec.textHash}`);
  }

  /** The committed catalogue as one document (for backups and exports). */
  snapshot(): Snapshot {
    const clippings: StoredClipping[] = [];
    for (const shard of this.store.shards()) clippings.push(...shard.clippings);
    return { schemaVersion: SCHEMA_VERSION, format: 'cuttings-snapshot', ...this.root(), clippings };
  }

  // ---- reads -------------------------------------------------------------------------

  async get(id: string): Promise<Clipping | null> {
    const rec = this.byId.get(id);
    if (!rec) return null;
    return this.withText(rec);
  }

  /**
   * The clipping with its text. A missing `text.txt` does not make the clipping unreadable:
   * it comes with an empty text and `damage` set to {@link TEXT_MISSING} (the library rebuilds
   * what it can from the original; `check --repair` writes it back), so one lost file never
   * stops listing, indexing, tagging or trashing the rest.
   */
  private async withText(rec: StoredClipping): Promise<Clipping> {
    try {
      return toClipping(rec, await this.readText(rec));
    } catch (err) {
      if (!(err instanceof CuttingsError) || err.code !== 'damaged') throw err;
      return { ...toClipping(rec, ''), damage: TEXT_MISSING };
    }
  }

  summary(id: string): ClippingSummary | undefined {
    return this.byId.get(id);
  }

  summaries(options: { trashed?: boolean } = {}): ClippingSummary[] {
    const key = options.trashed ? 'trashed' : 'active';
    let list = this.cache[key];
    if (!list) {
      list = [];
      for (const rec of this.byId.values())
        if ((rec.trashedAt !== null) === (key === 'trashed')) list.push(rec);
      this.cache[key] = list;
    }
    return list.slice();
  }

  async text(id: string): Promise<string> {
    return this.readText(this.requireCommitted(id));
  }

  tags(): TagInfo[] {
    if (!this.cache.tags) {
      const counts = new Map<string, number>();
      // One key per distinct spelling, not two per tag of every clipping: at 100,000 clippings
      // the normalising held main's event loop 150-480 ms when the window first asked after the open.
      const keys = new Map<string, string>();
      for (const rec of this.byId.values()) {
        if (rec.trashedAt !== null) continue;
        for (const t of rec.tags) {
          let key = keys.get(t);
          if (key === undefined) keys.set(t, (key = tagKey(t)));
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      this.cache.tags = this.tagList.map((t) => ({
        name: t.name,
        color: t.color,
        count: counts.get(tagKey(t.name)) ?? 0,
      }));
    }
    return this.cache.tags.map((t) => ({ ...t }));
  }

  clippingDir(id: string): string {
    const rec = this.requireCommitted(id);
    return path.join(this.dir, clippingRelDir(rec.id, rec.capturedAt));
  }

  clippingFile(id: string, name: string): string | null {
    return clippingFilePath(this.clippingDir(id), name);
  }

  originalFile(id: string): string {
    return this.requireCommitted(id).files.original;
  }

  private requireCommitted(id: string): StoredClipping {
    const rec = this.byId.get(id);
    if (!rec) throw new CuttingsError('not-found', `There is no clipping with id ${id}.`);
    return rec;
  }

  private async readText(rec: StoredClipping): Promise<string> {
    const file = path.join(this.dir, clippingRelDir(rec.id, rec.capturedAt), TEXT_FILE);
    try {
      return await readFile(file, 'utf8');
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') {
        throw new CuttingsError(
          'damaged',
          `The text of “${rec.title}” is missing (${file}). The consistency check (cuttings check) lists what else is missing.`,
        );
      }
      throw ioError(err, 'read a clipping');
    }
  }

  // ---- writes ------------------------------------------------------------------------

  async add(article: CapturedArticle, tags: string[] = []): Promise<ImportOutcome> {
    this.assertWritable();
    const hash = textHash(article.text);
    const urlKey = normaliseUrl(article.url);
    const known = this.duplicateOf(urlKey, hash);
    if (known) return { clipping: await this.requireClipping(known), duplicate: true };
    const tagNames = tagOps.checkTagNames(tags);
    const captured = this.now();
    const id = newId(captured.getTime());
    const planned = planFiles(article);
    const record: StoredClipping = {
      // tags as asked; the commit below resolves them to the stored spellings
      ...newRecord(article, {
        id,
        capturedAt: captured.toISOString(),
        tags: tagNames,
        images: planned.images.map((i) => i.image),
        files: { original: planned.original, html: article.html !== null },
        textHash: hash,
      }),
      ...(article.print ? { print: { ...article.print, facsimile: plannedFacsimile(article, planned) } } : {}),
    };
    const folder = path.join(this.dir, clippingRelDir(id, record.capturedAt));
    try {
      await writeClippingFiles(this.dir, folder, article, planned, record);
    } catch (err) {
      await removeClippingFolder(folder).catch(() => undefined);
      throw ioError(err);
    }
    let outcome: { existing: string } | { stored: StoredClipping };
    try {
      outcome = await this.enqueue((d) => {
        // Checked again: an identical article may have been committed while the files were written.
        const dup = d.duplicateOf(urlKey, hash);
        if (dup) return { existing: dup.id };
        const stored = { ...record, tags: tagOps.resolveTags(d, tagNames) };
        d.put(stored);
        d.noteNew(id, urlKey, hash);
        return { stored };
      });
    } catch (err) {
      await removeClippingFolder(folder).catch(() => undefined);
      throw err;
    }
    if ('existing' in outcome) {
      await removeClippingFolder(folder).catch(() => undefined);
      return { clipping: await this.requireClipping(outcome.existing), duplicate: true };
    }
    return { clipping: toClipping(outcome.stored, article.text), duplicate: false };
  }

  private async requireClipping(id: string): Promise<Clipping> {
    const clipping = await this.get(id);
    if (!clipping) throw new CuttingsError('not-found', `There is no clipping with id ${id}.`);
    return clipping;
  }

  async update(id: string, patch: ClippingPatch, origins?: ClippingOrigins): Promise<Clipping> {
    this.assertWritable();
    const rec = await this.enqueue((d) => {
      const next = applyPatch(d.require(id), patch, origins);
      d.put(next);
      return next;
    });
    return this.withText(rec);
  }

  async linkAttachments(id: string, attachmentIds: string[]): Promise<Clipping> {
    const rec = await this.change((d) => {
      const current = d.require(id);
      const linked = [...new Set([...(current.attachmentIds ?? []), ...attachmentIds])].filter((other) => other !== id);
      const next = { ...current, attachmentIds: linked };
      d.put(next);
      return next;
    });
    return toClipping(rec, await this.readText(rec));
  }

  tag(ids: string[], add: string[], remove: string[]): Promise<number> {
    return this.change((d) => tagOps.tagClippings(d, ids, add, remove));
  }

  trash(ids: string[]): Promise<number> {
    return this.change((d) => {
      const stamp = d.now.toISOString();
      let n = 0;
      for (const rec of d.requireAll([...new Set(ids)])) {
        if (rec.trashedAt !== null) continue;
        d.put({ ...rec, trashedAt: stamp });
        n++;
      }
      return n;
    });
  }

  restore(ids: string[]): Promise<number> {
    return this.change((d) => {
      let n = 0;
      for (const rec of d.requireAll([...new Set(ids)])) {
        if (rec.trashedAt === null) continue;
        d.put({ ...rec, trashedAt: null });
        n++;
      }
      return n;
    });
  }

  renameTag(from: string, to: string): Promise<number> {
    return this.change((d) => tagOps.renameTag(d, from, to));
  }

  mergeTags(sources: string[], target: string): Promise<number> {
    return this.change((d) => tagOps.mergeTags(d, sources, target));
  }

  setTagColor(name: string, color: string | null): Promise<void> {
    return this.change((d) => tagOps.setTagColor(d, name, color));
  }

  deleteTag(name: string): Promise<number> {
    return this.change((d) => tagOps.deleteTag(d, name));
  }

  savedSearches(): SavedSearch[] {
    return this.store.manifest.savedSearches.map((s) => ({ ...s }));
  }

  saveSearch(name: string, query: string): Promise<SavedSearch> {
    return this.change((d) => savedOps.saveSearch(d, name, query));
  }

  deleteSearch(idOrName: string): Promise<number> {
    return this.change((d) => savedOps.deleteSearch(d, idOrName));
  }

  savedDossiers(): DossierRecord[] {
    return structuredClone(this.store.manifest.dossiers);
  }

  saveDossier(input: savedOps.DossierInput): Promise<DossierRecord> {
    return this.change((d) => savedOps.saveDossier(d, input));
  }

  deleteDossier(id: string): Promise<number> {
    return this.change((d) => savedOps.deleteDossier(d, id));
  }

  emptyTrash(): Promise<number> {
    return this.change((d) => {
      const doomed = [...d.all()].filter((r) => r.trashedAt !== null);
      for (const rec of doomed) d.remove(rec.id);
      // The catalogue forgets them first; only then do their files go (the reverse of add).
      const folders = doomed.map((r) => path.join(this.dir, clippingRelDir(r.id, r.capturedAt)));
      this.afterCommit.push(async () => {
        for (const f of folders) await removeClippingFolder(f).catch(() => undefined);
      });
      return doomed.length;
    });
  }

  records(): StoredClipping[] {
    return [...this.byId.values()];
  }

  /**
   * Writes what replication brought: the files of new clippings first (flushed), then one
   * commit; a failed commit removes the folders it had written.
   */
  async applyReplica(change: ReplicaChange): Promise<string[]> {
    this.assertWritable();
    const fresh = change.clippings.filter((c) => c.files && !this.byId.has(c.record.id));
    const folders = fresh.map(({ record }) => path.join(this.dir, clippingRelDir(record.id, record.capturedAt)));
    try {
      // Written side by side (a first sync brings thousands): each flush waits on the disk, not the CPU.
      const settled = await Promise.allSettled(fresh.map(({ record, files }, i) => writeReplicaFiles(this.dir, folders[i] as string, record, files ?? [])));
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      return await this.enqueue((d) => {
        const written = applyReplica(d, change);
        const gone = removeEmptied(d, change.removedClippings).map((r) => path.join(this.dir, clippingRelDir(r.id, r.capturedAt)));
        // As in emptyTrash: the catalogue forgets them first, then their files go.
        if (gone.length > 0) this.afterCommit.push(async () => {
          for (const f of gone) await removeClippingFolder(f).catch(() => undefined);
        });
        return written;
      });
    } catch (err) {
      for (const folder of folders) await removeClippingFolder(folder).catch(() => undefined);
      throw ioError(err);
    }
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.pumping;
    this.closed = true;
    this.closing.abort();
    await this.maintenance;
    await this.lock?.release();
  }

  // ---- the write queue ------------------------------------------------------------------

  private assertWritable(): void {
    if (this.closed) throw new CuttingsError('internal', 'The archive has been closed.');
    if (this.readOnly) {
      throw new CuttingsError(
        'read-only',
        'The archive was opened read-only: close the other window or command that is writing, then try again.',
      );
    }
  }

  /** @internal Applies a change to a draft and commits it (check.ts uses it to re-adopt clippings). */
  change<T>(apply: (d: Draft) => T): Promise<T> {
    try {
      this.assertWritable();
    } catch (err) {
      return Promise.reject(err);
    }
    return this.enqueue(apply);
  }

  /** Queues a change; changes queued while a commit runs are committed together next. */
  private enqueue<T>(apply: (d: Draft) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ apply, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) {
        this.running = true;
        this.pumping = this.pump();
      }
    });
  }

  /**
   * Commits batches until the queue is empty. It clears `running` in the very tick it finds the
   * queue empty (an `await` in between would let a caller's next op slip past both pumps), and
   * it never throws: every failure goes to the ops of its batch.
   */
  private async pump(): Promise<void> {
    for (;;) {
      if (this.queue.length === 0) {
        this.running = false;
        return;
      }
      const batch = this.queue;
      this.queue = [];
      const draft = new Draft(this.draftBase(), this.now());
      const done: Array<{ op: QueuedOp; value: unknown }> = [];
      for (const op of batch) {
        try {
          done.push({ op, value: op.apply(draft) });
        } catch (err) {
          op.reject(err);
        }
      }
      const after = this.afterCommit;
      this.afterCommit = [];
      try {
        if (!draft.isEmpty) await this.commit(draft);
      } catch (err) {
        const error = ioError(err);
        for (const { op } of done) op.reject(error);
        continue;
      }
      for (const task of after) await task().catch(() => undefined);
      for (const { op, value } of done) op.resolve(value);
      if (!draft.isEmpty) this.emit([...draft.changed.keys()]);
    }
  }

  private draftBase(): DraftBase {
    const { savedSearches, dossiers } = this.store.manifest;
    return {
      byId: this.byId,
      tags: this.tagList,
      savedSearches,
      dossiers,
      duplicateOf: (u, h) => this.duplicateOf(u, h),
    };
  }

  /** Writes a draft to disk, then (only then) makes it the committed state. */
  private async commit(d: Draft): Promise<void> {
    await this.lock?.verify();
    const lists = new Map<string, StoredClipping[]>();
    const touched = new Map<string, Map<string, StoredClipping | null>>();
    const fresh: StoredClipping[] = [];
    for (const [id, rec] of d.changed) {
      const shard = this.shardOf.get(id);
      if (shard) {
        const m = touched.get(shard) ?? new Map<string, StoredClipping | null>();
        m.set(id, rec);
        touched.set(shard, m);
      } else if (rec) fresh.push(rec);
    }
    for (const [shard, changes] of touched) {
      const list: StoredClipping[] = [];
      for (const c of this.store.shard(shard)?.clippings ?? []) {
        if (!changes.has(c.id)) list.push(c);
        else {
          const next = changes.get(c.id);
          if (next) list.push(next);
        }
      }
      lists.set(shard, list);
    }
    const assigned = new Map<string, string>();
    for (const rec of fresh) {
      const name = this.store.shardFor(rec.capturedAt, lists);
      const list = lists.get(name) ?? [...(this.store.shard(name)?.clippings ?? [])];
      list.push(rec);
      lists.set(name, list);
      assigned.set(rec.id, name);
    }
    const root = d.rootChanged
      ? { ...this.root(), tags: [...d.tags], savedSearches: [...d.savedSearches], dossiers: [...d.dossiers] }
      : this.root();
    await this.store.commit(root, lists);
    for (const [id, rec] of d.changed) {
      const before = this.byId.get(id);
      if (before) this.unindexKeys(before);
      if (rec) {
        this.byId.set(id, rec);
        if (!this.shardOf.has(id)) this.shardOf.set(id, assigned.get(id) as string);
        this.indexKeys(rec);
      } else {
        this.byId.delete(id);
        this.shardOf.delete(id);
      }
    }
    this.cache = {};
  }

  private emit(ids: string[]): void {
    for (const listener of this.listeners) {
      try {
        listener(ids);
      } catch {
        // A listener's failure must not undo or hide a committed change.
      }
    }
  }
}

/** `Clipping.damage` of a clipping whose `text.txt` is missing (its text is then empty). */
export const TEXT_MISSING = 'Its text file (text.txt) is missing.';

/** A stored record as the public {@link Clipping} shape. */
/** The facsimile's file names as planned (an image may have been renamed to a safe name). */
function plannedFacsimile(article: CapturedArticle, planned: PlannedFiles): string[] {
  const wanted = new Set(article.print?.facsimile ?? []);
  const withData = article.images.filter((img) => img.data);
  return planned.images.filter((_, i) => wanted.has(withData[i]?.file ?? '')).map((p) => p.image.file);
}

export function toClipping(rec: StoredClipping, text: string): Clipping {
  const { wordCount: _w, textHash: _h, files: _f, ...rest } = rec;
  return { ...rest, text };
}
