/**
 * Where the article starts in a paste and which line is its headline. A browser copy of a news
 * page reads, top to bottom: navigation and section labels, a kicker, the HEADLINE, a
 * standfirst, the byline and date (the "anchors"), share buttons and a photo caption, then the
 * body. Sites differ in which parts they have and their order; these rules lean on what holds
 * across them:
 *
 * - the body starts at the first line of prose (or a wire dateline) that has more prose soon
 *   after it, unless that line is a standfirst: a byline or date follows it before more prose;
 * - the headline is the nearest substantial line (four words or more) above the first anchor,
 *   skipping a standfirst; without anchors, the first substantial line after the navigation;
 *   a substantial line printed twice in the header (page title and heading) wins;
 * - a bare name ("Mike Conley") is an anchor only under a possible headline.
 */
import { isHeadlineLike, isOutletName } from './headline';
import type { Line } from './classify';
import { pasteContext, standfirstLike, type PasteContext } from './scorer/features';
import { scoreHeadline } from './scorer/model';

/** How the paste divides into header and body. */
export interface Layout {
  /** Index of the first body line (lines.length when there is no prose at all). */
  bodyStart: number;
  /** Index of the headline, or null. */
  headline: number | null;
  /** Header lines kept as the start of the body (the standfirst). */
  lead: number[];
  /** What the trained scorer saw (the rules' own body start and headline among it). */
  context: PasteContext;
}

const ANCHORS = new Set(['byline', 'date', 'source']);
/** Lines that may sit between a standfirst and its byline. */
const PASSABLE = new Set(['furniture', 'caption', 'url', 'copyright']);
const HEAD_LIMIT = 60;
/** How far above the byline a heading printed twice (page title and heading) may stand. */
const NEAR_ANCHOR = 6;

function isCandidate(line: Line): boolean {
  return line.kind === 'text' && !line.dateline && isHeadlineLike(line.text.replace(/[.。]$/u, ''));
}

const substantial = (line: Line): boolean => line.size >= 4;

/**
 * Two substantial lines one right under the other above the byline: the upper is the headline
 * unless it is short enough to be a kicker (five words or fewer).
 */
function stacked(lines: Line[], upper: number, lower: number): boolean {
  const between = lines.slice(upper + 1, lower);
  return between.every((l) => PASSABLE.has(l.kind)) && (lines[upper] as Line).size >= 6;
}


function isAnchor(lines: Line[], i: number, from = 0): boolean {
  const line = lines[i];
  if (!line) return false;
  if (ANCHORS.has(line.kind)) return true;
  // A bare name stands for a byline only right under a headline (or standfirst); a name in a
  // list of short lines is a menu of writers or topics ("Kara Swisher", "Social Sharing").
  if (line.kind !== 'name') return false;
  for (let j = i - 1; j >= from; j--) {
    const above = lines[j] as Line;
    if (PASSABLE.has(above.kind) || above.kind === 'date') continue;
    return above.kind === 'text' && substantial(above);
  }
  return false;
}

/** A standfirst: prose followed, before any more prose, by a byline, date or source line. */
function isStandfirst(lines: Line[], at: number): boolean {
  for (let j = at + 1; j < Math.min(lines.length, at + 6); j++) {
    const line = lines[j] as Line;
    if (isAnchor(lines, j)) return lines.slice(j + 1).some((l) => l.prose);
    if (line.prose || (!PASSABLE.has(line.kind) && line.kind !== 'name' && line.size >= 4)) return false;
  }
  return false;
}

/** Prose lines among the few after `at`: a body paragraph has company, a promotion in the navigation does not. */
function support(lines: Line[], at: number): number {
  return lines.slice(at + 1, at + 7).filter((l) => l.prose).length;
}

function findBodyStart(lines: Line[]): number {
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!line.prose) continue;
    if (i < HEAD_LIMIT && !line.dateline && isStandfirst(lines, i)) continue;
    if (first < 0) first = i;
    // Past the header's usual length a lone prose line (a weather widget's "Your weather is set
    // to …" under a select-all copy's long menus) still needs company to start the body.
    if (line.dateline || support(lines, i) > 0) return i;
  }
  return first >= 0 ? first : lines.length;
}

/** A substantial candidate printed twice in the header: the page title above its heading. */
function repeated(lines: Line[], end: number, from: number): number | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < end; i++) {
    const line = lines[i] as Line;
    if (!isCandidate(line) || !substantial(line)) continue;
    const first = seen.get(line.text);
    if (first !== undefined && i >= from) return i;
    seen.set(line.text, i);
  }
  return null;
}

/**
 * The byline, date or source line the headline stands over: the one nearest the body. Menus and
 * section fronts above an article hold name-like and date-like lines of their own ("News
 * Archive", a list of writers), so the first one in the paste may be far from the article.
 */
function lastAnchor(lines: Line[], end: number): number {
  for (let i = end - 1; i >= 0; i--) if (isAnchor(lines, i)) return i;
  return -1;
}

function pickHeadline(lines: Line[], end: number): number | null {
  const anchor = lastAnchor(lines, end);
  // Near the byline only: a select-all copy repeats its menus (desktop and mobile) further up.
  const twice = repeated(lines, anchor >= 0 ? anchor : end, anchor >= 0 ? anchor - NEAR_ANCHOR : 0);
  if (twice !== null) return twice;
  if (anchor >= 0) {
    const above: number[] = [];
    for (let i = anchor - 1; i >= 0; i--) if (isCandidate(lines[i] as Line) || (lines[i] as Line).prose) above.push(i);
    const big = above.filter((i) => substantial(lines[i] as Line));
    const nearest = big[0];
    if (nearest !== undefined) {
      const next = big[1];
      // The line right above the byline is a standfirst when it reads like one and a headline
      // stands above it; a short line above a headline is a kicker ("Sur vos écrans cette semaine").
      // The headline stands right over its standfirst (a few lines at most, nothing but
      // furniture between): a heading further up belongs to the page's menus.
      const over = next !== undefined && nearest - next <= 4 && lines.slice(next + 1, nearest).every((l) => !l.prose && l.kind !== 'text');
      if (next !== undefined && isCandidate(lines[next] as Line) && over && (standfirstLike(lines[nearest] as Line) || stacked(lines, next, nearest))) {
        return next;
      }
      if (isCandidate(lines[nearest] as Line)) return nearest;
    }
    const small = above.find((i) => isCandidate(lines[i] as Line));
    if (small !== undefined) return small;
  }
  const candidates = lines.slice(0, end).map((l, i) => (isCandidate(l) ? i : -1)).filter((i) => i >= 0);
  // A short heading over a sentence that ends with a full stop: the heading and its standfirst ("Lorem").
  const [first, second] = candidates;
  if (first !== undefined && second === first + 1 && !substantial(lines[first] as Line) && /[.。]$/u.test((lines[second] as Line).text)) {
    return first;
  }
  return candidates.find((i) => substantial(lines[i] as Line)) ?? candidates[candidates.length - 1] ?? null;
}

/**
 * Splits the paste into header and body and finds the headline: the rules find the body and
 * the lines that may be the headline, the trained scorer (scorer/) chooses among them, the
 * rules' own choice weighing as one of its features. `scorer: false` gives the rules alone.
 */
export function layOut(lines: Line[], scorer = true): Layout {
  let bodyStart = findBodyStart(lines);
  const rule = pickHeadline(lines, bodyStart);
  const anchors = new Set<number>();
  for (let i = 0; i < Math.min(lines.length, bodyStart + 3); i++) if (isAnchor(lines, i)) anchors.add(i);
  const context = pasteContext(lines, bodyStart, rule, anchors);
  // The site's own name printed alone ("The Globe and Mail") is its logo, never the headline.
  const headline = scorer ? scoreHeadline(context, undefined, (i) => isOutletName((lines[i] as Line).text)) : rule;
  // What stands above the headline is not the article: the body starts after it.
  if (headline !== null && headline >= bodyStart) {
    bodyStart = lines.findIndex((l, i) => i > headline && l.prose);
    if (bodyStart < 0) bodyStart = headline + 1;
  }
  const lead: number[] = [];
  if (headline !== null) {
    for (let i = headline + 1; i < bodyStart; i++) {
      const line = lines[i] as Line;
      // A standfirst under the headline stays with the article; labels and link lists do not.
      const listItem = /^[-–•*·▪►]\s/u.test(line.text);
      if (line.kind === 'text' && (line.prose || listItem || (substantial(line) && standfirstLike(line)))) lead.push(i);
    }
  }
  return { bodyStart, headline, lead, context };
}
