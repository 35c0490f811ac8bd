/**
 * One clipping as a press review prints it: the outlet as a kicker, the headline, one line of
 * facts (date, author, page, length, tags on request), the lead picture, then the article's
 * blocks. Short clippings run on one after another with a rule between them; one longer than a
 * page starts on a new page; `layout: 'page-per-clipping'` starts every clipping on a new page.
 *
 * Everything is measured before anything is drawn, so where a clipping starts is decided
 * knowing its whole height.
 */
import type { Clipping } from '../../../shared/clipping';
import { articleBlocks, type Block } from './blocks';
import { artifact, currentPage, fitLine, tagged, type RenderContext } from './context';
import { drawFigure, prepareFigure, type PreparedFigure } from './figure';
import { drawGlyphLines, drawGlyphRun } from './glyph-run';
import { isRtlLang } from './scripts';
import { isRtlParagraph } from './line-pieces';
import { lengthLabel, publishedLabel } from './format';
import { linkTagged } from './pdfkit-extras';
import type { Line } from './text-flow';
import { useStyle } from './text-flow';
import { COLOR, ITEM_GAP, PARAGRAPH_GAP, STYLE, type TextStyle } from './theme';
import type { DossierClipping } from './types';

export interface ArticlePlacement {
  /** Named destination the contents links to. */
  destination: string;
  /** Section title printed as a band above the first clipping of a section. */
  sectionBand: string | null;
  /** Structure element to tag the article under. */
  parent: PDFKit.PDFStructureElement | null;
  /** Start on a new page whatever room is left (the first clipping, or one clipping a page). */
  newPage: boolean;
}

type TextTag = 'P' | 'H3' | 'BlockQuote' | 'LI';

type Piece =
  | { kind: 'text'; tag: TextTag; lines: Line[]; style: TextStyle; indent: number; gapBefore: number; gapAfter: number; lang: string | null }
  | { kind: 'figure'; figure: PreparedFigure };

const INDENT = 14;
const HEADLINE_GAP = 5;
const META_GAP = 10;

/** Lays out one clipping; returns the 0-based page it starts on. */
export function renderArticle(ctx: RenderContext, item: DossierClipping, placement: ArticlePlacement): number {
  const { doc, flow, frame } = ctx;
  const c = item.clipping;
  const head = prepareHead(ctx, item, placement.sectionBand);
  const pieces = articleBlocks(item).flatMap((block) => preparePiece(ctx, block, c.lang));
  const bodyHeight = pieces.reduce((sum, piece) => sum + pieceHeight(piece), 0);
  const opening = head.height + (pieces[0] ? Math.min(pieceHeight(pieces[0]), 3 * STYLE.body.leading) : 0);
  startPosition(ctx, head.height + bodyHeight, opening, placement.newPage);

  const startPage = currentPage(doc);
  doc.addNamedDestination(placement.destination, 'XYZ', frame.left, flow.y, null);
  const article = placement.parent ? doc.struct('Art', { lang: c.lang ?? undefined, title: c.title }) : null;
  if (article) placement.parent?.add(article);
  drawHead(ctx, c, head, article);
  pieces.forEach((piece, i) => drawPiece(ctx, piece, pieces[i + 1], article));
  article?.end();
  return startPage;
}

/**
 * Moves the flow to where the clipping starts: on this page after a rule when it fits (or
 * when it is a long one and a good part of the page is left), else on a new page.
 */
function startPosition(ctx: RenderContext, height: number, opening: number, newPage: boolean): void {
  const { doc, flow, frame } = ctx;
  if (newPage) {
    flow.newPage();
    return;
  }
  if (flow.atTop) return;
  const page = frame.bottom - frame.top;
  const room = frame.bottom - flow.y - 2 * ITEM_GAP;
  const runsOn = height <= room || (height > page / 2 && height <= page && room >= Math.max(page / 3, opening));
  if (!runsOn) {
    flow.newPage();
    return;
  }
  flow.y += ITEM_GAP;
  const y = flow.y;
  artifact(doc, () => {
    doc.moveTo(frame.left, y).lineTo(frame.left + frame.width, y).lineWidth(0.6).stroke(COLOR.rule);
  });
  flow.y += ITEM_GAP;
}

interface Head {
  band: string | null;
  kicker: string | null;
  headline: Line[];
  meta: Line[];
  url: string | null;
  /** Facts and address flush right (a right-to-left clipping). */
  end: boolean;
  height: number;
}

function prepareHead(ctx: RenderContext, item: DossierClipping, band: string | null): Head {
  const { frame, measure, locale, spec } = ctx;
  const c = item.clipping;
  // Capitals by the outlet's own language rules (Greek capitals drop their accents).
  const kicker = c.source ? upperCase(c.source, c.lang ?? locale) : null;
  const headline = measure.lines(c.title, STYLE.headline, frame.width, c.lang);
  const facts = [
    publishedLabel(c, locale),
    c.author,
    item.printPage ? `p. ${item.printPage}` : null,
    lengthLabel(c.text, locale),
    spec.showTags && c.tags.length > 0 ? `Tags: ${c.tags.join(', ')}` : null,
  ].filter((x): x is string => !!x);
  // In a right-to-left clipping the lines of facts stand flush right, under the headline.
  const end = isRtlLang(c.lang) || isRtlParagraph(c.title);
  const meta = measure.lines(facts.join('  ·  '), STYLE.meta, frame.width, c.lang).map((l) => ({ ...l, end }));
  const url = c.url && /^https?:\/\//i.test(c.url) ? c.url : null;
  const height =
    (band ? STYLE.sectionBand.leading + 14 : 0) +
    (kicker ? STYLE.kicker.leading + 3 : 0) +
    headline.length * STYLE.headline.leading +
    HEADLINE_GAP +
    meta.length * STYLE.meta.leading +
    (url ? STYLE.link.leading : 0) +
    META_GAP;
  return { band, kicker, headline, meta, url, end, height };
}

function drawHead(ctx: RenderContext, c: Clipping, head: Head, parent: PDFKit.PDFStructureElement | null): void {
  const { doc, flow, frame } = ctx;
  if (head.band) sectionBand(ctx, head.band, parent);
  if (head.kicker) {
    useStyle(doc, STYLE.kicker);
    const text = fitLine(doc, head.kicker, frame.width);
    // An outlet written right to left stands flush right, over its headline.
    const line = { text, rtl: isRtlParagraph(text) };
    tagged(doc, parent, 'P', () => {
      useStyle(doc, STYLE.kicker);
      drawGlyphLines(doc, [line], frame.left, flow.y, 0, { spacing: 0.3, width: frame.width });
    }, { actual: c.source ?? undefined });
    flow.y += STYLE.kicker.leading + 3;
  }
  const lang = c.lang ?? undefined;
  flow.paragraphLines(head.headline, STYLE.headline, { tag: 'H2', parent, gapAfter: HEADLINE_GAP, lang });
  flow.paragraphLines(head.meta, STYLE.meta, { tag: 'P', parent, lang });
  if (head.url) {
    const url = head.url;
    const link = parent ? doc.struct('Link', { actual: url }) : null;
    if (link) parent?.add(link);
    const content = link ? doc.markStructureContent('Link') : null;
    useStyle(doc, STYLE.link);
    const shown = fitLine(doc, url, frame.width);
    drawGlyphLines(doc, [{ text: shown, end: head.end }], frame.left, flow.y, 0, { width: frame.width });
    if (content && link) {
      doc.endMarkedContent();
      link.add(content);
    }
    linkTagged(doc, { x: frame.left, y: flow.y, w: frame.width, h: STYLE.link.leading }, url, link);
    link?.end();
    flow.y += STYLE.link.leading;
  }
  flow.y += META_GAP;
}

function sectionBand(ctx: RenderContext, title: string, parent: PDFKit.PDFStructureElement | null): void {
  const { doc, flow, frame } = ctx;
  const style = STYLE.sectionBand;
  useStyle(doc, style);
  const text = fitLine(doc, title.toLocaleUpperCase(ctx.locale), frame.width);
  tagged(doc, parent, 'H1', () => {
    useStyle(doc, style);
    drawGlyphRun(doc, text, frame.left, flow.y, 0.6);
  });
  const y = flow.y + style.leading + 1;
  artifact(doc, () => {
    doc.moveTo(frame.left, y).lineTo(frame.left + frame.width, y).lineWidth(1.2).stroke(COLOR.accent);
  });
  flow.y += style.leading + 14;
}

function preparePiece(ctx: RenderContext, block: Block, lang: string | null): Piece[] {
  const { frame, measure } = ctx;
  const text = (tag: TextTag, body: string, style: TextStyle, indent: number, gapBefore = 0, gapAfter = PARAGRAPH_GAP): Piece[] => [
    { kind: 'text', tag, lines: measure.lines(body, style, frame.width - indent, lang), style, indent, gapBefore, gapAfter, lang },
  ];
  switch (block.kind) {
    case 'paragraph':
      return text('P', block.text, STYLE.body, 0);
    case 'heading':
      return text('H3', block.text, STYLE.crosshead, 0, 4, 2);
    case 'quote':
      return text('BlockQuote', block.text, STYLE.quote, INDENT);
    case 'list-item':
      return text('LI', `${block.marker} ${block.text}`, STYLE.body, INDENT / 2, 0, PARAGRAPH_GAP / 2);
    case 'figure': {
      const figure = prepareFigure(ctx, block, lang);
      return figure ? [{ kind: 'figure', figure }] : [];
    }
  }
}

function pieceHeight(piece: Piece): number {
  if (piece.kind === 'figure') return piece.figure.total;
  return piece.gapBefore + piece.lines.length * piece.style.leading + piece.gapAfter;
}

function drawPiece(ctx: RenderContext, piece: Piece, next: Piece | undefined, parent: PDFKit.PDFStructureElement | null): void {
  const { doc, flow } = ctx;
  if (piece.kind === 'figure') {
    flow.ensure(piece.figure.total);
    drawFigure(ctx, piece.figure, parent);
    return;
  }
  if (piece.tag === 'H3') {
    // A crosshead never ends a page: it needs room for itself and three lines of what follows.
    const after = next?.kind === 'text' ? Math.min(next.lines.length, 3) * next.style.leading : 0;
    flow.ensure(piece.gapBefore + piece.lines.length * piece.style.leading + after);
  }
  if (!flow.atTop) flow.y += piece.gapBefore;
  flow.paragraphLines(piece.lines, piece.style, {
    tag: piece.tag,
    parent,
    indent: piece.indent,
    gapAfter: piece.gapAfter,
    lang: piece.lang ?? undefined,
    decorate:
      piece.tag === 'BlockQuote'
        ? (x, top, height) => {
            doc.rect(x - INDENT, top + 2, 2.5, height - 4).fill(COLOR.accent);
          }
        : undefined,
  });
}

function upperCase(text: string, lang: string): string {
  try {
    return text.toLocaleUpperCase(lang);
  } catch {
    return text.toUpperCase();
  }
}
