/**
 * The dateline among what a paste prints: a wire's lead-in on one of the first three paragraphs
 * ("GENEVA (Reuters) -", which leaves the paragraph), else a closing one ("Paris (AFP) © 2025
 * AFP", which leaves the body), else a place printed on a line of its own above the article.
 */
import type { Found } from './found';
import { parseClosingDateline, parseDateline } from './dateline';
import { parseWeakLeadIn } from './dateline-weak';
import type { DateOptions } from './dates';

export interface ClosingDateline {
  place: string;
  agency: string;
}

/** The body without its closing dateline, and that dateline (null when the last paragraph is none). */
export function withoutClosingDateline(body: string[]): { body: string[]; closing: ClosingDateline | null } {
  const closing = body.length > 1 ? parseClosingDateline(body.at(-1) ?? '') : null;
  return { body: closing ? body.slice(0, -1) : body, closing };
}

// A paragraph of prose: a sentence's end, or long enough to be one (a bullet, "HighLights" or a
// caption is neither).
const PROSE_END = /[.!?。！？।؟]["”»’)）]?\s*$/u;
/** Most paragraphs a lead-in may stand behind (bullets, a summary, captions). */
const WINDOW = 10;

const isProse = (paragraph: string): boolean => PROSE_END.test(paragraph) && paragraph.length >= 60;

/**
 * The paragraphs a lead-in may open: the first three of prose, and whatever short lines stand
 * among them (a standfirst, "Summary" bullets, "HighLights", a caption before "राज्य ब्यूरो, पटना।").
 */
export function leadInWindow(body: readonly string[]): number[] {
  const out: number[] = [];
  let prose = 0;
  for (const [i, paragraph] of body.slice(0, WINDOW).entries()) {
    out.push(i);
    if (isProse(paragraph)) prose += 1;
    if (prose >= 3) break;
  }
  return out;
}

/** The dateline's place, the agency its lead-in names and the author it credits ("By X (AP) —"). */
export interface DatelineChoice {
  dateline: string | null;
  agency: string | null;
  author: string | null;
}

/**
 * The dateline of `body` (whose paragraph with the lead-in loses it, in place); a lead-in's
 * source and date go to `found` when nothing better was found, a closing dateline's agency to its sign-off.
 */
export function chooseDateline(body: string[], closing: ClosingDateline | null, found: Found, dates: DateOptions): DatelineChoice {
  const out: DatelineChoice = { dateline: null, agency: null, author: null };
  const window = leadInWindow(body);
  const firstProse = window.find((i) => isProse(body[i] ?? ''));
  for (const i of window) {
    const paragraph = body[i] ?? '';
    const parsed = parseDateline(paragraph, dates) ?? (i === firstProse ? parseWeakLeadIn(paragraph, body) : null);
    if (!parsed) continue;
    out.dateline = parsed.place;
    out.agency = parsed.agency;
    out.author = parsed.author ?? null;
    if (parsed.source) found.source ??= parsed.source;
    if (parsed.date && found.date === null) found.date = parsed.date;
    body[i] = parsed.rest;
    break;
  }
  if (closing) {
    out.dateline ??= closing.place;
    found.signOff ??= closing.agency;
  }
  out.dateline ??= found.place;
  return out;
}
