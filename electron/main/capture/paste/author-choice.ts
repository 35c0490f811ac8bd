/**
 * The author among what a paste prints: the byline the rules read in the header (or the trained
 * scorer's, when it differs), else a blog's signature at the end of the body, else a name in
 * lower case beside the date; a dateline's or a wire's credit last.
 */
import type { Line } from './classify';
import type { Found } from './found';
import type { PasteTrace } from './parse';
import { inTagList } from './body-tail';
import { uncasedNameBesideDate } from './beside';
import { scoreByline } from './scorer/model';

/** How many closing lines may hold the author's signature (a bare name). */
const TAIL_SIGNATURE = 8;
/** How far after the last paragraph the author's signature may stand. */
const SIGNATURE_AFTER_LAST = 3;

/** A signature the body ends with: its line, its place among the body's paragraphs and in the paste. */
export interface Signature {
  line: Line;
  at: number;
  index: number;
}

/** The index of the article's last paragraph: a long one (a subscription prompt after it is short). */
export function lastParagraph(bodyLines: Line[]): number {
  return bodyLines.findLastIndex((l) => l.prose && l.size >= 20);
}

/**
 * True when body line `i` may be the author's signature: a blog signs its posts at the end
 * ("Nicolas Perriault — 2013-09-29", "Posted by X on …", a name), or right after the last
 * paragraph, with the page's own furniture after it (Le Monde); never a name in a tag list.
 */
export function isSignature(bodyLines: Line[], i: number, lastProse: number): boolean {
  const line = bodyLines[i];
  if (!line?.byline?.author) return false;
  if (line.kind === 'byline') return true;
  const tail = i >= bodyLines.length - TAIL_SIGNATURE || (i > lastProse && i - lastProse <= SIGNATURE_AFTER_LAST);
  return line.kind === 'name' && tail && !inTagList(bodyLines, i);
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

/**
 * Sets `found.author` (and what its byline gives) and returns the line it came from, or null.
 * A signature taken as the author leaves the `body`.
 * @param useScorer the trained scorer may overrule the rules' byline
 */
export function chooseAuthor(trace: PasteTrace, found: Found, useScorer: boolean, signature: Signature | null, body: string[]): number | null {
  let authorAt = useScorer ? chooseByline(trace, found) : trace.ruleAuthor;
  if (found.author === null && signature?.line.byline) {
    authorAt = signature.index;
    found.author = signature.line.byline.author;
    found.date ??= signature.line.byline.date;
    found.contributors.push(...signature.line.byline.people);
    body.splice(signature.at, 1);
  }
  const headline = trace.layout.headline;
  if (found.author === null && headline !== null) {
    found.author = uncasedNameBesideDate(trace.lines, headline);
    if (found.author !== null) found.contributors.push(found.author);
  }
  return authorAt;
}

/** The clipping's author: the byline's, else the dateline's ("By X (AP) —"), else a wire's credit. */
export function articleAuthor(found: Found, datelineAuthor: string | null): string | null {
  return found.author ?? datelineAuthor ?? found.wireAuthor;
}
