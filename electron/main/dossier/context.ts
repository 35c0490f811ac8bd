/**
 * What every part of the layout (cover, contents, clipping pages, furniture) shares while
 * one dossier is being written.
 */
import { textWidth } from './glyph-run';
import { COLOR } from './theme';
import type { Flow, Frame, Measurer } from './text-flow';
import type { DossierSpec } from './types';

export interface RenderContext {
  doc: PDFKit.PDFDocument;
  spec: DossierSpec;
  /** BCP 47 language of the dossier's own words (labels, dates). */
  locale: string;
  paper: { width: number; height: number };
  frame: Frame;
  measure: Measurer;
  flow: Flow;
  /** The structure tree's Document element, or null when the PDF is not tagged. */
  root: PDFKit.PDFStructureElement | null;
  /** Image files left out because they could not be read or embedded. */
  skippedImages: string[];
}

/** Current page, 0-based, in the buffered document. */
export function currentPage(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/**
 * Runs `draw` as marked content of a new structure element `tag` under `parent`
 * (or untagged when parent is null). For content that stays on one page.
 */
export function tagged(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement | null,
  tag: string,
  draw: () => void,
  options: { alt?: string; lang?: string; actual?: string } = {},
): void {
  if (!parent) {
    draw();
    return;
  }
  const element = doc.struct(tag, options);
  parent.add(element);
  const content = doc.markStructureContent(tag);
  draw();
  doc.endMarkedContent();
  element.add(content);
  element.end();
}

/** A thin rule across the frame at `y`, in the rule colour (call it inside {@link artifact}). */
export function hairline(doc: PDFKit.PDFDocument, frame: Frame, y: number): void {
  doc
    .moveTo(frame.left, y)
    .lineTo(frame.left + frame.width, y)
    .lineWidth(0.5)
    .stroke(COLOR.rule);
}

/** Runs `draw` as an artifact: decoration and page furniture a screen reader should skip. */
export function artifact(
  doc: PDFKit.PDFDocument,
  draw: () => void,
  type: 'Layout' | 'Pagination' = 'Layout',
): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** Truncates `text` with an ellipsis so it fits `width` in the current font. */
export function fitLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (textWidth(doc, text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(doc, `${text.slice(0, mid).trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}
