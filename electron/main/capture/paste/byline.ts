/**
 * Bylines in the conventions news sites use: "By X", "By X and Y", "Von X, dpa", "Par X",
 * "Por X", "by · Site · Join" (an empty author slot followed by the site), "X | Site".
 */
import { canonicalPlace } from '../nlp/gazetteer';
import { agencyName } from './agencies';
import { isWeekday } from './calendar-words';
import { dateLine, earliestDate, findDate, findDates, type DateOptions, type FoundDate } from './dates';
import { isFurniture } from './furniture';
import { isKnownSource } from './outlets';
import { FIRST_NAMES, STOPWORDS } from '../nlp/lexicon';
import { PREFIX, tidyByline } from './byline-tidy';
import { uncasedWriter } from './byline-uncased';
import { givenNames, LOWER_IN_TITLES, unshout, hasPublicationWord, hasRoleWord, isFurnitureName, isNameList, isPersonName, isPublicationName, isRoleOnly, nameThenOutlet, splitNames, withoutRole } from './names';

/** What a byline line says. */
export interface Byline {
  author: string | null;
  source: string | null;
  date: FoundDate | null;
  /** Each person named, one name each. */
  people: string[];
  /** A bare name with nothing else: a byline only where a byline would stand. */
  nameOnly: boolean;
  /** A desk or newsroom signing ("Redazione ANSA", "Haber Merkezi"): a byline without a person. */
  desk?: boolean;
  /** While reading: a role was printed after the names. */
  role?: boolean;
}

// Desks and newsrooms sign as a team, not a person: "Redazione ANSA", "Haber Merkezi", "Staff".
const DESK =
  /^(?:redazione|redaktion|redakcja|redakce|rédaction|redacción|redação|redactie|редакция|редакція|haber merkezi|newsroom|news desk|web desk|online desk|staff and agencies|staff and wire reports|staff reports?|wire reports|staff|agencies|agencias|agenturen|agences)(?:\s+(.{2,40}))?$/iu;

// Korean bylines: a name of two to four syllables and the word for reporter ("김수진 기자").
// The outlet may stand between them ("진영기 한경닷컴 기자").
const KOREAN = /^([가-힣]{2,4})\s*(?:[가-힣A-Za-z.·]{2,12}\s+)?(?:기자|특파원|선임기자|객원기자)(?:\s+\S+@\S+)?$/u;
// Japanese and Chinese sign the same way: "田中宏昌記者", "田中 宏昌 特派員".
const CJK_REPORTER = /^([\p{sc=Han}\p{sc=Katakana}][\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana} \u3000]{2,8}?)\s*(?:記者|记者|特派員|特派员|編集委員|論説委員)$/u;

// Names in scripts without capitals (Hebrew, Arabic, CJK, the Indic scripts, Thai, Georgian…): one to
// four words, after a "by" word; the vowel signs of the Indic scripts and Persian's zero-width joiners with them.
const UNCASED_NAME =
  /^(?:[\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Han}\p{sc=Hangul}\p{sc=Thai}\p{sc=Katakana}\p{sc=Hiragana}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Myanmar}\p{sc=Khmer}\p{sc=Lao}\p{sc=Georgian}\p{sc=Ethiopic}\p{M}'’\- ]|\u200c|\u200d){2,30}$/u;

// Co-authors in parentheses: "Martin Untersinger (avec Damien Leloup et Morgane Tual)".
const WITH = /\s*\((?:avec|with|mit|con|com|z|с|met)\s+([^)]+)\)/iu;
const SEPARATORS = /\s*[·•|\u2022]\s*|\s+[-–—/]\s+/u;
// "in Paris", "aus Berlin", "à Paris", "en Madrid", "ve Praze": where the writer filed from.
const FILED_FROM = /\s+(?:in|aus|à|en|ve|v|из)\s+\p{Lu}[\p{L} -]*$/u;


/** A line naming only a publication, optionally with a place: "BBC News, Kyiv", "The Sun News". */
function isSiteLine(line: string): boolean {
  if (PREFIX.test(line)) return false;
  const [site, ...rest] = line.split(/\s*,\s*/);
  if (!site || site.length > 40 || rest.length > 1) return false;
  const words = site.split(/\s+/);
  if (words.length < 2 && rest.length === 0) return false;
  if (!words.every((w) => /^[\p{Lu}\d&]/u.test(w)) || !hasPublicationWord(site)) return false;
  // A title-case headline ("The Daily Show Returns") is longer than a name, or has no place after it.
  if (words.length > (rest.length === 1 ? 5 : 3)) return false;
  return rest.every((place) => canonicalPlace(place) !== null);
}

// "By Jane Doe for the Guardian", "für die Zeit", "pour Le Monde", "da Reuters": whom the writer wrote for.
const WROTE_FOR = /^(.+?)\s+(?:for|für|pour|para|per|voor|from|special to)\s+((?:the|die|der|le|la|el|il)\s+)?(\p{Lu}[\p{L}\d&.' -]{1,40})$/u;
// A user name after an explicit "By" ("Posted by doumae", "by admin"): one token, no spaces.
const HANDLE_NAME = /^@?[\p{L}\d][\p{L}\d_.-]{1,29}$/u;

const SOURCE_PART = /^(?:source|quelle|fonte|fuente|来源|來源|出典|출처|المصدر|מקור)\s*[:：]\s*([^－—|]{2,40}?)(?:\s*[－—].*)?$/iu;

/** Splits "Anna Schmidt, dpa" / "A, B and C, Reuters" into names and what follows them. */
function readNamePart(part: string, out: Byline, options: DateOptions, prefixed = false): boolean {
  const names: string[] = [];
  const forWhom = WROTE_FOR.exec(part);
  if (forWhom?.[1] && forWhom[3] && isNameList(unshout(withoutRole(forWhom[1])))) {
    const site = agencyName(forWhom[3]) ?? (forWhom[2] ? `${forWhom[2].trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${forWhom[3]}` : forWhom[3]);
    out.source ??= site;
    part = forWhom[1];
  }
  const parts = part.replace(WITH, ', $1').split(/\s*,\s*/);
  if (prefixed && parts.length === 1 && HANDLE_NAME.test(part.trim()) && !agencyName(part.trim()) && !/^\d+$/u.test(part.trim())) {
    out.author = part.trim().replace(/^@/u, '');
    out.people.push(out.author);
    return true;
  }
  for (const raw of parts) {
    // "Robert Burns, AP National Security Writer": after the names, a part naming a role is what they are.
    if (names.length > 0 && hasRoleWord(raw)) {
      out.role = true;
      continue;
    }
    const original = withoutRole(raw.replace(FILED_FROM, '').trim());
    // A byline holds names, places and dates, never a quotation or a sentence.
    if (/["“”„«»]|[.!?]$/u.test(original) && !/^\p{Lu}\.$/u.test(original.split(/\s+/u).pop() ?? '')) return false;
    const segment = unshout(original);
    if (segment.length === 0) continue;
    // "本报记者 张三 李四": more names in the same script; a place after them is where they filed from.
    const more = names.length > 0 && names.every((n) => UNCASED_NAME.test(n)) && canonicalPlace(segment) === null;
    if (UNCASED_NAME.test(segment) && (names.length === 0 || more) && !agencyName(segment)) {
      names.push(segment.trim());
      continue;
    }
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
    // "By Jane Smith Fox News", "Ravi Kumar CNN": the outlet printed right after the name.
    const glued = names.length === 0 ? nameThenOutlet(segment) : null;
    if (glued) {
      names.push(glued.name);
      out.source ??= glued.source;
      continue;
    }
    const date = findDate(segment, options);
    // "Quiniela de HOY, sábado 7 de mayo: resultados de …" is a headline: a byline's date part is the date, not a sentence.
    if (date && (segment.replace(date.text, '').match(/(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])/gu)?.length ?? 0) >= 2) return false;
    if (date) {
      out.date ??= date;
      continue;
    }
    // Anything else after a name is a role ("Chief Political Correspondent"): dropped.
    if (names.length === 0) {
      const staff = /^(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2})\s+staff$/iu.exec(original);
      if (staff?.[1]) {
        out.source ??= agencyName(staff[1]) ?? staff[1];
        continue;
      }
      if (isPublicationName(segment)) {
        out.source ??= segment;
        continue;
      }
      return false;
    }
    // "By Jane Doe, The Washington Post": the publication after the names.
    if (/^(?:the|die|der|le|la|el|il)\s+\p{Lu}/iu.test(segment) && isPublicationName(segment)) out.source ??= segment;
  }
  if (names.length > 0) {
    out.author = names.join(', ');
    out.people.push(...names.flatMap(splitNames));
  }
  return true;
}

// "By Kathy Wise Published in FrontBurner", "Par Jean Dupont Publié le 12 mars": the stamp is not the name.
const STAMP_AFTER_NAME =
  /\s+(?:last\s+)?(?:published|updated|posted|modified|publié|publiée|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|publikováno|aktualizováno)(?![\p{L}]).*$/iu;

/**
 * Reads a byline, or returns null when the line is not one.
 * @param bare also accept a line without a "By" word ("X | Site", "Anna Schmidt, dpa")
 */
export function parseByline(line: string, options: DateOptions, bare = true): Byline | null {
  const text = tidyByline(line, options);
  // "Staff Writer", "Senior Correspondent": a role on a line of its own names no one.
  if (text.length > 200 || isRoleOnly(text)) return null;
  if (isSiteLine(text)) {
    // "BBC News, Kyiv": the publication, and where the story was filed from.
    return { author: null, source: text.split(/\s*,\s*/)[0] ?? text, date: null, people: [], nameOnly: false };
  }
  const korean = KOREAN.exec(text) ?? CJK_REPORTER.exec(text);
  if (korean?.[1]) return { author: korean[1], source: null, date: null, people: [korean[1]], nameOnly: false };
  const desk = DESK.exec(text);
  if (desk) {
    const rest = desk[1]?.trim() ?? null;
    return { author: null, source: rest ? (agencyName(rest) ?? rest) : null, date: null, people: [], nameOnly: false, desk: true };
  }
  // "רונית לוי | 26.05.2025", "प्रिया मिश्रा | 16 जून 2025": a name without capitals, a date or outlet beside it.
  const uncased = bare ? uncasedWriter(text, options) : null;
  if (uncased) return { ...uncased, people: [uncased.author], nameOnly: false };
  const parts = text.split(SEPARATORS).filter((p) => p.length > 0);
  // "18/03/2019 | André Mindermann": the date first, then the name; read the name first.
  if (parts.length > 1 && dateLine(parts[0] ?? '', options)) parts.push(parts.shift() ?? '');
  // The "By" part may come after the site and the date: "Le Monde | 04.05.2015 | Par Martin Untersinger".
  const at = parts.findIndex((p) => PREFIX.test(p));
  if (at < 0 && (!bare || text.length > 120)) return null;
  if (at > 0) parts.unshift(...parts.splice(at, 1));
  const out: Byline = { author: null, source: null, date: null, people: [], nameOnly: false };
  const prefixed = at >= 0 ? PREFIX.exec(parts[0] ?? '') : null;

  if (prefixed) {
    let name = (prefixed[1] ?? '').trim();
    // "by Laura June Topolsky July 10, 2015": the date after the name is the date.
    const stamps = findDates(name, options);
    const dated = stamps[0];
    if (dated && name.indexOf(dated.text) > 0) {
      // "December 10, 2021April 9, 2019 by Luke Koppa": the update and the publication, glued.
      out.date = earliestDate(stamps);
      name = name.slice(0, name.indexOf(dated.text)).replace(/[\s,–—/-]+$/u, '').replace(/\s+(?:on|am|le|el|il|em|op|den|в)$/iu, '');
      // "By Kathy Wise Published in FrontBurner", "By Daniel Bader last updated": the stamp is not the name.
      name = name.replace(STAMP_AFTER_NAME, '');
      // "By Juli Clover Wednesday January 18, 2017": the weekday belongs to the date.
      const words = name.split(/\s+/u);
      if (words.length > 2 && isWeekday((words.at(-1) ?? '').replace(/[,.]$/u, ''))) name = words.slice(0, -1).join(' ');
    }
    if (name.length > 0 && !readNamePart(name, out, options, true)) return null;
  } else {
    const first = parts[0] ?? '';
    const head = first.split(/\s*,\s*/)[0] ?? '';
    // Without a "By" word only a known place is where the writer filed from ("Democracy Dies in Darkness" is a motto).
    const filed = FILED_FROM.exec(head);
    if (filed && canonicalPlace(filed[0].trim().split(/\s+/u).slice(1).join(' ')) === null) return null;
    // "CHENG TING-FANG and LAULY LI, Nikkei Asia chief tech correspondent": names, then what they are.
    const roled = first.length > head.length && hasRoleWord(first.slice(head.length));
    const headName = unshout(withoutRole(head.replace(FILED_FROM, '')));
    if (!bare || !(isPersonName(headName) || ((roled || givenNames(headName)) && isNameList(headName))) || STOPWORDS.has(head.split(/\s+/u)[0] ?? '')) return null;
    // "Nikkei Asia", "NHK ONE": an outlet's name shaped like a person's is the outlet.
    if (isKnownSource(head)) return null;
    if (!readNamePart(first, out, options)) return null;
  }

  for (const part of parts.slice(1)) {
    // "来源：光明日报", "Source: Reuters": a labelled source among the parts.
    const labelled = SOURCE_PART.exec(part);
    if (labelled?.[1]) {
      out.source ??= agencyName(labelled[1]) ?? labelled[1];
      continue;
    }
    // "James Akinaka • 8h": how long ago, as a number and a unit.
    if (/^\d+\s*(?:s|m|h|d|w|min|mins|hrs?|hours?|days?|std|tage?)\.?(?:\s+ago)?$/iu.test(part)) continue;
    // "Meg James | Staff Writer", "Andrew Husband | News & Culture Writer": what the writer is.
    if (out.author !== null && hasRoleWord(part) && part.split(/\s+/u).length <= 5) continue;
    if (isSiteLine(part)) {
      out.source ??= part.split(/\s*,\s*/)[0] ?? part;
      continue;
    }
    // "Dec. 22, 2016, at 3:00 p.m.": a date may end with a full stop.
    const date = part.length <= 60 ? dateLine(part, options) : null;
    if (date) {
      out.date ??= date;
      continue;
    }
    // A long part is prose: "São Paulo — O Brasil exportou…" is a dateline, not "Name — Site".
    if (part.length > 60 || /[.!?]$/u.test(part)) return null;
    // "By Jane Doe | WASHINGTON": where the story was filed; "Jane Doe • Tech Reporter": what the writer is.
    if (canonicalPlace(part) !== null || isRoleOnly(part)) continue;
    if (isFurniture(part)) continue;
    const agency = agencyName(part);
    if (agency) {
      out.source ??= agency;
      continue;
    }
    if (out.author === null && isNameList(part) && !isPublicationName(part)) {
      out.author = part;
      out.people.push(...splitNames(part));
      continue;
    }
    // A publication's name is short; a longer capitalised part is a headline ("Content Depth — Write …").
    if (part.split(/\s+/u).length > 5) return null;
    // "Silver Society – The young old people": a heading and its subtitle; an outlet's name is in title case.
    if (out.date === null && parts.length === 2 && part.split(/\s+/u).some((w) => /^\p{Ll}{3,}$/u.test(w) && !LOWER_IN_TITLES.has(w))) return null;
    if (isPublicationName(part) || /^\p{Lu}/u.test(part)) out.source ??= part;
  }
  if (out.author === null && out.source === null && out.date === null) return null;
  // A name with its role after it ("Robert Burns, AP National Security Writer") is a byline, not a bare name.
  out.nameOnly = !prefixed && out.source === null && out.date === null && !out.role;
  delete out.role;
  // "Social Sharing", "Trending Now": a label shaped like a name stands where a byline would, names no one.
  if (out.nameOnly && out.author !== null && isFurnitureName(out.author)) return { ...out, author: null, people: [] };
  return out;
}

/**
 * A header line naming only the publication or agency, with a date perhaps: "Politico Europe 18
 * Feb 2025"; and the writer after the date, as syndicating portals print it: "Medical Daily
 * 9/21/2016 Lizette Borreli".
 */
export function parseSourceAndDate(line: string, options: DateOptions): { source: string; date: FoundDate | null; author?: string } | null {
  const text = line.trim();
  if (text.length > 80 || PREFIX.test(text)) return null;
  const date = findDate(text, options);
  const name = (date ? text.slice(0, text.indexOf(date.text)) : text).replace(/[\s|·•,–—-]+$/u, '').trim();
  // What follows the date may name the section ("| Japan, All"): only the part up to it counts.
  let dated = date ? (text.slice(text.indexOf(date.text)).split(/\s+[|·•]\s+/u)[0] ?? '') : '';
  const writer = date ? /^(.*?\d)\s+((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)$/u.exec(dated) : null;
  const author = writer?.[2] && isPersonName(writer[2]) ? writer[2] : undefined;
  if (author && writer?.[1]) dated = writer[1];
  if (!name || name.length > 40 || (date && dateLine(dated, options) === null)) return null;
  // "ZDNet Japan Staff 2019年04月28日": the newsroom signs, the source is the site.
  const site = name.replace(/\s+staff$/iu, '');
  const agency = agencyName(site);
  if (agency) return { source: agency, date, ...(author ? { author } : {}) };
  const words = name.split(/\s+/u);
  if (!date || canonicalPlace(name) !== null || (isPersonName(name) && FIRST_NAMES.has(words[0] ?? ''))) return null;
  const capitalised = words.length <= 4 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
  return capitalised ? { source: site, date, ...(author ? { author } : {}) } : null;
}
