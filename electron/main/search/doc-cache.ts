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
export type KindName = keyof typeof Kind;

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
  /** Facet value ids per document rowid; undefined = no such document. */
  private vids: Array<Int32Array | undefined> = [];
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
  /** Facets of the whole archive (the empty query), until the next change. */
  private allFacets: Facets | null = null;

  /** Loads everything from the database (on open and after an outside writer commits). */
  load(db: DatabaseSync): void {
    this.allFacets = null;
    this.vids = [];
    this.displays = [];
    this.lookup.clear();
    this.live = 0;
    const vals = db.prepare('SELECT vid, kind, folded, display FROM vals');
    vals.setReturnArrays(true);
    for (const row of vals.iterate() as Iterable<[number, number, string, string]>) {
      this.addValue(row[0], row[1], row[2], row[3]);
    }
    const docs = db.prepare('SELECT rid, fv, dkey, ckey, day, flags FROM docs');
    docs.setReturnArrays(true);
    for (const row of docs.all() as unknown as Array<[number, Uint8Array, number, number, number, number]>) {
      this.setDoc(row[0], { vids: decodeVids(row[1]), dateKey: row[2], capturedKey: row[3], day: row[4], flags: row[5] });
    }
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
    if (rid >= this.dateKey.length) {
      const size = newSize(this.dateKey.length, rid);
      this.dateKey = grown(new Float64Array(size), this.dateKey);
      this.capturedKey = grown(new Float64Array(size), this.capturedKey);
      this.day = grown(new Int32Array(size), this.day);
      this.flags = grown(new Uint8Array(size), this.flags);
    }
    if (this.vids[rid] === undefined) this.live++;
    this.vids[rid] = doc.vids;
    this.dateKey[rid] = doc.dateKey;
    this.capturedKey[rid] = doc.capturedKey;
    this.day[rid] = doc.day;
    this.flags[rid] = doc.flags;
  }

  /** A document's facet value ids (undefined when there is no such document). */
  vidsOf(rid: number): Int32Array | undefined {
    return this.vids[rid];
  }

  /** One past the highest rowid ever seen: the size for per-rowid bitmaps. */
  get ridLimit(): number {
    return this.vids.length;
  }

  /** One past the highest value id. */
  get vidLimit(): number {
    return this.displays.length;
  }

  deleteDoc(rid: number): void {
    this.allFacets = null;
    if (this.vids[rid] !== undefined) this.live--;
    this.vids[rid] = undefined;
  }

  /** Every document rowid. */
  allRids(): Int32Array {
    const out = new Int32Array(this.live);
    let n = 0;
    for (let rid = 0; rid < this.vids.length; rid++) if (this.vids[rid] !== undefined) out[n++] = rid;
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
    const touched: number[] = [];
    for (let i = 0; i < count; i++) {
      const vids = this.vids[rids[i] as number];
      if (vids === undefined) continue;
      for (let j = 0; j < vids.length; j++) {
        const vid = vids[j] as number;
        if (counts[vid] === 0) touched.push(vid);
        counts[vid] = (counts[vid] as number) + 1;
      }
    }
    const byKind = new Map<number, number[]>();
    for (const vid of touched) {
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

export function decodeVids(blob: Uint8Array): Int32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Int32Array(copy.buffer);
}
