/**
 * OpenType shaping with fontkit (the engine inside pdfkit) for the scripts that need it:
 * Arabic joining forms and ligatures, Indic conjuncts and vowel signs, Thai and Hebrew mark
 * positioning. And the text behind every glyph, so that copying from the PDF (and pdftotext)
 * gives back the words.
 *
 * Two things fontkit does not give out of the box:
 * - The characters of each shaped glyph. fontkit's Glyph objects are shared per glyph id and
 *   keep the characters of their first use; Noto's Arabic faces draw ق and ف (and ب ت ث ن ي…)
 *   with the same dotless base glyph plus dot marks, so that first use would turn every ق
 *   into ف in the text layer. The characters are taken from the shaper's own glyph infos.
 * - One ToUnicode entry per glyph: a glyph standing for different characters in different
 *   places is embedded once per meaning (a copy in the subset), so each copy maps back to its
 *   own characters.
 */
import type { GlyphFont } from './glyph-run';

/** The parts of fontkit's Font this module uses. */
export interface FontkitFont {
  layout(text: string, features?: string[], script?: string, language?: string, direction?: 'ltr' | 'rtl'): FontkitRun;
  _layoutEngine?: { engine?: ShapingEngine };
}
interface FontkitRun {
  glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>;
  positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }>;
  /** Set by the hook below: the characters of each glyph, in the glyphs' order before any reversal. */
  cuttingsCodePoints?: number[][];
}
interface ShapingEngine {
  glyphInfos: Array<{ codePoints: number[] }> | null;
  setup(run: FontkitRun): void;
  substitute(run: FontkitRun): void;
}

/** The code points of the text being shaped, one per input glyph (set around each layout call). */
let input: number[] | null = null;

/** One glyph as shaped: its id in the font, the characters it stands for, and its placement (1/1000 em). */
export interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advance: number;
  xOffset: number;
  yOffset: number;
}

export interface ShapedRun {
  glyphs: ShapedGlyph[];
  /** Total advance in 1/1000 em. */
  advance: number;
}

const hooked = new WeakSet<object>();

/** Makes fontkit's OpenType engine for `font` record each glyph's characters after substitution. */
function hook(font: FontkitFont): void {
  const engine = font._layoutEngine?.engine;
  if (!engine || hooked.has(engine)) return;
  hooked.add(engine);
  // fontkit seeds each glyph's characters from its shared Glyph object, which keeps those of
  // the glyph's first use anywhere (alef would read as the إ it was first cut from); the
  // characters of the text itself are put back before substitution.
  const setup = engine.setup.bind(engine);
  engine.setup = (run: FontkitRun): void => {
    setup(run);
    const infos = engine.glyphInfos;
    if (input && infos && infos.length === input.length) infos.forEach((info, i) => (info.codePoints = [input?.[i] ?? 0]));
  };
  const substitute = engine.substitute.bind(engine);
  engine.substitute = (run: FontkitRun): void => {
    substitute(run);
    run.cuttingsCodePoints = engine.glyphInfos?.map((info) => [...info.codePoints]);
  };
}

/**
 * Shapes `text` (one font, one direction). Right-to-left runs come back in visual order, as
 * drawn from left to right; `mirror` maps a mirrored bracket back to the character written.
 */
export function shape(glyphs: GlyphFont, text: string, rtl: boolean, mirror: (cp: number) => number): ShapedRun {
  const shapes = shapesOf(glyphs);
  const cached = shapes.get(rtl ? `r${text}` : `l${text}`);
  if (cached) return cached;
  if (!NEEDS_SHAPING.test(text)) {
    const run = mapped(glyphs, text, rtl, mirror);
    shapes.set(rtl ? `r${text}` : `l${text}`, run);
    return run;
  }
  const font = glyphs.font.font as unknown as FontkitFont;
  hook(font);
  input = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  let run: FontkitRun;
  try {
    run = font.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
  } finally {
    input = null;
  }
  let codePoints = run.cuttingsCodePoints ?? run.glyphs.map((g) => g.codePoints);
  if (run.cuttingsCodePoints && rtl) codePoints = [...codePoints].reverse();
  const scale = glyphs.font.scale;
  let advance = 0;
  const out: ShapedGlyph[] = run.glyphs.map((glyph, i) => {
    const position = run.positions[i] ?? { xAdvance: glyph.advanceWidth, xOffset: 0, yOffset: 0 };
    const cps = codePoints[i] ?? [];
    advance += position.xAdvance * scale;
    return {
      id: glyph.id,
      codePoints: rtl ? cps.map(mirror) : cps,
      advance: position.xAdvance * scale,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
    };
  });
  const shaped = { glyphs: out, advance };
  shapes.set(rtl ? `r${text}` : `l${text}`, shaped);
  return shaped;
}

/** Shaped words belong to the parsed font, which every document of the process shares (fonts.ts). */
const shapesByFont = new WeakMap<object, Map<string, ShapedRun>>();

function shapesOf(glyphs: GlyphFont): Map<string, ShapedRun> {
  let shapes = shapesByFont.get(glyphs.font.font);
  if (!shapes) shapesByFont.set(glyphs.font.font, (shapes = new Map()));
  // Words stay for the process; a runaway variety (a long Thai dossier) starts afresh.
  if (shapes.size > 200_000) shapes.clear();
  return shapes;
}

/**
 * Letters whose glyphs depend on their neighbours or carry marks to place: Arabic, Hebrew
 * points, Devanagari, Thai, and combining marks anywhere. Anything else (numbers, punctuation,
 * unpointed Hebrew) is set from the character map: fontkit costs a fifth of a millisecond a call.
 */
const NEEDS_SHAPING = /[\u0620-\u064a\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c7\ufb50-\ufdfb\ufe70-\ufefc\u0904-\u097f\u0e01-\u0e5b]|\p{M}/u;

/** A run set from the character map alone: right to left, its characters reversed (and brackets mirrored). */
function mapped(glyphs: GlyphFont, text: string, rtl: boolean, mirror: (cp: number) => number): ShapedRun {
  const chars = Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
  if (rtl) chars.reverse();
  let advance = 0;
  const out = chars.map((cp) => {
    const glyph = glyphs.font.font.glyphForCodePoint(rtl ? mirror(cp) : cp);
    const width = glyphs.advanceOfGlyph(glyph.id);
    advance += width;
    return { id: glyph.id, codePoints: [cp], advance: width, xOffset: 0, yOffset: 0 };
  });
  return { glyphs: out, advance };
}

/**
 * The subset glyph id (CID) for a shaped glyph, embedding a copy of the glyph when the same
 * outline already stands for other characters (see the module comment).
 */
export function encodeShaped(glyphs: GlyphFont, glyph: ShapedGlyph): number {
  const key = `${glyph.id}:${glyph.codePoints.join(',')}`;
  const known = glyphs.clones.get(key);
  if (known !== undefined) return known;
  const font = glyphs.font;
  const subset = font.subset as unknown as { mapping: Record<number, number | undefined>; glyphs: number[]; includeGlyph(id: number): number };
  const first = subset.mapping[glyph.id];
  let cid: number;
  if (first === undefined) cid = subset.includeGlyph(glyph.id);
  else if (sameCodePoints(font.unicode[first], glyph.codePoints)) cid = first;
  else {
    // A second copy of the outline, with its own ToUnicode entry.
    subset.glyphs.push(glyph.id);
    cid = subset.glyphs.length - 1;
  }
  font.widths[cid] ??= glyphs.advanceOfGlyph(glyph.id);
  font.unicode[cid] ??= glyph.codePoints;
  glyphs.clones.set(key, cid);
  return cid;
}

function sameCodePoints(a: number[] | undefined, b: number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((cp, i) => cp === b[i]);
}
