/**
 * The dossier's typography and page geometry in one place, so the cover, contents and
 * clipping pages agree and a designer can retune the look without reading layout code.
 */
import type { Paper } from '../../../shared/settings';

/** Paper sizes in PDF points (1/72 in): one for each paper the spec offers (shared/settings.ts). */
export const PAPER = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const satisfies Record<Paper, { width: number; height: number }>;

/** Font names registered on the document (see fonts.ts). */
export const FONT = {
  sans: 'Sans',
  sansBold: 'Sans-Bold',
  serif: 'Serif',
  serifBold: 'Serif-Bold',
  serifItalic: 'Serif-Italic',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

export const COLOR = {
  ink: '#1a1a1a',
  muted: '#5f6368',
  faint: '#9aa0a6',
  rule: '#c9ccd1',
  accent: '#8c1d18', // a deep red, the colour press offices use for their house style
  panel: '#f3f4f6',
  link: '#1a4f8c',
} as const;

/** Margins leave room for the running header and footer outside the text block. */
export const MARGIN = { top: 78, bottom: 74, left: 70, right: 70 } as const;

/** Where the header and footer baselines sit, measured from the page edge. */
export const FURNITURE = { headerY: 40, footerFromBottom: 48 } as const;

/** A text style: font, size and the distance from one line's top to the next. */
export interface TextStyle {
  font: FontName;
  size: number;
  leading: number;
  color: string;
}

export const STYLE = {
  body: { font: FONT.serif, size: 10.5, leading: 15.5, color: COLOR.ink },
  crosshead: { font: FONT.serifBold, size: 10.5, leading: 15.5, color: COLOR.ink },
  quote: { font: FONT.serifItalic, size: 10.5, leading: 15.5, color: COLOR.ink },
  headline: { font: FONT.serifBold, size: 19, leading: 24, color: COLOR.ink },
  kicker: { font: FONT.sansBold, size: 8.5, leading: 12, color: COLOR.accent },
  meta: { font: FONT.sans, size: 8, leading: 12, color: COLOR.muted },
  link: { font: FONT.sans, size: 7, leading: 10.5, color: COLOR.link },
  caption: { font: FONT.sans, size: 7.5, leading: 10.5, color: COLOR.muted },
  credit: { font: FONT.sans, size: 6.5, leading: 9.5, color: COLOR.faint },
  furniture: { font: FONT.sans, size: 7.5, leading: 10, color: COLOR.muted },
  tocTitle: { font: FONT.serifBold, size: 22, leading: 30, color: COLOR.ink },
  tocSection: { font: FONT.sansBold, size: 9, leading: 13, color: COLOR.accent },
  tocEntry: { font: FONT.serif, size: 10, leading: 13.5, color: COLOR.ink },
  tocMeta: { font: FONT.sans, size: 7.5, leading: 11, color: COLOR.muted },
  sectionBand: { font: FONT.sansBold, size: 8, leading: 12, color: COLOR.accent },
} satisfies Record<string, TextStyle>;

/** Space after a body paragraph, in points. */
export const PARAGRAPH_GAP = 6;

/** Space above and below the rule between two clippings that share a page. */
export const ITEM_GAP = 16;
