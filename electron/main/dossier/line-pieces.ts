/**
 * A line of text in any script cut into pieces, each of one face and one direction: the face
 * for each run of characters (the style's own face, else the script's fallback face; marks
 * stay with their base, punctuation and spaces with the face around them), the Unicode bidi
 * levels (bidi-js) and the visual order of the pieces. typeset.ts measures and draws them.
 */
import bidiFactory from 'bidi-js';
import { useFallback } from './fonts';
import { currentGlyphFont, type GlyphFont } from './glyph-run';
import { familyOf, hanFamily, RTL, SHAPED, type Family } from './scripts';

const bidi = bidiFactory();

/** A stretch of one line in one face and one direction, in visual order once placed. */
export interface Piece {
  glyphs: GlyphFont;
  /** Where the piece starts in the text (UTF-16 offset). */
  start: number;
  text: string;
  rtl: boolean;
  level: number;
  /** Drawn glyph by glyph from fontkit's shaping (else through the face's character map). */
  shaped: boolean;
}

interface DocInternals {
  _font: GlyphFont['font'];
}

const NEUTRAL_RE = /[\s\p{P}\p{S}\p{N}]/u;
const MARK_RE = /\p{M}/u;
/** Per BMP code unit: 0 unknown, 1 letter, 2 neutral (space, punctuation, symbol, digit), 3 combining mark. */
const classes = new Uint8Array(0x10000);

function classOf(cp: number): number {
  let known = cp < 0x10000 ? classes[cp] : 0;
  if (!known) {
    const ch = String.fromCodePoint(cp);
    known = MARK_RE.test(ch) ? 3 : NEUTRAL_RE.test(ch) ? 2 : 1;
    if (cp < 0x10000) classes[cp] = known;
  }
  return known;
}
const NEUTRAL = 2;
const MARK = 3;
const RTL_FAMILIES: ReadonlySet<Family | null> = new Set(['arabic', 'hebrew']);
/** The mirrored form of a bracket or sign set right to left (its shaping asks for it). */
export const mirror = (cp: number): number => {
  const ch = bidi.getMirroredCharacter(String.fromCodePoint(cp));
  return ch ? (ch.codePointAt(0) ?? cp) : cp;
};

/** The face of the document for `family`, weighted like `primary`. */
function fallbackGlyphs(doc: PDFKit.PDFDocument, primary: GlyphFont, family: Family): GlyphFont {
  const cached = primary.fallbacks.get(family);
  if (cached) return cached;
  const name = primary.font.name ?? '';
  const face = useFallback(doc, family, /Bold/i.test(name), /Serif/i.test(name) && !/Sans/i.test(name));
  const internals = doc as unknown as DocInternals;
  const saved = internals._font;
  doc.font(face);
  const glyphs = currentGlyphFont(doc);
  glyphs.family = family;
  internals._font = saved;
  primary.fallbacks.set(family, glyphs);
  return glyphs;
}

/**
 * Splits `text` into pieces of one face and one bidi level, in logical order. Characters the
 * style's face lacks go to their script's face; punctuation, digits and spaces stay with the
 * face around them when it has them; combining marks stay with their base.
 */
export function pieces(
  doc: PDFKit.PDFDocument,
  primary: GlyphFont,
  text: string,
  rtlBase: boolean | null,
  lang: string | null,
  measureOnly = false,
): Piece[] {
  const han = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f]/u.test(text) ? hanFamily(text, lang) : 'sc';
  // Measuring needs no bidi levels (a width is the same in any order): Hebrew and Arabic faces
  // are taken as right to left, so their words are shaped (and cached) as they will be drawn.
  const levels = measureOnly ? null : bidiLevels(text, rtlBase);
  const out: Piece[] = [];
  let current: Piece | null = null;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const kind = classOf(cp);
    const family = familyOf(cp, han);
    let glyphs: GlyphFont;
    if (current && kind === MARK) glyphs = current.glyphs;
    else if (family) {
      const face = fallbackGlyphs(doc, primary, family);
      glyphs = face.covers(cp) || !primary.covers(cp) ? face : primary;
    } else {
      // Spaces, digits and punctuation stay in the face around them (or of the word they open).
      const around = kind === NEUTRAL ? (current?.glyphs ?? leadingFace(doc, primary, text, i, han)) : null;
      if (around?.covers(cp)) glyphs = around;
      else glyphs = primary.covers(cp) ? primary : (coveringFallback(doc, primary, cp) ?? primary);
    }
    const level = levels ? (levels[i] ?? 0) : measureOnly && RTL_FAMILIES.has(glyphs.family) ? 1 : 0;
    if (!current || current.glyphs !== glyphs || current.level !== level) {
      current = { glyphs, start: i, text: '', rtl: level % 2 === 1, level, shaped: glyphs.family !== null && SHAPED.has(glyphs.family) };
      out.push(current);
    }
    if (!current.shaped && (current.rtl || kind === MARK)) current.shaped = true;
    i += cp > 0xffff ? 2 : 1;
  }
  // Each piece runs to the start of the next (its text cut once, not grown character by character).
  out.forEach((piece, k) => (piece.text = text.slice(piece.start, out[k + 1]?.start ?? text.length)));
  return out;
}

/**
 * For punctuation or spaces opening a text: the face of the first letter after them, so that
 * " word" measures the same as the space and word inside a longer line.
 */
function leadingFace(doc: PDFKit.PDFDocument, primary: GlyphFont, text: string, from: number, han: Family): GlyphFont | null {
  for (let i = from; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    if (classOf(cp) !== NEUTRAL) {
      const family = familyOf(cp, han);
      return family ? fallbackGlyphs(doc, primary, family) : primary;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return null;
}

/**
 * Arabic letters are small for their body: at the size of the Latin beside them they read a
 * size smaller, as Arabic newspapers' own type shows. Their faces are set this much larger.
 */
const SIZE_FACTOR: Partial<Record<Family, number>> = { arabic: 1.15 };

export function sizeFactor(piece: Piece): number {
  return piece.glyphs.family ? (SIZE_FACTOR[piece.glyphs.family] ?? 1) : 1;
}

const SEARCH_ORDER: Family[] = ['sc', 'arabic', 'hebrew', 'devanagari', 'thai', 'kr'];

/** A fallback face that has `cp` (symbols the style's face lacks), or null. */
function coveringFallback(doc: PDFKit.PDFDocument, primary: GlyphFont, cp: number): GlyphFont | null {
  for (const family of SEARCH_ORDER) {
    const face = fallbackGlyphs(doc, primary, family);
    if (face.covers(cp)) return face;
  }
  return null;
}

/** Pieces in visual order (rule L2 of the bidi algorithm: reverse each run at or above each odd level). */
export function visualOrder(list: Piece[]): Piece[] {
  let order = list;
  const max = Math.max(0, ...list.map((p) => p.level));
  const minOdd = Math.min(...list.map((p) => (p.level % 2 === 1 ? p.level : Infinity)));
  for (let level = max; level >= Math.min(minOdd, max + 1) && level >= 1; level--) {
    const next: Piece[] = [];
    for (let i = 0; i < order.length; ) {
      const piece = order[i] as Piece;
      if (piece.level < level) {
        next.push(piece);
        i++;
        continue;
      }
      let end = i;
      while (end < order.length && (order[end] as Piece).level >= level) end++;
      next.push(...order.slice(i, end).reverse());
      i = end;
    }
    order = next;
  }
  return order;
}

/**
 * The face chosen for each stretch of `text` set in the current font, and the characters of
 * it that face has no glyph for (spaces aside): what the "no missing glyph" test checks.
 */
export function chosenFaces(
  doc: PDFKit.PDFDocument,
  text: string,
  lang: string | null,
): Array<{ face: string; text: string; missing: string[] }> {
  const primary = currentGlyphFont(doc);
  return pieces(doc, primary, text.normalize('NFC'), null, lang).map((piece) => ({
    face: piece.glyphs.font.name ?? piece.glyphs.font.id,
    text: piece.text,
    missing: [...piece.text].filter((ch) => /\S/u.test(ch) && !piece.glyphs.covers(ch.codePointAt(0) ?? 0)),
  }));
}

/**
 * True when the paragraph runs right to left: its first letter (rule P2's first strong
 * character, no explicit embeddings in press text) is Hebrew or Arabic.
 */
export function isRtlParagraph(text: string): boolean {
  if (!RTL.test(text)) return false;
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && RTL.test(first);
}

/** Only right-to-left letters, spaces and punctuation that no rule of the algorithm turns around. */
const PLAIN_RTL = /^[\s\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff.,:;!?"'«»\-–—…،؛؟]*$/u;

/** Bidi embedding levels of `text` (null: all left to right), skipping the algorithm where its answer is plain. */
function bidiLevels(text: string, rtlBase: boolean | null): Uint8Array | null {
  if (!RTL.test(text) && !rtlBase) return null;
  // A right-to-left line of letters and plain punctuation is level 1 throughout.
  if ((rtlBase || (rtlBase === null && isRtlParagraph(text))) && PLAIN_RTL.test(text)) return new Uint8Array(text.length).fill(1);
  return bidi.getEmbeddingLevels(text, rtlBase === null ? 'auto' : rtlBase ? 'rtl' : 'ltr').levels;
}
