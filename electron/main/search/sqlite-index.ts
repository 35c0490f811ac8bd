/**
 * The {@link SearchIndex} over SQLite FTS5 (`node:sqlite`). A search is parsed and planned
 * (query-parser, query-compile), its matching row ids found (execute.ts: FTS5 posting lists
 * or the hot words' bitmaps, then filters in memory), facets counted over all of them in
 * memory ({@link DocCache}), the page of hits ranked, and only that page reads texts for
 * snippets (hits.ts), all in one read transaction (answer.ts). Until the cache is loaded, a
 * query with free text can be answered from the file alone (cold-search.ts). Rebuilds go
 * through a scratch file (rebuild.ts).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SearchAnswer, SearchResult } from '../../../shared/clipping';
import { CuttingsError } from '../../../shared/errors';
import { DocCache, Flag } from './doc-cache';
import { DocWriter, inTransaction } from './doc-writer';
import { HotPostings } from './hot-postings';
import { Executor } from './execute';
import { ColdExecutor, NeedsCache } from './cold-search';
import { HitReader } from './hits';
import { planQuery } from './query-compile';
import { parseQuery } from './query-parser';
import { answer, inSnapshot } from './answer';
import { deleteIndexFiles, diskProblem, isDamageError, openDatabase } from './schema';
import { ScratchRebuild } from './rebuild';
import { Statements } from './statements';
import { loadInSlices } from './warm';
import { Suggester } from './suggest';
import { browseFromCache, browseFromTable, hasBrowseIndexes } from './browse';
import type { BrowseOptions, BrowsePage, IndexDoc, IndexOptions, IndexRebuild, SearchIndex, SearchOptions } from './types';

const REBUILD_BATCH = 2000;

export class SqliteSearchIndex implements SearchIndex {
  private db: DatabaseSync;
  private cache = new DocCache();
  private hot: HotPostings;
  private writer: DocWriter;
  private suggester: Suggester;
  private executor: Executor;
  private dataVersion: StatementSync;
  private seenVersion = 0;
  /**
   * Whether memory mirrors the file yet. Opening loads nothing (a few hundred ms at 100,000
   * clippings): the first search or write does, while {@link count} and {@link browse} answer
   * from SQLite until then, so the window's first list paints without waiting for it.
   */
  private loaded = false;
  /** Whether the file has the indexes {@link browseFromTable} reads. */
  private browsable = false;
  /** The {@link warm} under way. */
  private warming: Promise<void> | null = null;
  private rebuildFlag = false;
  /** Reads the page of hits (per database connection). */
  private hits: HitReader;
  /** Small statements of this connection (each change runs one). */
  private statements: Statements;

  /** The rebuild under way, if any (see {@link beginRebuild}). */
  private building: ScratchRebuild | null = null;
  /** The identity of the file this connection reads, to notice another process replacing it. */
  private fileId = '';

  constructor(
    private readonly file: string,
    private readonly options: IndexOptions = {},
  ) {
    const opened = openDatabase(file, { readOnly: options.readOnly });
    this.rebuildFlag = opened.needsRebuild;
    this.db = opened.db;
    this.statements = new Statements(this.db);
    this.hot = new HotPostings(this.db, options.hotWordDocs);
    this.dataVersion = this.db.prepare('PRAGMA data_version');
    this.writer = new DocWriter(this.db, this.cache, this.hot);
    this.suggester = new Suggester(this.db);
    this.executor = new Executor(this.db, this.cache, this.hot);
    this.hits = new HitReader(this.db);
    this.fileId = this.readFileId();
    this.browsable = this.guard(() => hasBrowseIndexes(this.db));
  }

  get needsRebuild(): boolean {
    return this.rebuildFlag;
  }

  get catalogueGeneration(): number | null {
    const row = this.guard(() => this.prepared("SELECT value FROM meta WHERE key = 'generation'").get()) as { value: string } | undefined;
    return row ? Number(row.value) : null;
  }

  markInStep(generation: number): void {
    this.guard(() => this.prepared("INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)").run(String(generation)));
  }

  isDuplicate(id: string): boolean {
    const row = this.guard(() => this.prepared('SELECT flags FROM docs WHERE id = ?').get(id)) as { flags: number } | undefined;
    return row !== undefined && (row.flags & Flag.duplicate) !== 0;
  }

  private prepared(sql: string): StatementSync {
    return this.statements.get(sql);
  }

  count(): number {
    if (this.unloaded()) return this.guard(() => (this.prepared('SELECT count(*) AS n FROM docs').get() as { n: number }).n);
    this.refresh();
    return this.cache.size;
  }

  warm(): Promise<void> {
    this.warming ??= this.warmInSlices().finally(() => (this.warming = null));
    return this.warming;
  }

  /**
   * See {@link SearchIndex.warm} and warm.ts. Gives up quietly when a search or write loaded
   * the cache first, the file was replaced, or reading failed: the next search then loads it
   * at once (and reports what went wrong).
   */
  private async warmInSlices(): Promise<void> {
    const db = this.db;
    const stale = (): boolean => this.loaded || this.db !== db || !db.isOpen;
    try {
      if (this.unloaded() === false) return;
      const warmed = await loadInSlices(db, this.options, stale);
      if (!warmed || stale()) return;
      this.adopt(db, warmed.cache, warmed.hot);
      this.seenVersion = warmed.version;
    } catch {
      // see above
    }
  }

  /** True while nothing is loaded into memory yet (see {@link loaded}) and the file is still the one opened. */
  private unloaded(): boolean {
    if (this.loaded) return false;
    if (this.fileId !== '' && this.readFileId() !== this.fileId) this.reopen();
    return !this.loaded;
  }

  upsert(docs: IndexDoc[]): void {
    for (const doc of docs) this.building?.late.set(doc.id, doc);
    this.transaction(() => {
      for (const doc of docs) this.writer.write(doc);
    });
  }

  remove(ids: string[]): void {
    for (const id of ids) this.building?.late.set(id, null);
    this.transaction(() => {
      for (const id of ids) this.writer.remove(id);
    });
  }

  rebuild(docs: Iterable<IndexDoc>, onProgress?: (done: number, total: number) => void): void {
    const total = Array.isArray(docs) ? docs.length : 0;
    const run = this.beginRebuild();
    let batch: IndexDoc[] = [];
    let done = 0;
    try {
      for (const doc of docs) {
        batch.push(doc);
        if (batch.length === REBUILD_BATCH) {
          run.add(batch);
          done += batch.length;
          batch = [];
          onProgress?.(done, total);
        }
      }
      run.add(batch);
      done += batch.length;
      run.finish();
    } catch (err) {
      run.cancel();
      throw err;
    }
    onProgress?.(done, total);
  }

  /**
   * Builds the new index in a scratch file beside the live one, then puts it in its place: the
   * old index keeps answering searches until then, and a crash midway leaves it as it was.
   * Changes made meanwhile (upsert, remove) go to the live index and are replayed into the new
   * one before it takes over, so they are not lost whatever order the rebuild read things in.
   */
  beginRebuild(): IndexRebuild {
    this.building?.abandon();
    const build: ScratchRebuild = new ScratchRebuild(this.file, this.options, {
      isCurrent: () => this.building === build,
      release: () => {
        if (this.building === build) this.building = null;
      },
      install: (db, cache, hot, scratchFile) => {
        this.building = null;
        if (scratchFile === null) this.adopt(db, cache, hot);
        else this.replaceFile(db, scratchFile);
        this.rebuildFlag = false;
      },
    });
    this.building = build;
    this.rebuildFlag = true;
    return build;
  }

  /** Puts the finished scratch file in place of the index and reads it. */
  private replaceFile(scratch: DatabaseSync, scratchFile: string): void {
    scratch.close();
    // Synced once here rather than page by page: the file must be whole on disk before it is
    // named the index, or a power cut could leave a torn index the checks might miss.
    const fd = openSync(scratchFile, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.close();
    for (const suffix of ['-wal', '-shm']) rmSync(this.file + suffix, { force: true });
    try {
      renameSync(scratchFile, this.file);
    } catch (err) {
      // Windows refuses while another process (a second window, the command line) has it open.
      this.reopen();
      throw new CuttingsError('io', `Cannot replace the search index ${this.file} (${(err as Error).message}); close other Cuttings windows and run \`cuttings reindex\`.`, { cause: err });
    }
    this.reopen();
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const root = parseQuery(query);
    return this.guard(() => {
      this.refresh();
      return inSnapshot(this.db, () => {
        // Another process may have committed since: memory must mirror the snapshot read.
        if (this.readDataVersion() !== this.seenVersion) this.reload();
        return answer(query, root, options, this.executor, this.readers(), (ids) => (root === null ? this.cache.facetsOfAll() : this.cache.facets(ids)));
      });
    });
  }

  searchWithoutCache(query: string, options: SearchOptions = {}): SearchAnswer | null {
    const root = parseQuery(query);
    if (root === null || planQuery(root).match === null) return null;
    if (!this.guard(() => this.unloaded())) return this.search(query, options);
    return this.guard(() =>
      inSnapshot(this.db, () => {
        try {
          return answer(query, root, options, new ColdExecutor(this.db, this.browsable), this.readers(), () => null);
        } catch (err) {
          if (err instanceof NeedsCache) return null;
          throw err;
        }
      }),
    );
  }

  private readers(): { hits: HitReader; suggester: Suggester } {
    return { hits: this.hits, suggester: this.suggester };
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  browse(options: BrowseOptions = {}): BrowsePage {
    return this.guard(() => {
      if (this.browsable && this.unloaded()) return browseFromTable(this.statements, options);
      this.refresh();
      return browseFromCache(this.cache, this.statements, options);
    });
  }

  /**
   * Reads what memory mirrors, and the data version it was read at, from one snapshot of the
   * file. Read in separate statements, another process could commit between them: the version
   * noted would then be newer than the bitmaps read, and the next write would trust them and
   * put back pieces from before that commit (tests/main/search/two-connections.test.ts).
   */
  private reload(): void {
    const own = !this.db.isTransaction;
    if (own) this.db.exec('BEGIN');
    try {
      this.cache.load(this.db);
      this.hot.load();
      this.seenVersion = this.readDataVersion();
      this.loaded = true;
    } finally {
      if (own) this.db.exec('COMMIT');
    }
  }

  private readDataVersion(): number {
    return (this.dataVersion.get() as { data_version: number }).data_version;
  }

  /**
   * Another process (`cuttings reindex`) committed, or put a rebuilt file in place of this
   * one: reload what memory mirrors.
   */
  private refresh(): void {
    if (this.fileId !== '' && this.readFileId() !== this.fileId) this.reopen();
    else if (!this.loaded || this.readDataVersion() !== this.seenVersion) this.reload();
  }

  private transaction(body: () => void): void {
    this.guard(() => {
      this.refresh();
      inTransaction(this.db, this.writer, 'BEGIN IMMEDIATE', () => {
        // Another process may have committed between the check above and taking the write
        // lock: what memory mirrors must be current before this one writes from it (the hot
        // words' bitmaps are written back piece by piece; without this, two processes writing
        // at once lose each other's bits: tests/main/search/two-processes.test.ts).
        if (this.readDataVersion() !== this.seenVersion) this.reload();
        body();
      });
    });
  }

  /** Turns SQLite failures into errors a person can act on; a damaged file asks for a rebuild. */
  private guard<T>(body: () => T): T {
    try {
      return body();
    } catch (err) {
      if (err instanceof CuttingsError) throw err;
      if (isDamageError(err) && this.options.readOnly) {
        this.rebuildFlag = true;
        throw new CuttingsError('damaged', 'The search index is damaged; run `cuttings reindex` to rebuild it.', { cause: err });
      }
      if (isDamageError(err)) {
        this.rebuildFlag = true;
        this.recreate();
        throw new CuttingsError('damaged', 'The search index was damaged and has been reset; it is being rebuilt from the archive (or run `cuttings reindex`).', { cause: err });
      }
      const disk = diskProblem(err);
      if (disk) throw new CuttingsError('io', `Could not update the search index: ${disk}.`, { cause: err });
      throw new CuttingsError('internal', `Search index error: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Replaces a damaged file by an empty index, keeping this object usable. */
  private recreate(): void {
    this.close();
    deleteIndexFiles(this.file);
    this.reopen();
  }

  /** Opens the index file again (after it was recreated or replaced), keeping this object usable. */
  private reopen(): void {
    const opened = openDatabase(this.file, { readOnly: this.options.readOnly });
    this.rebuildFlag = opened.needsRebuild;
    this.adopt(opened.db, new DocCache(), new HotPostings(opened.db, this.options.hotWordDocs));
    this.fileId = this.readFileId();
    this.reload();
  }

  /** Makes `db` this index's connection, with `cache` and `hot` its memory of it. */
  private adopt(db: DatabaseSync, cache: DocCache, hot: HotPostings): void {
    if (db !== this.db) this.close();
    this.db = db;
    this.hits = new HitReader(this.db);
    this.statements = new Statements(this.db);
    this.dataVersion = this.db.prepare('PRAGMA data_version');
    this.suggester = new Suggester(this.db);
    this.cache = cache;
    this.hot = hot;
    this.writer = new DocWriter(this.db, this.cache, this.hot);
    this.executor = new Executor(this.db, this.cache, this.hot);
    this.seenVersion = this.readDataVersion();
    this.loaded = true;
    this.browsable = hasBrowseIndexes(this.db);
  }

  /** Device and inode of the index file ('' in memory or when it cannot be read). */
  private readFileId(): string {
    if (this.file === ':memory:' || this.file === '') return '';
    const st = statSync(this.file, { throwIfNoEntry: false });
    return st ? `${st.dev}:${st.ino}` : '';
  }
}
