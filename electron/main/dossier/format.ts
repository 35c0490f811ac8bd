/**
 * Small pure helpers that turn a clipping's stored values into what the page shows:
 * dates, word counts, paragraphs, and which paragraphs are quotations.
 */
import type { Clipping } from '../../../shared/clipping';

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The calendar day (YYYY-MM-DD) a clipping belongs to: its publication date as the outlet
 * wrote it (the local day at the publisher, never shifted by our time zone), else its capture day.
 */
export function clippingDay(clipping: Clipping): string {
  const match = ISO_DAY.exec(clipping.publishedAt ?? '') ?? ISO_DAY.exec(clipping.capturedAt);
  return match ? match[0] : clipping.capturedAt.slice(0, 10);
}

/** Sort key for ordering by date: publication timestamp when known, else capture time. */
export function clippingTime(clipping: Clipping): string {
  return clipping.publishedAt ?? clipping.capturedAt;
}

// Building an Intl.DateTimeFormat costs far more than using one; a dossier formats hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(locale: string, weekday: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${weekday}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(weekday ? { weekday: 'long' } : {}),
      timeZone: 'UTC',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "25 November 2026" (or the locale's form) for a YYYY-MM-DD day; the input unchanged if it is not one. */
export function formatDay(day: string, locale: string, weekday = false): string {
  const match = ISO_DAY.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  return dayFormatter(locale, weekday).format(date);
}

/** The clipping's publication date for display, or null when unknown. */
export function publishedLabel(clipping: Clipping, locale: string): string | null {
  if (!clipping.publishedAt) return null;
  const day = ISO_DAY.exec(clipping.publishedAt);
  if (!day) return clipping.publishedAt;
  const label = formatDay(day[0], locale);
  // A full timestamp carries a time of day worth showing (a morning review cares about it).
  const time = /T(\d{2}):(\d{2})/.exec(clipping.publishedAt);
  return time && !(time[1] === '00' && time[2] === '00') ? `${label}, ${time[1]}:${time[2]}` : label;
}

/** Words in a text: whitespace-separated runs holding at least one letter or digit. */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (HAS_WORD_CHAR.test(token)) count++;
  return count;
}

/**
 * Paragraphs of a clipping's body: blank lines separate paragraphs, single newlines inside a
 * paragraph are soft wraps. Soft hyphens are dropped, because the page is set ragged right.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/**
 * Whether a paragraph of the plain-text body is really a crosshead ("La Commission de
 * contrôle"): short, without closing punctuation, and followed by a real paragraph.
 * Capture keeps text only, so this is the one way to set crossheads as headings.
 */
export function isCrosshead(paragraph: string, next: string | undefined): boolean {
  if (!next || next.length < 120 || paragraph.length > 90) return false;
  // A closing quotation mark may end one ("Les « boîtes noires »"); a sentence may not.
  const end = paragraph.replace(/[\s»"”’']+$/u, '');
  if (/[.,;:!?…)\]]$/u.test(end)) return false;
  return /^\p{Lu}|^\p{N}/u.test(paragraph);
}

const OPENING_QUOTE = /^[“"«„‘‚‹»「『—–]\s?\S/u;

function normalise(s: string): string {
  return s
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type QuoteKind = 'quote' | 'contains' | null;

/**
 * Tells how a paragraph relates to the clipping's quotations: 'quote' when it is a quotation
 * (it opens with a quotation mark or dash, as wire copy and Russian/French press set speech),
 * 'contains' when it holds one of the quotes the capture found, else null.
 */
export function quoteMatcher(quotes: ReadonlyArray<{ text: string }>): (paragraph: string) => QuoteKind {
  const wanted = quotes.map((quote) => normalise(quote.text)).filter((q) => q.length >= 12);
  // The quote's longest word, lower-cased: a cheap test before normalising the paragraph.
  const probes = wanted.map((q) => q.split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''));
  return (paragraph) => {
    if (OPENING_QUOTE.test(paragraph) && !/^[–—]\s?\d/.test(paragraph)) return 'quote';
    if (wanted.length === 0) return null;
    const lower = paragraph.toLocaleLowerCase();
    if (!probes.some((probe) => lower.includes(probe))) return null;
    const flat = normalise(paragraph);
    return wanted.some((q) => flat.includes(q)) ? 'contains' : null;
  };
}

/** {@link quoteMatcher} for a single paragraph. */
export function quoteKind(paragraph: string, quotes: ReadonlyArray<{ text: string }>): QuoteKind {
  return quoteMatcher(quotes)(paragraph);
}

const languageNames = new Map<string, Intl.DisplayNames | null>();

/** "Russian" for 'ru' in an English dossier; the code itself when the runtime has no name for it. */
export function languageName(code: string, locale: string): string {
  let names = languageNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = null;
    }
    languageNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
