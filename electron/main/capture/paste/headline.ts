/** Telling a headline from prose, and making a title when the paste has no headline. */
import { wordsIn } from './words';
import { splitSentences } from '../nlp/sentences';

/** True when `unit` can be a headline: short, capitalised, without a sentence's final stop. */
export function isHeadlineLike(unit: string): boolean {
  const text = unit.trim();
  if (text.length < 3 || text.length > 200) return false;
  // List items belong to the article ("- Works start in May").
  if (/^[-–•*·▪►]\s/u.test(text)) return false;
  if (/[.,;:]$/u.test(text) && !/\.\.\.$|…$/u.test(text)) return false;
  if (/^[\p{Ll}]/u.test(text)) return false;
  return /\p{L}/u.test(text);
}

/** Number of words, for telling a section label ("World") from a headline. */
export function wordCount(text: string): number {
  return wordsIn(text);
}

const MAX_TITLE = 140;

/** A title made from the first sentence of the body, shortened at a word when very long. */
export function deriveTitle(firstParagraph: string): string {
  const sentence = splitSentences(firstParagraph)[0] ?? firstParagraph;
  // A full stop ends a sentence, not a title; an exclamation mark is part of it ("… it's for sale!").
  const bare = sentence.replace(/[.…]+$/u, '').trim();
  if (bare.length <= MAX_TITLE + 20) return bare;
  const cut = bare.slice(0, MAX_TITLE);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–—-]+$/u, '');
  return `${atWord}…`;
}
