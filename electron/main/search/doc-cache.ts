/**
 * What every search needs for every matching document, held in memory: its facet values and
 * its date. Counting facets over 50,000 matches is then a loop over small integer arrays
 * rather than a million-row GROUP BY, and sorting by date needs no second query.
 * The arrays mirror the `docs` and `vals` tables and are updated after each commit.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { FacetCount, Facets } from '../../../shared/clipping';

/** Kinds of values stored in `vals.kind`. */
export const Kind = { tag: 0, source: 1, author: 2, person: 3, place: 4, org: 5, lang: 6, year: 7 } as const;

/** Bits of `docs.flags`. */
export const Flag = { quote: 1, duplicate: 2 } as const;

/** What memory holds of one document. */
export interface CachedDoc {
  vids: Int32Array;
  dateKey: number;
  capturedKey: number;
  /** YYYYMMDD */
  day: number;
  flags: number;
}

const FACET_KINDS: Array<[keyof Facets, number]> = [
  ['tags', Kind.tag],
  ['sources', Kind.source],
  ['people', Kind.person],
  ['places', Kind.place],
  ['years', Kind.year],
];

/** How many values each facet lists. */
export const FACET_SIZE = 20;

export class DocCache {
  /**
   * Facet value ids of every document, packed end to end in one array: document `rid` holds
   * `pool[start[rid] .. start[rid] + len[rid])`, and `len[rid]` is -1 when there is no such
   * document. Counting facets over 50,000 matches then walks one contiguous array instead of
   * 50,000 small ones (3-4× faster), and the cache needs no object per document. A changed
   * document's ids are appended; the dead space is reclaimed once it outgrows the live part.
   */
  private pool = new Int32Array(4096);
  private poolUsed = 0;
  private start = new Int32Array(1024);
  private len = new Int32Array(1024).fill(-1);
  /** One past the highest rowid ever seen. */
  private ridEnd = 0;
  /** Effective date (publication, else capture) and capture time, as epoch ms, per rowid. */
  dateKey: Float64Array = new Float64Array(1024);
  capturedKey: Float64Array = new Float64Array(1024);
  /** Effective day as YYYYMMDD, for date filters. */
  day: Int32Array = new Int32Array(1024);
  /** {@link Flag} bits per rowid. */
  flags: Uint8Array = new Uint8Array(1024);
  private kinds = new Int8Array(1024);
  private displays: string[] = [];
  private lookup = new Map<string, number>();
  private live = 0;
  private liveVids = 0;
  /** Facets of the whole archive (the empty query), until the next change. */
  private allFacets: Facets | null = null;

  /** Loads everything from the database (on first need and after an outside writer commits). */
  load(db: DatabaseSync): void {
    for (const _slice of this.loading(db)) {
      // all slices at once
    }
  }

  /**
   * {@link load}, a slice of `slice` documents at a time: the caller may let other work run
   * between slices (the app's window, while the index warms up: see SqliteSearchIndex.warm).
   */
  *loading(db: DatabaseSync, slice = 5000): Generator<void, void, void> {
    this.allFacets = null;
    this.pool = new Int32Array(4096);
    this.poolUsed = 0;
    this.start = new Int32Array(1024);
    this.len = new Int32Array(1024).fill(-1);
    this.ridEnd = 0;
    this.displays = [];
    this.lookup.clear();
    this.live = 0;
    this.liveVids = 0;
    this.loadValues(db);
    const docs = db.prepare('SELECT rid, fv, dkey, ckey, day, flags FROM docs WHERE rid > ? ORDER BY rid LIMIT ?');
    docs.setReturnArrays(true);
    for (let after = -1; ; yield) {
      let n = 0;
      for (const row of docs.iterate(after, slice) as Iterable<[number, Uint8Array, number, number, number, number]>) {
        this.setDoc(row[0], { vids: vidsView(row[1]), dateKey: row[2], capturedKey: row[3], day: row[4], flags: row[5] });
        after = row[0];
        n++;
      }
      if (n < slice) return;
    }
  }

  /** Reads every value (tag, source, person…: a few thousand rows at most). */
  loadValues(db: DatabaseSync): void {
    const vals = db.prepare('SELECT vid, kind, folded, display FROM vals');
    vals.setReturnArrays(true);
    for (const row of vals.iterate() as Iterable<[number, number, string, string]>) {
      this.addValue(row[0], row[1], row[2], row[3]);
    }
  }

  /**
   * Sizes the per-rowid arrays for rowids below `ridEnd` before any document is loaded: a cache
   * holding only some documents (cold-search.ts) still sizes bitmaps for every row id.
   */
  reserve(ridEnd: number): void {
    if (ridEnd > 0) this.grow(ridEnd - 1);
    if (ridEnd > this.ridEnd) this.ridEnd = ridEnd;
  }

  /** Number of documents. */
  get size(): number {
    return this.live;
  }

  /** The id of a known value, or undefined. */
  valueId(kind: number, folded: string): number | undefined {
    return this.lookup.get(`${kind}\u0000${folded}`);
  }

  addValue(vid: number, kind: number, folded: string, display: string): void {
    this.allFacets = null;
    if (vid >= this.kinds.length) {
      const next = new Int8Array(newSize(this.kinds.length, vid));
      next.set(this.kinds);
      this.kinds = next;
    }
    this.kinds[vid] = kind;
    this.displays[vid] = display;
    this.lookup.set(`${kind}\u0000${folded}`, vid);
  }

  setDoc(rid: number, doc: CachedDoc): void {
    this.allFacets = null;
    this.grow(rid);
    const old = this.len[rid] as number;
    if (old < 0) this.live++;
    else this.liveVids -= old;
    this.len[rid] = -1;
    const n = doc.vids.length;
    if (this.poolUsed + n > this.pool.length) this.makeRoom(n);
    this.pool.set(doc.vids, this.poolUsed);
    this.start[rid] = this.poolUsed;
    this.len[rid] = n;
    this.poolUsed += n;
    this.liveVids += n;
    if (rid >= this.ridEnd) this.ridEnd = rid + 1;
    this.dateKey[rid] = doc.dateKey;
    this.capturedKey[rid] = doc.capturedKey;
    this.day[rid] = doc.day;
    this.flags[rid] = doc.flags;
  }

  /** Room in the per-rowid arrays for `rid`. */
  private grow(rid: number): void {
    if (rid < this.dateKey.length) return;
    const size = newSize(this.dateKey.length, rid);
    this.dateKey = grown(new Float64Array(size), this.dateKey);
    this.capturedKey = grown(new Float64Array(size), this.capturedKey);
    this.day = grown(new Int32Array(size), this.day);
    this.flags = grown(new Uint8Array(size), this.flags);
    this.start = grown(new Int32Array(size), this.start);
    this.len = grown(new Int32Array(size).fill(-1), this.len);
  }

  /** Space for `n` more ids: compacts the pool when most of it is dead, else grows it. */
  private makeRoom(n: number): void {
    const needed = this.liveVids + n;
    const size = needed * 2 <= this.pool.length ? this.pool.length : newSize(this.pool.length, needed * 2);
    const next = new Int32Array(size);
    let at = 0;
    for (let rid = 0; rid < this.ridEnd; rid++) {
      const len = this.len[rid] as number;
      if (len < 0) continue;
      const from = this.start[rid] as number;
      next.set(this.pool.subarray(from, from + len), at);
      this.start[rid] = at;
      at += len;
    }
    this.pool = next;
    this.poolUsed = at;
  }

  /** A document's facet value ids (undefined when there is no such document). */
  vidsOf(rid: number): Int32Array | undefined {
    const len = rid < this.ridEnd ? (this.len[rid] as number) : -1;
    if (len < 0) return undefined;
    const from = this.start[rid] as number;
    return this.pool.subarray(from, from + len);
  }

  /** Whether the document contains any of the values marked in `mask` (indexed by value id). */
  hasAnyValue(rid: number, mask: Uint8Array): boolean {
    const len = rid < this.ridEnd ? (this.len[rid] as number) : -1;
    const pool = this.pool;
    for (let i = this.start[rid] as number, end = i + len; i < end; i++) if (mask[pool[i] as number] === 1) return true;
    return false;
  }

  /** One past the highest rowid ever seen: the size for per-rowid bitmaps. */
  get ridLimit(): number {
    return this.ridEnd;
  }

  /** One past the highest value id. */
  get vidLimit(): number {
    return this.displays.length;
  }

  deleteDoc(rid: number): void {
    this.allFacets = null;
    if (rid >= this.ridEnd) return;
    const len = this.len[rid] as number;
    if (len < 0) return;
    this.live--;
    this.liveVids -= len;
    this.len[rid] = -1;
  }

  /** Every document rowid. */
  allRids(): Int32Array {
    const out = new Int32Array(this.live);
    let n = 0;
    for (let rid = 0; rid < this.ridEnd; rid++) if ((this.len[rid] as number) >= 0) out[n++] = rid;
    return out;
  }

  /** {@link facets} of every document, remembered until the next change. */
  facetsOfAll(): Facets {
    this.allFacets ??= this.facets(this.allRids());
    const f = this.allFacets;
    return { tags: [...f.tags], sources: [...f.sources], people: [...f.people], places: [...f.places], years: [...f.years] };
  }

  /** Counts facet values over a set of rowids; the top {@link FACET_SIZE} of each facet. */
  facets(rids: ArrayLike<number>, count = rids.length): Facets {
    const counts = new Int32Array(this.displays.length);
    const pool = this.pool;
    const start = this.start;
    const lens = this.len;
    const ridEnd = this.ridEnd;
    for (let i = 0; i < count; i++) {
      const rid = rids[i] as number;
      if (rid >= ridEnd) continue;
      // A missing document has length -1: the loop does not run.
      for (let j = start[rid] as number, end = j + (lens[rid] as number); j < end; j++) {
        const vid = pool[j] as number;
        counts[vid] = (counts[vid] as number) + 1;
      }
    }
    const byKind = new Map<number, number[]>();
    for (let vid = 0; vid < counts.length; vid++) {
      if (counts[vid] === 0) continue;
      const kind = this.kinds[vid] as number;
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, (list = []));
      list.push(vid);
    }
    const out = { tags: [], sources: [], people: [], places: [], years: [] } as Facets;
    for (const [name, kind] of FACET_KINDS) {
      const list = byKind.get(kind) ?? [];
      const displays = this.displays;
      list.sort((a, b) => (counts[b] as number) - (counts[a] as number) || compareText(displays[a], displays[b]));
      out[name] = list
        .slice(0, FACET_SIZE)
        .map((vid): FacetCount => ({ value: displays[vid] as string, count: counts[vid] as number }));
    }
    // Years read best in time order, newest first, rather than by count.
    out.years.sort((a, b) => b.value.localeCompare(a.value));
    return out;
  }
}

function compareText(a: string | undefined, b: string | undefined): number {
  return (a ?? '').localeCompare(b ?? '');
}

function newSize(length: number, index: number): number {
  let size = Math.max(length, 16);
  while (size <= index) size *= 2;
  return size;
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(next: T, old: T): T {
  next.set(old);
  return next;
}

/** The `docs.fv` blob: facet value ids as little-endian int32. */
export function encodeVids(vids: Int32Array): Uint8Array {
  return new Uint8Array(vids.buffer, vids.byteOffset, vids.byteLength);
}

/** The blob's ids without copying when it is aligned (a copy otherwise); valid while the blob is. */
export function vidsView(blob: Uint8Array): Int32Array {
  return blob.byteOffset % 4 === 0 ? new Int32Array(blob.buffer, blob.byteOffset, blob.byteLength >> 2) : decodeVids(blob);
}

export function decodeVids(blob: Uint8Array): Int32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Int32Array(copy.buffer);
}
