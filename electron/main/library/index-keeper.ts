/**
 * The search index as the library keeps it: in step with the catalogue after every change,
 * rebuilt when it is not, and recorded in step (the catalogue generation it matches) only when
 * nothing failed since. The library runs each change through {@link IndexKeeper.change} and
 * tells the keeper what it changed; a failure of the index never fails a change the catalogue
 * has committed (the index is left to be rebuilt, and the user is told).
 */
import type { Clipping, SearchResult } from '../../../shared/clipping';
import { toErrorInfo } from '../../../shared/errors';
import type { Archive } from '../archive/types';
import { openSearchIndex, toIndexDoc } from '../search';
import type { IndexDoc, SearchIndex, SearchOptions } from '../search/types';
import { TitleTwins } from './title-twins';

export class IndexKeeper {
  private titleTwins: TitleTwins | null = null;
  private changing = 0;
  private changeFailed = false;

  constructor(
    private readonly archive: Archive,
    /** The index (one in memory stands in for a file that cannot be used). */
    private index: SearchIndex,
    /** A clipping as the library shows it (its text rebuilt when the file is missing), or null. */
    private readonly read: (id: string) => Promise<Clipping | null>,
    /** Tells the user something about this session (`Library.notices`). */
    private readonly note: (text: string) => void,
  ) {}

  search(query: string, options: SearchOptions = {}): SearchResult {
    return this.index.search(query, options);
  }

  /**
   * True when the derived index cannot be trusted to match the catalogue: damaged, half
   * rebuilt, or last recorded in step with another catalogue generation (a crash between a
   * commit and its index update, a catalogue restored or changed by an older version).
   */
  outOfStep(): boolean {
    return (
      this.index.needsRebuild ||
      this.index.catalogueGeneration !== this.archive.generation ||
      this.index.count() !== this.archive.summaries().length
    );
  }

  /**
   * Makes the index fit to answer. A reader (a read-only command, an archive on a read-only
   * disk) never writes the index file: when it is unreadable or out of step, searches are
   * answered from a copy built in memory, and the user is told. A writer rebuilds the file
   * (unless the caller does it later, with progress); when the disk refuses, it too falls back
   * to a copy in memory rather than refusing to open.
   */
  async prepare(rebuild: 'now' | 'later', unreadable: string | null): Promise<void> {
    if (this.archive.readOnly) {
      if (unreadable === null && !this.outOfStep()) return;
      if (unreadable === null) this.useIndexInMemory();
      await this.reindex();
      this.note(
        unreadable === null
          ? 'The search index is behind the archive (a change it has not seen yet, a crash, or a restored backup): these results come from a fresh copy built in memory. The next change, or `cuttings reindex`, brings the index up to date.'
          : `The search index could not be read (${unreadable}): these results come from a copy built in memory.`,
      );
      return;
    }
    if (unreadable !== null) {
      this.note(
        `The search index could not be opened (${unreadable}): this session searches a copy in memory.`,
      );
    }
    if (rebuild === 'later' || !this.outOfStep()) return;
    try {
      await this.reindex();
    } catch (err) {
      const info = toErrorInfo(err);
      if (info.code !== 'io') throw err;
      this.useIndexInMemory();
      await this.reindex();
      this.note(
        `The search index could not be rebuilt on disk (${info.message}): this session searches a copy in memory; it is rebuilt on disk the next time the archive is opened with room to spare.`,
      );
    }
  }

  /** Replaces the index by an empty one in memory (fill it with {@link reindex}). */
  private useIndexInMemory(): void {
    this.index.close();
    this.index = openSearchIndex(':memory:');
  }

  /** Headlines shared by several clippings (`is:duplicate`), worked out on first use. */
  private get twins(): TitleTwins {
    this.titleTwins ??= new TitleTwins(this.archive.summaries());
    return this.titleTwins;
  }

  /**
   * Runs a change to the catalogue (and the index), then records the index in step with the
   * catalogue's new generation — once no other change is under way, and only if none failed
   * since the index was last in step: until then a crash leaves the record behind, and the
   * next open rebuilds the index.
   */
  async change<T>(work: () => Promise<T>): Promise<T> {
    this.changing++;
    const before = this.archive.generation;
    try {
      return await work();
    } catch (err) {
      // Refused before anything was committed (a bad patch, a name in use): nothing to fear.
      if (this.archive.generation !== before) this.changeFailed = true;
      throw err;
    } finally {
      this.changing--;
      if (this.changing === 0 && !this.changeFailed && !this.archive.readOnly) this.markInStep();
    }
  }

  /** Records the index in step with the catalogue; a disk that refuses only leaves it to be rebuilt. */
  private markInStep(): void {
    try {
      this.index.markInStep(this.archive.generation);
    } catch (err) {
      this.note(
        `The search index could not record that it is up to date (${toErrorInfo(err).message}); it will be rebuilt the next time the archive is opened.`,
      );
    }
  }

  /**
   * Brings the index up to date after a change the catalogue has committed. A failure here (a
   * full disk) must not make a saved change look failed: the index is left out of step (it is
   * rebuilt on the next open) and the user is told.
   */
  async follow(work: () => Promise<void> | void): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.changeFailed = true;
      this.note(
        `Saved, but the search index could not be updated (${toErrorInfo(err).message}). Searches may miss the change until the index is rebuilt: the next time the archive is opened, or with \`cuttings reindex\`.`,
      );
    }
  }

  /**
   * What to do to the index once `ids` are trashed: take them out and work `is:duplicate` out
   * again for what is left of their headlines. Call it before the change (it remembers the
   * headlines being trashed), run what it returns after, inside {@link follow}.
   */
  forgetting(ids: string[]): () => Promise<void> {
    const twins = this.twins;
    return async () => {
      this.index.remove(ids);
      const gone = new Set(ids);
      // A headline left to a single clipping is no longer a duplicate's.
      await this.reindexIds(ids.flatMap((id) => twins.delete(id)).filter((id) => !gone.has(id)));
    };
  }

  async reindex(onProgress?: (done: number, total: number) => void): Promise<number> {
    const summaries = this.archive.summaries();
    this.titleTwins = new TitleTwins(summaries);
    // The rebuild covers every change before it; one failing from here on keeps the mark off.
    this.changeFailed = false;
    // Texts are read from disk in batches, so a 100k-clipping rebuild never holds them all.
    const rebuild = this.index.beginRebuild();
    const BATCH = 500;
    try {
      for (let start = 0; start < summaries.length; start += BATCH) {
        const clippings = await Promise.all(
          summaries.slice(start, start + BATCH).map((s) => this.read(s.id)),
        );
        rebuild.add(clippings.filter((c): c is Clipping => c !== null).map((c) => this.indexDoc(c)));
        onProgress?.(Math.min(start + BATCH, summaries.length), summaries.length);
      }
      rebuild.finish();
    } catch (err) {
      rebuild.cancel();
      throw err;
    }
    // Changes made meanwhile were carried into the new index, so it matches the catalogue now,
    // unless one is still under way (it marks its own) or failed.
    if (!this.archive.readOnly && this.changing === 0 && !this.changeFailed) this.markInStep();
    return summaries.length;
  }

  private indexDoc(clipping: Clipping): IndexDoc {
    return toIndexDoc(clipping, { isDuplicate: this.twins.has(clipping.id) });
  }

  /**
   * Indexes clippings just stored or changed. When their headlines may have changed (`titles`),
   * `is:duplicate` is worked out again, for them and for the clippings whose headline they now
   * share or left; otherwise (tags, notes) each keeps the mark it has in the index, so a tag
   * edit never pays for building the table of headlines (300 ms at 100,000 clippings).
   */
  async indexClippings(clippings: Clipping[], titles = true): Promise<void> {
    if (!titles) {
      this.index.upsert(clippings.map((c) => toIndexDoc(c, { isDuplicate: this.index.isDuplicate(c.id) })));
      return;
    }
    const own = new Set(clippings.map((c) => c.id));
    const twins = clippings.flatMap((c) => this.twins.set(c.id, c.title)).filter((id) => !own.has(id));
    const docs = clippings.map((c) => this.indexDoc(c));
    for (const id of new Set(twins)) {
      const twin = await this.read(id);
      if (twin && !twin.trashedAt) docs.push(this.indexDoc(twin));
    }
    this.index.upsert(docs);
  }

  /** Indexes the clippings `ids` as they are now (those trashed or gone are left out). */
  async reindexIds(ids: string[], titles = true): Promise<void> {
    const clippings = [];
    for (const id of ids) {
      const clipping = await this.read(id);
      if (clipping && !clipping.trashedAt) clippings.push(clipping);
    }
    await this.indexClippings(clippings, titles);
  }

  close(): void {
    this.index.close();
  }
}
