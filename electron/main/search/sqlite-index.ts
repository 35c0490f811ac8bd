/**
 * The {@link SearchIndex} over SQLite FTS5 (`node:sqlite`). A search is parsed and planned
 * (query-parser, query-compile), its matching row ids found (execute.ts: FTS5 posting lists,
 * then filters in memory), facets counted over all of them in memory ({@link DocCache}), the
 * page of hits ranked, and only that page reads texts for snippets.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SearchHit, SearchResult } from '../../../shared/clipping';
import { CuttingsError } from '../../../shared/errors';
import { DocCache, Flag } from './doc-cache';
import { DocWriter } from './doc-writer';
import { fold, WORD_RE } from './fold';
import { Executor } from './execute';
import { planQuery } from './query-compile';
import { parseQuery } from './query-parser';
import { deleteIndexFiles, isDamageError, openDatabase } from './schema';
import { makeSnippet, type HighlightTerm } from './snippet';
import { Suggester } from './suggest';
import type { IndexDoc, IndexRebuild, SearchIndex, SearchOptions } from './types';

/** At or below this many results, "did you mean" looks for a better spelling. */
const FEW_RESULTS = 2;
const REBUILD_BATCH = 2000;

export class SqliteSearchIndex implements SearchIndex {
  private db: DatabaseSync;
  private cache = new DocCache();
  private writer: DocWriter;
  private suggester: Suggester;
  private executor: Executor;
  private dataVersion: StatementSync;
  private seenVersion = 0;
  private rebuildFlag = false;
  /** The page of hits' rows (prepared on first use, per database connection). */
  private hitRows: StatementSync | null = null;
  private statements = new Map<string, StatementSync>();

  constructor(private readonly file: string) {
    const opened = openDatabase(file);
    this.db = opened.db;
    this.rebuildFlag = opened.needsRebuild;
    this.dataVersion = this.db.prepare('PRAGMA data_version');
    this.writer = new DocWriter(this.db, this.cache);
    this.suggester = new Suggester(this.db);
    this.executor = new Executor(this.db, this.cache);
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

  /** Small statements of this connection, prepared once (each change runs one). */
  private prepared(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  count(): number {
    this.refresh();
    return this.cache.size;
  }

  upsert(docs: IndexDoc[]): void {
    this.transaction(() => {
      for (const doc of docs) this.writer.write(doc);
    });
  }

  remove(ids: string[]): void {
    this.transaction(() => {
      for (const id of ids) this.writer.remove(id);
    });
  }

  rebuild(docs: Iterable<IndexDoc>, onProgress?: (done: number, total: number) => void): void {
    const total = Array.isArray(docs) ? docs.length : 0;
    const run = this.beginRebuild();
    let batch: IndexDoc[] = [];
    let done = 0;
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
    onProgress?.(done, total);
  }

  beginRebuild(): IndexRebuild {
    this.transaction(() => {
      this.db.exec(`DELETE FROM docs; DELETE FROM texts; DELETE FROM vals; DELETE FROM doc_vals;
        INSERT INTO fts(fts) VALUES('delete-all');
        DELETE FROM meta WHERE key = 'generation';
        INSERT OR REPLACE INTO meta(key, value) VALUES ('rebuilding', '1');`);
    });
    this.cache.load(this.db);
    this.rebuildFlag = true;
    this.guard(() => this.writer.startBulk());
    return {
      add: (docs) =>
        this.transaction(() => {
          for (const doc of docs) this.writer.write(doc);
        }),
      finish: () => {
        this.transaction(() => {
          this.writer.finishBulk();
          this.db.exec("DELETE FROM meta WHERE key = 'rebuilding'");
        });
        // Merge the index segments written batch by batch: later queries read one b-tree.
        this.guard(() => this.db.exec("INSERT INTO fts(fts) VALUES('optimize')"));
        this.rebuildFlag = false;
      },
    };
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
    this.seenVersion = this.readDataVersion();
  }

  private readDataVersion(): number {
    return (this.dataVersion.get() as { data_version: number }).data_version;
  }

  /** Another process (`cuttings reindex`) committed: reload what memory mirrors. */
  private refresh(): void {
    if (this.readDataVersion() !== this.seenVersion) this.reload();
  }

  private transaction(body: () => void): void {
    this.guard(() => {
      this.refresh();
      this.db.exec('BEGIN IMMEDIATE');
      try {
        body();
        this.db.exec('COMMIT');
      } catch (err) {
        this.db.exec('ROLLBACK');
        this.writer.discardPending();
        throw err;
      }
      this.writer.applyPending();
    });
  }

  /** Turns SQLite failures into errors a person can act on; a damaged file asks for a rebuild. */
  private guard<T>(body: () => T): T {
    try {
      return body();
    } catch (err) {
      if (err instanceof CuttingsError) throw err;
      if (isDamageError(err)) {
        this.rebuildFlag = true;
        this.recreate();
        throw new CuttingsError('damaged', 'The search index was damaged and has been reset; it is being rebuilt from the archive (or run `cuttings reindex`).', { cause: err });
      }
      throw new CuttingsError('internal', `Search index error: ${(err as Error).message}`, { cause: err });
    }
  }

  /** Replaces a damaged file by an empty index, keeping this object usable. */
  private recreate(): void {
    this.close();
    deleteIndexFiles(this.file);
    const opened = openDatabase(this.file);
    this.db = opened.db;
    this.hitRows = null;
    this.statements.clear();
    this.dataVersion = this.db.prepare('PRAGMA data_version');
    this.suggester = new Suggester(this.db);
    this.cache = new DocCache();
    this.writer = new DocWriter(this.db, this.cache);
    this.executor = new Executor(this.db, this.cache);
    this.reload();
  }
}
