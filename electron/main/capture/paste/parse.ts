/**
 * Pasted text → article fields. The paste is split into units (one logical line each); each unit
 * is classified on its own (classify.ts: byline, date, source, caption, credit, furniture,
 * prose…), then the layout (layout.ts) says where the body starts and which line is the
 * headline. Header lines give the fields; body lines are kept unless they are furniture,
 * captions, credits or sign-offs; a wire dateline is taken off the first paragraph.
 */
import type { Clipping, Provenance, ProvenancedField } from '../../../../shared/clipping';
import { CuttingsError } from '../../../../shared/errors';
import { repairQuoteMarks } from '../nlp/quote-marks';
import { parseCaptionLine } from './caption';
import type { Line } from './classify';
import { inTagList, trimTail } from './body-tail';
import { pasteLines } from './lines';
import { dateBeside, firstDateLine, stampNearHeadline, uncasedNameBesideDate } from './beside';
import { parseClosingDateline, parseDateline, placeLineAbove } from './dateline';
import { dayNumber, toIsoDate, type DateOptions, type FoundDate } from './dates';
import { settleDate } from './date-year';
import { deriveTitle, ungluedHeadline } from './headline';
import { cleanHeadline } from '../title-suffix';
import { layOut, type Layout } from './layout';
import { scoreByline } from './scorer/model';
import { chooseSource, findMasthead, headerOutlet } from './source-choice';

/**
 * The article found in a paste, before language and entity analysis: a clipping's own fields
 * (see `Clipping`), of which `publishedAt` is a day (YYYY-MM-DD), `url` one that stood on its
 * own line in the paste, and `lang` the language the parser assumed for dates.
 */
export type PastedArticle = Pick<
  Clipping,
  'title' | 'titleDerived' | 'source' | 'author' | 'dateline' | 'publishedAt' | 'caption' | 'credit' | 'url' | 'text' | 'lang' | 'provenance'
> & {
  /** People credited outside the body (byline, "Reporting by … Editing by …"). */
  contributors: string[];
};

export interface PasteOptions {
  /** Reference for relative dates and for datelines without a year; defaults to now. */
  now?: Date;
  /**
   * Which choices the trained line scorer makes (scorer/): 'all' (the default) the headline and
   * the byline, 'headline' only the headline, 'off' none (the hand rules alone; for comparison
   * and for training).
   */
  scorer?: 'all' | 'headline' | 'off';
}

/** How a paste was read: its lines, the layout, and the byline line the rules chose. */
export interface PasteTrace {
  lines: Line[];
  layout: Layout;
  /** Index of the line the rules took the author from, or null. */
  ruleAuthor: number | null;
}

/** How far into the body bylines and date lines are still looked for. */
const BODY_HEADER_UNITS = 3;
/** How far above the headline a date line still belongs to it (further up: the masthead's day). */
const ABOVE_HEADLINE = 3;
/** How many closing lines may carry a date or a sign-off. */
const TAIL_UNITS = 5;
/** How many closing lines may hold the author's signature (a bare name). */
const TAIL_SIGNATURE = 8;
/** How far after the last paragraph the author's signature may stand. */
const SIGNATURE_AFTER_LAST = 3;

interface Found {
  source: string | null;
  author: string | null;
  date: FoundDate | null;
  /**
   * A date only a weak line gave: far above the headline (a masthead's "Saturday 03 January
   * 2015") or among the closing lines (a comment's, a related story's); taken when nothing better is found.
   */
  weakDate: FoundDate | null;
  caption: string | null;
  credit: string | null;
  url: string | null;
  contributors: string[];
  signOff: string | null;
  wireAuthor: string | null;
  /** A lead-in's place and agency printed on a line of their own ("الرياض - واس"). */
  place: string | null;
  placeAgency: string | null;
  /** The site's name alone on a line at the top or the end ("הארץ", "NOS Nieuws"). */
  masthead: string | null;
  /** An outlet named on a meta line above the article ("新京报 记者 吴婷婷", "Cairo: Asharq Al-Awsat"). */
  metaOutlet: string | null;
}

/**
 * Parses text pasted from a news page into its headline, byline, dateline, date, caption,
 * credit and cleaned body.
 * @throws CuttingsError `invalid-input` when the text is empty, not text, too large, or nothing
 * but page furniture.
 */
export function parsePaste(text: string, options: PasteOptions = {}): PastedArticle {
  return tracePaste(text, options).article;
}

/** {@link parsePaste}, with how the paste was read (for training and measuring the scorer). */
export function tracePaste(text: string, options: PasteOptions = {}): { article: PastedArticle; trace: PasteTrace } {
  const scorer = options.scorer ?? 'all';
  const { lines, dates } = pasteLines(text, options);
  const layout = layOut(lines, scorer !== 'off');
  const found: Found = {
    source: null, author: null, date: null, weakDate: null, caption: null, credit: null, url: null, contributors: [], signOff: null, wireAuthor: null, place: null, placeAgency: null,
    masthead: findMasthead(lines, layout.headline),
    metaOutlet: null,
  };
  let ruleAuthor: number | null = null;
  let stamped = false;
  for (const [i, line] of lines.slice(0, layout.bodyStart).entries()) {
    if (i === layout.headline || layout.lead.includes(i)) continue;
    const dated = found.date;
    const below = i > (layout.headline ?? Infinity);
    readHeaderLine(line, found, below);
    if (dated === null && i < (layout.headline ?? -1) - ABOVE_HEADLINE) demoteDate(found);
    // "수정 2025-05-20 09:15" over "등록 2025-05-19 22:10": of the date lines under the headline, the
    // publication is the earliest (an article is never updated before it is published).
    if (below && line.kind === 'date' && line.date?.year != null) {
      if (stamped && dated?.year != null && dayNumber(line.date) < dayNumber(dated)) found.date = line.date;
      stamped ||= found.date === line.date;
    }
    if (ruleAuthor === null && found.author !== null) ruleAuthor = i;
  }
  const meta = headerOutlet(lines, 0, layout.bodyStart, layout.headline === null ? [] : [layout.headline]);
  found.metaOutlet = meta?.source ?? null;
  found.place ??= meta?.place ?? placeLineAbove(lines, layout.headline, layout.bodyStart);
  const headline = layout.headline === null ? null : (lines[layout.headline] as Line).text;
  const body: string[] = layout.lead.map((i) => (lines[i] as Line).text);
  const bodyLines = lines.slice(layout.bodyStart);
  let signature: { line: Line; at: number; index: number } | null = null;
  // The article's last paragraph: a long one (a subscription prompt after it is short).
  const lastProse = bodyLines.findLastIndex((l) => l.prose && l.size >= 20);
  for (const [i, line] of bodyLines.entries()) {
    const had = found.author;
    const dated = found.date;
    const nearTop = i < BODY_HEADER_UNITS && body.length < BODY_HEADER_UNITS;
    const taken = readBodyLine(line, found, dates, nearTop, i >= bodyLines.length - TAIL_UNITS);
    if (dated === null && !nearTop) demoteDate(found);
    if (had === null && found.author !== null) ruleAuthor = layout.bodyStart + i;
    if (taken) continue;
    if (line.text === headline && body.length === 0) continue;
    // A blog signs its posts at the end: "Nicolas Perriault — 2013-09-29", "Posted by X on …", a name.
    // …or right after the last paragraph, with the page's own furniture after it (Le Monde).
    const tail = i >= bodyLines.length - TAIL_SIGNATURE || (i > lastProse && i - lastProse <= SIGNATURE_AFTER_LAST);
    const tagged = line.kind === 'name' && inTagList(bodyLines, i);
    if (line.byline?.author && (line.kind === 'byline' || (line.kind === 'name' && tail && !tagged))) signature = { line, at: body.length, index: layout.bodyStart + i };
    body.push(line.text);
  }
  const trace: PasteTrace = { lines, layout, ruleAuthor };
  let authorAt = scorer === 'all' ? chooseByline(trace, found) : ruleAuthor;
  if (found.author === null && signature?.line.byline) {
    authorAt = signature.index;
    found.author = signature.line.byline.author;
    found.date ??= signature.line.byline.date;
    found.contributors.push(...signature.line.byline.people);
    body.splice(signature.at, 1);
  }
  if (found.author === null && layout.headline !== null) {
    found.author = uncasedNameBesideDate(lines, layout.headline);
    if (found.author !== null) found.contributors.push(found.author);
  }
  // "5 घंटे पहले" only says when the page was copied: a date the article prints, wherever, beats it.
  if (found.date?.relative) demoteDate(found);
  if (authorAt !== null) found.date ??= dateBeside(lines, authorAt);
  if (layout.headline !== null) found.date ??= stampNearHeadline(lines, layout.headline, layout.bodyStart, dates);
  if (layout.headline !== null) found.date ??= firstDateLine(lines, layout.headline, dates);
  if (body.length === 0 && layout.bodyStart >= lines.length) {
    // Only short lines: keep them as the text rather than lose what was pasted.
    const kept = lines.filter((l) => l.kind === 'text' || l.kind === 'name').map((l) => l.text);
    return { article: assemble(null, kept, found, dates, lines), trace };
  }
  const title = headline === null ? null : ungluedHeadline(headline, dates, nearbyTexts(lines, layout.headline));
  return { article: assemble(title, body, found, dates, lines), trace };
}

/** The texts of the lines around line `at` (three each side). */
function nearbyTexts(lines: Line[], at: number | null): string[] {
  return at === null ? [] : lines.slice(Math.max(0, at - 3), at + 4).map((l) => l.text);
}

/** The date just read came from a weak line: kept aside, below any better one found later. */
function demoteDate(found: Found): void {
  found.weakDate ??= found.date;
  found.date = null;
}

/** The trained scorer's byline (or none) in place of the rules' when they differ; returns its line. */
function chooseByline(trace: PasteTrace, found: Found): number | null {
  const pick = scoreByline(trace.layout.context, trace.layout.headline, trace.ruleAuthor);
  if (pick === trace.ruleAuthor) return pick;
  const byline = pick === null ? null : trace.lines[pick]?.byline;
  found.author = byline?.author ?? null;
  if (!byline) return pick;
  found.date ??= byline.date;
  found.source ??= byline.source;
  found.contributors.push(...byline.people);
  return pick;
}

/** Takes a header line's fields. `belowHeadline`: a bare name is a byline only there. */
function readHeaderLine(line: Line, found: Found, belowHeadline: boolean): void {
  switch (line.kind) {
    case 'url':
      found.url ??= line.url ?? null;
      return;
    case 'name':
      // A bare name is a byline only under the headline, and only the first one.
      if (!belowHeadline || found.author !== null) return;
    // falls through: a name under the headline is the byline
    case 'byline': {
      const b = line.byline;
      if (!b) return;
      takePlace(line, found);
      found.author ??= b.author;
      found.source ??= b.source;
      found.date ??= b.date;
      found.contributors.push(...b.people);
      return;
    }
    case 'source':
    case 'date':
      found.date ??= line.date ?? null;
      if (line.source) found.source ??= line.source;
      takePlace(line, found);
      return;
    case 'copyright':
      found.signOff ??= line.source ?? null;
      return;
    case 'caption':
      takeCaption(line, found);
      return;
    case 'credits':
      found.wireAuthor ??= line.credits?.author ?? null;
      found.contributors.push(...(line.credits?.people ?? []));
      return;
    default:
  }
}

/** A lead-in line's place, and its agency as the source the dateline gives. */
function takePlace(line: Line, found: Found): void {
  if (!line.place) return;
  found.place ??= line.place;
  if (line.kind === 'source') found.placeAgency ??= line.source ?? null;
}

function takeCaption(line: Line, found: Found): void {
  const c = line.caption;
  if (!c) return;
  if (found.caption === null && c.caption !== null) {
    found.caption = c.caption;
    found.credit = c.credit ?? found.credit;
  } else {
    found.credit ??= c.credit;
  }
}

/** Takes a body line's fields; true when the line is not article text. */
function readBodyLine(line: Line, found: Found, dates: DateOptions, nearTop: boolean, nearEnd: boolean): boolean {
  switch (line.kind) {
    case 'url':
      found.url ??= line.url ?? null;
      return true;
    case 'byline':
      if (!nearTop && !(nearEnd && line.byline?.author && /^[가-힣]/u.test(line.text))) break;
      readHeaderLine(line, found, true);
      return true;
    case 'date':
      if (!nearTop && !nearEnd) break;
      found.date ??= line.date ?? null;
      // "CNNMoney (New York) First published February 1, 2016": the site stamps its copy.
      if (line.source) found.signOff ??= line.source;
      return true;
    case 'source':
      if (nearTop && line.place) takePlace(line, found);
      else found.signOff ??= line.source ?? null;
      if (nearTop || nearEnd) found.date ??= line.date ?? null;
      return true;
    case 'copyright':
      found.signOff ??= line.source ?? null;
      return true;
    case 'caption': {
      // In the body only unmistakable caption lines are taken out.
      const strict = parseCaptionLine(line.text, true);
      if (!strict) break;
      takeCaption({ ...line, caption: strict }, found);
      return true;
    }
    case 'credits':
      readHeaderLine(line, found, true);
      return true;
    case 'furniture':
      return true;
    default:
  }
  return false;
}

function assemble(headline: string | null, rawBody: string[], found: Found, dates: DateOptions, lines: Line[]): PastedArticle {
  const closing = rawBody.length > 1 ? parseClosingDateline(rawBody.at(-1) ?? '') : null;
  if (closing) rawBody = rawBody.slice(0, -1);
  const body = headline === null && rawBody.length <= 3 ? rawBody : trimTail(rawBody);
  if (body.length === 0) {
    throw new CuttingsError(
      'invalid-input',
      'Nothing to import: the pasted text has no article paragraphs, only a headline, byline or page furniture. Paste the article text itself.',
    );
  }
  let dateline: string | null = null;
  let datelineAgency: string | null = null;
  let datelineAuthor: string | null = null;
  for (const [i, paragraph] of body.slice(0, 3).entries()) {
    const parsed = parseDateline(paragraph, dates);
    if (!parsed) continue;
    dateline = parsed.place;
    datelineAgency = parsed.agency;
    datelineAuthor = parsed.author ?? null;
    if (parsed.source) found.source ??= parsed.source;
    if (parsed.date && found.date === null) found.date = parsed.date;
    body[i] = parsed.rest;
    break;
  }

  if (closing) {
    dateline ??= closing.place;
    found.signOff ??= closing.agency;
  }
  const provenance: Partial<Record<ProvenancedField, Provenance>> = {};
  provenance.title = headline ? 'paste' : 'derived';
  dateline ??= found.place;
  const source = chooseSource([datelineAgency, found.placeAgency, found.source, found.metaOutlet, found.signOff, found.masthead]);
  const author = found.author ?? datelineAuthor ?? found.wireAuthor;
  const title = repairQuoteMarks(headline ? cleanHeadline(headline, { source, author }) : deriveTitle(body[0] ?? ''));
  found.date ??= found.weakDate;
  const printedYear = found.date?.year != null && !found.date.relative;
  found.date = settleDate(found.date, lines, dates);
  const publishedAt = found.date ? toIsoDate(found.date, dates.now) : null;
  const fields: Array<[ProvenancedField, unknown, Provenance]> = [
    ['source', source, 'paste'],
    ['author', author, 'paste'],
    ['dateline', dateline, 'paste'],
    ['publishedAt', publishedAt, printedYear ? 'paste' : 'derived'],
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
    // A closing quote typed as an opening one (“… one,“ Kremlin) is put right in the text shown and
    // searched; the paste itself is kept byte for byte as original.txt.
    text: repairQuoteMarks(body.join('\n\n')),
    contributors: [...new Set([...found.contributors, ...(datelineAuthor ? [datelineAuthor] : [])])],
    lang: dates.lang,
    provenance,
  };
}
