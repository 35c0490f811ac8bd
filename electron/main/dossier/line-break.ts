/**
 * Where a line may end, for text that is not simply words between spaces: the Unicode line
 * breaking algorithm (UAX #14, the `linebreak` package pdfkit itself uses) breaks Chinese and
 * Japanese between characters but never before 。、」 or after 「, and keeps numbers whole;
 * Thai, Lao, Khmer and Burmese have no spaces, so their words come from the runtime's
 * dictionary (Intl.Segmenter, ICU).
 */
import LineBreaker from 'linebreak';

const UNSPACED = /[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]/u;
const UNSPACED_AT = /[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]/u;

/** The positions (UTF-16 offsets, ascending, the last one `text.length`) where a new line may start. */
export function breakPoints(text: string): number[] {
  const points = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) points.add(bk.position);
  if (UNSPACED.test(text)) {
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    for (const { index } of segmenter.segment(text)) {
      // Only between two letters of those scripts: elsewhere UAX #14 already decided.
      if (index > 0 && UNSPACED_AT.test(text.charAt(index - 1)) && UNSPACED_AT.test(text.charAt(index))) points.add(index);
    }
  }
  points.add(text.length);
  return [...points].filter((p) => p > 0).sort((a, b) => a - b);
}
