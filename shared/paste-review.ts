/**
 * What the Add Clipping dialog shows before a paste is saved: the fields capture found (the
 * person may correct them), how long the text is, whether it is too short to be an article, and
 * the clipping it would duplicate.
 */

/** The fields a person reviews, and may correct, before a paste is saved. */
export const REVIEWED_FIELDS = ['title', 'source', 'author', 'publishedAt', 'dateline', 'lang'] as const;
export type ReviewedField = (typeof REVIEWED_FIELDS)[number];

/** Fewer words than this and the paste is asked about ("hi" is not an article). */
export const SHORT_PASTE_WORDS = 40;

export interface PasteReview {
  fields: { title: string } & Record<Exclude<ReviewedField, 'title'>, string | null>;
  /** True when the title was made from the first sentence (there was no headline). */
  titleDerived: boolean;
  words: number;
  /** Fewer than {@link SHORT_PASTE_WORDS} words. */
  short: boolean;
  /** The clipping already in the archive with the same text or address, if any. */
  duplicate: { id: string; title: string } | null;
}
