/** Word lists from `data/lexicon.json` and `data/first-names.json`, as sets for lookups. */
import firstNamesData from './data/first-names.json';
import lexiconData from './data/lexicon.json';

interface LexiconData {
  speechVerbs: Record<string, string[]>;
  pronouns: Record<string, string[]>;
  determiners: string[];
  titles: string[];
  roleWords: string[];
  demonyms: string[];
  stopwords: string[];
  months: string[];
  weekdays: string[];
  orgKeywords: string[];
  orgConnectors: string[];
}

const data = lexiconData as LexiconData;

const lower = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

/** Capitalised words that never start a name: sentence openers, months, weekdays. */
export const STOPWORDS = new Set([...data.stopwords, ...data.months, ...data.weekdays]);
export const MONTHS_AND_DAYS = new Set([...data.months, ...data.weekdays]);
export const DEMONYMS = new Set(data.demonyms);
export const FIRST_NAMES = new Set((firstNamesData as { firstNames: string[] }).firstNames);
/** Honorifics and offices written before a name ("President", "Frau", "M."). */
export const TITLES = new Set(data.titles);
/** Lowercase role nouns that introduce a name ("spokesman Dmitry Peskov"). */
export const ROLE_WORDS = lower(data.roleWords);
export const ORG_KEYWORDS = new Set(data.orgKeywords);
/** Lowercase words allowed inside an organisation's name ("of", "für"). */
export const ORG_CONNECTORS = new Set(data.orgConnectors);
export const DETERMINERS = lower(data.determiners);

/** Speech verbs of `lang` (English as a fallback), multi-word ones included ("a déclaré"). */
export function speechVerbs(lang: string | null): string[] {
  return [...new Set([...(data.speechVerbs[lang ?? 'en'] ?? []), ...(data.speechVerbs.en ?? [])])];
}

/** Third-person subject pronouns of `lang` and English. */
export function pronouns(lang: string | null): Set<string> {
  return lower([...(data.pronouns[lang ?? 'en'] ?? []), ...(data.pronouns.en ?? [])]);
}
