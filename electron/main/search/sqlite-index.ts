/**
 * The {@link SearchIndex} over SQLite FTS5 (`node:sqlite`). A search is parsed and planned
 * (query-parser, query-compile), its matching row ids found (execute.ts: FTS5 posting lists
 * or the hot words' bitmaps, then filters in memory), facets counted over all of them in memory ({@link DocCache}), the
 * page of hits ranked, and only that page reads texts for snippets.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SearchHit, SearchResult } from '../../../shared/clipping';
import { CuttingsError } from '../../../shared/errors';
import { DocCache, Flag } from './doc-cache';
import { DocWriter } from './doc-writer';
import { HotPostings } from './hot-postings';
import { fold, WORD_RE } from './fold';
import { Executor } from './execute';
import { planQuery } from './query-compile';
import { parseQuery } from './query-parser';
import { deleteIndexFiles, isDamageError, openDatabase } from './schema';
import { makeSnippet, type HighlightTerm } from './snippet';
import { Statements } from './statements';
import { Suggester } from './suggest';
import type { IndexDoc, IndexOptions, IndexRebuild, SearchIndex, SearchOptions } from './types';

/** At or below this many results, "did you mean" looks for a better spelling. */
const FEW_RESULTS = 2;
const REBUILD_BATCH = 2000;
/** FTS5's defaults, put back once a rebuild has merged its segments. */
const AUTOMERGE = 4;
const CRISISMERGE = 16;

export class SqliteSearchIndex implements SearchIndex {
  private db: DatabaseSync;
  private cache = new DocCache();
  private hot: HotPostings;
  private writer: DocWriter;
  private suggester: Suggester;
  private executor: Executor;
  private dataVersion: StatementSync;
  private seenVersion = 0;
  private rebuildFlag = false;
  /** The page of hits' rows (prepared on first use, per database connection). */
  private hitRows: StatementSync | null = null;
  /** Small statements of this connection (each change runs one). */
  private statements: Statements;

  /** The rebuild under way, if any (see {@link beginRebuild}). */
  private building: ScratchBuild | null = null;
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
    this.fileId = this.readFileId();
    this.guard(() => this.reload());
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
    this.refresh();
    return this.cache.size;
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
    const inMemory = this.file === ':memory:' || this.file === '';
    const scratchFile = inMemory ? ':memory:' : `${this.file}.rebuild`;
    // Errors in the scratch file are not damage to the index: report them without resetting it.
    const guard = <T>(body: () => T): T => {
      try {
        return body();
      } catch (err) {
        if (err instanceof CuttingsError) throw err;
        throw new CuttingsError('io', `Cannot rebuild the search index in ${scratchFile}: ${diskProblem(err) ?? (err as Error).message}`, { cause: err });
      }
    };
    const opened = guard(() => openDatabase(scratchFile, { scratch: true }));
    const cache = new DocCache();
    const hot = new HotPostings(opened.db, this.options.hotWordDocs);
    const writer = new DocWriter(opened.db, cache, hot);
    const build: ScratchBuild = {
      late: new Map(),
      abandon: () => {
        if (opened.db.isOpen) opened.db.close();
        if (!inMemory) deleteIndexFiles(scratchFile);
        if (this.building === build) this.building = null;
      },
    };
    const write = (body: () => void): void => {
      if (this.building !== build) throw new CuttingsError('internal', 'This rebuild of the search index was cancelled or replaced by a newer one.');
      guard(() => inTransaction(opened.db, writer, 'BEGIN', body));
    };
    this.building = build;
    this.rebuildFlag = true;
    guard(() => {
      cache.load(opened.db);
      writer.startBulk();
      // No merging of segments batch by batch: 'optimize' merges them all once at the end
      // (a fifth less time than merging as they come).
      opened.db.exec(`INSERT INTO fts(fts, rank) VALUES('automerge', 0); INSERT INTO fts(fts, rank) VALUES('crisismerge', 60);`);
    });
    return {
      add: (docs) =>
        write(() => {
          for (const doc of docs) writer.write(doc);
        }),
      cancel: () => build.abandon(),
      finish: () => {
        try {
          write(() => {
            for (const [id, doc] of build.late) {
              if (doc) writer.write(doc);
              else writer.remove(id);
            }
            opened.db.exec(`DELETE FROM meta WHERE key = 'rebuilding';
              INSERT INTO fts(fts, rank) VALUES('automerge', ${AUTOMERGE}); INSERT INTO fts(fts, rank) VALUES('crisismerge', ${CRISISMERGE});`);
          });
          // Merge the segments written batch by batch: later queries read one b-tree.
          guard(() => opened.db.exec("INSERT INTO fts(fts) VALUES('optimize')"));
          write(() => writer.finishBulk());
          this.building = null;
          if (inMemory) this.adopt(opened.db, cache, hot);
          else this.replaceFile(opened.db, scratchFile);
        } catch (err) {
          build.abandon();
          throw err;
        }
        this.rebuildFlag = false;
      },
    };
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
      const limit = Math.max(0, Math.min(options.limit ?? 50, 1000));
      const offset = Math.max(0, options.offset ?? 0);
      const plan = planQuery(root);
      const { ids, matched } = this.executor.run(plan);
      const ranked = this.executor.rank(plan, ids, matched, offset + limit, options.sort === 'date');
      const total = ids.length;
      return {
        total,
        hits: this.loadHits(ranked.rids.slice(offset), ranked.scores.slice(offset), plan.terms),
        facets: root === null ? this.cache.facetsOfAll() : this.cache.facets(ids),
        didYouMean: total <= FEW_RESULTS && root !== null ? this.didYouMean(query, plan.terms, total) : null,
      };
    });
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  private loadHits(rids: number[], scores: number[], terms: HighlightTerm[]): SearchHit[] {
    if (rids.length === 0) return [];
    type Row = { rid: number; id: string; title: string; source: string | null; published_at: string | null; captured_at: string; tags: string; text: string };
    this.hitRows ??= this.db.prepare(
      `SELECT d.rid, d.id, d.title, d.source, d.published_at, d.captured_at, d.tags, t.text
       FROM docs d JOIN texts t ON t.rid = d.rid WHERE d.rid IN (SELECT value FROM json_each(?))`,
    );
    const rows = this.hitRows.all(JSON.stringify(rids)) as unknown as Row[];
    const byRid = new Map(rows.map((r) => [r.rid, r]));
    return rids.flatMap((rid, i): SearchHit[] => {
      const r = byRid.get(rid);
      if (!r) return [];
      const { snippet, highlights } = makeSnippet(r.text, terms);
      return [{
        id: r.id,
        title: r.title,
        source: r.source,
        publishedAt: r.published_at,
        capturedAt: r.captured_at,
        tags: JSON.parse(r.tags) as string[],
        snippet,
        highlights,
        score: scores[i] as number,
      }];
    });
  }

  /** Rewrites the query with each misspelt word replaced, if that finds more. */
  private didYouMean(query: string, terms: HighlightTerm[], total: number): string | null {
    const corrections = new Map<string, string>();
    for (const term of terms) {
      if (term.cjk) continue;
      term.tokens.forEach((token, k) => {
        if (term.prefix && k === term.tokens.length - 1) return;
        const better = this.suggester.correct(token);
        if (better) corrections.set(token, better);
      });
    }
    if (corrections.size === 0) return null;
    const corrected = query.replace(WORD_RE, (w) => corrections.get(fold(w)) ?? w);
    return this.executor.finds(planQuery(parseQuery(corrected)), total + 1) ? corrected : null;
  }

  private reload(): void {
    this.cache.load(this.db);
    this.hot.load();
    this.seenVersion = this.readDataVersion();
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
    else if (this.readDataVersion() !== this.seenVersion) this.reload();
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
    this.hitRows = null;
    this.statements = new Statements(this.db);
    this.dataVersion = this.db.prepare('PRAGMA data_version');
    this.suggester = new Suggester(this.db);
    this.cache = cache;
    this.hot = hot;
    this.writer = new DocWriter(this.db, this.cache, this.hot);
    this.executor = new Executor(this.db, this.cache, this.hot);
    this.seenVersion = this.readDataVersion();
  }

  /** Device and inode of the index file ('' in memory or when it cannot be read). */
  private readFileId(): string {
    if (this.file === ':memory:' || this.file === '') return '';
    const st = statSync(this.file, { throwIfNoEntry: false });
    return st ? `${st.dev}:${st.ino}` : '';
  }
}

/** SQLite result codes of a disk that refuses (full, read-only, failing), in words; null for others. */
function diskProblem(err: unknown): string | null {
  const code = ((err as { errcode?: number } | null)?.errcode ?? -1) & 0xff;
  if (code === 13) return 'the disk is full';
  if (code === 8) return 'the disk is read-only';
  if (code === 10) return 'the disk reported an input/output error';
  if (code === 14) return 'its file cannot be opened';
  return null;
}

/** Runs `body` in one transaction; the writer's memory follows only what was committed. */
function inTransaction(db: DatabaseSync, writer: DocWriter, begin: 'BEGIN' | 'BEGIN IMMEDIATE', body: () => void): void {
  db.exec(begin);
  try {
    body();
    writer.beforeCommit();
    db.exec('COMMIT');
  } catch (err) {
    // SQLite rolls back by itself after some errors (a full disk): then there is nothing left
    // to roll back, and the error worth reporting is the first one, not "no transaction".
    try {
      db.exec('ROLLBACK');
    } catch {
      // Already rolled back by SQLite.
    }
    writer.discardPending();
    throw err;
  }
  writer.applyPending();
}

/** A rebuild in progress: changes made meanwhile, by id (null: removed), replayed at the end. */
interface ScratchBuild {
  late: Map<string, IndexDoc | null>;
  abandon(): void;
}
