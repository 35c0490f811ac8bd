/**
 * Our own line breaking and page flow on top of pdfkit. pdfkit's text wrapper cannot keep a
 * paragraph's first or last line from standing alone on a page, nor tell us in advance how
 * many lines a heading and its first paragraph need; breaking lines ourselves gives both, and
 * the same measurements serve the two-pass table of contents.
 */
import type { TextStyle } from './theme';

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

/** Caches word widths per font and size: a dossier repeats the same words thousands of times. */
export class Measurer {
  private readonly widths = new Map<string, Map<string, number>>();
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  width(word: string, style: TextStyle): number {
    const key = `${style.font}@${style.size}`;
    let table = this.widths.get(key);
    if (!table) this.widths.set(key, (table = new Map()));
    let w = table.get(word);
    if (w === undefined) {
      this.doc.font(style.font).fontSize(style.size);
      w = this.doc.widthOfString(word);
      table.set(word, w);
    }
    return w;
  }

  /** Greedy, ragged-right line breaking; a word wider than the line (a long URL) is cut by characters. */
  lines(text: string, style: TextStyle, width: number): string[] {
    const words = text.split(/\s+/).filter((w) => w.length > 0);
    const space = this.width(' ', style);
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const w = this.width(word, style);
      if (line && lineWidth + space + w <= width) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= width) {
        line = word;
        lineWidth = w;
        continue;
      }
      // Too long for any line: cut it into pieces that fit.
      const pieces = this.cut(word, style, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
      lineWidth = this.width(line, style);
    }
    if (line) lines.push(line);
    return lines;
  }

  private cut(word: string, style: TextStyle, width: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const ch of word) {
      if (piece && this.width(piece + ch, style) > width) {
        pieces.push(piece);
        piece = '';
      }
      piece += ch;
    }
    if (piece) pieces.push(piece);
    return pieces;
  }

  /** Height of `text` set in `style` at `width`, in points (lines × leading). */
  height(text: string, style: TextStyle, width: number): number {
    return this.lines(text, style, width).length * style.leading;
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
    const lines = this.measure.lines(text, style, this.frame.width - indent);
    const element =
      options.parent && options.tag ? this.doc.struct(options.tag, options.lang ? { lang: options.lang } : {}) : null;
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
    lines: string[],
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
    for (const line of lines) {
      this.doc.text(line, x, this.y, { lineBreak: false });
      this.y += style.leading;
    }
    if (content) {
      this.doc.endMarkedContent();
      element?.add(content);
    }
  }
}
