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
export function analyze(text: string, hints: { lang?: string | null } = {}): Analysis {
  void text;
  return { lang: hints.lang ?? null, entities: { people: [], places: [], organisations: [] }, quotes: [] };
}
