/**
 * The cover: who issues the dossier, its title and period, the facts a reader checks first
 * (date of issue, editor, number of clippings) and the editor's summary. The classification
 * line sits in a frame at the foot, where a registry stamp would go.
 */
import { drawGlyphRun, textWidth } from './glyph-run';
import { artifact, fitLine, hairline, tagged, type RenderContext } from './context';
import { formatDay, paragraphs } from './format';
import { openImage } from './pdfkit-extras';
import { useStyle } from './text-flow';
import { COLOR, FONT, STYLE, type TextStyle } from './theme';

const TITLE: TextStyle = { font: FONT.serifBold, size: 30, leading: 36, color: COLOR.ink };
const SUBTITLE: TextStyle = { font: FONT.serif, size: 15, leading: 20, color: COLOR.muted };
const ORGANISATION: TextStyle = { font: FONT.sansBold, size: 9.5, leading: 13, color: COLOR.accent };
const LABEL: TextStyle = { font: FONT.sansBold, size: 7.5, leading: 14, color: COLOR.muted };
const VALUE: TextStyle = { font: FONT.sans, size: 9.5, leading: 14, color: COLOR.ink };
const CLASSIFICATION: TextStyle = { font: FONT.sansBold, size: 9, leading: 12, color: COLOR.accent };

export interface CoverFacts {
  clippings: number;
  sections: number;
  /** The organisation's logo file (PNG or JPEG), from Settings. */
  logo?: string;
}

const LOGO = { maxWidth: 170, maxHeight: 46, gap: 12 } as const;

/** Draws the cover on the current (first) page; a long summary flows onto following pages. */
export function renderCover(ctx: RenderContext, facts: CoverFacts): void {
  const { doc, flow, frame, spec, locale, root } = ctx;
  const cover = root ? doc.struct('Sect', { title: 'Cover' }) : null;
  if (cover) root?.add(cover);

  const logo = facts.logo ? placeLogo(ctx, facts.logo, cover) : null;
  if (spec.organisation) {
    // Beside the logo, centred on it; alone, at the top.
    const left = logo ? frame.left + logo.width + LOGO.gap : frame.left;
    const y = logo ? flow.y + (logo.height - ORGANISATION.leading) / 2 : flow.y;
    useStyle(doc, ORGANISATION);
    const text = fitLine(doc, spec.organisation.toLocaleUpperCase(locale), frame.left + frame.width - left);
    tagged(doc, cover, 'P', () => {
      useStyle(doc, ORGANISATION);
      drawGlyphRun(doc, text, left, y, 0.8);
    });
  }
  flow.y += Math.max(logo?.height ?? 0, spec.organisation ? ORGANISATION.leading : 0) + (logo ? 6 : 0);
  artifact(doc, () => {
    doc.rect(frame.left, flow.y + 4, frame.width, 2).fill(COLOR.accent);
  });

  // The title block starts a fifth of the way down, the way printed reviews leave air above it.
  flow.y = frame.top + (frame.bottom - frame.top) * 0.2;
  const titleTop = flow.y;
  flow.paragraph(spec.title, TITLE, { tag: 'H1', parent: cover, gapAfter: 8 });
  if (spec.subtitle) flow.paragraph(spec.subtitle, SUBTITLE, { tag: 'P', parent: cover, gapAfter: 6 });
  if (spec.period)
    flow.paragraph(
      spec.period,
      { ...SUBTITLE, font: FONT.sans, size: 11.5, leading: 16 },
      { tag: 'P', parent: cover },
    );
  const titleBottom = flow.y;
  artifact(doc, () => {
    doc.rect(frame.left - 16, titleTop + 4, 4, titleBottom - titleTop - 4).fill(COLOR.accent);
  });

  flow.y += 30;
  const issued = formatDay(spec.issuedAt ?? new Date().toISOString().slice(0, 10), locale);
  const facts2: Array<[string, string]> = [['Date of issue', issued]];
  if (spec.editor) facts2.push(['Editor', spec.editor]);
  facts2.push(['Clippings', facts.clippings.toLocaleString(locale)]);
  if (facts.sections > 1) facts2.push(['Sections', facts.sections.toLocaleString(locale)]);
  artifact(doc, () => hairline(doc, frame, flow.y));
  flow.y += 8;
  for (const [label, value] of facts2) {
    tagged(
      doc,
      cover,
      'P',
      () => {
        useStyle(doc, LABEL);
        drawGlyphRun(doc, label.toLocaleUpperCase(locale), frame.left, flow.y + 1.5, 0.4);
        useStyle(doc, VALUE);
        drawGlyphRun(doc, fitLine(doc, value, frame.width - 110), frame.left + 110, flow.y);
      },
      { actual: `${label}: ${value}` },
    );
    flow.y += VALUE.leading;
  }
  flow.y += 8;
  artifact(doc, () => hairline(doc, frame, flow.y));
  flow.y += 26;

  if (spec.summary && spec.summary.trim()) {
    flow.ensure(STYLE.kicker.leading + STYLE.body.leading * 3);
    tagged(doc, cover, 'H2', () => {
      useStyle(doc, STYLE.kicker);
      drawGlyphRun(doc, "EDITOR'S SUMMARY", frame.left, flow.y, 0.6);
    });
    flow.y += STYLE.kicker.leading + 6;
    for (const text of paragraphs(spec.summary)) {
      flow.paragraph(text, STYLE.body, { tag: 'P', parent: cover, gapAfter: 6 });
    }
  }

  if (spec.classification) classificationStamp(ctx, spec.classification, cover);
  cover?.end();
}

/** The classification framed at the foot of the page it ends on (the cover, unless the summary is long). */
function classificationStamp(
  ctx: RenderContext,
  text: string,
  parent: PDFKit.PDFStructureElement | null,
): void {
  const { doc, flow, frame, locale } = ctx;
  const height = 30;
  flow.ensure(height + 12);
  const top = frame.bottom - height;
  artifact(doc, () => {
    doc.rect(frame.left, top, frame.width, height).lineWidth(1).stroke(COLOR.accent);
  });
  useStyle(doc, CLASSIFICATION);
  const line = fitLine(doc, text.toLocaleUpperCase(locale), frame.width - 24);
  const width = textWidth(doc, line, 0.5);
  tagged(doc, parent, 'P', () => {
    useStyle(doc, CLASSIFICATION);
    drawGlyphRun(
      doc,
      line,
      frame.left + (frame.width - width) / 2,
      top + (height - CLASSIFICATION.size) / 2 - 1,
      0.5,
    );
  });
  flow.y = frame.bottom;
}

/** Draws the logo at the top left of the cover, within LOGO's box; null when it cannot be read. */
function placeLogo(ctx: RenderContext, file: string, parent: PDFKit.PDFStructureElement | null): { width: number; height: number } | null {
  const { doc, flow, frame } = ctx;
  let probe: { width: number; height: number };
  try {
    probe = openImage(doc, file);
  } catch {
    ctx.skippedImages.push(file);
    return null;
  }
  const scale = Math.min(LOGO.maxWidth / probe.width, LOGO.maxHeight / probe.height, 1);
  const width = probe.width * scale;
  const height = probe.height * scale;
  const alt = ctx.spec.organisation ? `Logo of ${ctx.spec.organisation}` : 'Logo';
  tagged(doc, parent, 'Figure', () => doc.image(file, frame.left, flow.y, { width, height }), { alt });
  return { width, height };
}
