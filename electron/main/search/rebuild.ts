/**
 * A rebuild of the index into a scratch file beside the live one (see
 * `SearchIndex.beginRebuild`): the old index keeps answering searches until the new one
 * is complete and takes its place, and a crash midway leaves the old one as it was. Changes
 * made meanwhile go to the live index and are replayed into the new one (`late`) before it
 * takes over, so they are not lost whatever order the rebuild read things in.
 */
import type { DatabaseSync } from 'node:sqlite';
import { CuttingsError } from '../../../shared/errors';
import { DocCache } from './doc-cache';
import { DocWriter, inTransaction } from './doc-writer';
import { HotPostings } from './hot-postings';
import { deleteIndexFiles, diskProblem, openDatabase, type OpenedDatabase } from './schema';
import type { IndexDoc, IndexOptions, IndexRebuild } from './types';

/** FTS5's defaults, put back once a rebuild has merged its segments. */
const AUTOMERGE = 4;
const CRISISMERGE = 16;

/** What the index lends a rebuild: whether it is still the one wanted, and how to hand over. */
export interface RebuildOwner {
  isCurrent(): boolean;
  /** The rebuild ended without result (cancelled, failed, replaced). */
  release(): void;
  /** The finished index: `scratchFile` to put in place of the file, or null for an in-memory one. */
  install(db: DatabaseSync, cache: DocCache, hot: HotPostings, scratchFile: string | null): void;
}

export class ScratchRebuild implements IndexRebuild {
  /** Changes made to the live index meanwhile, by id (null: removed), replayed at the end. */
  readonly late = new Map<string, IndexDoc | null>();
  private readonly inMemory: boolean;
  private readonly scratchFile: string;
  private readonly opened: OpenedDatabase;
  private readonly cache = new DocCache();
  private readonly hot: HotPostings;
  private readonly writer: DocWriter;

  constructor(
    file: string,
    options: IndexOptions,
    private readonly owner: RebuildOwner,
  ) {
    this.inMemory = file === ':memory:' || file === '';
    this.scratchFile = this.inMemory ? ':memory:' : `${file}.rebuild`;
    this.opened = this.guard(() => openDatabase(this.scratchFile, { scratch: true }));
    this.hot = new HotPostings(this.opened.db, options.hotWordDocs);
    this.writer = new DocWriter(this.opened.db, this.cache, this.hot);
    this.guard(() => {
      this.cache.load(this.opened.db);
      this.writer.startBulk();
      // No merging of segments batch by batch: 'optimize' merges them all once at the end
      // (a fifth less time than merging as they come).
      this.opened.db.exec(`INSERT INTO fts(fts, rank) VALUES('automerge', 0); INSERT INTO fts(fts, rank) VALUES('crisismerge', 60);`);
    });
  }

  add(docs: IndexDoc[]): void {
    this.write(() => {
      for (const doc of docs) this.writer.write(doc);
    });
  }

  cancel(): void {
    this.abandon();
  }

  finish(): void {
    const db = this.opened.db;
    try {
      this.write(() => {
        for (const [id, doc] of this.late) {
          if (doc) this.writer.write(doc);
          else this.writer.remove(id);
        }
        db.exec(`DELETE FROM meta WHERE key = 'rebuilding';
          INSERT INTO fts(fts, rank) VALUES('automerge', ${AUTOMERGE}); INSERT INTO fts(fts, rank) VALUES('crisismerge', ${CRISISMERGE});`);
      });
      // Merge the segments written batch by batch: later queries read one b-tree.
      this.guard(() => db.exec("INSERT INTO fts(fts) VALUES('optimize')"));
      this.write(() => this.writer.finishBulk());
      this.owner.install(db, this.cache, this.hot, this.inMemory ? null : this.scratchFile);
    } catch (err) {
      this.abandon();
      throw err;
    }
  }

  /** Closes and deletes the scratch file; the live index stays as it is. */
  abandon(): void {
    if (this.opened.db.isOpen) this.opened.db.close();
    if (!this.inMemory) deleteIndexFiles(this.scratchFile);
    this.owner.release();
  }

  private write(body: () => void): void {
    if (!this.owner.isCurrent()) throw new CuttingsError('internal', 'This rebuild of the search index was cancelled or replaced by a newer one.');
    this.guard(() => inTransaction(this.opened.db, this.writer, 'BEGIN', body));
  }

  /** Errors in the scratch file are not damage to the index: report them without resetting it. */
  private guard<T>(body: () => T): T {
    try {
      return body();
    } catch (err) {
      if (err instanceof CuttingsError) throw err;
      throw new CuttingsError('io', `Cannot rebuild the search index in ${this.scratchFile}: ${diskProblem(err) ?? (err as Error).message}`, { cause: err });
    }
  }
}
