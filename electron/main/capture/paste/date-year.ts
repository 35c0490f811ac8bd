/**
 * The year of a publication date that the paste prints without one ("Nov 19, 6:51 AM", "Dec 22 at
 * 3:00 PM", "Publicado el 11 de mayo"), and whether a relative date ("3 hours ago") can be
 * trusted, from the rest of the paste rather than from the day it is pasted:
 *
 * - the same day and month printed with a year elsewhere (the stamp's own "Published Monday,
 *   November 18, 2019" split by the byline reader, a tweet of that day, the URL's /2019/11/18/);
 * - else the page's copyright year ("© 2019 CNBC LLC", "Copyright 2001 - 2015"), which says
 *   when the page was shown: the date is the last one of that day and month up to that year's end;
 * - else the day it is pasted (the newest such day that is not in the future: `toIsoDate`).
 *
 * A relative date is the day it is pasted minus so much; a page whose copyright year is two or
 * more years before that day was saved or archived long ago, and "3 hours ago" then says nothing
 * about when it was published: no date is better than a wrong one.
 */
import type { Line } from './classify';
import { findDates, type DateOptions, type FoundDate } from './dates';

// "© 2019", "(c) 2014-2019", "Copyright 2001 - 2015 The Next Web", "Copyright © 2018".
const COPYRIGHT_YEAR = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)/giu;

/** The latest copyright year the paste prints, up to the year it is pasted; null when none. */
function copyrightYear(lines: Line[], now: Date): number | null {
  let best: number | null = null;
  for (const line of lines) {
    if (!/©|\(c\)|copyright/iu.test(line.text)) continue;
    for (const m of line.text.matchAll(COPYRIGHT_YEAR)) {
      const year = Number(m[1]);
      if (year <= now.getFullYear() && (best === null || year > best)) best = year;
    }
  }
  return best;
}

/** The year of the first date in the paste with this day and month and a year; null when none. */
function sameDayYear(date: FoundDate, lines: Line[], options: DateOptions): number | null {
  const day = String(date.day);
  for (const line of lines) {
    // Only lines that can hold that day with a year (findDates is the costly part).
    if (!line.text.includes(day) || !/\d{2}/u.test(line.text)) continue;
    for (const d of findDates(line.text, options)) {
      if (d.year !== null && d.month === date.month && d.day === date.day && d.year <= options.now.getFullYear()) return d.year;
    }
  }
  return null;
}

/**
 * `date` with its year from the paste when it printed none, or null when it is a relative date
 * on a page shown long before it was pasted; otherwise `date` itself.
 */
export function settleDate(date: FoundDate | null, lines: Line[], options: DateOptions): FoundDate | null {
  if (date === null || (date.year !== null && !date.relative)) return date;
  const shown = copyrightYear(lines, options.now);
  if (date.relative) return shown !== null && shown <= options.now.getFullYear() - 2 ? null : date;
  const year = sameDayYear(date, lines, options) ?? (shown !== null && shown < options.now.getFullYear() ? shown : null);
  return year === null ? date : { ...date, year };
}
