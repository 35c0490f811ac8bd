/**
 * One clipping as it appears in the dossier: a kicker with outlet and date, the headline, a
 * source panel, the lead image, the body set for reading, quotes marked with a rule in the
 * margin, then the other images. Every clipping starts on a new page, as in a cut-out press
 * review, so the contents can point at it and a reader can pull a single article.
 */
import { drawGlyphLines, drawGlyphRun } from './glyph-run';
import path from 'node:path';
import type { Clipping } from '../../../shared/clipping';
import { artifact, currentPage, fitLine, tagged, type RenderContext } from './context';
import { isCrosshead, languageName, paragraphs, publishedLabel, quoteMatcher, wordCount } from './format';
import { linkTagged, openImage } from './pdfkit-extras';
import { useStyle } from './text-flow';
import { COLOR, PARAGRAPH_GAP, STYLE } from './theme';
import type { DossierClipping } from './types';

export interface ClippingPlacement {
  /** Named destination the contents links to. */
  destination: string;
  /** Section title printed as a band above the first clipping of a section. */
  sectionBand: string | null;
  /** Structure element to tag the article under. */
  parent: PDFKit.PDFStructureElement | null;
}

/** Lays out one clipping from a fresh page; returns the 0-based page it starts on. */
export function renderClipping(
  ctx: RenderContext,
  item: DossierClipping,
  placement: ClippingPlacement,
): number {
  const { doc, flow, frame, measure } = ctx;
  const c = item.clipping;
  flow.newPage();
  const startPage = currentPage(doc);
  doc.addNamedDestination(placement.destination, 'XYZ', frame.left, flow.y, null);

  const article = placement.parent ? doc.struct('Art', { lang: c.lang ?? undefined, title: c.title }) : null;
  if (article) placement.parent?.add(article);

  if (placement.sectionBand) sectionBand(ctx, placement.sectionBand, article);
  kicker(ctx, c, article);
  flow.paragraph(c.title, STYLE.headline, { tag: 'H2', parent: article, gapAfter: 8 });
  sourcePanel(ctx, c, article);

  const [lead, ...others] = item.images;
  if (lead) figure(ctx, c, lead, caption(c), article, 0.42);

  const quoteKind = quoteMatcher(c.quotes);
  const body = paragraphs(c.text);
  body.forEach((text, i) => {
    if (i > 0 && isCrosshead(text, body[i + 1])) {
      // A crosshead never ends a page: it needs room for itself and three lines after it.
      const lines = measure.lines(text, STYLE.crosshead, frame.width).length;
      flow.ensure(4 + lines * STYLE.crosshead.leading + 3 * STYLE.body.leading);
      if (!flow.atTop) flow.y += 4;
      flow.paragraph(text, STYLE.crosshead, { tag: 'H3', parent: article, gapAfter: 2 });
      return;
    }
    const kind = quoteKind(text);
    if (kind) {
      flow.paragraph(text, kind === 'quote' ? STYLE.quote : STYLE.body, {
        tag: kind === 'quote' ? 'BlockQuote' : 'P',
        parent: article,
        indent: 14,
        gapAfter: PARAGRAPH_GAP,
        decorate: (x, top, height) => {
          doc.rect(x - 14, top + 2, 2.5, height - 4).fill(kind === 'quote' ? COLOR.accent : COLOR.rule);
        },
      });
    } else {
      flow.paragraph(text, STYLE.body, { tag: 'P', parent: article, gapAfter: PARAGRAPH_GAP });
    }
  });

  for (const file of others) figure(ctx, c, file, altFor(c, file), article, 0.5);
  article?.end();
  return startPage;
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
  artifact(doc, () => {
    doc
      .moveTo(frame.left, flow.y + style.leading + 1)
      .lineTo(frame.left + frame.width, flow.y + style.leading + 1)
      .lineWidth(1.2)
      .stroke(COLOR.accent);
  });
  flow.y += style.leading + 14;
}

function kicker(ctx: RenderContext, c: Clipping, parent: PDFKit.PDFStructureElement | null): void {
  const { doc, flow, frame } = ctx;
  const parts = [c.source?.toLocaleUpperCase(ctx.locale), publishedLabel(c, ctx.locale)].filter(Boolean);
  if (parts.length === 0) return;
  useStyle(doc, STYLE.kicker);
  const text = fitLine(doc, parts.join('  ·  '), frame.width);
  tagged(
    doc,
    parent,
    'P',
    () => {
      useStyle(doc, STYLE.kicker);
      drawGlyphRun(doc, text, frame.left, flow.y, 0.3);
    },
    { actual: parts.join(', ') },
  );
  flow.y += STYLE.kicker.leading + 4;
}

/** The source panel: who published what, when and where, in two columns on a tinted ground. */
function sourcePanel(ctx: RenderContext, c: Clipping, parent: PDFKit.PDFStructureElement | null): void {
  const { doc, flow, frame, measure } = ctx;
  const pad = 8;
  const labelWidth = 62;
  const columnWidth = (frame.width - pad * 3) / 2;
  const valueWidth = columnWidth - labelWidth;
  const left: Array<[string, string]> = [];
  const right: Array<[string, string]> = [];
  if (c.source) left.push(['Outlet', c.source]);
  const published = publishedLabel(c, ctx.locale);
  if (published) left.push(['Published', published]);
  if (c.author) left.push(['Author', c.author]);
  if (c.dateline) left.push(['Dateline', c.dateline]);
  right.push(['Words', wordCount(c.text).toLocaleString(ctx.locale)]);
  if (c.tags.length > 0) right.push(['Tags', c.tags.join(', ')]);
  if (c.lang) right.push(['Language', languageName(c.lang, ctx.locale)]);

  const rowHeight = ([, value]: [string, string]): number =>
    measure.height(value, STYLE.metaValue, valueWidth);
  const columnHeight = (rows: Array<[string, string]>): number =>
    rows.reduce((h, row) => h + rowHeight(row), 0);
  const urlLines = c.url
    ? measure.lines(c.url, STYLE.metaValue, frame.width - pad * 2 - labelWidth).slice(0, 2)
    : [];
  const height =
    pad * 2 + Math.max(columnHeight(left), columnHeight(right)) + urlLines.length * STYLE.metaValue.leading;
  flow.ensure(height);
  const top = flow.y;
  artifact(doc, () => {
    doc.rect(frame.left, top, frame.width, height).fill(COLOR.panel);
  });

  const drawColumn = (rows: Array<[string, string]>, x: number): void => {
    let y = top + pad;
    for (const [label, value] of rows) {
      const lines = measure.lines(value, STYLE.metaValue, valueWidth);
      useStyle(doc, STYLE.metaLabel);
      drawGlyphRun(doc, label.toLocaleUpperCase(ctx.locale), x, y + 0.5);
      useStyle(doc, STYLE.metaValue);
      drawGlyphLines(
        doc,
        lines.map((line) => line.text),
        x + labelWidth,
        y,
        STYLE.metaValue.leading,
      );
      y += lines.length * STYLE.metaValue.leading;
    }
  };
  // One structure element for the panel, read as "Outlet: …; Published: …" rather than as
  // labels and values run together.
  const actual = [...left, ...right].map(([label, value]) => `${label}: ${value}`).join('; ');
  tagged(
    doc,
    parent,
    'P',
    () => {
      drawColumn(left, frame.left + pad);
      drawColumn(right, frame.left + pad * 2 + columnWidth);
    },
    { actual },
  );

  if (c.url && urlLines.length > 0) {
    const url = c.url;
    const y = top + height - pad - urlLines.length * STYLE.metaValue.leading;
    const link = parent ? doc.struct('Link', { actual: `URL: ${url}` }) : null;
    if (link) parent?.add(link);
    const content = link ? doc.markStructureContent('Link') : null;
    useStyle(doc, STYLE.metaLabel);
    drawGlyphRun(doc, 'URL', frame.left + pad, y + 0.5);
    doc.font(STYLE.metaValue.font).fontSize(STYLE.metaValue.size).fillColor(COLOR.link);
    // Two lines at most; a longer URL ends in an ellipsis (the link itself is complete).
    const shown = urlLines.map((line) => line.text);
    if (shown.join('') !== url && shown.length > 0) shown[shown.length - 1] = `${shown[shown.length - 1]}…`;
    drawGlyphLines(doc, shown, frame.left + pad + labelWidth, y, STYLE.metaValue.leading);
    if (content && link) {
      doc.endMarkedContent();
      link.add(content);
    }
    if (/^https?:\/\//i.test(url)) {
      const rect = {
        x: frame.left + pad + labelWidth,
        y,
        w: valueWidth * 2,
        h: shown.length * STYLE.metaValue.leading,
      };
      linkTagged(doc, rect, url, link);
    }
    link?.end();
  }
  flow.y = top + height + 14;
}

function caption(c: Clipping): string | null {
  const parts = [c.caption, c.credit ? `Photo: ${c.credit}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : null;
}

function altFor(c: Clipping, file: string): string | null {
  const name = path.basename(file);
  return c.images.find((image) => image.file === name)?.alt ?? null;
}

/**
 * Places an image at the text width (never enlarged past its own size at 150 dpi, never
 * taller than `maxShare` of the text block) with its caption below, kept on one page.
 * Files pdfkit cannot read are skipped and reported, never fatal.
 */
function figure(
  ctx: RenderContext,
  c: Clipping,
  file: string,
  captionText: string | null,
  parent: PDFKit.PDFStructureElement | null,
  maxShare: number,
): void {
  const { doc, flow, frame, measure } = ctx;
  let probe: { width: number; height: number };
  try {
    probe = openImage(doc, file);
    if (!(probe.width > 0 && probe.height > 0)) throw new Error('empty image');
  } catch {
    ctx.skippedImages.push(file);
    return;
  }
  const maxHeight = (frame.bottom - frame.top) * maxShare;
  let width = Math.min(frame.width, (probe.width * 72) / 150);
  let height = (width * probe.height) / probe.width;
  if (height > maxHeight) {
    height = maxHeight;
    width = (height * probe.width) / probe.height;
  }
  const captionLines = captionText ? measure.lines(captionText, STYLE.caption, frame.width) : [];
  const total = height + 6 + captionLines.length * STYLE.caption.leading + 12;
  flow.ensure(total);
  const x = frame.left + (frame.width - width) / 2;
  const alt = captionText ?? altFor(c, file) ?? `Image from "${c.title}"`;
  tagged(doc, parent, 'Figure', () => doc.image(file, x, flow.y, { width, height }), { alt });
  flow.y += height + 6;
  if (captionLines.length > 0) {
    tagged(doc, parent, 'Caption', () => {
      useStyle(doc, STYLE.caption);
      drawGlyphLines(
        doc,
        captionLines.map((line) => line.text),
        frame.left,
        flow.y,
        STYLE.caption.leading,
      );
    });
    flow.y += captionLines.length * STYLE.caption.leading;
  }
  flow.y += 12;
}
