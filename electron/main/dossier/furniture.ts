/**
 * Running header and footer, drawn on every page but the cover once the page count is known
 * (the document buffers its pages for this). Marked as pagination artifacts so screen
 * readers skip them.
 */
import { drawGlyphRun, textWidth } from './glyph-run';
import { artifact, fitLine, hairline, type RenderContext } from './context';
import { useStyle } from './text-flow';
import { COLOR, FURNITURE, STYLE } from './theme';

/** Footer text when the dossier has no classification: the articles are not ours. */
const COPYRIGHT = 'Articles reproduced for internal reference; copyright remains with the publishers.';

/** `sectionOfPage[i]` is the running-head section title for page i (null: none). */
export function drawFurniture(ctx: RenderContext, sectionOfPage: Array<string | null>): void {
  const { doc, frame, paper, spec } = ctx;
  const range = doc.bufferedPageRange();
  const total = range.count;
  const style = STYLE.furniture;
  const footerLeft = spec.classification?.trim() || COPYRIGHT;
  for (let i = range.start + 1; i < range.start + total; i++) {
    doc.switchToPage(i);
    // Writing outside the margins would make pdfkit start a new page; lift them while we draw.
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    artifact(
      doc,
      () => {
        useStyle(doc, style);
        const section = sectionOfPage[i] ?? '';
        const sectionWidth = section ? Math.min(textWidth(doc, section), frame.width * 0.45) : 0;
        const title = fitLine(doc, spec.title, frame.width - sectionWidth - 24);
        drawGlyphRun(doc, title, frame.left, FURNITURE.headerY);
        if (section) {
          const shown = fitLine(doc, section, sectionWidth);
          doc.fillColor(COLOR.accent);
          drawGlyphRun(doc, shown, frame.left + frame.width - textWidth(doc, shown), FURNITURE.headerY);
        }
        hairline(doc, frame, FURNITURE.headerY + style.leading + 2);

        const footerY = paper.height - FURNITURE.footerFromBottom;
        hairline(doc, frame, footerY - 6);
        useStyle(doc, style);
        const pageLabel = `Page ${i - range.start + 1} of ${total}`;
        const labelWidth = textWidth(doc, pageLabel);
        drawGlyphRun(doc, fitLine(doc, footerLeft, frame.width - labelWidth - 24), frame.left, footerY);
        drawGlyphRun(doc, pageLabel, frame.left + frame.width - labelWidth, footerY);
      },
      'Pagination',
    );
    doc.page.margins = margins;
  }
}
