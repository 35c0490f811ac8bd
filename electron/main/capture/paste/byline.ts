/**
 * Bylines in the conventions news sites use: "By X", "By X and Y", "Von X, dpa", "Par X",
 * "Por X", "by · Site · Join" (an empty author slot followed by the site), "X | Site".
 */
import { canonicalPlace } from '../nlp/gazetteer';
import { agencyName } from './agencies';
import { dateLine, findDate, type DateOptions, type FoundDate } from './dates';
import { isFurniture } from './furniture';
import { hasPublicationWord, isNameList, isPersonName, isPublicationName, splitNames } from './names';

/** What a byline line says. */
export interface Byline {
  author: string | null;
  source: string | null;
  date: FoundDate | null;
  /** Each person named, one name each. */
  people: string[];
  /** A bare name with nothing else: a byline only where a byline would stand. */
  nameOnly: boolean;
}

const PREFIX =
  /^(?:by|written by|words by|von|par|por|door|di|av|af|od|от|текст|autor(?:in|a)?|author|auteur|text|texte)(?:\s*:\s*|\s+|$)(.*)$/iu;
const SEPARATORS = /\s*[·•|\u2022]\s*|\s+[-–—]\s+/u;
// "in Paris", "aus Berlin", "à Paris", "en Madrid", "ve Praze": where the writer filed from.
const FILED_FROM = /\s+(?:in|aus|à|en|ve|v|из)\s+\p{Lu}[\p{L} -]*$/u;

/** Title-cases all-caps words in a name ("JILL LAWLESS" → "Jill Lawless"), AP style bylines. */
function unshout(text: string): string {
  return text.replace(/\p{Lu}{2,}(?:['’-]\p{Lu}+)*/gu, (word) =>
    agencyName(word) ? word : word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase()),
  );
}

/** A line naming only a publication, optionally with a place: "BBC News, Kyiv", "The Sun News". */
function isSiteLine(line: string): boolean {
  const [site, ...rest] = line.split(/\s*,\s*/);
  if (!site || site.length > 40 || rest.length > 1) return false;
  const words = site.split(/\s+/);
  if (!words.every((w) => /^[\p{Lu}\d&]/u.test(w)) || !hasPublicationWord(site)) return false;
  // A title-case headline ("The Daily Show Returns") is longer than a name, or has no place after it.
  if (words.length > (rest.length === 1 ? 5 : 3)) return false;
  return rest.every((place) => canonicalPlace(place) !== null);
}

/** Splits "Anna Schmidt, dpa" / "A, B and C, Reuters" into names and what follows them. */
function readNamePart(part: string, out: Byline, options: DateOptions): boolean {
  const names: string[] = [];
  for (const raw of part.split(/\s*,\s*/)) {
    const segment = unshout(raw.replace(FILED_FROM, '').trim());
    if (segment.length === 0) continue;
    const agency = agencyName(segment);
    if (agency) {
      out.source ??= agency;
      continue;
    }
    if (names.length === 0 || out.source === null) {
      if (isNameList(segment)) {
        names.push(segment);
        continue;
      }
    }
    const date = findDate(segment, options);
    if (date) {
      out.date ??= date;
      continue;
    }
    // Anything else after a name is a role ("Chief Political Correspondent"): dropped.
    if (names.length === 0) {
      if (/^(?:\p{Lu}[\p{L}'’.-]*\s+){0,1}staff$/iu.test(segment)) {
        out.source ??= agencyName(segment.replace(/\s*staff$/iu, '')) ?? null;
        continue;
      }
      if (isPublicationName(segment)) {
        out.source ??= segment;
        continue;
      }
      return false;
    }
  }
  if (names.length > 0) {
    out.author = names.join(', ');
    out.people.push(...names.flatMap(splitNames));
  }
  return true;
}

/**
 * Reads a byline, or returns null when the line is not one.
 * @param bare also accept a line without a "By" word ("X | Site", "Anna Schmidt, dpa")
 */
export function parseByline(line: string, options: DateOptions, bare = true): Byline | null {
  const text = line.trim();
  if (text.length > 200) return null;
  if (isSiteLine(text)) {
    // "BBC News, Kyiv": the publication, and where the story was filed from.
    return { author: null, source: text.split(/\s*,\s*/)[0] ?? text, date: null, people: [], nameOnly: false };
  }
  if (!PREFIX.test(text) && (!bare || text.length > 120)) return null;
  const out: Byline = { author: null, source: null, date: null, people: [], nameOnly: false };
  const parts = text.split(SEPARATORS).filter((p) => p.length > 0);
  const prefixed = PREFIX.exec(parts[0] ?? '');

  if (prefixed) {
    const name = (prefixed[1] ?? '').trim();
    if (name.length > 0 && !readNamePart(name, out, options)) return null;
  } else {
    const first = parts[0] ?? '';
    const head = first.split(/\s*,\s*/)[0] ?? '';
    if (!bare || !isPersonName(unshout(head.replace(FILED_FROM, '')))) return null;
    if (!readNamePart(first, out, options)) return null;
  }

  for (const part of parts.slice(1)) {
    // A long part is prose: "São Paulo — O Brasil exportou…" is a dateline, not "Name — Site".
    if (part.length > 60 || /[.!?]$/u.test(part)) return null;
    if (isFurniture(part)) continue;
    const agency = agencyName(part);
    if (agency) {
      out.source ??= agency;
      continue;
    }
    const date = dateLine(part, options);
    if (date) {
      out.date ??= date;
      continue;
    }
    if (out.author === null && isNameList(part) && !isPublicationName(part)) {
      out.author = part;
      out.people.push(...splitNames(part));
      continue;
    }
    if (isPublicationName(part) || /^\p{Lu}/u.test(part)) out.source ??= part;
  }
  if (out.author === null && out.source === null && out.date === null) return null;
  out.nameOnly = !prefixed && out.source === null && out.date === null;
  return out;
}
