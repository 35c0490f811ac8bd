/**
 * Fast text for body copy. pdfkit sends every new word through fontkit's OpenType shaper
 * (GSUB/GPOS), which costs about 0.2 ms a word: with the 13,000 distinct words of a
 * 200-clipping dossier that was most of the export time. Latin, Cyrillic and Greek in NFC
 * need no shaping beyond kerning, so body lines map characters to glyphs through the font's
 * cmap, use their advance widths, and are written as one Tj string, into the same embedded
 * font pdfkit uses (same subset, same ToUnicode map, so text extraction is unchanged).
 * The cost is kerning: body text is set unkerned, as most office documents are. Text in
 * other scripts, or with characters the face lacks, is set by typeset.ts.
 */

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

import type { Family } from './scripts';
import { complexLineOps, complexWidth } from './typeset';
import { SIMPLE } from './scripts';

/** The parts of pdfkit's EmbeddedFont this module relies on (pdfkit 0.20). */
export interface EmbeddedFont {
  id: string;
  /** The face's PostScript name ("DejaVuSerif-Bold", "NotoSansSC-Regular"). */
  name?: string;
  font: {
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    getGlyph(id: number): FontkitGlyph;
    hmtx: { metrics: { length: number; get(index: number): { advance: number } } };
  };
  subset: { includeGlyph(glyph: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
  ascender: number;
  ref(): unknown;
}

interface DocInternals {
  _font: EmbeddedFont;
  _fontSize: number;
  page: PDFKit.PDFPage & { fonts: Record<string, unknown> };
}

/**
 * Glyph metrics and encoding for one embedded font. Lookups go through flat tables indexed
 * by UTF-16 code unit (astral characters, rare in press text, through a Map): measuring and
 * encoding touch every character of every clipping, so this is the innermost loop.
 */
export class GlyphFont {
  /** Advance in 1/1000 em per BMP code unit; NaN until looked up. */
  private readonly advances = new Float64Array(0x10000).fill(Number.NaN);
  /** Escaped two-byte string code per BMP code unit, once the glyph has been drawn. */
  private readonly codes: Array<string | undefined> = new Array<string | undefined>(0x10000);
  private readonly astral = new Map<number, { advance: number; code?: string }>();
  /** 1 when the face has a glyph for a BMP code unit, 2 when not, 0 until looked up. */
  private readonly coverage = new Uint8Array(0x10000);
  /** The script family this face serves as a fallback for; null for the base (DejaVu) faces. */
  family: Family | null = null;
  /** Subset ids of shaped glyphs by glyph id and characters (shaping.ts). */
  readonly clones = new Map<string, number>();
  /** Drawing operators of shaped units by size, direction and text (typeset.ts). */
  readonly unitOps = new Map<string, { ops: string; advance: number }>();
  /** This face's fallback faces by family, weighted like it (typeset.ts). */
  readonly fallbacks = new Map<Family, GlyphFont>();
  constructor(readonly font: EmbeddedFont) {}

  /** True when the face has a glyph (other than .notdef) for the code point. */
  covers(cp: number): boolean {
    if (cp >= 0x10000) return this.font.font.glyphForCodePoint(cp).id !== 0;
    let known = this.coverage[cp];
    if (!known) this.coverage[cp] = known = this.font.font.glyphForCodePoint(cp).id !== 0 ? 1 : 2;
    return known === 1;
  }

  /** True when the face has a glyph for every character of `text`. */
  coversAll(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xe000) {
        if (!this.covers(text.codePointAt(i) ?? cp)) return false;
        i++;
      } else if (cp > 0x20 && !this.covers(cp)) return false;
    }
    return true;
  }

  /**
   * The advance of a glyph in 1/1000 em, as the PDF's width table gives it, read from the
   * font's hmtx table: fontkit's own `advanceWidth` decodes the whole outline first (for
   * vertical metrics), which for thousands of Chinese glyphs cost a quarter of a second.
   */
  advanceOfGlyph(id: number): number {
    const metrics = this.font.font.hmtx.metrics;
    const entry = metrics.get(Math.min(id, metrics.length - 1));
    return entry.advance * this.font.scale;
  }

  private advanceOf(cp: number): number {
    if (cp < 0x10000) {
      let advance = this.advances[cp] ?? Number.NaN;
      if (Number.isNaN(advance)) {
        advance = this.advanceOfGlyph(this.font.font.glyphForCodePoint(cp).id);
        this.advances[cp] = advance;
      }
      return advance;
    }
    let entry = this.astral.get(cp);
    if (!entry) {
      entry = { advance: this.advanceOfGlyph(this.font.font.glyphForCodePoint(cp).id) };
      this.astral.set(cp, entry);
    }
    return entry.advance;
  }

  private codeOf(cp: number): string {
    const cached = cp < 0x10000 ? this.codes[cp] : this.astral.get(cp)?.code;
    if (cached !== undefined) return cached;
    const glyph = this.font.font.glyphForCodePoint(cp);
    const gid = this.font.subset.includeGlyph(glyph.id);
    this.font.widths[gid] ??= this.advanceOfGlyph(glyph.id);
    // The character itself: fontkit's shared Glyph objects may carry another's (shaping.ts).
    this.font.unicode[gid] ??= [cp];
    const code = stringByte(gid >> 8) + stringByte(gid & 0xff);
    if (cp < 0x10000) this.codes[cp] = code;
    else this.astral.set(cp, { advance: this.advanceOf(cp), code });
    return code;
  }

  /** Width of `text` in 1/1000 em. */
  width(text: string): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) cp = text.codePointAt(i++) ?? cp;
      total += this.advanceOf(cp);
    }
    return total;
  }

  /**
   * The bytes of a PDF literal string for a Tj operator (two bytes per glyph, Identity-H);
   * adds the glyphs to the font subset. Half the size of the hex form pdfkit writes, which
   * matters because every byte of page content is deflated.
   */
  encode(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) cp = text.codePointAt(i++) ?? cp;
      out += this.codeOf(cp);
    }
    return out;
  }
}

/** One byte inside a PDF literal string: parentheses, backslash and line ends are escaped. */
function stringByte(byte: number): string {
  switch (byte) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(byte);
  }
}

const registry = new WeakMap<EmbeddedFont, GlyphFont>();

/** The GlyphFont for the document's current font. */
export function currentGlyphFont(doc: PDFKit.PDFDocument): GlyphFont {
  const font = (doc as unknown as DocInternals)._font;
  let glyphs = registry.get(font);
  if (!glyphs) registry.set(font, (glyphs = new GlyphFont(font)));
  return glyphs;
}

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/** A line to draw: its text, and where known its width and whether its paragraph runs right to left. */
export interface TextLine {
  text: string;
  width?: number;
  rtl?: boolean;
  /** Set flush right though it reads left to right (a date line in an Arabic clipping). */
  end?: boolean;
}

export interface DrawOptions {
  /** Extra space between characters (Latin, Greek and Cyrillic text only). */
  spacing?: number;
  /** The width of the block: right-to-left lines are set flush right in it. */
  width?: number;
  /** The language of the text, to choose Chinese, Japanese or Korean faces for Han characters. */
  lang?: string | null;
}

/** True when `text` takes the fast path: Latin, Greek or Cyrillic that the face has every glyph of. */
function isPlain(glyphs: GlyphFont, text: string): boolean {
  return SIMPLE.test(text) && glyphs.coversAll(text);
}

/**
 * Draws lines of text, the first with its top at (x, y) and each next one `leading` lower,
 * in the current font, size and fill colour, as one text object (one BT…ET) for the whole
 * block. Plain text goes through the character map; any other script through typeset.ts.
 */
export function drawGlyphLines(
  doc: PDFKit.PDFDocument,
  lines: ReadonlyArray<string | TextLine>,
  x: number,
  y: number,
  leading: number,
  options: DrawOptions = {},
): void {
  const internals = doc as unknown as DocInternals;
  const font = internals._font;
  const size = internals._fontSize;
  const page = internals.page;
  const glyphs = currentGlyphFont(doc);
  page.fonts[font.id] ??= font.ref();
  // pdfkit flips the page so y runs downwards; text is set in the unflipped system.
  let baseline = page.height - y - (font.ascender / 1000) * size;
  let ops = `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n/${font.id} ${num(size)} Tf\n`;
  if (options.spacing) ops += `${num(options.spacing)} Tc\n`;
  for (const given of lines) {
    const line = typeof given === 'string' ? { text: given } : given;
    const text = line.text.normalize('NFC');
    if (text && isPlain(glyphs, text)) {
      const left = line.end && options.width !== undefined ? x + Math.max(0, options.width - (glyphs.width(text) * size) / 1000) : x;
      ops += `1 0 0 1 ${num(left)} ${num(baseline)} Tm\n(${glyphs.encode(text)}) Tj\n`;
    } else if (text) {
      let left = x;
      if ((line.rtl || line.end) && options.width !== undefined) {
        const width = line.width ?? complexWidth(doc, glyphs, text, size, options.lang ?? null);
        left = x + Math.max(0, options.width - width);
      }
      // Letter spacing would tear joined scripts apart: none for these lines.
      if (options.spacing) ops += '0 Tc\n';
      // A line without its own direction (a label, a running head) reads in the dossier's direction.
      ops += complexLineOps(doc, glyphs, text, left, baseline, size, line.rtl ?? false, options.lang ?? null);
      ops += `/${font.id} ${num(size)} Tf\n`;
      if (options.spacing) ops += `${num(options.spacing)} Tc\n`;
    }
    baseline -= leading;
  }
  // A Buffer goes into the page as it is; a string would be copied char by char by pdfkit.
  doc.addContent(Buffer.from(`${ops}ET\nQ\n`, 'latin1'));
}

/** Draws one line of text with its top at (x, y); see {@link drawGlyphLines}. */
export function drawGlyphRun(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  characterSpacing = 0,
): void {
  if (text) drawGlyphLines(doc, [text], x, y, 0, { spacing: characterSpacing });
}

/** Width in points of `text` in the current font and size, as {@link drawGlyphRun} sets it. */
export function textWidth(doc: PDFKit.PDFDocument, text: string, characterSpacing = 0): number {
  const normal = text.normalize('NFC');
  const size = (doc as unknown as DocInternals)._fontSize;
  const glyphs = currentGlyphFont(doc);
  if (!isPlain(glyphs, normal)) return complexWidth(doc, glyphs, normal, size, null);
  const spacing = characterSpacing * Math.max(0, [...normal].length - 1);
  return (glyphs.width(normal) * size) / 1000 + spacing;
}
