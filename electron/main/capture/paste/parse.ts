/**
 * Pasted text → article fields. The paste is split into units (one logical line each); units
 * are then classified in reading order: URL, byline, caption, credits, date, copyright,
 * furniture, headline, body. Header lines are only looked for near the top, so a paragraph
 * further down is never mistaken for one.
 */
import type { Provenance, ProvenancedField } from '../../../../shared/clipping';
import { CuttingsError } from '../../../../shared/errors';
import { detectLanguage } from '../nlp/language';
import { agencyName } from './agencies';
import { parseByline } from './byline';
import { parseCaptionLine } from './caption';
import { parseDateline } from './dateline';
import { dateLine, toIsoDate, type DateOptions, type FoundDate } from './dates';
import { isFurniture, parseWireCredits } from './furniture';
import { deriveTitle, isProse, isShortSentence, wordCount } from './headline';
import { normalizeText, splitUnits } from './normalize';

/** The article found in a paste, before language and entity analysis. */
export interface PastedArticle {
  title: string;
  /** True when there was no headline and the title was made from the first sentence. */
  titleDerived: boolean;
  source: string | null;
  author: string | null;
  dateline: string | null;
  /** ISO date YYYY-MM-DD, or null. */
  publishedAt: string | null;
  caption: string | null;
  credit: string | null;
  /** A URL that stood on its own line in the paste. */
  url: string | null;
  /** The cleaned body: paragraphs separated by exactly one blank line. */
  text: string;
  /** People credited outside the body (byline, "Reporting by … Editing by …"). */
  contributors: string[];
  /** The language the parser assumed for dates (detected from the paste), ISO 639-1 or null. */
  lang: string | null;
  provenance: Partial<Record<ProvenancedField, Provenance>>;
}

export interface PasteOptions {
  /** Reference for relative dates and for datelines without a year; defaults to now. */
  now?: Date;
}

/** How far into the body bylines and date lines are still looked for. */
const BODY_HEADER_UNITS = 3;
const PUBLISHED_STAMP = /^(.{0,60}?)\s*(?:first published|published|updated|veröffentlicht|aktualisiert|publié le|mis à jour le|publicado)\s*:?\s*(.+)$/iu;
const URL_LINE = /^(?:<)?(https?:\/\/[^\s<>]+?)(?:>)?$/iu;
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|]{2,60}?)\.?(?:\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|všechna práva vyhrazena).*)?$/iu;

interface Found {
  source: string | null;
  author: string | null;
  date: FoundDate | null;
  dateFromDateline: boolean;
  caption: string | null;
  credit: string | null;
  url: string | null;
  contributors: string[];
  signOff: string | null;
  wireAuthor: string | null;
}

/**
 * Parses text pasted from a news page into its headline, byline, dateline, date, caption,
 * credit and cleaned body.
 * @throws CuttingsError `invalid-input` when the text is empty or nothing but page furniture.
 */
export function parsePaste(text: string, options: PasteOptions = {}): PastedArticle {
  if (text.trim().length === 0) {
    throw new CuttingsError('invalid-input', 'Nothing to import: the pasted text is empty.');
  }
  const now = options.now ?? new Date();
  const units = splitUnits(normalizeText(text));
  const lang = detectLanguage(units.join('\n'));
  const dates: DateOptions = { now, lang };
  const found: Found = {
    source: null, author: null, date: null, dateFromDateline: false, caption: null, credit: null,
    url: null, contributors: [], signOff: null, wireAuthor: null,
  };

  const candidates: string[] = [];
  const body: string[] = [];
  let inHeader = true;

  for (const [i, unit] of units.entries()) {
    const nearTop = inHeader || body.length < BODY_HEADER_UNITS;
    const nearEnd = i >= units.length - 4;
    const url = URL_LINE.exec(unit);
    if (url?.[1]) {
      found.url ??= url[1];
      continue;
    }
    if (nearTop && parseDateline(unit, dates) === null) {
      const byline = parseByline(unit, dates, inHeader);
      // A bare name is a byline only under the headline, before the article starts.
      if (byline && !(byline.nameOnly && (candidates.length === 0 || !inHeader))) {
        adoptHeadline(candidates, body);
        found.author ??= byline.author;
        found.source ??= byline.source;
        found.date ??= byline.date;
        found.contributors.push(...byline.people);
        continue;
      }
    }
    const copyright = COPYRIGHT.exec(unit);
    if (copyright && unit.length <= 160 && (nearEnd || /\d{4}|rights|rechte|droits|derechos|práva/iu.test(unit))) {
      // "© AFP" closing an article names the agency; "© 2025 Site. All rights reserved." the site.
      // "© dpa-infocom, dpa:250417-99-123456/2": the owner is the first part; an agency's unit is the agency.
      const owner = copyright[1]?.split(/[,;]/)[0]?.trim() ?? '';
      if (owner && !/rights|reserved/iu.test(owner)) {
        found.signOff ??= agencyName(owner) ?? agencyName(owner.split(/[-\s]/)[0] ?? '') ?? owner;
      }
      continue;
    }
    const caption = parseCaptionLine(unit, !inHeader);
    if (caption) {
      if (found.caption === null && caption.caption !== null) {
        found.caption = caption.caption;
        found.credit = caption.credit ?? found.credit;
      } else {
        found.credit ??= caption.credit;
      }
      continue;
    }
    const credits = parseWireCredits(unit);
    if (credits) {
      found.wireAuthor ??= credits.author;
      found.contributors.push(...credits.people);
      continue;
    }
    if (nearTop || nearEnd) {
      const date = dateLine(unit, dates);
      if (date) {
        adoptHeadline(candidates, body);
        found.date ??= date;
        continue;
      }
      // "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET".
      const stamped = PUBLISHED_STAMP.exec(unit);
      const stampDate = stamped?.[2] ? dateLine(stamped[2], dates) : null;
      if (stamped && stampDate) {
        found.date ??= stampDate;
        const site = stamped[1]?.replace(/\s*\([^)]*\)\s*$/u, '').trim();
        if (site && site.length <= 40) found.signOff ??= site;
        continue;
      }
    }
    if (isFurniture(unit)) continue;
    const signOff = /^[-–—(]*\s*([\p{L}./ -]{2,20}?)\s*[)]?\.?$/u.exec(unit);
    if (signOff?.[1] && agencyName(signOff[1]) && (nearEnd || !inHeader)) {
      found.signOff ??= agencyName(signOff[1]);
      continue;
    }
    if (inHeader && !isProse(unit) && parseDateline(unit, dates) === null) {
      candidates.push(unit);
      continue;
    }
    inHeader = false;
    body.push(unit);
  }
  return assemble(candidates, body, found, dates);
}

/**
 * A byline or date right under a one-sentence "paragraph" shows that it was the headline,
 * written with a full stop ("Council approves the plan.").
 */
function adoptHeadline(candidates: string[], body: string[]): void {
  const only = body[0];
  if (candidates.length === 0 && body.length === 1 && only !== undefined && isShortSentence(only)) {
    candidates.push(only.slice(0, -1));
    body.pop();
  }
}

/** Chooses the headline among the header candidates; the rest become body or are dropped. */
function pickHeadline(candidates: string[]): { headline: string | null; lead: string[] } {
  if (candidates.length === 0) return { headline: null, lead: [] };
  // A short first line followed by a longer one is a section label or kicker ("World").
  let at = 0;
  while (
    at < candidates.length - 1 &&
    wordCount(candidates[at] ?? '') <= 3 &&
    wordCount(candidates[at + 1] ?? '') > wordCount(candidates[at] ?? '')
  ) {
    at++;
  }
  // Lines under the headline: a standfirst is kept, a label ("Summary", "Live") is not.
  const lead = candidates.slice(at + 1).filter((c) => wordCount(c) >= 4);
  return { headline: candidates[at] ?? null, lead };
}

/** Removes trailing tag lists and labels ("Ukraine", "Russia") left after the last paragraph. */
function trimTail(body: string[]): string[] {
  const out = [...body];
  while (out.length > 1) {
    const last = out[out.length - 1] ?? '';
    if (wordCount(last) <= 4 && !/[.!?"”“»…]$/u.test(last) && !/^[-–•*·▪►]\s/u.test(last)) out.pop();
    else break;
  }
  return out;
}

function assemble(candidates: string[], rawBody: string[], found: Found, dates: DateOptions): PastedArticle {
  const picked = pickHeadline(candidates);
  let headline = picked.headline;
  let body = trimTail([...picked.lead, ...rawBody]);
  if (body.length === 0 && candidates.length > 0) {
    // Only short lines: keep them all as the text rather than lose what was pasted.
    body = [...candidates];
    headline = null;
  }
  if (body.length === 0) {
    throw new CuttingsError(
      'invalid-input',
      'Nothing to import: the pasted text has no article paragraphs, only a headline, byline or page furniture. Paste the article text itself.',
    );
  }

  let dateline: string | null = null;
  let datelineAgency: string | null = null;
  for (const [i, paragraph] of body.slice(0, 2).entries()) {
    const parsed = parseDateline(paragraph, dates);
    if (!parsed) continue;
    dateline = parsed.place;
    datelineAgency = parsed.agency;
    if (parsed.date && found.date === null) {
      found.date = parsed.date;
      found.dateFromDateline = true;
    }
    body[i] = parsed.rest;
    break;
  }

  const provenance: Partial<Record<ProvenancedField, Provenance>> = {};
  const title = headline ?? deriveTitle(body[0] ?? '');
  provenance.title = headline ? 'paste' : 'derived';
  const source = found.source ?? datelineAgency ?? found.signOff;
  const author = found.author ?? found.wireAuthor;
  const publishedAt = found.date ? toIsoDate(found.date, dates.now) : null;
  const fields: Array<[ProvenancedField, unknown, Provenance]> = [
    ['source', source, 'paste'],
    ['author', author, 'paste'],
    ['dateline', dateline, 'paste'],
    ['publishedAt', publishedAt, found.date?.year == null ? 'derived' : 'paste'],
    ['caption', found.caption, 'paste'],
    ['credit', found.credit, 'paste'],
    ['url', found.url, 'paste'],
  ];
  for (const [field, value, origin] of fields) if (value !== null) provenance[field] = origin;

  return {
    title,
    titleDerived: headline === null,
    source,
    author,
    dateline,
    publishedAt,
    caption: found.caption,
    credit: found.credit,
    url: found.url,
    text: body.join('\n\n'),
    contributors: [...new Set(found.contributors)],
    lang: dates.lang,
    provenance,
  };
}
