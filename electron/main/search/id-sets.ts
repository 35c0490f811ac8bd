/**
 * Sets of document row ids, as ascending `Int32Array`s (what FTS5 lookups return) or as
 * bitmaps, one bit per row id (the hot words' posting lists, hot-postings.ts).
 */

/** Parses `group_concat(rowid)` output ("3,17,42") into row ids. */
export function parseIds(list: string | null): Int32Array {
  if (!list) return new Int32Array(0);
  let n = 1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) n++;
  const out = new Int32Array(n);
  let at = 0;
  let v = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      out[at++] = v;
      v = 0;
    } else {
      v = v * 10 + c - 48;
    }
  }
  out[at] = v;
  return out;
}

/** Whether bit `rid` of `bits` is set. */
export function hasBit(bits: Uint8Array, rid: number): boolean {
  const byte = rid >> 3;
  return byte < bits.length && ((bits[byte] as number) & (1 << (rid & 7))) !== 0;
}

/** The set bits of `bits`, ascending. */
export function bitsToIds(bits: Uint8Array): Int32Array {
  let n = 0;
  for (let i = 0; i < bits.length; i++) {
    let b = bits[i] as number;
    while (b !== 0) {
      b &= b - 1;
      n++;
    }
  }
  const out = new Int32Array(n);
  let at = 0;
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] as number;
    if (b === 0) continue;
    for (let k = 0; k < 8; k++) if (b & (1 << k)) out[at++] = (i << 3) | k;
  }
  return out;
}

/** A bitmap of `ids`, at least `bytes` long. */
export function idsToBits(ids: ArrayLike<number>, bytes = 0): Uint8Array {
  let max = -1;
  for (let i = 0; i < ids.length; i++) if ((ids[i] as number) > max) max = ids[i] as number;
  const bits = new Uint8Array(Math.max(bytes, (max >> 3) + 1));
  for (let i = 0; i < ids.length; i++) {
    const rid = ids[i] as number;
    bits[rid >> 3] = (bits[rid >> 3] as number) | (1 << (rid & 7));
  }
  return bits;
}

/** `into |= bits`, over the length of `into`. */
export function orInto(into: Uint8Array, bits: Uint8Array): void {
  const n = Math.min(into.length, bits.length);
  for (let i = 0; i < n; i++) into[i] = (into[i] as number) | (bits[i] as number);
}

/** `into &= bits` (bytes beyond `bits` are cleared). */
export function andInto(into: Uint8Array, bits: Uint8Array): void {
  for (let i = 0; i < into.length; i++) into[i] = i < bits.length ? (into[i] as number) & (bits[i] as number) : 0;
}

/** The ids in both ascending lists. */
export function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}
