/**
 * Text analysis shared by every capture path: language, entities (people, places,
 * organisations) and who said what.
 */
import type { Entities, Quote } from '../../../../shared/clipping';
import { findEntities } from './entities';
import { detectLanguage } from './language';
import { QuoteFinder } from './quotes';

export interface Analysis {
  lang: string | null;
  entities: Entities;
  quotes: Quote[];
}

/** What the caller already knows about the article, from its header lines or metadata. */
export interface AnalysisHints {
  /** A language from metadata; used when detection cannot tell. */
  lang?: string | null;
  title?: string | null;
  /** The dateline place, which names a place even though it was taken off the body. */
  dateline?: string | null;
  /** People named outside the body (byline, wire credits): they are people of the article too. */
  people?: string[];
}

/** Analyses an article body (paragraphs separated by blank lines). */
export function analyze(text: string, hints: AnalysisHints = {}): Analysis {
  const lang = detectLanguage(text) ?? normaliseLang(hints.lang);
  const scan = findEntities(text, lang, { people: hints.people, dateline: hints.dateline });
  const quotes = new QuoteFinder(text, { lang, persons: scan.persons, mentions: scan.mentions }).find();
  // A speaker known only by a surname the text never expanded is still one of its people.
  const people = [...scan.entities.people];
  for (const q of quotes) {
    if (q.speaker && scan.persons.resolve(q.speaker) !== null && !people.includes(q.speaker)) people.push(q.speaker);
  }
  return { lang, entities: { ...scan.entities, people }, quotes };
}

/** "en-GB" → "en"; anything that is not a language code → null. */
function normaliseLang(lang: string | null | undefined): string | null {
  const code = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(code) ? code : null;
}
