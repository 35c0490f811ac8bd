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
    for (const index of dictionaryWords(text).starts) {
      // Only between two letters of those scripts: elsewhere UAX #14 already decided.
      if (index > 0 && UNSPACED_AT.test(text.charAt(index - 1)) && UNSPACED_AT.test(text.charAt(index))) points.add(index);
    }
  }
  points.add(text.length);
  return [...points].filter((p) => p > 0).sort((a, b) => a - b);
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
const segmented = new Map<string, { starts: number[]; words: number }>();

/**
 * Where the runtime's dictionary starts each word of `text` (Thai, Lao, Khmer, Burmese), and how
 * many words it holds. Segmenting is slow and both line breaking and the word count ask for the
 * same paragraphs, so the last few hundred answers are kept.
 */
export function dictionaryWords(text: string): { starts: number[]; words: number } {
  let found = segmented.get(text);
  if (!found) {
    found = { starts: [], words: 0 };
    for (const part of segmenter.segment(text)) {
      found.starts.push(part.index);
      if (part.isWordLike) found.words++;
    }
    if (segmented.size > 500) segmented.clear();
    segmented.set(text, found);
  }
  return found;
}
