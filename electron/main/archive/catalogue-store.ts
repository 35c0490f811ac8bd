/**
 * The split catalogue on disk.
 *
 * Each shard has two slot files, `<name>.a.json` and `<name>.b.json`; the manifest
 * (catalogue.json) names the current one. A commit writes each changed shard into its OTHER
 * slot and flushes it while the new manifest's temp file is flushed too, then renames the
 * manifest into place and flushes the folder. That rename is the single commit point: a crash
 * before it leaves the old catalogue (the slots it names were not touched), a crash after it
 * the new one. Only the shards a change touches are rewritten, and because a slot file, once
 * created, keeps its folder entry, a commit costs two rounds of fsync, like a single durable
 * file write: the folder `catalogue/` is flushed only when a slot file is created.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { RenamedButNotFlushed, fsyncDir, writeFileAtomic } from './durable-fs';
import { CuttingsError } from '../../../shared/errors';
import { CATALOGUE_FILE, compareShardNames, LOCK_FILE, SHARD_DIR, SHARD_FILE_PATTERN, shardFile, slotOf } from './layout';
import { DurableJSONFile, ShardFile, serialiseManifest } from './lowdb-adapters';
import {
  SCHEMA_VERSION,
  SHARD_CAPACITY,
  type Manifest,
  type RootData,
  type ShardDoc,
  type ShardRef,
  type StoredClipping,
} from './schema';

/** Root data and clippings in capture order: what a fresh catalogue or a restore starts from. */
export interface CatalogueContent {
  root: RootData;
  clippings: StoredClipping[];
}

export class CatalogueStore {
  private readonly manifestDb: Low<Manifest>;
  private readonly shardDbs = new Map<string, Low<ShardDoc>>();
  /** Slot files (relative paths) whose folder entries are known to be on disk. */
  private readonly durableFiles = new Set<string>();
  /** Set when the disk failed after a manifest rename: no more writes until reopened. */
  private broken: CuttingsError | null = null;

  private constructor(
    readonly dir: string,
    manifest: Manifest,
    shards: Map<string, ShardDoc>,
    /** Clippings per shard before a month gets a new part. */
    readonly capacity: number,
  ) {
    this.manifestDb = new Low(
      new DurableJSONFile<Manifest>(path.join(dir, CATALOGUE_FILE), serialiseManifest),
      manifest,
    );
    for (const ref of manifest.shards) {
      const doc = shards.get(ref.name);
      if (doc) this.shardDbs.set(ref.name, new Low(new ShardFile(path.join(dir, ref.file)), doc));
    }
  }

  /** Wraps a catalogue that was read and checked (see load.ts). */
  static fromLoaded(
    dir: string,
    manifest: Manifest,
    shards: Map<string, ShardDoc>,
    capacity = SHARD_CAPACITY,
  ): CatalogueStore {
    return new CatalogueStore(dir, manifest, shards, capacity);
  }

  /** Writes a complete catalogue (new archive, migration, restore), replacing any manifest atomically. */
  static async create(
    dir: string,
    content: CatalogueContent,
    options: { generation?: number; capacity?: number } = {},
  ): Promise<CatalogueStore> {
    const empty: Manifest = {
      ...emptyManifestBase(content.root),
      generation: options.generation ?? 0,
      shards: [],
    };
    const store = new CatalogueStore(dir, empty, new Map(), options.capacity ?? SHARD_CAPACITY);
    await store.commit(content.root, store.group(content.clippings));
    return store;
  }

  /** A catalogue held only in memory (a read-only view of a migrated catalogue): never written. */
  static inMemory(dir: string, content: CatalogueContent, capacity = SHARD_CAPACITY): CatalogueStore {
    const empty: Manifest = { ...emptyManifestBase(content.root), generation: 0, shards: [] };
    const planner = new CatalogueStore(dir, empty, new Map(), capacity);
    const byShard = planner.group(content.clippings);
    const shards = new Map<string, ShardDoc>();
    const refs: ShardRef[] = [];
    for (const [name, clippings] of byShard) {
      shards.set(name, { schemaVersion: SCHEMA_VERSION, shard: name, generation: 0, clippings });
      refs.push({ name, file: shardFile(name, 'a'), generation: 0, count: clippings.length });
    }
    return new CatalogueStore(dir, { ...empty, shards: refs.sort(compareShardNames) }, shards, capacity);
  }

  /**
   * Replaces the whole catalogue with `content` in ONE commit (a restore, a repair): the new
   * shard files go to the slots the current manifest does not name, the shards it names that
   * the new catalogue lacks are dropped, and the manifest rename is the single commit point, so
   * a crash at any moment leaves the old catalogue or the new one. `verify` runs once the new
   * shard files are on disk and before that rename; if it throws, nothing is committed.
   */
  async replaceAll(content: CatalogueContent, verify?: (next: Manifest) => Promise<void>): Promise<void> {
    const fresh = new CatalogueStore(this.dir, { ...this.manifest, shards: [] }, new Map(), this.capacity);
    const changed = new Map<string, StoredClipping[]>(this.manifest.shards.map((ref) => [ref.name, []]));
    for (const [name, list] of fresh.group(content.clippings)) changed.set(name, list);
    await this.commit(content.root, changed, verify);
  }

  private group(clippings: StoredClipping[]): Map<string, StoredClipping[]> {
    const byShard = new Map<string, StoredClipping[]>();
    for (const c of clippings) {
      const name = this.shardFor(c.capturedAt, byShard);
      const list = byShard.get(name) ?? [];
      list.push(c);
      byShard.set(name, list);
    }
    return byShard;
  }

  get manifest(): Manifest {
    return this.manifestDb.data;
  }

  /** Shards in capture order (month, then part). */
  shards(): ShardDoc[] {
    return this.manifest.shards.flatMap((ref) => {
      const db = this.shardDbs.get(ref.name);
      return db ? [db.data] : [];
    });
  }

  shard(name: string): ShardDoc | undefined {
    return this.shardDbs.get(name)?.data;
  }

  /**
   * The shard a new clipping captured at `capturedAt` goes to: the last part of its month
   * while it has room, else a new part. `pending` holds clippings assigned but not yet committed.
   */
  shardFor(capturedAt: string, pending: Map<string, StoredClipping[]>): string {
    const month = capturedAt.slice(0, 7);
    let part = 0;
    let count = 0;
    const consider = (name: string, n: number): void => {
      if (!name.startsWith(`${month}-p`)) return;
      const p = Number(name.slice(month.length + 2));
      if (p > part) {
        part = p;
        count = n;
      }
    };
    for (const ref of this.manifest.shards) consider(ref.name, pending.get(ref.name)?.length ?? ref.count);
    for (const [name, list] of pending) if (!this.shardDbs.has(name)) consider(name, list.length);
    if (part === 0) return `${month}-p1`;
    return count < this.capacity ? `${month}-p${part}` : `${month}-p${part + 1}`;
  }

  /**
   * Durably writes new contents for the given shards (complete lists; an empty list drops the
   * shard) and the root data, as one atomic change. On failure nothing in memory changes.
   */
  async commit(
    root: RootData,
    changed: Map<string, StoredClipping[]>,
    verify?: (next: Manifest) => Promise<void>,
  ): Promise<void> {
    if (this.broken) throw this.broken;
    const old = this.manifest;
    const generation = old.generation + 1;
    const refs = new Map<string, ShardRef>(old.shards.map((r) => [r.name, r]));
    const written: Array<{ name: string; db: Low<ShardDoc> }> = [];
    const dropped: ShardRef[] = [];
    let creates = false;
    for (const [name, clippings] of changed) {
      const before = refs.get(name);
      if (clippings.length === 0) {
        if (before) dropped.push(before);
        refs.delete(name);
        continue;
      }
      const file = shardFile(name, before && slotOf(before.file) === 'a' ? 'b' : 'a');
      if (!this.durableFiles.has(file)) creates = true;
      refs.set(name, { name, file, generation, count: clippings.length });
      const doc: ShardDoc = { schemaVersion: SCHEMA_VERSION, shard: name, generation, clippings };
      written.push({ name, db: new Low(new ShardFile(path.join(this.dir, file)), doc) });
    }
    const next: Manifest = {
      ...old,
      ...root,
      schemaVersion: SCHEMA_VERSION,
      format: 'cuttings-catalogue',
      generation,
      shards: [...refs.values()].sort(compareShardNames),
    };
    const adapter = this.manifestDb.adapter as DurableJSONFile<Manifest>;
    try {
      // The shards and the manifest's temp file are written and flushed at the same time; the
      // manifest is renamed into place only once the shards (and any new folder entry) are on disk.
      const shardsDurable =
        written.length === 0
          ? Promise.resolve()
          : (async (): Promise<void> => {
              if (creates) await mkdir(path.join(this.dir, SHARD_DIR), { recursive: true });
              await Promise.all(written.map((w) => w.db.write()));
              if (creates) await fsyncDir(path.join(this.dir, SHARD_DIR));
            })();
      shardsDurable.catch(() => undefined); // observed below; avoids an unhandled rejection meanwhile
      adapter.beforeRename = verify ? () => shardsDurable.then(() => verify(next)) : () => shardsDurable;
      this.manifestDb.data = next;
      await Promise.all([shardsDurable, this.manifestDb.write()]);
    } catch (err) {
      this.manifestDb.data = old;
      adapter.beforeRename = undefined;
      if (err instanceof RenamedButNotFlushed) {
        // The new manifest is visible but may not be on disk, so the change is reported as
        // failed: put the previous manifest back (the slots it names were not touched), so that
        // what a restart finds is the previous state, as the failure said. Only when that fails
        // too is the state on disk uncertain: the slots the new manifest names are the ones the
        // next commit would write, so stop writing until the archive is opened again.
        const restored = await writeFileAtomic(adapter.file, serialiseManifest(old)).then(
          () => true,
          () => false,
        );
        if (!restored) {
          this.broken = new CuttingsError(
            'io',
            `Could not save the archive: the disk failed while saving (${String(err.message)}). Close the archive and open it again.`,
            { cause: err },
          );
        }
      }
      throw err;
    }
    adapter.beforeRename = undefined;
    for (const w of written) {
      this.shardDbs.set(w.name, w.db);
      this.durableFiles.add(path.relative(this.dir, shardPath(w.db)).split(path.sep).join('/'));
    }
    for (const ref of dropped) {
      this.shardDbs.delete(ref.name);
      for (const slot of ['a', 'b'] as const) {
        await rm(path.join(this.dir, shardFile(ref.name, slot)), { force: true }).catch(() => undefined);
        this.durableFiles.delete(shardFile(ref.name, slot));
      }
    }
  }

  /**
   * Removes files left by interrupted writes (temp files, slots of shards that no longer
   * exist), then flushes `catalogue/` so every slot file present counts as durable.
   * Only for the lock holder, before any commit.
   */
  async collectGarbage(): Promise<number> {
    const live = new Set(this.manifest.shards.map((r) => r.name));
    let removed = 0;
    const sweep = async (folder: string, isLeftover: (name: string) => boolean): Promise<string[]> => {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return [];
      }
      const kept: string[] = [];
      for (const name of names) {
        if (!isLeftover(name)) {
          kept.push(name);
          continue;
        }
        await rm(path.join(folder, name), { force: true }).catch(() => undefined);
        removed++;
      }
      return kept;
    };
    const shardDir = path.join(this.dir, SHARD_DIR);
    const kept = await sweep(
      shardDir,
      (n) =>
        (SHARD_FILE_PATTERN.test(n) && !live.has(n.slice(0, -'.a.json'.length))) || /^\..*\.tmp$/.test(n),
    );
    await sweep(this.dir, (n) => n.startsWith(`.${CATALOGUE_FILE}.`) && n.endsWith('.tmp'));
    // A lock temp file older than a minute was left by a process killed while taking the lock
    // (younger ones may belong to a process trying right now, and about to be refused).
    const lockTemps = (await readdir(this.dir).catch(() => [] as string[])).filter(
      (n) => n.startsWith(`${LOCK_FILE}.`) && n.endsWith('.tmp'),
    );
    for (const n of lockTemps) {
      const age = await stat(path.join(this.dir, n)).then(
        (st) => Date.now() - st.mtimeMs,
        () => 0,
      );
      if (
        age > 60_000 &&
        (await rm(path.join(this.dir, n)).then(
          () => true,
          () => false,
        ))
      )
        removed++;
    }
    if (kept.length > 0) {
      await fsyncDir(shardDir);
      for (const n of kept) if (SHARD_FILE_PATTERN.test(n)) this.durableFiles.add(`${SHARD_DIR}/${n}`);
    }
    return removed;
  }
}

function shardPath(db: Low<ShardDoc>): string {
  return (db.adapter as ShardFile).file;
}

function emptyManifestBase(root: RootData): Omit<Manifest, 'generation' | 'shards'> {
  return { schemaVersion: SCHEMA_VERSION, format: 'cuttings-catalogue', ...root };
}
