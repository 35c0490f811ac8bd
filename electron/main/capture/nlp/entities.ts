/**
 * People, places and organisations in an article body. Capitalised spans are matched left to
 * right, longest first, against the gazetteers, first names, titles and organisation words;
 * what matches nothing is left out, so sentence-initial words and German nouns add no junk.
 */
import type { Entities } from '../../../../shared/clipping';
import { englishPeople } from './english';
import { canonicalOrganisation, canonicalPlace } from './gazetteer';
import {
  DEMONYMS, FIRST_NAMES, MONTHS_AND_DAYS, ORG_CONNECTORS, ORG_KEYWORDS, ROLE_WORDS, STOPWORDS, TITLES,
} from './lexicon';
import { PersonIndex } from './people';
import { capitalisedSpans, type Span, type Token } from './spans';

/** A person or organisation named at an offset of the text (for attributing quotes). */
export interface Mention {
  name: string;
  kind: 'person' | 'organisation';
  start: number;
  end: number;
}

export interface EntityScan {
  entities: Entities;
  persons: PersonIndex;
  mentions: Mention[];
}

export interface EntityHints {
  people?: string[];
  dateline?: string | null;
}

// Acronyms that are not organisations.
const NOT_ORGANISATIONS = new Set([
  'CEO', 'CFO', 'COO', 'GDP', 'AI', 'TV', 'USD', 'EUR', 'GBP', 'CHF', 'CZK', 'RUB', 'PM', 'AM', 'OK', 'ID',
  'IT', 'PR', 'COVID', 'NGO', 'NGOs', 'MP', 'MPs', 'EV', 'EVs', 'LNG', 'VAT', 'PhD', 'DNA', 'HIV', 'AIDS',
  'IPO', 'UTC', 'GMT', 'CET', 'CEST', 'BST', 'EST', 'EDT', 'PDF', 'URL', 'FAQ', 'SUV', 'USB', 'VIP', 'MRI',
  'ICU', 'LGBT', 'LGBTQ', 'ESG', 'KI', 'BIP', 'ICE', 'II', 'III', 'IV', 'VI', 'XL', 'CO', 'CO2', 'SMS',
  'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'AP', 'AFP', 'DPA', 'OTS', 'TASS', 'X', 'A', 'I', 'O', 'OS', 'ČR',
  'VR', 'AR', 'HD', 'UHD', '3D', '4K', 'PC', 'GPU', 'CPU', 'iOS', 'API', 'SDK', 'DLC', 'RPG', 'FPS', 'IP', 'ISP',
  'FAI', 'ET', 'PT', 'CT', 'MT', 'GPS', 'LED', 'PIN', 'FAQ', 'OMG', 'LOL', 'TBA', 'TBC', 'CV', 'HR', 'QR', 'SOS',
  'VPN', 'TEU', 'MW', 'GW', 'KWH', 'MWH', 'GWH', 'BBL', 'RPM', 'DIY', 'FYI', 'ASAP', 'WIB', 'IST', 'JST', 'KST', 'MSK',
]);
// Prepositions after which an unknown capitalised word is taken for a place ("in Nairobi").
// Spanish "a" is left out: it also marks a person ("juicio a Jones").
const LOCATIVES = new Set(['in', 'near', 'outside', 'à', 'en', 'em']);
// Capitalised nouns that follow "in" without being places.
const NOT_PLACES = new Set(['Internet', 'Web', 'Twitter', 'Facebook', 'YouTube', 'Instagram', 'TikTok', 'Google', 'English', 'French', 'German', 'Spanish']);
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'do', 'dos', 'del', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el']);
const MAX_SPAN = 7;

type Kind = 'person' | 'place' | 'organisation';
interface Match {
  kind: Kind;
  name: string;
  length: number;
}

interface Context {
  text: string;
  lang: string | null;
  englishNames: Set<string>;
  hinted: Set<string>;
}

function surface(ctx: Context, tokens: Token[]): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? ctx.text.slice(first.start, last.end).replace(/\s+/g, ' ') : '';
}

function isAcronym(word: string): boolean {
  // Roman numerals ("siglo XX", "Henry VIII") are not organisations either; nor are codes with
  // digits ("B40", "RM2", "M4"), nor a first name written in capitals ("LISA MASCARO").
  return (
    /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(word) && !NOT_ORGANISATIONS.has(word) && !/^[IVXLCDM]+$/.test(word) &&
    !FIRST_NAMES.has(word.charAt(0) + word.slice(1).toLowerCase())
  );
}

/** A person's name: a known first name, or a title, a role word or the tagger says so. */
function personAt(ctx: Context, tokens: Token[], introduced: boolean): string | null {
  const words = tokens.map((t) => t.text);
  const name = surface(ctx, tokens);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length > 4 || STOPWORDS.has(first) || TITLES.has(first)) return null;
  if (words.some((w) => ORG_KEYWORDS.has(w) || MONTHS_AND_DAYS.has(w) || DEMONYMS.has(w))) return null;
  if (words.some((w) => !/^\p{Lu}/u.test(w) && !NAME_PARTICLES.has(w))) return null;
  if (NAME_PARTICLES.has(last) || words.some((w) => w.length > 2 && w === w.toUpperCase())) return null;
  // A lone word after a role word is a surname ("spokesman Peskov"), not an inflected adjective ("předseda Českomoravského …").
  if (words.length === 1) return introduced && canonicalPlace(name, ctx.lang) === null && !/(?:ského|ckého|ného|ové|ского|ной|ских)$/u.test(name) ? name : null;
  // The tagger's single words ("Brent" in "Brent crude") are too often wrong; its full names are kept.
  if (ctx.hinted.has(name) || ctx.englishNames.has(name)) return name;
  if (FIRST_NAMES.has(first) || introduced) return name;
  return null;
}

/** The longest entity starting at token `i`, or null. */
function matchAt(ctx: Context, tokens: Token[], i: number, introduced: boolean): Match | null {
  const start = tokens[i]?.text ?? '';
  for (let length = Math.min(MAX_SPAN, tokens.length - i); length >= 1; length--) {
    const part = tokens.slice(i, i + length);
    const lastWord = part[part.length - 1]?.text ?? '';
    if (ORG_CONNECTORS.has(start) || ORG_CONNECTORS.has(lastWord)) continue;
    const text = surface(ctx, part);
    const organisation = canonicalOrganisation(text, ctx.lang);
    if (organisation) return { kind: 'organisation', name: organisation, length };
    const place = canonicalPlace(text, ctx.lang);
    if (place && !(length === 1 && ctx.englishNames.has(text) && FIRST_NAMES.has(text))) {
      return { kind: 'place', name: place, length };
    }
    if (STOPWORDS.has(start)) continue;
    const person = personAt(ctx, part, introduced);
    if (person) return { kind: 'person', name: person, length };
    // "International Council of Chemical Associations", "Gewerkschaft Deutscher Lokomotivführer".
    const capitals = part.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    const keyword = ORG_KEYWORDS.has(start) || ORG_KEYWORDS.has(lastWord);
    const titled = part.slice(1).some((t) => TITLES.has(t.text));
    if (keyword && capitals >= 2 && !titled && !part.some((t) => MONTHS_AND_DAYS.has(t.text))) {
      return { kind: 'organisation', name: text, length };
    }
  }
  if (isAcronym(start) && !STOPWORDS.has(start)) return { kind: 'organisation', name: start, length: 1 };
  return null;
}

/** Number of title words at `i` ("Prime Minister", "President"), 0 when none. */
function titleAt(tokens: Token[], i: number): number {
  for (let length = 3; length >= 1; length--) {
    const words = tokens.slice(i, i + length).map((t) => t.text);
    if (words.length === length && TITLES.has(words.join(' '))) return length;
  }
  return 0;
}

/** Finds the entities of `text` (paragraphs separated by blank lines) in language `lang`. */
export function findEntities(text: string, lang: string | null, hints: EntityHints = {}): EntityScan {
  const ctx: Context = {
    text,
    lang,
    englishNames: lang === 'en' ? englishPeople(paragraphsNeedingTagger(text, lang)) : new Set(),
    hinted: new Set(hints.people ?? []),
  };
  const persons = new PersonIndex();
  const mentions: Mention[] = [];
  const places: string[] = [];
  const organisations: string[] = [];
  const addUnique = (list: string[], name: string): void => {
    if (!list.includes(name)) list.push(name);
  };

  if (hints.dateline) {
    const head = hints.dateline.split(/[,/]/)[0]?.trim() ?? '';
    const place = canonicalPlace(head, lang) ?? (head.split(/\s+/).length <= 3 ? titleCase(head) : null);
    if (place) addUnique(places, place);
  }
  for (const name of hints.people ?? []) persons.add(name);

  for (const span of capitalisedSpans(text)) scanSpan(ctx, span, { persons, mentions, places, organisations, addUnique });

  // A name also found as a place or organisation is not a person ("Jordan" the country).
  const people = persons.list().filter((p) => !places.includes(p) && !organisations.includes(p));
  return { entities: { people, places, organisations }, persons, mentions };
}

interface Sink {
  persons: PersonIndex;
  mentions: Mention[];
  places: string[];
  organisations: string[];
  addUnique: (list: string[], name: string) => void;
}

function scanSpan(ctx: Context, span: Span, sink: Sink): void {
  const { tokens } = span;
  const roleBefore = span.before !== null && ROLE_WORDS.has(span.before.toLowerCase());
  const locative = span.before !== null && LOCATIVES.has(span.before.toLowerCase()) && ctx.lang !== 'de';
  let introduced = roleBefore;
  for (let i = 0; i < tokens.length; ) {
    const title = titleAt(tokens, i);
    if (title > 0) {
      introduced = true;
      i += title;
      continue;
    }
    const token = tokens[i];
    // "US$ 111 bilhões", "R$", "HK$": a currency, not a place.
    if (token && ctx.text[token.end] === '$') {
      i++;
      continue;
    }
    const match = matchAt(ctx, tokens, i, introduced);
    introduced = false;
    if (!match || !token) {
      // A lone surname of someone already named ("Peskov said").
      const known = token && !STOPWORDS.has(token.text) ? sink.persons.resolve(token.text) : null;
      if (known && token) sink.mentions.push({ name: known, kind: 'person', start: token.start, end: token.end });
      else if (token && i === 0 && locative) {
        // "in South Carolina": the whole run of words nothing else claimed.
        let end = 0;
        while (end < tokens.length && end < 3 && isPlaceLike(tokens[end]?.text ?? '', ctx) && !matchAt(ctx, tokens, end, false)) end++;
        if (end > 0 && end === tokens.length) {
          const place = surface(ctx, tokens.slice(0, end));
          sink.addUnique(sink.places, place === place.toUpperCase() ? titleCase(place) : place);
          i = end;
          continue;
        }
      }
      i++;
      continue;
    }
    const end = tokens[i + match.length - 1]?.end ?? token.end;
    if (match.kind === 'person') {
      const name = sink.persons.add(match.name);
      sink.mentions.push({ name, kind: 'person', start: token.start, end });
    } else {
      sink.addUnique(match.kind === 'place' ? sink.places : sink.organisations, match.name);
      if (match.kind === 'organisation') sink.mentions.push({ name: match.name, kind: 'organisation', start: token.start, end });
    }
    i += match.length;
  }
}

/**
 * The paragraphs with a run of capitalised words that no rule explains ("Ines Moreau" with an
 * unknown first name). Only they go through compromise, whose tagger costs far more than the rest.
 */
function paragraphsNeedingTagger(text: string, lang: string | null): string {
  const needed: string[] = [];
  for (const paragraph of text.split('\n\n')) {
    const ctx: Context = { text: paragraph, lang, englishNames: new Set(), hinted: new Set() };
    const unexplained = capitalisedSpans(paragraph).some((span) => {
      let run = 0;
      for (let i = 0; i < span.tokens.length; ) {
        const word = span.tokens[i]?.text ?? '';
        const skip = titleAt(span.tokens, i) || (matchAt(ctx, span.tokens, i, false)?.length ?? 0);
        if (skip > 0 || STOPWORDS.has(word) || ORG_CONNECTORS.has(word)) {
          run = 0;
          i += Math.max(skip, 1);
          continue;
        }
        if (++run >= 2) return true;
        i++;
      }
      return false;
    });
    if (unexplained) needed.push(paragraph);
  }
  return needed.join('\n\n');
}

/** After "in", a capitalised word that is nothing else is taken for a place ("in Nairobi"). */
function isPlaceLike(word: string, ctx: Context): boolean {
  return (
    /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$/u.test(word) && !STOPWORDS.has(word) && !DEMONYMS.has(word) &&
    !ORG_KEYWORDS.has(word) && !FIRST_NAMES.has(word) && !NOT_PLACES.has(word) && !ctx.englishNames.has(word) &&
    word.length > 2
  );
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}
