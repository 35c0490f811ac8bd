/**
 * OpenType shaping with HarfBuzz (harfbuzzjs, its WebAssembly build) for the scripts that
 * need it: Arabic joining forms and ligatures, Indic conjuncts and vowel signs, Thai and
 * Hebrew mark positioning. And the text behind every glyph, so that copying from the PDF
 * (and pdftotext) gives back the words.
 *
 * HarfBuzz replaced fontkit's own shaper here: fontkit decodes a face's substitution and
 * positioning tables through restructure on first use, which cost half a second of the first
 * export of a dossier in many scripts (Devanagari and bold Naskh alone 0.2 s); HarfBuzz reads
 * the tables in place. fontkit still parses the faces for pdfkit (metrics, subsetting).
 *
 * The characters of each glyph come from HarfBuzz's clusters: a cluster's characters go to
 * its widest glyph (the base letter, not a dot or vowel mark drawn over it); its other glyphs
 * stand for no character. Noto's Arabic draws ق and ف (and ب ت ث ن ي…) with one dotless base
 * glyph plus dots, so one glyph can stand for different characters in different places: it is
 * embedded once per meaning (a copy in the subset), so each copy maps back to its own text.
 */
import { CuttingsError } from '../../../shared/errors';
import { fontBytes } from './fonts';
import type { GlyphFont } from './glyph-run';

type HarfBuzz = typeof import('harfbuzzjs');
let hb: HarfBuzz | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads HarfBuzz (once per process; its module compiles WebAssembly, so it is imported
 * asynchronously). Call before typesetting: {@link shape} is synchronous.
 */
export function loadShaper(): Promise<void> {
  loading ??= import('harfbuzzjs').then((module) => {
    hb = module;
  });
  return loading;
}

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

/**
 * Shapes `text` (one font, one direction). Right-to-left runs come back in visual order, as
 * drawn from left to right; `mirror` gives the glyph of a bracket drawn right to left.
 */
export function shape(glyphs: GlyphFont, text: string, rtl: boolean, mirror: (cp: number) => number): ShapedRun {
  const shapes = shapesOf(glyphs);
  const key = rtl ? `r${text}` : `l${text}`;
  const cached = shapes.get(key);
  if (cached) return cached;
  const run = NEEDS_SHAPING.test(text) ? shaped(glyphs, text, rtl) : mapped(glyphs, text, rtl, mirror);
  shapes.set(key, run);
  return run;
}

interface HarfBuzzFace {
  font: InstanceType<HarfBuzz['Font']>;
  buffer: InstanceType<HarfBuzz['Buffer']>;
}
const harfBuzzFaces = new WeakMap<object, HarfBuzzFace>();

function harfBuzzFace(glyphs: GlyphFont): { hb: HarfBuzz; face: HarfBuzzFace } {
  if (!hb) throw new CuttingsError('internal', 'The text shaper was not loaded before the dossier was typeset.');
  const parsed = glyphs.font.font;
  let face = harfBuzzFaces.get(parsed);
  if (!face) {
    const bytes = fontBytes(parsed);
    if (!bytes) throw new CuttingsError('internal', `The dossier font ${glyphs.font.name ?? ''} was not read from a file.`);
    face = { font: new hb.Font(new hb.Face(new hb.Blob(bytes), 0)), buffer: new hb.Buffer() };
    harfBuzzFaces.set(parsed, face);
  }
  return { hb, face };
}

/** `text` shaped by HarfBuzz, in visual order. */
function shaped(glyphs: GlyphFont, text: string, rtl: boolean): ShapedRun {
  const { hb: engine, face } = harfBuzzFace(glyphs);
  const { buffer } = face;
  buffer.reset();
  buffer.addText(text);
  buffer.setDirection(rtl ? engine.Direction.RTL : engine.Direction.LTR);
  buffer.guessSegmentProperties();
  engine.shape(face.font, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const carriers = clusterCarriers(infos, positions, rtl);
  const starts = [...carriers.keys()].sort((a, b) => a - b);
  const ends = new Map(starts.map((start, i) => [start, starts[i + 1] ?? text.length]));
  const scale = glyphs.font.scale;
  let advance = 0;
  const out = infos.map((info, i): ShapedGlyph => {
    const position = positions[i] ?? { xAdvance: 0, xOffset: 0, yOffset: 0 };
    advance += position.xAdvance * scale;
    const own = carriers.get(info.cluster) === i;
    return {
      id: info.codepoint,
      codePoints: own ? codePointsOf(text.slice(info.cluster, ends.get(info.cluster))) : [],
      advance: position.xAdvance * scale,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
    };
  });
  return { glyphs: out, advance };
}

/** Per cluster (its first character's offset), the index of the glyph that carries its characters. */
function clusterCarriers(
  infos: Array<{ cluster: number }>,
  positions: Array<{ xAdvance: number }>,
  rtl: boolean,
): Map<number, number> {
  const carriers = new Map<number, number>();
  // In logical order (right to left runs come out reversed), so a tie goes to the first glyph.
  for (let k = 0; k < infos.length; k++) {
    const i = rtl ? infos.length - 1 - k : k;
    const cluster = infos[i]?.cluster ?? 0;
    const best = carriers.get(cluster);
    if (best === undefined || (positions[i]?.xAdvance ?? 0) > (positions[best]?.xAdvance ?? 0)) carriers.set(cluster, i);
  }
  return carriers;
}

const codePointsOf = (text: string): number[] => Array.from(text, (ch) => ch.codePointAt(0) ?? 0);

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
 * unpointed Hebrew) is set from the character map, which is quicker still than shaping.
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
