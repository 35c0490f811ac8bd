/**
 * What the trained line scorer sees of a line: numbers computed from the features the rules
 * already use (position, length, case, punctuation, kind, prose, repeats, distance to the body
 * and to the byline) plus one the rules lack: how many of the line's words the article's own
 * paragraphs use (a headline's words come back in its article; a menu's or a teaser's do not).
 * The same functions feed training (bench/train/line-scorer.ts) and use (model.ts), so the
 * two cannot drift apart.
 */
import type { Line } from '../classify';
import { isHeadlineLike } from '../headline';

/** Everything about a paste the features of one line may look at. */
export interface PasteContext {
  lines: Line[];
  bodyStart: number;
  /** The headline the hand rules chose. */
  ruleHeadline: number | null;
  /** Lines the rules take as byline, date or source anchors. */
  anchors: Set<number>;
  /** Words (and CJK character pairs) of the article's paragraphs, lower case. */
  bodyWords: Set<string>;
  /** How many times each line's text occurs in the paste. */
  counts: Map<string, number>;
  /** The paste's lines other than prose, in lower case, one per line (titles, breadcrumbs, share rows). */
  furniture: string;
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const CJK_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/gu;

/** Lower-case words of three letters or more, and pairs of CJK characters. */
export function wordsOf(text: string): string[] {
  const out = (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !CJK.test(w));
  for (const run of text.match(CJK_RUN) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/** The context the features need, from the classified lines and the rules' layout. */
export function pasteContext(lines: Line[], bodyStart: number, ruleHeadline: number | null, anchors: Set<number>): PasteContext {
  const bodyWords = new Set<string>();
  let taken = 0;
  for (let i = bodyStart; i < lines.length && taken < 40; i++) {
    const line = lines[i] as Line;
    if (!line.prose) continue;
    taken++;
    for (const w of wordsOf(line.text)) bodyWords.add(w);
  }
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const furniture = lines.filter((l) => !l.prose).map((l) => l.text.toLowerCase()).join('\n');
  return { lines, bodyStart, ruleHeadline, anchors, bodyWords, counts, furniture };
}

const log1p = (x: number): number => Math.log(1 + Math.max(0, x));
const b = (x: boolean): number => (x ? 1 : 0);

/** Share of the lines in [from, to) that are short (three words or fewer) and not anchors. */
function shortShare(ctx: PasteContext, from: number, to: number): number {
  let n = 0;
  let short = 0;
  for (let j = Math.max(0, from); j < Math.min(ctx.lines.length, to); j++) {
    n++;
    if ((ctx.lines[j] as Line).size <= 3 && !ctx.anchors.has(j)) short++;
  }
  return n === 0 ? 0 : short / n;
}

/** Share of the line's words that `words` holds. */
function overlap(words: Set<string>, text: string): number {
  const own = wordsOf(text);
  if (own.length === 0) return 0;
  return own.filter((w) => words.has(w)).length / own.length;
}

/** Distance to the nearest byline (a writer's name, not only a date) below `i` within 4 lines, or 5. */
function bylineBelow(ctx: PasteContext, i: number): number {
  for (let d = 1; d <= 4; d++) {
    const kind = ctx.lines[i + d]?.kind;
    if (ctx.anchors.has(i + d) && (kind === 'byline' || kind === 'name')) return d;
  }
  return 5;
}

/**
 * Share of the lines around `i` (three each side) that are headings themselves: a teaser list or
 * a "most read" box is a run of headline-shaped lines with no prose between them, while an
 * article's headline stands among a kicker, a standfirst, a byline and a date.
 */
function headingsAround(ctx: PasteContext, i: number): number {
  let n = 0;
  let heads = 0;
  for (let j = Math.max(0, i - 3); j <= Math.min(ctx.lines.length - 1, i + 3); j++) {
    if (j === i) continue;
    n++;
    const l = ctx.lines[j] as Line;
    if (l.kind === 'text' && !l.prose && l.size >= 4 && isHeadlineLike(l.text)) heads++;
  }
  return n === 0 ? 0 : heads / n;
}

/** Distance to the nearest anchor below `i` (within 8 lines), or 9. */
function anchorBelow(ctx: PasteContext, i: number): number {
  for (let d = 1; d <= 8; d++) if (ctx.anchors.has(i + d)) return d;
  return 9;
}

function caseShape(text: string): { title: number; caps: number } {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0) return { title: 0, caps: 0 };
  const title = words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
  const caps = b(words.length >= 2 && words.every((w) => w.length < 2 || w === w.toUpperCase()) && /\p{Lu}/u.test(text));
  return { title, caps };
}

/** Reads like a standfirst: prose, long, or more than one sentence. */
export function standfirstLike(line: Line): boolean {
  return line.prose || line.size >= 12 || sentenceLike(line);
}

/** A sentence, not a heading: more than one sentence, or a final full stop. */
const sentenceLike = (line: Line): boolean => /[.!?。！？]["”»’]?\s+\S/u.test(line.text) || /[.。]$/u.test(line.text);

/** How far under the rules' body start a heading may still be chosen. */
const PAST_BODY = 3;

/**
 * A kicker over the rules' headline: a short line (five words or fewer, no longer than the
 * headline) right above a headline that stands on its byline ("Sur vos écrans cette semaine"
 * over "Screenshot : …"). The scorer may not take it: the rules keep this veto.
 */
function isKicker(ctx: PasteContext, i: number): boolean {
  const rule = ctx.ruleHeadline;
  if (rule === null || i !== rule - 1 || !ctx.anchors.has(rule + 1)) return false;
  // Over a sentence the rules took for the headline ("Do perfekcji opanowali … Europy."), a short
  // line is the headline and the sentence its standfirst: the scorer may weigh it.
  if (sentenceLike(ctx.lines[rule] as Line)) return false;
  const line = ctx.lines[i] as Line;
  return !line.prose && line.size <= 5 && line.size <= (ctx.lines[rule] as Line).size;
}

/** Lines the scorer may choose as the headline: the rules' vetoes. */
function headlineCandidate(ctx: PasteContext, i: number): boolean {
  const line = ctx.lines[i];
  if (!line || i >= ctx.bodyStart + PAST_BODY) return false;
  if (line.kind !== 'text' && line.kind !== 'name') return false;
  // In the body only a heading may be chosen, and not under a wire's lead-in (a wire has no headline above it).
  if (i >= ctx.bodyStart && (line.prose || ctx.lines[ctx.bodyStart]?.dateline)) return false;
  if (line.dateline || line.size < 1) return false;
  if (isKicker(ctx, i)) return false;
  return line.prose || isHeadlineLike(line.text.replace(/[.。]$/u, ''));
}

/** The numbers the headline scorer weighs for line `i`. */
export function headlineFeatures(ctx: PasteContext, i: number): number[] {
  const line = ctx.lines[i] as Line;
  const text = line.text;
  const ov = overlap(ctx.bodyWords, text);
  const below = anchorBelow(ctx, i);
  const shape = caseShape(text);
  const next = ctx.lines[i + 1];
  const prev = ctx.lines[i - 1];
  const heading = (l: Line | undefined): boolean => !!l && l.kind === 'text' && !l.prose && l.size >= 4 && isHeadlineLike(l.text);
  return [
    b(i === ctx.ruleHeadline),
    b(isHeadlineLike(text.replace(/[.。]$/u, ''))),
    b(line.prose),
    b(line.kind === 'name'),
    log1p(line.size),
    b(line.size >= 4),
    b(line.size >= 8),
    b(line.size >= 20),
    b(i < ctx.bodyStart),
    log1p(ctx.bodyStart - i),
    b(i === 0),
    log1p(i),
    b(below <= 3),
    b(below === 1),
    b((ctx.counts.get(text) ?? 0) >= 2),
    ov,
    b(ov >= 0.5),
    b(/[.。]$/u.test(text)),
    b(/[?!？！]$/u.test(text)),
    b(/\s[|:：]\s|[:：]\s/u.test(text)),
    shape.title,
    shape.caps,
    b((text.match(/\d/gu)?.length ?? 0) > text.length / 5),
    b(next?.prose ?? false),
    shortShare(ctx, i - 4, i),
    shortShare(ctx, i + 1, i + 5),
    b(CJK.test(text)),
    b(/\s[>›»]\s|^[>›»]|[>›»]$/u.test(text)),
    b(text.length > 150),
    b(i > ctx.bodyStart - 1),
    b(heading(prev)),
    b(heading(next)),
    b(/[.。]["”»’]?\s+\S/u.test(text)),
    // A page repeats its headline outside the article's prose: in the page title, a breadcrumb,
    // "Share … for: <headline>" (a kicker or a menu label comes back in the prose, if at all).
    b(line.size >= 4 && inside(ctx, text, 2) >= (line.prose ? 1 : 2)),
    // A heading over its standfirst (a longer sentence under it), and a standfirst under its heading.
    b(!!next && next.kind === 'text' && standfirstLike(next) && next.size > line.size && !standfirstLike(line)),
    b(!!prev && prev.kind === 'text' && !prev.prose && prev.size >= 2 && prev.size < line.size && isHeadlineLike(prev.text) && standfirstLike(line)),
    b(bylineBelow(ctx, i) <= 4),
    headingsAround(ctx, i),
  ];
}

/** Occurrences of `text` in the paste's lines other than prose, inside longer ones too, up to `max`. */
function inside(ctx: PasteContext, text: string, max: number): number {
  const needle = text.toLowerCase();
  let n = 0;
  for (let at = ctx.furniture.indexOf(needle); at >= 0 && n < max; at = ctx.furniture.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Indices of the lines the scorer may choose as the headline. */
export function headlineCandidates(ctx: PasteContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(ctx.lines.length, ctx.bodyStart + PAST_BODY); i++) if (headlineCandidate(ctx, i)) out.push(i);
  return out;
}

/** Indices of the lines the scorer may choose as the byline. */
export function bylineCandidates(ctx: PasteContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(ctx.lines.length, ctx.bodyStart + 3); i++) if (bylineCandidate(ctx, i)) out.push(i);
  return out;
}

/** Lines the scorer may choose as the byline: lines the rules read as a byline or a bare name. */
function bylineCandidate(ctx: PasteContext, i: number): boolean {
  const line = ctx.lines[i];
  if (!line || i >= ctx.bodyStart + 3) return false;
  // Under the body's start only a full byline is taken out of the text; a bare name stays.
  return (line.kind === 'byline' || (line.kind === 'name' && i < ctx.bodyStart)) && !!line.byline?.author;
}

/** The numbers the byline scorer weighs for line `i` under headline `headline`; `ruleAuthor` the rules' pick. */
export function bylineFeatures(ctx: PasteContext, i: number, headline: number | null, ruleAuthor: number | null): number[] {
  const line = ctx.lines[i] as Line;
  const by = line.byline;
  const h = headline ?? -1;
  const prev = ctx.lines[i - 1];
  const surname = (by?.author ?? '').split(/\s+/u).pop() ?? '';
  const inBody = surname.length >= 3 && ctx.bodyWords.has(surname.toLowerCase());
  const shape = caseShape(by?.author ?? '');
  return [
    0,
    b(i === ruleAuthor),
    b(line.kind === 'byline'),
    b(line.kind === 'name'),
    b(!!by?.date),
    b(!!by?.source),
    b(i > h),
    log1p(Math.abs(i - h)),
    b(i > h && i - h <= 3),
    b(i < ctx.bodyStart),
    log1p(Math.abs(ctx.bodyStart - i)),
    b(!!prev && prev.kind === 'text' && prev.size >= 4),
    shortShare(ctx, i - 3, i + 4),
    b((ctx.counts.get(line.text) ?? 0) >= 2),
    b(inBody),
    Math.min(3, by?.people.length ?? 0),
    b(!!by?.desk),
    b(!!prev && /^(?:by|von|par|por|door|di|av|af|od)$/iu.test(prev.text)),
    shape.title,
    b(headline === null),
  ];
}

/** The "no byline in the header" choice, scored like a line. */
export function noBylineFeatures(width: number): number[] {
  const out = new Array<number>(width).fill(0);
  out[0] = 1;
  return out;
}
