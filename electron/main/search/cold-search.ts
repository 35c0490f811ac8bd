/**
 * A search answered from the index file alone, before memory mirrors it (the app's first
 * moments: see SqliteSearchIndex.searchWithoutCache and library/early.ts). Loading the
 * per-document cache and the hot words' bitmaps takes a few hundred ms of CPU at 100,000
 * clippings; a search sent meanwhile need not wait for it. It runs the same plan through the
 * same {@link Executor}, with three differences that change what is read, not what is found:
 *   - the hot words' bitmaps read from the file only for the words the query asks for;
 *   - a cache holding only the documents filters test (the free text's matches), read by row id;
 *   - the newest of many matches found by walking the `docs_by_date` index newest first until
 *     the k-th and its ties, rather than reading the dates of every match.
 * So the total, the hits, their order and "did you mean" are those of the loaded index
 * (tests/main/search/cold-search.test.ts compares both on the same queries). The facets are
 * not counted (that needs every match's values) and come with a later answer. A query without
 * free text (the empty query, filters alone) starts from every document: it waits for the cache.
 */
import type { DatabaseSync } from 'node:sqlite';
import { DocCache, vidsView } from './doc-cache';
import { Executor } from './execute';
import { HotPostings } from './hot-postings';
import { Statements } from './statements';

/** The hot words' bitmaps (hot-postings.ts), each read from the file when a search first asks for it. */
class HotOnDemand extends HotPostings {
  private readonly asked = new Map<string, Uint8Array | undefined>();

  override get(word: string): Uint8Array | undefined {
    if (!this.asked.has(word)) {
      const bits = this.read(word);
      this.asked.set(word, bits.length > 0 ? bits : undefined);
    }
    return this.asked.get(word);
  }
}

/** Thrown when a plan needs every document (no free text): the caller loads the cache instead. */
export class NeedsCache extends Error {}

type DocRow = [number, Uint8Array, number, number, number, number];

export class ColdExecutor extends Executor {
  private readonly sql: Statements;
  /** Documents read into the cache so far, by row id. */
  private readonly have: Uint8Array;

  /** `browsable`: the file has the `docs_by_*` indexes (browse.ts); without them dates are read by row id. */
  constructor(
    db: DatabaseSync,
    private readonly browsable: boolean,
  ) {
    const cache = new DocCache();
    super(db, cache, new HotOnDemand(db));
    this.sql = new Statements(db, true);
    const [max] = this.sql.get('SELECT max(rid) FROM docs').get() as unknown as [number | null];
    // Bitmaps over row ids are sized as the loaded cache sizes them: one past the highest row id.
    cache.reserve(max === null ? 0 : max + 1);
    cache.loadValues(db);
    this.have = new Uint8Array(cache.ridLimit);
  }

  protected override everything(): Int32Array {
    throw new NeedsCache();
  }

  protected override toTest(ids: Int32Array): void {
    this.load(ids);
  }

  protected override newest(ids: Int32Array, k: number): number[] {
    if (k <= 0 || ids.length === 0) return [];
    if (this.browsable && !this.holds(ids) && (k * this.cache.ridLimit) / ids.length <= ids.length) return this.walkNewest(ids, k);
    this.load(ids);
    return super.newest(ids, k);
  }

  /** Reads the documents of `ids` not read yet. */
  private load(ids: Int32Array): void {
    const missing = ids.filter((rid) => this.have[rid] !== 1);
    if (missing.length === 0) return;
    const rows = this.sql.get('SELECT rid, fv, dkey, ckey, day, flags FROM docs WHERE rid IN (SELECT value FROM json_each(?))');
    for (const [rid, fv, dateKey, capturedKey, day, flags] of rows.iterate(JSON.stringify(Array.from(missing))) as Iterable<DocRow>) {
      this.cache.setDoc(rid, { vids: vidsView(fv), dateKey, capturedKey, day, flags });
      this.have[rid] = 1;
    }
  }

  private holds(ids: Int32Array): boolean {
    for (let i = 0; i < ids.length; i++) if (this.have[ids[i] as number] !== 1) return false;
    return true;
  }

  /**
   * The newest `k` of `ids` in {@link Executor.newest}'s order (date, then capture time, then
   * the later row), read newest first from the date index: the walk stops once it holds `k`
   * and every match sharing the k-th one's date (a later capture may still rank above it).
   * About k × (documents / matches) rows: a few hundred for a broad query.
   */
  private walkNewest(ids: Int32Array, k: number): number[] {
    const member = new Uint8Array(this.cache.ridLimit);
    for (let i = 0; i < ids.length; i++) member[ids[i] as number] = 1;
    const picked: Array<[number, number, number]> = [];
    const walk = this.sql.get('SELECT rid, dkey, ckey FROM docs ORDER BY dkey DESC, rid DESC');
    for (const row of walk.iterate() as Iterable<[number, number, number]>) {
      if (member[row[0]] !== 1) continue;
      if (picked.length >= k && row[1] !== (picked[k - 1] as [number, number, number])[1]) break;
      picked.push(row);
    }
    picked.sort((a, b) => b[1] - a[1] || b[2] - a[2] || b[0] - a[0]);
    return picked.slice(0, k).map((r) => r[0]);
  }
}
