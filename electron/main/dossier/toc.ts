/**
 * The table of contents, made in two passes. Pass one ({@link planToc}) breaks every entry
 * into lines and pages before any clipping is laid out, which fixes how many pages the
 * contents needs; the clippings then start after them. Pass two ({@link drawToc}) goes back
 * to those reserved pages and draws the entries with the page numbers the clippings really
 * got, each entry a link to its clipping.
 */
import { drawGlyphLines, drawGlyphRun, textWidth } from './glyph-run';
import { artifact, fitLine, tagged, type RenderContext } from './context';
import { publishedLabel } from './format';
import { goToTagged } from './pdfkit-extras';
import type { PlannedSection } from './plan';
import type { Line, Measurer } from './text-flow';
import { useStyle } from './text-flow';
import { COLOR, FONT, STYLE, type TextStyle } from './theme';

const NUMBER: TextStyle = { font: FONT.sans, size: 9, leading: 13.5, color: COLOR.ink };
/** Room kept at the right for the page number, wide enough for "9999". */
const NUMBER_COLUMN = 40;
const ENTRY_GAP = 6;
const SECTION_GAP = 10;

interface PlacedEntry {
  kind: 'entry';
  /** Contents page, counted from the first contents page. */
  page: number;
  y: number;
  lines: Line[];
  meta: string;
  /** Index of the clipping in reading order. */
  index: number;
}

interface PlacedSection {
  kind: 'section';
  page: number;
  y: number;
  title: string;
}

export interface TocPlan {
  pages: number;
  items: Array<PlacedEntry | PlacedSection>;
}

function entryMeta(ctx: RenderContext, section: PlannedSection, i: number): string {
  const c = section.items[i]?.clipping;
  if (!c) return '';
  // Under a section named after the outlet, repeating the outlet on every entry is noise.
  const bySource = ctx.spec.groupBy === 'source' && !ctx.spec.sections?.length;
  return [bySource ? null : c.source, publishedLabel(c, ctx.locale), c.author].filter(Boolean).join('  ·  ');
}

function entryHeight(lines: Line[]): number {
  return lines.length * STYLE.tocEntry.leading + STYLE.tocMeta.leading + ENTRY_GAP;
}

/** Pass one: where every contents entry goes, and how many pages that takes. */
export function planToc(ctx: RenderContext, sections: PlannedSection[], measure: Measurer): TocPlan {
  const { frame } = ctx;
  const entryWidth = frame.width - NUMBER_COLUMN;
  const items: TocPlan['items'] = [];
  let page = 0;
  let y = frame.top + STYLE.tocTitle.leading + 18;
  let index = 0;
  for (const section of sections) {
    section.items.forEach((item, i) => {
      const lines = measure.lines(item.clipping.title, STYLE.tocEntry, entryWidth);
      const height = entryHeight(lines);
      // A section heading never ends a page: it moves on with its first entry.
      const heading = i === 0 && section.title !== null ? STYLE.tocSection.leading + SECTION_GAP : 0;
      if (y + heading + height > frame.bottom && y > frame.top) {
        page++;
        y = frame.top;
      }
      if (heading > 0) {
        items.push({ kind: 'section', page, y, title: section.title ?? '' });
        y += heading;
      }
      items.push({ kind: 'entry', page, y, lines, meta: entryMeta(ctx, section, i), index });
      y += height;
      index++;
    });
    y += SECTION_GAP;
  }
  return { pages: page + 1, items };
}

/**
 * Pass two: draws the planned contents on pages `firstPage`…; `startPages[i]` is the 0-based
 * page clipping i starts on, `destinations[i]` its named destination.
 */
export function drawToc(
  ctx: RenderContext,
  plan: TocPlan,
  firstPage: number,
  startPages: number[],
  destinations: string[],
  toc: PDFKit.PDFStructureElement | null,
): void {
  const { doc, frame } = ctx;
  doc.switchToPage(firstPage);
  tagged(doc, toc, 'H1', () => drawTitle(ctx));

  let onPage = firstPage;
  for (const item of plan.items) {
    if (firstPage + item.page !== onPage) {
      onPage = firstPage + item.page;
      doc.switchToPage(onPage);
    }
    if (item.kind === 'section') {
      useStyle(doc, STYLE.tocSection);
      const title = fitLine(doc, item.title.toLocaleUpperCase(ctx.locale), frame.width);
      tagged(doc, toc, 'P', () => {
        useStyle(doc, STYLE.tocSection);
        drawGlyphRun(doc, title, frame.left, item.y, 0.6);
      });
      artifact(doc, () => {
        const ruleY = item.y + STYLE.tocSection.leading + 1;
        doc
          .moveTo(frame.left, ruleY)
          .lineTo(frame.left + frame.width, ruleY)
          .lineWidth(0.6)
          .stroke(COLOR.accent);
      });
      continue;
    }
    drawEntry(ctx, item, (startPages[item.index] ?? 0) + 1, destinations[item.index] ?? '', toc);
  }
}

function drawTitle(ctx: RenderContext): void {
  const { doc, frame } = ctx;
  useStyle(doc, STYLE.tocTitle);
  drawGlyphRun(doc, 'Contents', frame.left, frame.top);
}

function drawEntry(
  ctx: RenderContext,
  entry: PlacedEntry,
  pageNumber: number,
  destination: string,
  toc: PDFKit.PDFStructureElement | null,
): void {
  const { doc, frame } = ctx;
  const number = String(pageNumber);
  const lastLineY = entry.y + (entry.lines.length - 1) * STYLE.tocEntry.leading;
  // TOCI → Link, holding the headline, the number and the link annotation, as PDF/UA asks.
  const tocItem = toc ? doc.struct('TOCI') : null;
  if (tocItem) toc?.add(tocItem);
  // Read aloud as "headline, outlet, date, page N" rather than the glyphs run together.
  const link = tocItem
    ? doc.struct('Link', {
        actual: `${entry.lines.map((l) => l.text).join(' ')}, ${entry.meta.replace(/\s+·\s+/g, ', ')}, page ${number}`,
      })
    : null;
  if (link) tocItem?.add(link);
  const content = link ? doc.markStructureContent('Link') : null;
  useStyle(doc, STYLE.tocEntry);
  drawGlyphLines(
    doc,
    entry.lines.map((line) => line.text),
    frame.left,
    entry.y,
    STYLE.tocEntry.leading,
  );
  const lastWidth = entry.lines[entry.lines.length - 1]?.width ?? 0;
  useStyle(doc, NUMBER);
  const numberWidth = textWidth(doc, number);
  const numberX = frame.left + frame.width - numberWidth;
  drawGlyphRun(doc, number, numberX, lastLineY + 0.8);
  useStyle(doc, STYLE.tocMeta);
  drawGlyphRun(
    doc,
    fitLine(doc, entry.meta, frame.width - NUMBER_COLUMN),
    frame.left,
    lastLineY + STYLE.tocEntry.leading,
  );
  if (content && link) {
    doc.endMarkedContent();
    link.add(content);
  }
  artifact(doc, () => {
    // Dot leaders from the end of the headline to the number.
    const from = frame.left + lastWidth + 6;
    const to = numberX - 4;
    if (to - from > 8) {
      const leaderY = lastLineY + STYLE.tocEntry.size * 0.85;
      doc
        .save()
        .moveTo(from, leaderY)
        .lineTo(to, leaderY)
        .lineWidth(0.7)
        .dash(0.7, { space: 2.6 })
        .stroke(COLOR.faint)
        .undash()
        .restore();
    }
  });
  const height = entry.lines.length * STYLE.tocEntry.leading + STYLE.tocMeta.leading;
  goToTagged(doc, { x: frame.left, y: entry.y, w: frame.width, h: height }, destination, link);
  link?.end();
  tocItem?.end();
}
