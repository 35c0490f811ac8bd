/**
 * What the header and body lines of a paste give, line by line (parse.ts reads them in order):
 * `Found` collects each field's candidates; the field files choose among them (author-choice.ts,
 * date-choice.ts, dateline-choice.ts, source-choice.ts, headline.ts).
 */
import type { Line } from './classify';
import { parseCaptionLine } from './caption';
import type { FoundDate } from './dates';

export interface Found {
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

/** Nothing found yet but the site's name (`masthead`). */
export function newFound(masthead: string | null): Found {
  return {
    source: null, author: null, date: null, weakDate: null, caption: null, credit: null, url: null, contributors: [], signOff: null, wireAuthor: null, place: null, placeAgency: null,
    masthead,
    metaOutlet: null,
  };
}

/** Takes a header line's fields. `belowHeadline`: a bare name is a byline only there. */
export function readHeaderLine(line: Line, found: Found, belowHeadline: boolean): void {
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
export function readBodyLine(line: Line, found: Found, nearTop: boolean, nearEnd: boolean): boolean {
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
