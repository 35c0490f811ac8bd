/**
 * Text analysis shared by every capture path: language, entities, quotes.
 * (Placeholder signature; the implementation lands with the capture work.)
 */
import type { Entities, Quote } from '../../../../shared/clipping';

export interface Analysis {
  lang: string | null;
  entities: Entities;
  quotes: Quote[];
}

/** Analyses an article body (paragraphs separated by blank lines). */
export interface AnalysisHints {
  /** A language already known or guessed; detection overrides it when confident. */
  lang?: string | null;
  title?: string | null;
  /** The dateline place, which names a place even though it was taken off the body. */
  dateline?: string | null;
  /** People named outside the body (byline, wire credits). */
  people?: string[];
}

export function analyze(text: string, hints: AnalysisHints = {}): Analysis {
  void text;
  return { lang: hints.lang ?? null, entities: { people: [], places: [], organisations: [] }, quotes: [] };
}
