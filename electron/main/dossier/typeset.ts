/**
 * Text in any script, set on one line: measured and drawn piece by piece (line-pieces.ts cuts
 * the line into pieces of one face and one direction, in visual order), with OpenType shaping
 * where the script needs it. Latin, Greek and Cyrillic text in a face that has all its glyphs
 * takes the fast path of glyph-run.ts instead; everything else comes here.
 */
import type { GlyphFont } from './glyph-run';
import { dictionaryWords } from './line-break';
import { mirror, pieces, sizeFactor, visualOrder, type Piece } from './line-pieces';
import { encodeShaped, shape } from './shaping';

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
