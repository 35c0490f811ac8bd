/**
 * The article's date among those a paste prints: a date line or a byline's date near the
 * headline; the earliest of the stamps under it; a weak date (far above the headline, among the
 * closing lines) only when nothing better was found; then the dates beside the byline, near the
 * headline or first in the paste; its year settled last (date-year.ts).
 */
import type { Line } from './classify';
import type { Layout } from './layout';
import type { Found } from './found';
import { dateBeside, firstDateLine, stampNearHeadline } from './beside';
import { dayNumber, toIsoDate, type DateOptions, type FoundDate } from './dates';
import { settleDate } from './date-year';

/** How far above the headline a date line still belongs to it (further up: the masthead's day). */
const ABOVE_HEADLINE = 3;

/** The date just read came from a weak line: kept aside, below any better one found later. */
function demoteDate(found: Found): void {
  found.weakDate ??= found.date;
  found.date = null;
}

/**
 * Weighs the date header line `i` gave (`before`: the date found until then; `stamped`: whether
 * a dated line under the headline was taken); returns `stamped` after this line.
 */
export function weighHeaderDate(found: Found, line: Line, i: number, headline: number | null, before: FoundDate | null, stamped: boolean): boolean {
  // "5 घंटे पहले" only says when the page was copied: a date the article prints, on any line, beats it.
  if (before === null && found.date?.relative) {
    demoteDate(found);
    return stamped;
  }
  if (before === null && i < (headline ?? -1) - ABOVE_HEADLINE) demoteDate(found);
  // "수정 2025-05-20 09:15" over "등록 2025-05-19 22:10": of the date lines under the headline, the
  // publication is the earliest (an article is never updated before it is published).
  if (i > (headline ?? Infinity) && line.kind === 'date' && line.date?.year != null) {
    if (stamped && before?.year != null && dayNumber(line.date) < dayNumber(before)) found.date = line.date;
    return stamped || found.date === line.date;
  }
  return stamped;
}

/** Weighs the date body line reading gave (`before`: the date until then): one deep in the body, or a relative one, is weak. */
export function weighBodyDate(found: Found, before: FoundDate | null, nearTop: boolean): void {
  if (before === null && (!nearTop || found.date?.relative)) demoteDate(found);
}

/**
 * When no line gave the date (or only a relative one): the one beside the byline (line `authorAt`),
 * near the headline, or the first date line.
 */
export function dateNearby(found: Found, lines: Line[], layout: Layout, authorAt: number | null, dates: DateOptions): void {
  // "5 घंटे पहले" only says when the page was copied: a date the article prints, wherever, beats it.
  if (found.date?.relative) demoteDate(found);
  if (authorAt !== null) found.date ??= dateBeside(lines, authorAt);
  if (layout.headline !== null) found.date ??= stampNearHeadline(lines, layout.headline, layout.bodyStart, dates);
  if (layout.headline !== null) found.date ??= firstDateLine(lines, layout.headline, dates);
}

/** The day of publication (YYYY-MM-DD) and whether the paste printed its year. */
export function publishedDay(found: Found, lines: Line[], dates: DateOptions): { publishedAt: string | null; printedYear: boolean } {
  found.date ??= found.weakDate;
  const printedYear = found.date?.year != null && !found.date.relative;
  found.date = settleDate(found.date, lines, dates);
  return { publishedAt: found.date ? toIsoDate(found.date, dates.now) : null, printedYear };
}
