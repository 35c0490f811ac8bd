/**
 * Runs a {@link QueryPlan}. SQLite does what it is fastest at, walking FTS5 posting lists, and
 * hands back row ids as one compact string per lookup; the most frequent words are read from
 * their bitmaps instead (hot-postings.ts); filters, dates and flags are then tested in memory
 * against {@link DocCache}. Moving one row at a time into JavaScript, or probing an index per
 * FTS row, cost 3-10× more at 100,000 clippings.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { Kind, type DocCache, Flag } from './doc-cache';
import { titleScore } from './match-text';
import { ftsExpr, type QueryPlan } from './query-compile';
import type { QueryNode, ValueField } from './query-parser';
import type { HotPostings } from './hot-postings';
import { andInto, bitsToIds, hasBit, idsToBits, intersect, orInto, parseIds } from './id-sets';
import { BM25_WEIGHTS } from './schema';
import { Statements } from './statements';
import { selectTop } from './top';

/** Up to this many matches, every match gets its BM25 score (about 8 µs a match at 100,000 clippings). */
export const RANK_ALL = 1000;
/**
 * Broad queries look for the query's words in the titles of this many matches, the most
 * recently indexed. Neither BM25 (before scoring its first row it counts every row of every
 * phrase: 10-30 ms for a word in half of 100,000 clippings) nor an FTS5 title search (6-12 ms
 * for a phrase) is used: reading and testing these titles takes 1-2 ms whatever the query.
 */
const TITLE_TIER_SCAN = 400;

const KIND_OF: Record<ValueField, number> = {
  tag: Kind.tag,
  source: Kind.source,
  author: Kind.author,
  person: Kind.person,
  place: Kind.place,
  org: Kind.org,
  lang: Kind.lang,
};
/** Fields matched on whole words of a value (`person:peskov` finds "Dmitry Peskov"). */
const WORD_MATCH_FIELDS = new Set<ValueField>(['source', 'author', 'person', 'place', 'org']);

type Predicate = (rid: number) => boolean;

export interface Ranked {
  rids: number[];
  scores: number[];
}

/** A prefix standing for more words than this is left to FTS5. */
const MAX_EXPANSIONS = 200;

export class Executor {
  private readonly statements: Statements;

  constructor(
    db: DatabaseSync,
    protected readonly cache: DocCache,
    private readonly hot: HotPostings,
  ) {
    this.statements = new Statements(db, true);
  }

  private stmt(sql: string): StatementSync {
    return this.statements.get(sql);
  }

  /** Row ids of documents matching an FTS5 expression, ascending. */
  matchIds(expr: string): Int32Array {
    const row = this.stmt('SELECT group_concat(rowid) FROM fts WHERE fts MATCH ?').get(expr) as unknown as [string | null];
    return parseIds(row[0]);
  }

  /**
   * The documents holding every one of `words` (each a word or a prefix), through the hot
   * words' bitmaps; null when none of them is hot (FTS5 then answers the whole expression).
   * A prefix stands for the words of the index it begins (the `words` table): hot ones are
   * read from their bitmaps, the others from FTS5 in one lookup.
   */
  private wordIds(words: NonNullable<QueryPlan['words']>): Int32Array | null {
    const sets: Array<Uint8Array | Int32Array> = [];
    let anyHot = false;
    for (const { word, prefix } of words) {
      if (!prefix) {
        const bits = this.hot.get(word);
        anyHot ||= bits !== undefined;
        sets.push(bits ?? this.matchIds(`"${word}"`));
        continue;
      }
      const expansions = (
        this.stmt('SELECT term FROM words WHERE term >= ? AND term < ? LIMIT ?').all(word, `${word}\u{10ffff}`, MAX_EXPANSIONS + 1) as unknown as Array<[string]>
      ).map((r) => r[0]);
      const hot = expansions.filter((t) => this.hot.get(t) !== undefined);
      if (hot.length === 0 || expansions.length > MAX_EXPANSIONS) {
        sets.push(this.matchIds(`"${word}"*`));
        continue;
      }
      anyHot = true;
      const bits = new Uint8Array((this.cache.ridLimit + 8) >> 3);
      for (const t of hot) orInto(bits, this.hot.get(t) as Uint8Array);
      const cold = expansions.filter((t) => this.hot.get(t) === undefined).map((t) => `"${t}"`);
      if (cold.length > 0) orInto(bits, idsToBits(this.matchIds(cold.join(' OR '))));
      sets.push(bits);
    }
    if (!anyHot) return null;
    // The shortest id list drives and bitmaps test membership; with bitmaps only, they are ANDed.
    const lists = sets.filter((x): x is Int32Array => x instanceof Int32Array).sort((a, b) => a.length - b.length);
    const maps = sets.filter((x): x is Uint8Array => !(x instanceof Int32Array));
    let ids: Int32Array;
    if (lists.length > 0) {
      ids = lists[0] as Int32Array;
      for (const other of lists.slice(1)) ids = intersect(ids, other);
    } else {
      const all = (maps.shift() as Uint8Array).slice();
      for (const m of maps.splice(0)) andInto(all, m);
      ids = bitsToIds(all);
    }
    if (maps.length === 0) return ids;
    const out = new Int32Array(ids.length);
    let n = 0;
    for (let i = 0; i < ids.length; i++) {
      const rid = ids[i] as number;
      if (maps.every((m) => hasBit(m, rid))) out[n++] = rid;
    }
    return out.subarray(0, n);
  }

  /** Value ids a filter accepts. */
  private filterVids(node: Extract<QueryNode, { type: 'filter' }>): number[] {
    const kind = KIND_OF[node.field];
    let sql: string;
    let arg: string;
    if (WORD_MATCH_FIELDS.has(node.field)) {
      // Whole words anywhere in the value; with `*`, the last word is a prefix.
      sql = "SELECT vid FROM vals WHERE kind = ? AND (' ' || folded || ' ') LIKE ?";
      arg = `% ${node.value}${node.prefix ? '' : ' '}%`;
    } else if (node.prefix) {
      sql = 'SELECT vid FROM vals WHERE kind = ? AND folded LIKE ?';
      arg = `${node.value}%`;
    } else {
      sql = 'SELECT vid FROM vals WHERE kind = ? AND folded = ?';
      arg = node.value;
    }
    return (this.stmt(sql).all(kind, arg) as unknown as Array<[number]>).map((r) => r[0]);
  }

  private bitmap(ids: Int32Array): Uint8Array {
    const bits = new Uint8Array(this.cache.ridLimit);
    for (let i = 0; i < ids.length; i++) bits[ids[i] as number] = 1;
    return bits;
  }

  /** An in-memory test for one node of the query. */
  private predicate(node: QueryNode): Predicate {
    const fts = ftsExpr(node);
    if (fts !== null) {
      const bits = this.bitmap(this.matchIds(fts));
      return (rid) => bits[rid] === 1;
    }
    switch (node.type) {
      case 'filter': {
        const mask = new Uint8Array(this.cache.vidLimit);
        for (const vid of this.filterVids(node)) mask[vid] = 1;
        const cache = this.cache;
        return (rid) => cache.hasAnyValue(rid, mask);
      }
      case 'date': {
        const day = this.cache.day;
        const from = node.from === null ? -Infinity : Number(node.from.replaceAll('-', ''));
        const until = node.until === null ? Infinity : Number(node.until.replaceAll('-', ''));
        return (rid) => (day[rid] as number) >= from && (day[rid] as number) < until;
      }
      case 'flag': {
        const flags = this.cache.flags;
        const bit = node.flag === 'quote' ? Flag.quote : Flag.duplicate;
        return (rid) => ((flags[rid] as number) & bit) !== 0;
      }
      case 'and': {
        const parts = node.children.map((c) => this.predicate(c));
        return (rid) => {
          for (let i = 0; i < parts.length; i++) if (!(parts[i] as Predicate)(rid)) return false;
          return true;
        };
      }
      case 'or': {
        const parts = node.children.map((c) => this.predicate(c));
        return (rid) => {
          for (let i = 0; i < parts.length; i++) if ((parts[i] as Predicate)(rid)) return true;
          return false;
        };
      }
      case 'not': {
        const inner = this.predicate(node.child);
        return (rid) => !inner(rid);
      }
      default:
        // Text always has an FTS expression, handled above.
        throw new Error('unreachable');
    }
  }

  /**
   * The matching row ids, ascending, and how many the FTS expression alone matched (it
   * decides how the results can be ranked).
   */
  /** Whether `plan` finds at least `atLeast` clippings; plain text stops counting there. */
  finds(plan: QueryPlan, atLeast: number): boolean {
    if (plan.match !== null && plan.rest.length === 0) {
      const [n] = this.stmt('SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? LIMIT ?)').get(plan.match, atLeast) as unknown as [number];
      return n >= atLeast;
    }
    return this.run(plan).ids.length >= atLeast;
  }

  run(plan: QueryPlan): { ids: Int32Array; matched: number } {
    const rest = plan.rest;
    let driver: Int32Array;
    if (plan.match !== null) {
      driver = (plan.words && this.wordIds(plan.words)) ?? this.matchIds(plan.match);
    } else {
      // No free text: the filters test every document's values in memory (about 2 ms at
      // 100,000), which is as fast as reading a value's documents from a table was.
      driver = this.everything();
    }
    const matched = driver.length;
    if (rest.length === 0) return { ids: driver, matched };
    this.toTest(driver);
    // One pass per test, each over what the previous ones kept: a plain loop calling a single
    // function is several times faster than `tests.every(...)` per row.
    let ids = driver;
    for (const test of rest.map((n) => this.predicate(n))) {
      const out = new Int32Array(ids.length);
      let n = 0;
      for (let i = 0; i < ids.length; i++) {
        const rid = ids[i] as number;
        if (test(rid)) out[n++] = rid;
      }
      ids = out.subarray(0, n);
    }
    return { ids, matched };
  }

  /** Every document's row id (a search without free text starts from all of them). */
  protected everything(): Int32Array {
    return this.cache.allRids();
  }

  /** Called with the documents filters are about to test in memory (all are in the cache here: see cold-search.ts). */
  protected toTest(_ids: Int32Array): void {
    // nothing to load
  }

  /** The newest `k` of `ids` (by date, then capture time, then the later row), newest first. */
  protected newest(ids: Int32Array, k: number): number[] {
    return selectTop(ids, null, this.cache, k).map((i) => ids[i] as number);
  }

  /**
   * The best `k` of `ids`, best first. Relevance is BM25 over every match when there are at
   * most {@link RANK_ALL}; beyond that, scoring every match would take longer than a keystroke
   * allows. Then recent matches with search words in the title come first (the last
   * {@link TITLE_TIER_SCAN} indexed; more of the words first, then the shorter title, as BM25
   * on the title would), and the rest follow newest first. Without free text, or when
   * asked, results are newest first.
   */
  rank(plan: QueryPlan, ids: Int32Array, matched: number, k: number, byDate: boolean): Ranked {
    if (plan.match === null || byDate || k === 0 || ids.length === 0) {
      const rids = this.newest(ids, k);
      return { rids, scores: rids.map(() => 0) };
    }
    const bm25 = `bm25(fts, ${BM25_WEIGHTS})`;
    let rows: Array<[number, number]>;
    if (ids.length <= RANK_ALL && ids.length === matched) {
      rows = this.stmt(`SELECT rowid, ${bm25} FROM fts WHERE fts MATCH ? ORDER BY 2 LIMIT ?`).all(plan.match, k) as unknown as Array<[number, number]>;
      return { rids: rows.map((r) => r[0]), scores: rows.map((r) => -r[1]) };
    }
    if (ids.length <= RANK_ALL) {
      // Filters left few of many matches: score only those. The `+` keeps SQLite from handing
      // the id list to FTS5, which would rerun the whole match once per id.
      rows = this.stmt(
        `SELECT rowid, ${bm25} FROM fts WHERE fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY 2 LIMIT ?`,
      ).all(plan.match, JSON.stringify(Array.from(ids)), k) as unknown as Array<[number, number]>;
      return { rids: rows.map((r) => r[0]), scores: rows.map((r) => -r[1]) };
    }
    // Broad: recent matches with the words in the title, best titles first, then the rest
    // newest first. FTS5 hands matches over in rowid order, so the last ones are the newest.
    const recent = ids.subarray(Math.max(0, ids.length - TITLE_TIER_SCAN));
    const titled = this.stmt('SELECT rid, title FROM docs WHERE rid IN (SELECT value FROM json_each(?))').all(
      JSON.stringify(Array.from(recent)),
    ) as unknown as Array<[number, string]>;
    const scored: Array<[number, number]> = [];
    for (const [rid, title] of titled) {
      const score = titleScore(title, plan.terms);
      if (score > 0) scored.push([rid, score]);
    }
    scored.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    const rids: number[] = [];
    const scores: number[] = [];
    const taken = new Set<number>();
    for (const [rid, score] of scored) {
      if (rids.length === k) break;
      rids.push(rid);
      scores.push(score);
      taken.add(rid);
    }
    if (rids.length < k) {
      // Ask for enough newest ones to skip those already taken.
      for (const rid of this.newest(ids, k + taken.size)) {
        if (rids.length === k) break;
        if (taken.has(rid)) continue;
        rids.push(rid);
        scores.push(0);
      }
    }
    return { rids, scores };
  }
}
