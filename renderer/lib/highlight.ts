/**
 * Splits a snippet into plain and highlighted runs from the search engine's [start, end)
 * offsets, so matches render as `<mark>` elements without ever touching innerHTML.
 */

/** One run of a snippet; `mark` runs are matches. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Returns the snippet as runs; out-of-range, empty and overlapping ranges are tolerated. */
export function segments(text: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const clean = ranges
    .map(([a, b]): [number, number] => [Math.max(0, Math.min(a, b)), Math.min(text.length, Math.max(a, b))])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of clean) {
    // Overlapping ranges merge into the mark already emitted.
    const from = Math.max(start, at);
    if (end <= from) continue;
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    const last = out[out.length - 1];
    if (last?.mark && from === at) last.text += text.slice(from, end);
    else out.push({ text: text.slice(from, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
