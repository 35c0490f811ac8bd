/**
 * Page layout from boxes of text — letters found on a scan, or words of a PDF's text layer:
 * the blocks of text (the headline, each column's paragraphs) and the order a reader takes
 * them in. The same rules serve both, so a scan and an e-paper PDF of one page read alike.
 *
 * Boxes are first sorted by size: headline type (twice the body's height or more) and body
 * type are laid out separately, so a headline never melts into the column under it. Each
 * layer is smeared (run-length smoothing): gaps narrower than a word space close along a
 * line, gaps shorter than a paragraph break close down a column; a gutter between columns is
 * wider than both and stays open. What stays joined is a block.
 */
import { components, median } from './components';
import type { Box } from './gray';

export interface TextBlock extends Box {
  /** Median height of the boxes in the block (letter or type size). */
  size: number;
  /** Set in headline type (see {@link BIG}). */
  big: boolean;
  /** Indexes of the input boxes in the block. */
  members: number[];
}

export interface LayoutOptions {
  /** Letters: each box is one glyph (0.5–1 em high). Words: each box is a line-high run of type. */
  unit: 'letter' | 'word';
}

/**
 * Headline type against body type. A PDF gives type sizes exactly, so a headline half again the
 * body's size is told; letters of a scan vary more (ascenders, a touching pair) and need more.
 */
const BIG: Record<LayoutOptions['unit'], number> = { word: 1.45, letter: 1.7 };

/** Blocks of text, in reading order. `width`/`height` bound the boxes (page or image size). */
export function layoutBlocks(boxes: Box[], width: number, height: number, options: LayoutOptions): TextBlock[] {
  const heights = boxes.map((b) => b.y1 - b.y0);
  const body = median(heights.filter((_, i) => isLetterLike(boxes[i] as Box, options)));
  if (!body) return [];
  const bigIdx: number[] = [];
  const bodyIdx: number[] = [];
  boxes.forEach((b, i) => ((b.y1 - b.y0) >= BIG[options.unit] * body ? bigIdx : bodyIdx).push(i));
  // A headline is a few words over many: when "headline type" holds a good part of the page,
  // the body's size was misjudged (specks of noise outnumbering letters) and there is none.
  if (bigIdx.length > 0.3 * boxes.length) {
    bodyIdx.push(...bigIdx);
    bigIdx.length = 0;
  }
  let big = group(boxes, bigIdx, width, height, options, true);
  // A few tall boxes in a column (letters touching across lines, a drop cap) are no headline.
  const lone = big.filter((b) => b.members.length < (options.unit === 'letter' ? 4 : 1));
  if (lone.length) {
    big = big.filter((b) => !lone.includes(b));
    bodyIdx.push(...lone.flatMap((b) => b.members));
  }
  // Specks along a photographed page's edge or a fold come out as blocks of tiny "letters".
  const small = group(boxes, bodyIdx, width, height, options, false).filter((b) => b.size >= body * 0.6);
  const rest = joinHeadlineParts(big, small, body);
  return readingOrder(joinLineFragments([...joinOverlapping(big), ...rest], options));
}

/**
 * A word left apart on its line (a wide space of justified type) is a fragment of the block
 * whose line it sits on, not a block of its own. A block of one line, within another's lines,
 * near its right edge, joins it when the column is that wide: another block of the column
 * spans from the block's left edge to the fragment's right edge (so a narrow gutter is never
 * taken for a wide space). Returns the blocks not joined to another.
 */
function joinLineFragments(blocks: TextBlock[], options: LayoutOptions): TextBlock[] {
  // One line: a letter's size is about an x-height and a half, a word's a full line.
  const line = options.unit === 'letter' ? 3.5 : 1.5;
  const joined = new Set<TextBlock>();
  for (const f of blocks) {
    if (f.big || f.y1 - f.y0 > line * f.size) continue;
    const home = blocks.find(
      (b) =>
        b !== f &&
        !b.big &&
        !joined.has(b) &&
        b.x0 < f.x0 &&
        f.x0 <= b.x1 + 3 * b.size &&
        f.y0 >= b.y0 - 0.5 * b.size &&
        f.y1 <= b.y1 + 0.5 * b.size &&
        blocks.some((g) => g !== b && g !== f && !g.big && g.x0 <= b.x0 + b.size && g.x1 >= f.x1 - b.size),
    );
    if (!home) continue;
    home.x1 = Math.max(home.x1, f.x1);
    home.y0 = Math.min(home.y0, f.y0);
    home.y1 = Math.max(home.y1, f.y1);
    home.members.push(...f.members);
    joined.add(f);
  }
  return blocks.filter((b) => !joined.has(b));
}

/**
 * Headline blocks whose boxes overlap on the same line are one: a headline photographed at a
 * slant can fall apart into two runs whose ends interleave ("Bahnstreik legt Fernverke|hr
 * lahm"), and read one after the other each would take the other's letters, the right-hand
 * one first when it starts a pixel higher.
 */
export function joinOverlapping(blocks: TextBlock[]): TextBlock[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i] as TextBlock;
      const b = out[j] as TextBlock;
      const shared = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      if (across <= 0 || shared < 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) continue;
      const members = [...a.members, ...b.members];
      out[i] = { ...a, x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1), members, size: Math.max(a.size, b.size) };
      out.splice(j, 1);
      j = i; // the grown block may now overlap one already passed
    }
  }
  return out;
}

/**
 * A headline's lower-case words can fall short of headline size where its capitals do not
 * (letters of a blurred photo vary): a block of large-ish type on the headline's own line,
 * next to it, is part of it. Returns the blocks not taken.
 */
function joinHeadlineParts(big: TextBlock[], small: TextBlock[], body: number): TextBlock[] {
  return small.filter((b) => {
    if (b.size < 1.3 * body) return true;
    const home = big.find((h) => {
      const shared = Math.min(b.y1, h.y1) - Math.max(b.y0, h.y0);
      const gap = Math.max(b.x0 - h.x1, h.x0 - b.x1);
      return shared >= 0.5 * Math.min(b.y1 - b.y0, h.y1 - h.y0) && gap <= 2 * h.size;
    });
    if (!home) return true;
    home.x0 = Math.min(home.x0, b.x0);
    home.y0 = Math.min(home.y0, b.y0);
    home.x1 = Math.max(home.x1, b.x1);
    home.y1 = Math.max(home.y1, b.y1);
    home.members.push(...b.members);
    return false;
  });
}

function isLetterLike(b: Box, options: LayoutOptions): boolean {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  return options.unit === 'word' || (w <= 3 * h && h >= 3);
}

/** One layer: boxes of similar size smeared into blocks. */
function group(boxes: Box[], idx: number[], width: number, height: number, options: LayoutOptions, big: boolean): TextBlock[] {
  if (idx.length === 0) return [];
  const size = median(idx.map((i) => (boxes[i] as Box).y1 - (boxes[i] as Box).y0));
  // Work on a coarse grid (a quarter of the type size a cell) so a page is a few hundred cells wide.
  const cell = Math.max(1, size / 4);
  const gw = Math.ceil(width / cell) + 1;
  const gh = Math.ceil(height / cell) + 1;
  const mask = new Uint8Array(gw * gh);
  for (const i of idx) {
    const b = boxes[i] as Box;
    for (let y = Math.floor(b.y0 / cell); y < Math.ceil(b.y1 / cell); y++)
      for (let x = Math.floor(b.x0 / cell); x < Math.ceil(b.x1 / cell); x++) mask[y * gw + x] = 1;
  }
  // Letter boxes are about an x-height high: a word space is under one, a gutter two or more.
  // Word boxes are a full line high (1 em): a word space is a third of it, a gutter one or more.
  const along = options.unit === 'letter' ? 1.2 : 0.6;
  const down = options.unit === 'letter' ? 2.0 : 1.0;
  smear(mask, gw, gh, Math.round((along * size) / cell), 'row');
  smear(mask, gw, gh, Math.round((down * size) / cell), 'column');
  const regions = components(mask, gw, gh);
  const blocks: TextBlock[] = regions.map((r) => ({ x0: r.x0 * cell, y0: r.y0 * cell, x1: r.x1 * cell, y1: r.y1 * cell, size: 0, big, members: [] }));
  for (const i of idx) {
    const b = boxes[i] as Box;
    const cx = (b.x0 + b.x1) / 2;
    const cy = (b.y0 + b.y1) / 2;
    const home = blocks.find((k) => cx >= k.x0 && cx <= k.x1 && cy >= k.y0 && cy <= k.y1);
    home?.members.push(i);
  }
  // A lone speck (a dot, a stain) is no block of text.
  const least = big || options.unit === 'word' ? 1 : 3;
  return blocks
    .filter((k) => k.members.length >= least)
    .map((k) => {
      const members = k.members.map((i) => boxes[i] as Box);
      return {
        ...k,
        x0: Math.min(...members.map((m) => m.x0)),
        y0: Math.min(...members.map((m) => m.y0)),
        x1: Math.max(...members.map((m) => m.x1)),
        y1: Math.max(...members.map((m) => m.y1)),
        size: median(members.map((m) => m.y1 - m.y0)),
      };
    });
}

/** Closes runs of 0 no longer than `gap` between two 1s, along rows or down columns. */
function smear(mask: Uint8Array, w: number, h: number, gap: number, along: 'row' | 'column'): void {
  const [outer, inner, step, stride] = along === 'row' ? [h, w, 1, w] : [w, h, w, 1];
  for (let o = 0; o < outer; o++) {
    const base = o * stride;
    let last = -1;
    for (let i = 0; i < inner; i++) {
      const at = base + i * step;
      if (!mask[at]) continue;
      if (last >= 0 && i - last - 1 <= gap) for (let j = last + 1; j < i; j++) mask[base + j * step] = 1;
      last = i;
    }
  }
}

const overlapX = (a: Box, b: Box): boolean => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);

/**
 * Reading order: columns left to right, each top to bottom; a block spanning several columns
 * (a headline, a cross-head over both columns) starts a new band of columns under it.
 */
export function readingOrder<T extends Box>(blocks: T[]): T[] {
  if (blocks.length <= 1) return blocks;
  const byX = [...blocks].sort((a, b) => a.x0 - b.x0);
  // Columns of a photographed page may overlap by a hair (the page at an angle): allow 1.5%.
  const slack = 0.015 * (Math.max(...blocks.map((b) => b.x1)) - Math.min(...blocks.map((b) => b.x0)));
  let reach = -Infinity;
  for (let i = 0; i < byX.length - 1; i++) {
    reach = Math.max(reach, (byX[i] as T).x1);
    if (reach <= (byX[i + 1] as T).x0 + slack) {
      return [...readingOrder(byX.slice(0, i + 1)), ...readingOrder(byX.slice(i + 1))];
    }
  }
  const spanning = blocks.filter((b) => spansColumns(b, blocks, slack));
  if (spanning.length === 0) return [...blocks].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  spanning.sort((a, b) => a.y0 - b.y0);
  const out: T[] = [];
  let rest = blocks.filter((b) => !spanning.includes(b));
  for (const s of spanning) {
    const mid = (s.y0 + s.y1) / 2;
    const above = rest.filter((b) => (b.y0 + b.y1) / 2 < mid);
    rest = rest.filter((b) => !above.includes(b));
    out.push(...readingOrder(above), s);
  }
  return [...out, ...readingOrder(rest)];
}

/** True when `b` lies over two blocks side by side under it, each a good part of its width (columns). */
function spansColumns(b: Box, all: Box[], slack: number): boolean {
  const width = b.x1 - b.x0;
  const under = all.filter((o) => o !== b && overlapX(o, b) && o.y0 >= b.y1 - 1 && o.x1 - o.x0 >= width * 0.25);
  return under.some((p) => under.some((q) => p !== q && p.x0 < q.x0 && p.x1 <= q.x0 + slack));
}
