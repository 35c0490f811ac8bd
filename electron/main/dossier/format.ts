/**
 * Small pure helpers that turn a clipping's stored values into what the page shows:
 * dates, lengths, paragraphs and crossheads.
 */
import type { Clipping } from '../../../shared/clipping';
import { dictionaryWords } from './line-break';

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

/** Chinese characters, kana: scripts written without spaces, where length is counted in characters. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Scripts written without spaces between words, split by the runtime's dictionary (ICU). */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Words in a text: whitespace-separated runs holding at least one letter or digit; in Thai,
 * Lao, Khmer and Burmese, the words the runtime's dictionary finds.
 */
export function wordCount(text: string): number {
  if (UNSPACED.test(text)) {
    // Paragraph by paragraph, as line breaking segments them (the answers are shared).
    return paragraphs(text).reduce((sum, paragraph) => sum + dictionaryWords(paragraph).words, 0);
  }
  let count = 0;
  for (const token of text.split(/\s+/)) if (HAS_WORD_CHAR.test(token)) count++;
  return count;
}

/**
 * How long an article is, as its readers count: "812 words", or for Chinese and Japanese
 * (written without spaces) "1,240 characters", counting each Han or kana character.
 */
export function lengthLabel(text: string, locale: string): string {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const words = wordCount(text.replace(CJK_CHAR, ' '));
  if (cjk > words) {
    const n = cjk + words;
    return `${n.toLocaleString(locale)} ${n === 1 ? 'character' : 'characters'}`;
  }
  return `${words.toLocaleString(locale)} ${words === 1 ? 'word' : 'words'}`;
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
