/**
 * Text analysis shared by every capture path: language, entities (people, places,
 * organisations) and who said what.
 */
import type { Entities, Quote } from '../../../../shared/clipping';
import { findEntities } from './entities';
import { isAgencyOrPlace, isJobTitle } from './filters';
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
  const scan = findEntities(text, lang, { people: hintedPeople(hints.people), dateline: hints.dateline });
  const quotes = new QuoteFinder(text, { lang, persons: scan.persons, mentions: scan.mentions }).find();
  // A speaker named only next to a verb of saying ("Azzouz said") is one of the article's people.
  const people = scan.entities.people.filter((p) => !isJobTitle(p));
  const { places } = scan.entities;
  const organisations = scan.entities.organisations.filter((o) => !isAgencyOrPlace(o, hints.dateline));
  for (const q of quotes) {
    const speaker = q.speaker;
    if (!speaker || people.includes(speaker) || places.includes(speaker) || organisations.includes(speaker)) continue;
    // Only a full name: a lone word next to a verb of saying is too often a noun ("w Sejmie").
    if (/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}$/u.test(speaker) && !isJobTitle(speaker)) people.push(speaker);
  }
  return { lang, entities: { people, places, organisations }, quotes };
}

/**
 * Bylines passed as hints hold more than names: "Martin Untersinger (avec Damien Leloup et
 * Morgane Tual)", "Mac & i". Only what reads as a person's name (two capitalised words or more) is kept.
 */
function hintedPeople(names: string[] | undefined): string[] {
  const people: string[] = [];
  for (const raw of names ?? []) {
    for (const part of raw.split(/\s*(?:[(),;&]|\s(?:and|und|et|avec|with|mit|y|con|a|i|и)\s)\s*/u)) {
      const name = part.trim().replace(/^(?:and|und|et|avec|with|mit|y|con|by|von|par|por)\s+/iu, '');
      const words = name.split(/\s+/);
      // Names in scripts without capitals (김수진, 张华, יעל כהן) come from bylines as they are.
      const uncased = /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Thai} ]{2,20}$/u.test(name);
      if (uncased || (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]/u.test(w) || /^(?:van|von|de|da|del|di|der|le|la)$/u.test(w)))) {
        if (!people.includes(name)) people.push(name);
      }
    }
  }
  return people;
}

/** "en-GB" → "en"; anything that is not a language code → null. */
function normaliseLang(lang: string | null | undefined): string | null {
  const code = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(code) ? code : null;
}
