/**
 * Posting lists of the archive's most frequent words, kept as bitmaps (one bit per document)
 * in memory and in the `hot` table. Reading "which documents hold `energy`" from FTS5 costs
 * about 0.1 µs per document holding it: 5-15 ms for a word in most of 100,000 clippings, the
 * largest part of a search for a common word or a prefix. From a bitmap it is a fraction of a
 * millisecond. Only words in at least {@link HOT_WORD_DOCS} documents get one (about 1,100
 * words, 14 MB, at 100,000 synthetic clippings); rarer words are cheap to read from FTS5.
 *
 * A rebuild reads the bitmaps from the finished index; after that, each write keeps them in
 * step through the words the index holds for the document (split by FTS5 itself: see
 * doc-writer.ts), and a word gets its bitmap, read from FTS5, in the transaction in which it
 * reaches the threshold.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { idsToBits, parseIds } from './id-sets';
import { Statements } from './statements';

/** Words in at least this many documents get a bitmap. */
export const HOT_WORD_DOCS = 5000;

/**
 * Bitmaps are stored in pieces of this many bytes (2,048 documents), so that a write rewrites
 * only the pieces it changed: an import touches the last piece of each of its hot words (at
 * 100,000 clippings, importing or removing one costs 6 ms instead of 30 with whole bitmaps).
 */
const PIECE = 256;

const EMPTY: ReadonlySet<string> = new Set();

/** A bitmap from its stored pieces, in order. */
function assemble(pieces: Array<[number, Uint8Array]>): Uint8Array {
  const last = pieces.at(-1);
  const bits = new Uint8Array(last ? last[0] * PIECE + last[1].length : 0);
  for (const [piece, part] of pieces) bits.set(part, piece * PIECE);
  return bits;
}

export class HotPostings {
  private bits = new Map<string, Uint8Array>();
  /** Pieces of bitmaps changed in the open transaction, by word. */
  private dirty = new Map<string, Set<number>>();
  /** Words written in the open transaction, which may have reached the threshold. */
  private seen = new Set<string>();
  private readonly statements: Statements;

  constructor(
    private readonly db: DatabaseSync,
    /** See {@link HOT_WORD_DOCS}; tests lower it to exercise the bitmaps on a small archive. */
    private readonly minDocs = HOT_WORD_DOCS,
  ) {
    this.statements = new Statements(db);
  }

  private stmt(sql: string): StatementSync {
    return this.statements.get(sql);
  }

  /** Reads every bitmap (on first need and after another process wrote). */
  load(): void {
    for (const _slice of this.loading()) {
      // all slices at once
    }
  }

  /** {@link load}, `slice` words at a time (see DocCache.loading). */
  *loading(slice = 100): Generator<void, void, void> {
    this.bits.clear();
    this.dirty.clear();
    this.seen.clear();
    const terms = this.db.prepare('SELECT DISTINCT term FROM hot ORDER BY term').all() as Array<{ term: string }>;
    const rows = this.db.prepare('SELECT term, piece, bits FROM hot WHERE term >= ? AND term <= ? ORDER BY term, piece');
    rows.setReturnArrays(true);
    for (let from = 0; from < terms.length; from += slice) {
      if (from > 0) yield;
      const first = terms[from]?.term as string;
      const last = terms[Math.min(from + slice, terms.length) - 1]?.term as string;
      let term = '';
      let pieces: Array<[number, Uint8Array]> = [];
      const done = (): void => {
        if (pieces.length > 0) this.bits.set(term, assemble(pieces));
      };
      for (const [t, piece, bits] of rows.iterate(first, last) as Iterable<[string, number, Uint8Array]>) {
        if (t !== term) {
          done();
          term = t;
          pieces = [];
        }
        pieces.push([piece, bits]);
      }
      done();
    }
  }

  /** A word's bitmap as stored (empty when the word has none). */
  protected read(term: string): Uint8Array {
    const rows = this.stmt('SELECT piece, bits FROM hot WHERE term = ? ORDER BY piece').all(term) as Array<{ piece: number; bits: Uint8Array }>;
    return assemble(rows.map((r) => [r.piece, r.bits]));
  }

  private touch(term: string, byte: number): void {
    let pieces = this.dirty.get(term);
    if (!pieces) this.dirty.set(term, (pieces = new Set()));
    pieces.add(Math.floor(byte / PIECE));
  }

  /** The bitmap of `word`, or undefined when it is not a hot word. Do not modify it. */
  get(word: string): Uint8Array | undefined {
    return this.bits.get(word);
  }

  /** Document `rid` now holds exactly the hot words among `words`. */
  set(rid: number, words: ReadonlySet<string>): void {
    for (const w of words) this.seen.add(w);
    const byte = rid >> 3;
    const mask = 1 << (rid & 7);
    for (const [term, bits] of this.bits) {
      const want = words.has(term);
      const has = byte < bits.length && ((bits[byte] as number) & mask) !== 0;
      if (want === has) continue;
      let target = bits;
      if (byte >= target.length) {
        target = new Uint8Array(Math.max(byte + 1, Math.ceil(bits.length * 1.25)));
        target.set(bits);
        this.bits.set(term, target);
      }
      target[byte] = want ? (target[byte] as number) | mask : (target[byte] as number) & ~mask;
      this.touch(term, byte);
    }
  }

  /** Document `rid` is gone. */
  remove(rid: number): void {
    this.set(rid, EMPTY);
  }

  /**
   * Inside the caller's transaction, before it commits: gives a bitmap to each word written
   * that now reaches the threshold, and writes the changed ones.
   */
  flush(): void {
    if (this.seen.size > 0) {
      const reached = this.stmt('SELECT term FROM words WHERE docs >= ? AND term IN (SELECT value FROM json_each(?))').all(
        this.minDocs,
        JSON.stringify([...this.seen].filter((w) => !this.bits.has(w))),
      ) as Array<{ term: string }>;
      this.seen.clear();
      for (const { term } of reached) this.add(term);
    }
    const save = this.stmt('INSERT OR REPLACE INTO hot(term, piece, bits) VALUES (?, ?, ?)');
    for (const [term, pieces] of this.dirty) {
      const bits = this.bits.get(term) as Uint8Array;
      for (const piece of pieces) save.run(term, piece, bits.subarray(piece * PIECE, (piece + 1) * PIECE));
    }
    this.dirty.clear();
  }

  /** After a rollback: the changed bitmaps are read back as they are on disk. */
  discard(): void {
    this.seen.clear();
    for (const term of this.dirty.keys()) {
      const bits = this.read(term);
      if (bits.length > 0) this.bits.set(term, bits);
      else this.bits.delete(term);
    }
    this.dirty.clear();
  }

  /**
   * Chooses the hot words of a freshly built index from its word counts and reads their
   * documents from FTS5 (inside the caller's transaction, whose {@link flush} stores them):
   * about 1 s at 100,000 clippings.
   */
  build(): void {
    this.db.exec('DELETE FROM hot');
    this.bits.clear();
    this.dirty.clear();
    this.seen.clear();
    const terms = this.stmt('SELECT term FROM words WHERE docs >= ?').all(this.minDocs) as Array<{ term: string }>;
    for (const { term } of terms) this.add(term);
  }

  /** Makes `term` hot, its documents read from FTS5 (words hold no quotes: see fold.ts). */
  private add(term: string): void {
    const row = this.stmt('SELECT group_concat(rowid) AS ids FROM fts WHERE fts MATCH ?').get(`"${term}"`) as { ids: string | null };
    const bits = idsToBits(parseIds(row.ids));
    this.bits.set(term, bits);
    for (let byte = 0; byte < bits.length; byte += PIECE) this.touch(term, byte);
  }
}
