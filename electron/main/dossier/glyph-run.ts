/**
 * Fast text for body copy. pdfkit sends every new word through fontkit's OpenType shaper
 * (GSUB/GPOS), which costs about 0.2 ms a word: with the 13,000 distinct words of a
 * 200-clipping dossier that was most of the export time. Latin, Cyrillic and Greek in NFC
 * need no shaping beyond kerning, so body lines map characters to glyphs through the font's
 * cmap, use their advance widths, and are written as one Tj string, into the same embedded
 * font pdfkit uses (same subset, same ToUnicode map, so text extraction is unchanged).
 * The cost is kerning: body text is set unkerned, as most office documents are.
 */

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** The parts of pdfkit's EmbeddedFont this module relies on (pdfkit 0.20). */
interface EmbeddedFont {
  id: string;
  font: { glyphForCodePoint(codePoint: number): FontkitGlyph };
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
  constructor(readonly font: EmbeddedFont) {}

  private advanceOf(cp: number): number {
    if (cp < 0x10000) {
      let advance = this.advances[cp] ?? Number.NaN;
      if (Number.isNaN(advance)) {
        advance = this.font.font.glyphForCodePoint(cp).advanceWidth * this.font.scale;
        this.advances[cp] = advance;
      }
      return advance;
    }
    let entry = this.astral.get(cp);
    if (!entry) {
      entry = { advance: this.font.font.glyphForCodePoint(cp).advanceWidth * this.font.scale };
      this.astral.set(cp, entry);
    }
    return entry.advance;
  }

  private codeOf(cp: number): string {
    const cached = cp < 0x10000 ? this.codes[cp] : this.astral.get(cp)?.code;
    if (cached !== undefined) return cached;
    const glyph = this.font.font.glyphForCodePoint(cp);
    const gid = this.font.subset.includeGlyph(glyph.id);
    this.font.widths[gid] ??= glyph.advanceWidth * this.font.scale;
    this.font.unicode[gid] ??= glyph.codePoints.length > 0 ? glyph.codePoints : [cp];
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

/**
 * Draws lines of text, the first with its top at (x, y) and each next one `leading` lower,
 * in the current font, size and fill colour: like `doc.text(line, x, y, { lineBreak: false })`
 * per line, without shaping, and as one text object (one BT…ET) for the whole block.
 */
export function drawGlyphLines(
  doc: PDFKit.PDFDocument,
  lines: readonly string[],
  x: number,
  y: number,
  leading: number,
  characterSpacing = 0,
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
  if (characterSpacing) ops += `${num(characterSpacing)} Tc\n`;
  for (const line of lines) {
    if (line) ops += `1 0 0 1 ${num(x)} ${num(baseline)} Tm\n(${glyphs.encode(line.normalize('NFC'))}) Tj\n`;
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
  if (text) drawGlyphLines(doc, [text], x, y, 0, characterSpacing);
}

/** Width in points of `text` in the current font and size, as {@link drawGlyphRun} sets it. */
export function textWidth(doc: PDFKit.PDFDocument, text: string, characterSpacing = 0): number {
  const normal = text.normalize('NFC');
  const size = (doc as unknown as DocInternals)._fontSize;
  const spacing = characterSpacing * Math.max(0, [...normal].length - 1);
  return (currentGlyphFont(doc).width(normal) * size) / 1000 + spacing;
}
