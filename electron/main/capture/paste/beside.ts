/** What stands beside the byline a paste was read from: its date. */
import type { Line } from './classify';
import { earliestDate, findDates, type DateOptions, type FoundDate } from './dates';

/** Lines that may stand between a byline and its date. */
const BETWEEN = new Set(['furniture', 'caption', 'url']);

/**
 * The date printed with the byline at `at`: a date line (or a source line with a date) right
 * under or over it, with only furniture or a caption between ("By Marc Santora" / "Sept. 19,
 * 2016"). Sites print the two together wherever the byline stands, in the header or under the
 * opening photo and paragraph, so the date goes with the byline chosen.
 */
export function dateBeside(lines: Line[], at: number): FoundDate | null {
  for (const step of [1, -1]) {
    for (let j = at + step; j >= 0 && j < lines.length && Math.abs(j - at) <= 3; j += step) {
      const line = lines[j] as Line;
      if ((line.kind === 'date' || line.kind === 'source') && line.date) return line.date;
      if (!BETWEEN.has(line.kind)) break;
    }
  }
  return null;
}

/** How far around the headline a stamp line is looked for. */
const ABOVE = 3;
const BELOW = 8;

/**
 * The date of a meta line around the headline, when no date line was found: a short line that
 * is not prose and holds a full date among other words ("Posted in News on April 9, 2019",
 * "access_time2019/04/21 11:51 createNeoL folder生活", "April 9, 2019 — 12 Comments"). The
 * publication date among several is the earliest.
 */
export function stampNearHeadline(lines: Line[], headline: number, bodyStart: number, options: DateOptions): FoundDate | null {
  const end = Math.min(lines.length, Math.max(bodyStart, headline + 1) + 2, headline + BELOW + 1);
  for (let i = Math.max(0, headline - ABOVE); i < end; i++) {
    const line = lines[i] as Line;
    if (i === headline || line.prose || line.size > 15 || line.kind === 'caption') continue;
    const dated = findDates(line.text, options).filter((d) => d.year !== null);
    if (dated.length > 0) return earliestDate(dated);
  }
  return null;
}

/**
 * The last resort: the first line after the headline that is nothing but a date (with its labels:
 * "Published Dec. 22, 2016 3:00 PM"), wherever it stands; a page prints its publication stamp
 * once, and a select-all copy may put it far under the headline (under a gallery, a video, the
 * opening paragraphs), above the article's last paragraph. A date with its year only.
 */
export function firstDateLine(lines: Line[], headline: number): FoundDate | null {
  // Within the article: the lists of other stories after its last paragraph carry their own dates.
  const end = lines.findLastIndex((l) => l.prose && l.size >= 20);
  for (let i = headline + 1; i < end; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'date' && line.date?.year != null) return line.date;
  }
  return null;
}
