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

interface GlyphInfo {
  /** Advance in 1/1000 em. */
  advance: number;
  /** The glyph's two-byte code in the subset as PDF string bytes (escaped), once drawn. */
  code: string | null;
  glyphId: number;
  codePoints: number[];
}

/** Glyph metrics and encoding for one embedded font. */
export class GlyphFont {
  private readonly glyphs = new Map<number, GlyphInfo>();
  constructor(readonly font: EmbeddedFont) {}

  private info(codePoint: number): GlyphInfo {
    let info = this.glyphs.get(codePoint);
    if (!info) {
      const glyph = this.font.font.glyphForCodePoint(codePoint);
      info = {
        advance: glyph.advanceWidth * this.font.scale,
        code: null,
        glyphId: glyph.id,
        codePoints: glyph.codePoints,
      };
      this.glyphs.set(codePoint, info);
    }
    return info;
  }

  // Per-word caches: a dossier's words repeat, and one lookup beats one per character.
  private readonly wordWidths = new Map<string, number>();
  private readonly wordCodes = new Map<string, string>();

  /** Width of a word (or any text) in 1/1000 em, cached. */
  wordWidth(word: string): number {
    let width = this.wordWidths.get(word);
    if (width === undefined) {
      width = this.width(word);
      this.wordWidths.set(word, width);
    }
    return width;
  }

  /** {@link encode} for a line of words separated by single spaces, through the word cache. */
  encodeLine(line: string): string {
    let out = '';
    let start = 0;
    while (start <= line.length) {
      let end = line.indexOf(' ', start);
      if (end < 0) end = line.length;
      const word = line.slice(start, end);
      let code = this.wordCodes.get(word);
      if (code === undefined) {
        code = this.encode(word);
        this.wordCodes.set(word, code);
      }
      out += code;
      if (end < line.length) out += this.encode(' ');
      start = end + 1;
    }
    return out;
  }

  /** Width of `text` in 1/1000 em. */
  width(text: string): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      total += this.info(cp).advance;
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
      const cp = text.codePointAt(i) ?? 0;
      if (cp > 0xffff) i++;
      const info = this.info(cp);
      if (info.code === null) {
        const gid = this.font.subset.includeGlyph(info.glyphId);
        this.font.widths[gid] ??= info.advance;
        this.font.unicode[gid] ??= info.codePoints.length > 0 ? info.codePoints : [cp];
        info.code = stringByte(gid >> 8) + stringByte(gid & 0xff);
      }
      out += info.code;
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
    if (line)
      ops += `1 0 0 1 ${num(x)} ${num(baseline)} Tm\n(${glyphs.encodeLine(line.normalize('NFC'))}) Tj\n`;
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
