/**
 * How many lines a text takes at a width in a font, from a canvas rather than the page's
 * layout (so sizing list rows reads no layout). Shaping a text costs a fraction of a
 * millisecond, so a text clearly longer than its lines (a search snippet) or clearly inside
 * one is told from the sum of its characters' widths, each measured once per font; only
 * texts near a line break are shaped whole.
 */

import { inRanges, subscribeFontLoads, uiFamily } from './font-loads';

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';
/** Per font: each character's width, measured once. */
const charWidths = new Map<string, Map<string, number>>();

/** Characters a newly loaded font draws are measured again. */
let forgetting: (() => void) | null = null;
function forgetRedrawnChars(): void {
  forgetting ??= subscribeFontLoads((ranges) => {
    contextFont = '';
    if (!ranges) return charWidths.clear();
    for (const widths of charWidths.values()) {
      for (const ch of widths.keys()) if (inRanges(ch.codePointAt(0) ?? 0, ranges)) widths.delete(ch);
    }
  });
}

/** The canvas set to `font` (weight and size) in the UI family, or null without a canvas. */
function canvasIn(font: string): CanvasRenderingContext2D | null {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return null;
  forgetRedrawnChars();
  const wanted = `${font} ${uiFamily()}`;
  if (contextFont !== wanted) {
    context.font = wanted;
    contextFont = wanted;
  }
  return context;
}

/** The width of `text` in `font`, shaped as the page would draw it. */
export function textWidth(text: string, font: string): number {
  const canvas = canvasIn(font);
  return canvas ? canvas.measureText(text).width : text.length * 7.5;
}

/**
 * Han, kana, Hangul and full-width forms are one em wide in every font (measuring each of
 * thousands of them would cost more than shaping the text).
 */
const isWide = (code: number): boolean =>
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0x20000 && code <= 0x3fffd);

/** The size of `font` (`600 14px`) in px. */
const emOf = (font: string): number => parseFloat(/([\d.]+)px/.exec(font)?.[1] ?? '14');

/**
 * The sum of the characters' own widths, counted until it passes `limit`. Without kerning,
 * ligatures or joined forms this is a little more than the shaped width (up to about half
 * again for scripts whose marks combine), and hardly ever less.
 */
function roughWidth(text: string, font: string, limit: number): number {
  let widths = charWidths.get(font);
  if (!widths) charWidths.set(font, (widths = new Map()));
  let sum = 0;
  for (const ch of text) {
    let w = widths.get(ch);
    if (w === undefined) {
      w = isWide(ch.codePointAt(0) ?? 0) ? emOf(font) : textWidth(ch, font);
      widths.set(ch, w);
    }
    sum += w;
    if (sum >= limit) break;
  }
  return sum;
}

/** The characters of most text in the UI's Latin fonts. */
const COMMON = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '‘’“”–—…';

/**
 * Measures the common characters in `fonts` while the window is idle (a few dozen µs each),
 * so a first search does not pay for them.
 */
export function measureCommonCharsWhenIdle(fonts: readonly string[]): () => void {
  const idle = window.requestIdleCallback(() => {
    for (const font of fonts) roughWidth(COMMON, font, Infinity);
  });
  return () => window.cancelIdleCallback(idle);
}

/** Over-estimate allowed for {@link roughWidth} before a text is shaped whole. */
const ROUGH_MARGIN = 1.6;

/** Lines `text` takes at `width`, at most `max` (a little slack for how words wrap). */
export function linesOf(text: string, font: string, width: number, max: number): number {
  if (max <= 1 || text === '') return 1;
  const available = Math.max(80, width);
  // Clearly past its second-to-last line even allowing for the over-estimate: all `max` lines.
  const past = available * (max - 1) * ROUGH_MARGIN;
  const rough = roughWidth(text, font, past);
  if (rough >= past) return max;
  // The rough width is an upper bound: well inside one line, it needs no shaping either.
  if (rough <= available * 0.97) return 1;
  const needed = textWidth(text, font) / available;
  return needed <= 0.97 ? 1 : Math.min(max, Math.ceil(needed + 0.1));
}
