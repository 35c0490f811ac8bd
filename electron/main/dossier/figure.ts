/**
 * Pictures on the page: sized to the text width (never enlarged past their own size at 150
 * dpi, never taller than their share of the text block), centred, with the caption and the
 * credit under them, kept on one page. Files pdfkit cannot read are skipped and reported.
 */
import { drawGlyphLines } from './glyph-run';
import { tagged, type RenderContext } from './context';
import { openImage } from './pdfkit-extras';
import { isRtlLang } from './scripts';
import type { FigureBlock } from './blocks';
import type { Line } from './text-flow';
import { useStyle } from './text-flow';
import { STYLE } from './theme';

/** A figure measured and ready to draw. */
export interface PreparedFigure {
  block: FigureBlock;
  width: number;
  height: number;
  captionLines: Line[];
  creditLines: Line[];
  lang: string | null;
  /** Picture, gaps, caption and credit: what the figure takes on the page. */
  total: number;
}

const GAP_BELOW_PICTURE = 5;
const GAP_AFTER = 12;

/** How much of the text block a picture may take: about half, or the whole for a page facsimile. */
const SHARE = { column: 0.46, page: 1 } as const;

/** The credit as printed ("Photo: Reuters"), unless the caption already ends with it. */
function creditText(block: FigureBlock): string | null {
  if (!block.credit) return null;
  if (block.caption && block.caption.includes(block.credit)) return null;
  return `Photo: ${block.credit}`;
}

/** Measures a figure; null (and the file reported as skipped) when the image cannot be used. */
export function prepareFigure(ctx: RenderContext, block: FigureBlock, lang: string | null): PreparedFigure | null {
  const { doc, frame, measure } = ctx;
  let probe: { width: number; height: number };
  try {
    probe = openImage(doc, block.file);
    if (!(probe.width > 0 && probe.height > 0)) throw new Error('empty image');
  } catch {
    ctx.skippedImages.push(block.file);
    return null;
  }
  const captionLines = block.caption ? measure.lines(block.caption, STYLE.caption, frame.width, lang) : [];
  const credit = creditText(block);
  // The credit sits under the caption's end in a right-to-left clipping.
  const creditLines = (credit ? measure.lines(credit, STYLE.credit, frame.width, lang) : []).map((l) => ({ ...l, end: isRtlLang(lang) }));
  const words = captionLines.length * STYLE.caption.leading + creditLines.length * STYLE.credit.leading;
  const maxHeight = (frame.bottom - frame.top) * SHARE[block.size ?? 'column'] - (block.size === 'page' ? words + GAP_BELOW_PICTURE : 0);
  let width = Math.min(frame.width, (probe.width * 72) / 150);
  let height = (width * probe.height) / probe.width;
  if (height > maxHeight) {
    height = maxHeight;
    width = (height * probe.width) / probe.height;
  }
  const total = height + (words > 0 ? GAP_BELOW_PICTURE + words : 0) + GAP_AFTER;
  return { block, width, height, captionLines, creditLines, total, lang };
}

/** Draws a prepared figure at the flow's position (the caller made room for it). */
export function drawFigure(ctx: RenderContext, figure: PreparedFigure, parent: PDFKit.PDFStructureElement | null): void {
  const { doc, flow, frame } = ctx;
  const { block, width, height } = figure;
  // Set to the text's starting edge, as a cut-out picture is pasted, with its caption under it.
  const x = isRtlLang(figure.lang) ? frame.left + frame.width - width : frame.left;
  const alt = block.caption ?? block.alt ?? 'Picture from the article';
  tagged(doc, parent, 'Figure', () => doc.image(block.file, x, flow.y, { width, height }), { alt });
  flow.y += height;
  if (figure.captionLines.length + figure.creditLines.length === 0) {
    flow.y += GAP_AFTER;
    return;
  }
  flow.y += GAP_BELOW_PICTURE;
  tagged(doc, parent, 'Caption', () => {
    useStyle(doc, STYLE.caption);
    const options = { width: frame.width, lang: figure.lang };
    drawGlyphLines(doc, figure.captionLines, frame.left, flow.y, STYLE.caption.leading, options);
    const creditTop = flow.y + figure.captionLines.length * STYLE.caption.leading;
    useStyle(doc, STYLE.credit);
    drawGlyphLines(doc, figure.creditLines, frame.left, creditTop, STYLE.credit.leading, options);
  });
  flow.y += figure.captionLines.length * STYLE.caption.leading + figure.creditLines.length * STYLE.credit.leading + GAP_AFTER;
}
