/**
 * Our own line breaking and page flow on top of pdfkit. pdfkit's text wrapper cannot keep a
 * paragraph's first or last line from standing alone on a page, nor tell us in advance how
 * many lines a heading and its first paragraph need; breaking lines ourselves gives both, and
 * the same measurements serve the two-pass table of contents.
 */
import { currentGlyphFont, drawGlyphLines, type GlyphFont } from './glyph-run';
import { breakPoints } from './line-break';
import { SIMPLE } from './scripts';
import type { TextStyle } from './theme';
import { isRtlParagraph } from './line-pieces';
import { advances, complexWidth } from './typeset';

/** The text block of a page, in points from the top-left corner. */
export interface Frame {
  left: number;
  width: number;
  top: number;
  bottom: number;
}

/** Sets font, size and colour for a style. */
export function useStyle(doc: PDFKit.PDFDocument, style: TextStyle): void {
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
}

// Punctuation that must not start a line (French sets a space before » : ; ! ?) and marks
// that must not end one: they are glued to their neighbour with the space kept.
const CLOSING = /^(?:[»›”’)\]}:;!?%…]+[.,;:!?]*|[.,;:!?]+)$/u;
const OPENING = /^[«‹„“‘([{]+$/u;
const HAN = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** Splits text into breakable units: words, with detached punctuation glued to its neighbour. */
export function words(text: string): string[] {
  const units: string[] = [];
  let pendingOpen = '';
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    if (OPENING.test(token)) {
      pendingOpen += `${token} `;
    } else if (CLOSING.test(token) && units.length > 0 && !pendingOpen) {
      units[units.length - 1] += ` ${token}`;
    } else {
      units.push(pendingOpen + token);
      pendingOpen = '';
    }
  }
  if (pendingOpen) units.push(pendingOpen.trimEnd());
  return units;
}

/** A broken line, its width in points, and whether its paragraph runs right to left (set flush right). */
export interface Line {
  text: string;
  width: number;
  rtl?: boolean;
  /** Set flush right though it reads left to right (see glyph-run.ts's TextLine). */
  end?: boolean;
}

/**
 * Line breaking measured with the same glyph advances the body text is drawn with
 * (glyph-run.ts), so a measured line is exactly the drawn line. Text is NFC-normalised first.
 */
export class Measurer {
  private readonly fonts = new Map<string, GlyphFont>();
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private font(name: string): GlyphFont {
    let font = this.fonts.get(name);
    if (!font) {
      this.doc.font(name);
      font = currentGlyphFont(this.doc);
      this.fonts.set(name, font);
    }
    return font;
  }

  /** Width of `text` (no line breaking) in `style`, in points. */
  width(text: string, style: TextStyle, lang: string | null = null): number {
    const normal = text.normalize('NFC');
    const font = this.font(style.font);
    if (SIMPLE.test(normal) && font.coversAll(normal)) return (font.width(normal) * style.size) / 1000;
    return complexWidth(this.doc, font, normal, style.size, lang);
  }

  /**
   * Ragged lines of at most `width` points. Latin, Greek and Cyrillic break between words;
   * text in other scripts (or with characters the face lacks) goes to {@link complexLines}.
   */
  lines(text: string, style: TextStyle, width: number, lang: string | null = null): Line[] {
    const normal = text.normalize('NFC');
    const font = this.font(style.font);
    if (!SIMPLE.test(normal) || !font.coversAll(normal)) return this.complexLines(normal, style, width, lang);
    const scale = style.size / 1000;
    const space = font.width(' ') * scale;
    const lines: Line[] = [];
    let line = '';
    let lineWidth = 0;
    const push = (): void => {
      if (line) lines.push({ text: line, width: lineWidth });
    };
    for (const word of words(normal)) {
      const w = font.width(word) * scale;
      if (line && lineWidth + space + w <= width) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      push();
      if (w <= width) {
        line = word;
        lineWidth = w;
        continue;
      }
      // Too long for any line (a URL): cut it into pieces that fit.
      line = '';
      lineWidth = 0;
      for (const ch of word) {
        const cw = font.width(ch) * scale;
        if (line && lineWidth + cw > width) {
          push();
          line = '';
          lineWidth = 0;
        }
        line += ch;
        lineWidth += cw;
      }
    }
    push();
    return lines;
  }

  /**
   * Line breaking for any script: break opportunities from UAX #14 (and a dictionary for
   * Thai), widths from the shaped text of each face; a right-to-left paragraph's lines are
   * marked to be set flush right.
   */
  private complexLines(text: string, style: TextStyle, width: number, lang: string | null): Line[] {
    const rtl = isRtlParagraph(text);
    const points = breakPoints(text);
    const advance = advances(this.doc, this.font(style.font), text, style.size, lang);
    // sum[i]: the width of text[0, i).
    const sum = new Float64Array(text.length + 1);
    for (let i = 0; i < text.length; i++) sum[i + 1] = (sum[i] ?? 0) + (advance[i] ?? 0);
    const span = (from: number, to: number): number => (sum[to] ?? 0) - (sum[from] ?? 0);
    const trimmed = (from: number, to: number): number => {
      while (to > from && /\s/u.test(text.charAt(to - 1))) to--;
      return to;
    };
    const ranges: Array<[number, number]> = [];
    let start = 0;
    let end = 0; // the end of the current line's last word (trailing spaces excluded)
    let from = 0;
    for (const to of points) {
      const coreEnd = trimmed(from, to);
      if (end > start && span(start, coreEnd) <= width) {
        end = coreEnd;
        from = to;
        continue;
      }
      if (end > start) ranges.push([start, end]);
      start = from;
      // Longer than a line (a URL, a long run without break opportunities): cut between characters.
      while (span(start, coreEnd) > width) {
        let cut = start + 1;
        while (cut < coreEnd && span(start, cut + 1) <= width) cut++;
        if (/[\udc00-\udfff]/u.test(text.charAt(cut))) cut++; // never between a surrogate pair
        ranges.push([start, cut]);
        start = cut;
      }
      end = coreEnd;
      from = to;
    }
    if (end > start) ranges.push([start, end]);
    const lines = ranges.map(([a, b]) => ({ text: text.slice(a, b), width: span(a, b), rtl }));
    // Lines set flush right are measured whole: a neighbouring space or digit may take another face.
    const fixed = this.withoutOrphan(lines, style, lang);
    return rtl ? fixed.map((line) => ({ ...line, width: this.width(line.text, style, lang) })) : fixed;
  }

  /**
   * Chinese and Japanese break between any two characters, which can leave one or two alone
   * on a paragraph's last line (備 / え): the previous line gives up characters to keep them company.
   */
  private withoutOrphan(lines: Line[], style: TextStyle, lang: string | null): Line[] {
    const last = lines[lines.length - 1];
    const previous = lines[lines.length - 2];
    if (!last || !previous || [...last.text.replace(/[\p{P}\s]/gu, '')].length > 2 || !HAN.test(last.text)) return lines;
    const chars = [...previous.text];
    const take = Math.min(2, chars.length - 4);
    if (take <= 0) return lines;
    const moved = chars.slice(-take).join('');
    const kept = chars.slice(0, -take).join('');
    // Never move a character that must not start a line.
    if (/^[\p{Pe}\p{Pf}\p{Po}ーぁぃぅぇぉっゃゅょァィゥェォッャュョ]/u.test(moved)) return lines;
    return [
      ...lines.slice(0, -2),
      { ...previous, text: kept, width: this.width(kept, style, lang) },
      { ...last, text: moved + last.text, width: this.width(moved + last.text, style, lang) },
    ];
  }

  /** Height of `text` set in `style` at `width`, in points (lines × leading). */
  height(text: string, style: TextStyle, width: number, lang: string | null = null): number {
    return this.lines(text, style, width, lang).length * style.leading;
  }
}

export interface ParagraphOptions {
  /** Left indent inside the frame. */
  indent?: number;
  /** Space after the paragraph. */
  gapAfter?: number;
  /** Structure tag ('P', 'BlockQuote', 'H1'…); the lines are marked as its content. */
  tag?: string;
  /** Parent structure element; when null the paragraph is not tagged. */
  parent?: PDFKit.PDFStructureElement | null;
  /** Language of the text when it differs from the document's (BCP 47). */
  lang?: string;
  /** Draws decoration beside each piece of the paragraph (a quote rule), as an artifact. */
  decorate?: (x: number, top: number, height: number) => void;
}

/**
 * A cursor moving down the text block of successive pages. `onNewPage` runs after every page
 * it adds (to record which section the page belongs to).
 */
export class Flow {
  y: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly frame: Frame,
    readonly measure: Measurer,
    private readonly onNewPage: () => void = () => {},
  ) {
    this.y = frame.top;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.frame.top;
    this.onNewPage();
  }

  get atTop(): boolean {
    return this.y <= this.frame.top + 0.5;
  }

  fits(height: number): boolean {
    return this.y + height <= this.frame.bottom + 0.01;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (!this.fits(height) && !this.atTop) this.newPage();
  }

  /**
   * Sets a paragraph, breaking across pages without leaving a lone first line at the
   * bottom of a page (orphan) or a lone last line at the top of the next (widow).
   */
  paragraph(text: string, style: TextStyle, options: ParagraphOptions = {}): void {
    const indent = options.indent ?? 0;
    this.paragraphLines(this.measure.lines(text, style, this.frame.width - indent, options.lang ?? null), style, options);
  }

  /** {@link paragraph} for lines already broken at `frame.width - indent`. */
  paragraphLines(lines: Line[], style: TextStyle, options: ParagraphOptions = {}): void {
    const indent = options.indent ?? 0;
    const element =
      options.parent && options.tag
        ? this.doc.struct(options.tag, options.lang ? { lang: options.lang } : {})
        : null;
    if (element) options.parent?.add(element);
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      const room = Math.floor((this.frame.bottom - this.y + 0.01) / style.leading);
      let take = Math.min(room, left);
      if (take < left) {
        if (left - take < 2 && left >= 3) take = left - 2; // keep two lines for the next page
        if (take < 2 && left >= 2) take = 0; // never one line alone at the bottom
      }
      if (take === 0 && this.atTop) take = Math.min(Math.max(room, 1), left); // a line taller than a page
      if (take > 0) {
        this.setLines(lines.slice(i, i + take), style, indent, element, options);
        i += take;
      }
      if (i < lines.length) this.newPage();
    }
    element?.end();
    this.y += options.gapAfter ?? 0;
  }

  private setLines(
    lines: Line[],
    style: TextStyle,
    indent: number,
    element: PDFKit.PDFStructureElement | null,
    options: ParagraphOptions,
  ): void {
    const x = this.frame.left + indent;
    if (options.decorate) {
      this.doc.markContent('Artifact', { type: 'Layout' });
      options.decorate(x, this.y, lines.length * style.leading);
      this.doc.endMarkedContent();
    }
    const content = element ? this.doc.markStructureContent(options.tag ?? 'P') : null;
    useStyle(this.doc, style);
    drawGlyphLines(this.doc, lines, x, this.y, style.leading, {
      width: this.frame.width - indent,
      lang: options.lang ?? null,
    });
    this.y += lines.length * style.leading;
    if (content) {
      this.doc.endMarkedContent();
      element?.add(content);
    }
  }
}
