/** Telling a headline from prose, and making a title when the paste has no headline. */
import { wordsIn } from './words';
import { splitSentences } from '../nlp/sentences';
import { isWeekday } from './calendar-words';
import { dateLine, type DateOptions } from './dates';
import type { Line } from './classify';
import { cleanHeadline } from '../title-suffix';
import { repairQuoteMarks } from '../nlp/quote-marks';
import { outletName } from './outlets';

/** True when `unit` can be a headline: short, capitalised, without a sentence's final stop. */
export function isHeadlineLike(unit: string): boolean {
  const text = unit.trim();
  if (text.length < 3 || text.length > 200) return false;
  // List items belong to the article ("- Works start in May").
  if (/^[-–•*·▪►]\s/u.test(text)) return false;
  if (/[.,;:]$/u.test(text) && !/\.\.\.$|…$/u.test(text)) return false;
  if (/^[\p{Ll}]/u.test(text)) return false;
  return /\p{L}/u.test(text);
}

/** True when the line is only a known outlet's name ("The Globe and Mail"): the site's logo, never the headline. */
export function isOutletName(text: string): boolean {
  return text.length <= 60 && outletName(text, true) !== null;
}

/** Number of words, for telling a section label ("World") from a headline. */
export function wordCount(text: string): number {
  return wordsIn(text);
}

const MAX_TITLE = 140;

/** A title made from the first sentence of the body, shortened at a word when very long. */
export function deriveTitle(firstParagraph: string): string {
  const sentence = splitSentences(firstParagraph)[0] ?? firstParagraph;
  // A full stop ends a sentence, not a title; an exclamation mark is part of it ("… it's for sale!").
  const bare = sentence.replace(/[.…]+$/u, '').trim();
  if (bare.length <= MAX_TITLE + 20) return bare;
  const cut = bare.slice(0, MAX_TITLE);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:–—-]+$/u, '');
  return `${atWord}…`;
}

/** A breadcrumb's separators: "Mensagens » Mensagens de Autoestima » Só quem se Ama…". */
const CRUMB = /\s+[»›>]\s+/u;
/** An image's file name copied from its alt text after the heading ("… searches google.JPG"). */
const IMAGE_FILE = /\s+\S+\.(?:jpe?g|png|gif|webp|avif)$/iu;
/**
 * An icon font's ligature copied as its name ("chevron_left", "arrow_forward", "expand_more"),
 * and the button or link it labels after it.
 */
const ICON = '(?:chevron|arrow|keyboard_arrow|expand|navigate|play|access|open_in|more|thumb|bookmark|favorite|account|volume|fullscreen)(?:_[a-z]+)+';
const ICON_AND_AFTER = new RegExp(`\\s+${ICON}(?:\\s.*)?$`, 'u');
/** A byline's word glued to the name after the heading ("… del Pacífico porRedaccion", "… byJane Doe"). */
const GLUED_BYLINE = /\s+(?:by|por|par|von|door|di|przez|av|af)(?=\p{Lu}\p{Ll})\S.*$/u;

/**
 * The headline line as the copy glued it to what stood beside the heading, taken apart: a
 * breadcrumb before it (the last crumb is the page), an image's file name after it, an icon's
 * ligature name and its button ("chevron_left Browse All Posts"), a byline glued on without its
 * space ("… porRedaccion"), and the page's
 * date stamp after it ("… du mardi 10 septembre mercredi 11 septembre 2019": a whole date with its
 * year, and the weekday or label before it, after at least four words that do not end on a
 * preposition); the heading alone when a line in `nearby` prints it without what was glued on.
 * Anything else is returned as it is.
 */
export function ungluedHeadline(text: string, dates: DateOptions, nearby: string[] = []): string {
  // The heading printed again on its own nearby: "Clinton Cancels … Sanders Fox Nation•October 3, 2016" over "Clinton Cancels … Sanders".
  const alone = nearby.find((line) => wordsIn(line) >= 3 && text.startsWith(line) && /^[\s•|·:–—-]/u.test(text.slice(line.length)));
  let out = alone ?? text;
  const crumbs = out.split(CRUMB);
  const last = crumbs[crumbs.length - 1] ?? '';
  if (crumbs.length >= 3 && wordsIn(last) >= 2) out = last;
  out = out.replace(IMAGE_FILE, '');
  for (const glued of [ICON_AND_AFTER, GLUED_BYLINE]) {
    const cut = out.replace(glued, '');
    if (wordsIn(cut) >= 3) out = cut;
  }
  return withoutDateTail(out, dates);
}

function withoutDateTail(text: string, dates: DateOptions): string {
  if (!/\d{4}\s*$/u.test(text)) return text;
  const words = text.split(/\s+/u);
  for (let k = 2; k <= Math.min(5, words.length - 4); k++) {
    const found = dateLine(words.slice(-k).join(' '), dates);
    if (!found || found.year === null) continue;
    let cut = words.length - k;
    // The weekday or a label printed before the date goes with it.
    while (cut > 4 && (isWeekday((words[cut - 1] ?? '').replace(/[,.]$/u, '')) || /^(?:published|updated|posted|publié|publicado|veröffentlicht)$/iu.test(words[cut - 1] ?? ''))) cut--;
    const before = words[cut - 1] ?? '';
    // "… elections on 4 July 2024": the date belongs to the headline.
    if (/^\p{Ll}{1,4}$/u.test(before) || /[,:–—-]$/u.test(before)) return text;
    return words.slice(0, cut).join(' ');
  }
  return text;
}

/** The headline line `at` as printed, taken apart from what the copy glued to it (see {@link ungluedHeadline}). */
export function headlineText(lines: Line[], at: number, dates: DateOptions): string {
  // The texts of the lines around it (three each side): the heading may stand alone among them.
  const nearby = lines.slice(Math.max(0, at - 3), at + 4).map((l) => l.text);
  return ungluedHeadline((lines[at] as Line).text, dates, nearby);
}

/**
 * The clipping's title: the headline without the site's or the author's name the page added
 * (title-suffix.ts), else one made from the first paragraph; quote marks put right.
 */
export function articleTitle(headline: string | null, firstParagraph: string, names: { source: string | null; author: string | null }): string {
  return repairQuoteMarks(headline ? cleanHeadline(headline, names) : deriveTitle(firstParagraph));
}
