/**
 * Counting words in any script. Words are what spaces part, except in the scripts written without
 * spaces between words (Thai, Lao, Khmer, Myanmar, Tibetan), where ICU's dictionary word breaker
 * (Intl.Segmenter) finds them; without it a whole Thai paragraph counted as one or two words and
 * was dropped as a label. CJK is left to callers (they weigh its characters themselves).
 */
const UNSPACED = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Number of words in `text` (a word holds at least one letter or digit). */
export function wordsIn(text: string): number {
  if (UNSPACED.test(text)) {
    let n = 0;
    for (const s of segmenter.segment(text)) if (s.isWordLike) n += 1;
    return n;
  }
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
