/**
 * Text in any script, set on one line: the font for each run of characters (the style's own
 * face, else the script's fallback face), OpenType shaping where the script needs it, and
 * right-to-left runs put in visual order by the Unicode bidi algorithm (bidi-js). Latin,
 * Greek and Cyrillic text in a face that has all its glyphs takes the fast path of
 * glyph-run.ts instead; everything else comes here.
 */
import bidiFactory from 'bidi-js';
import { useFallback } from './fonts';
import { dictionaryWords } from './line-break';
import { currentGlyphFont, type GlyphFont } from './glyph-run';
import { familyOf, hanFamily, RTL, SHAPED, type Family } from './scripts';
import { encodeShaped, shape } from './shaping';

const bidi = bidiFactory();

/** A stretch of one line in one face and one direction, in visual order once placed. */
interface Piece {
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
const mirror = (cp: number): number => {
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
function pieces(
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
 * The advance of each character of a paragraph, in points (a shaped word's whole advance on
 * its first character): line breaking sums them instead of measuring every candidate line again.
 */
export function advances(
  doc: PDFKit.PDFDocument,
  primary: GlyphFont,
  text: string,
  size: number,
  lang: string | null,
): Float64Array {
  const out = new Float64Array(text.length);
  for (const piece of pieces(doc, primary, text, null, lang, true)) {
    const scale = (size * sizeFactor(piece)) / 1000;
    const end = piece.start + piece.text.length;
    if (!piece.shaped) {
      for (let i = piece.start; i < end; ) {
        const cp = text.codePointAt(i) ?? 0;
        out[i] = piece.glyphs.width(cp > 0xffff ? String.fromCodePoint(cp) : text.charAt(i)) * scale;
        i += cp > 0xffff ? 2 : 1;
      }
      continue;
    }
    // Thai only positions its marks (a mark has no advance of its own), and may break inside a
    // run without spaces: its characters' own advances are exact.
    if (piece.glyphs.family === 'thai') {
      for (let i = piece.start; i < end; i++) out[i] = piece.glyphs.width(text.charAt(i)) * scale;
      continue;
    }
    // Other shaped text: word by word, the very units drawing shapes, so the cache serves both.
    let at = piece.start;
    for (const unit of shapingUnits(piece.text)) {
      out[at] = shape(piece.glyphs, unit, piece.rtl, mirror).advance * scale;
      at += unit.length;
    }
  }
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

function sizeFactor(piece: Piece): number {
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
function visualOrder(list: Piece[]): Piece[] {
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

const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/u;

/**
 * The units a piece is shaped in: words and the spaces between them; in Thai (written without
 * spaces) the dictionary's words. No script shapes across them, and each unit's shaping is
 * cached, so a word met again costs nothing (cutting Thai into words costs less than shaping
 * whole sentences that never come again).
 */
function shapingUnits(text: string, visual = false): string[] {
  let units: string[] = text.match(/\s+|[^\s]+/gu) ?? [];
  if (UNSPACED.test(text)) {
    units = units.flatMap((unit) => {
      if (!UNSPACED.test(unit)) return [unit];
      const starts = dictionaryWords(unit).starts;
      return starts.map((start, i) => unit.slice(start, starts[i + 1] ?? unit.length));
    });
  }
  // Right to left, the first word is drawn last.
  return visual ? units.reverse() : units;
}

/** Width of a piece in 1/1000 em. */
function pieceAdvance(piece: Piece): number {
  if (!piece.shaped) return piece.glyphs.width(piece.text);
  let total = 0;
  for (const unit of shapingUnits(piece.text)) total += shape(piece.glyphs, unit, piece.rtl, mirror).advance;
  return total;
}

/**
 * The operators drawing one shaped unit at the pen, and its advance (1/1000 em); kept per face,
 * size and direction, since a word is drawn many times the same way. TJ places each glyph at the
 * pen plus its offset: the number before a glyph moves it by the difference from where the
 * font's own advances would have put it, and the last one leaves the pen at the unit's end. A
 * left-to-right shaped word (Devanagari, Thai) carries its text as ActualText: its glyphs are
 * reordered (a vowel sign before its consonant) and its marks raised, which a text extractor
 * would otherwise read in drawing order, or on a line of their own.
 */
function unitOps(piece: Piece, unit: string, size: number): { ops: string; advance: number } {
  const key = `${size}${piece.rtl ? 'r' : 'l'}${unit}`;
  const cached = piece.glyphs.unitOps.get(key);
  if (cached) return cached;
  const { glyphs, advance } = shape(piece.glyphs, unit, piece.rtl, mirror);
  const actual = !piece.rtl && /\S/u.test(unit);
  let ops = actual ? `/Span <</ActualText ${utf16Hex(unit)}>> BDC\n` : '';
  let drawn = 0;
  let pen = 0;
  let rise = 0;
  let array = '';
  for (const glyph of glyphs) {
    const cid = encodeShaped(piece.glyphs, glyph);
    const target = pen + glyph.xOffset;
    const y = (glyph.yOffset * size) / 1000;
    if (Math.abs(y - rise) > 0.001) {
      if (array) ops += `[${array}] TJ\n`;
      ops += `${num(y)} Ts\n`;
      array = '';
      rise = y;
    }
    if (Math.abs(drawn - target) > 0.01) array += `${num(drawn - target)} `;
    array += `<${hex(cid)}>`;
    drawn = target + (piece.glyphs.font.widths[cid] ?? glyph.advance);
    pen += glyph.advance;
  }
  if (Math.abs(drawn - pen) > 0.01) array += ` ${num(drawn - pen)}`;
  if (array) ops += `[${array}] TJ\n`;
  if (rise) ops += '0 Ts\n';
  if (actual) ops += 'EMC\n';
  const result = { ops, advance };
  piece.glyphs.unitOps.set(key, result);
  return result;
}

/** A PDF text string (UTF-16BE with its byte-order mark) in hex. */
function utf16Hex(text: string): string {
  let out = 'FEFF';
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, '0');
  return `<${out}>`;
}

/** Width of `text` in points, in the style whose face is `primary`. */
export function complexWidth(doc: PDFKit.PDFDocument, primary: GlyphFont, text: string, size: number, lang: string | null): number {
  let total = 0;
  for (const piece of pieces(doc, primary, text, null, lang, true)) total += pieceAdvance(piece) * sizeFactor(piece);
  return (total * size) / 1000;
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

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

function hex(cid: number): string {
  return cid.toString(16).padStart(4, '0');
}

/**
 * Content-stream operators drawing one line with its left end at `x` on `baseline` (in PDF's
 * unflipped coordinates); the caller wraps them in BT…ET. Registers the fonts used on the page.
 */
export function complexLineOps(
  doc: PDFKit.PDFDocument,
  primary: GlyphFont,
  text: string,
  x: number,
  baseline: number,
  size: number,
  rtl: boolean | null,
  lang: string | null,
): string {
  const page = (doc as unknown as { page: { fonts: Record<string, unknown> } }).page;
  let ops = '';
  let pen = x;
  for (const piece of visualOrder(pieces(doc, primary, text, rtl, lang))) {
    const font = piece.glyphs.font;
    const pieceSize = size * sizeFactor(piece);
    page.fonts[font.id] ??= font.ref();
    ops += `/${font.id} ${num(pieceSize)} Tf\n1 0 0 1 ${num(pen)} ${num(baseline)} Tm\n`;
    if (!piece.shaped) {
      ops += `(${piece.glyphs.encode(piece.text)}) Tj\n`;
      pen += (piece.glyphs.width(piece.text) * pieceSize) / 1000;
      continue;
    }
    let advance = 0;
    for (const unit of shapingUnits(piece.text, piece.rtl)) {
      const drawn = unitOps(piece, unit, pieceSize);
      ops += drawn.ops;
      advance += drawn.advance;
    }
    pen += (advance * pieceSize) / 1000;
  }
  return ops;
}
