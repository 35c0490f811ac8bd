/**
 * The author among what a paste prints: the byline the rules read in the header (or the trained
 * scorer's, when it differs), else a blog's signature at the end of the body or a bare name beside
 * a date in its opening, else a name in lower case beside the date, else an "About the author"
 * box or a closing bio; a dateline's or a wire's credit last.
 */
import type { Line } from './classify';
import type { Found } from './found';
import type { PasteTrace } from './parse';
import { inTagList } from './body-tail';
import { uncasedNameBesideDate } from './beside';
import { authorFromBio, signedInText } from './author-bio';
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
  // A bare name with paragraphs under it is a subheading ("Peacock Pavilions", "Show No Mercy"), not a signature.
  return line.kind === 'name' && tail && i > lastProse && !bodyLines[i + 1]?.prose && !inTagList(bodyLines, i);
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
export function chooseAuthor(trace: PasteTrace, found: Found, useScorer: boolean, inBody: Array<Signature | null>, body: string[]): number | null {
  let authorAt = useScorer ? chooseByline(trace, found) : trace.ruleAuthor;
  // The signature at the end, else a bare name beside a date under the opening (a photo, a
  // standfirst, a list of other stories may stand between the headline and the byline).
  const signature = inBody.find((s) => s?.line.byline?.author);
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
  if (found.author === null) {
    found.author = authorFromBio(trace.lines, trace.layout.bodyStart);
    if (found.author !== null) found.contributors.push(...found.author.split(', '));
  }
  return authorAt;
}

/** How far into the body a bare name beside a date still is the byline. */
const BESIDE_DATE = 30;

/**
 * True when body line `i` is a bare name with a date line right above or under it ("Verónica De
 * Vita" / "miércoles, 4 de mayo de 2022"), near the top of the body and not in a list of tags.
 */
export function isNameBesideDate(bodyLines: Line[], i: number): boolean {
  const line = bodyLines[i];
  if (i >= BESIDE_DATE || line?.kind !== 'name' || !line.byline?.author || inTagList(bodyLines, i)) return false;
  const dated = (l: Line | undefined): boolean => l !== undefined && (l.kind === 'date' || (l.kind === 'source' && !!l.date));
  return dated(bodyLines[i - 1]) || dated(bodyLines[i + 1]);
}

/**
 * The clipping's author: the byline's, else the dateline's ("By X (AP) —"), else a wire's credit,
 * else the reporter a CJK article names in its lead-in or signs at its end ("（山田太郎）").
 */
export function articleAuthor(found: Found, datelineAuthor: string | null, body: string[]): string | null {
  return found.author ?? datelineAuthor ?? found.wireAuthor ?? signedInText(body);
}
