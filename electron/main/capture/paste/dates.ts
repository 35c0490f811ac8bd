/**
 * Finding publication dates in pasted lines, in the forms the world's papers print them:
 * a day and a month name in any of the languages of calendar-words.ts ("12 marca 2025",
 * "12. marts 2025", "12 de marzo de 2025", "March 12, 2025", "2025. március 12."), East Asian
 * forms (2025年3月12日, 3月12日, 2025년 3월 12일), numeric ones (2025-03-12, 2025.03.12,
 * 12.03.2025, 12.03.25, 12/03/2025, 2/26/2025) and, on date lines, relative ones ("2 hours ago",
 * "gestern") through chrono-node.
 */
import * as chrono from 'chrono-node';
import { isWeekday, monthOf } from './calendar-words';
import { relativeDate } from './relative-dates';
import { asciiDigits, islamicNumericDate, OTHER_DIGIT, scriptDates, type ScriptDate } from './dates-scripts';

const HAS_OTHER_DIGIT = new RegExp(OTHER_DIGIT.source, 'u');
// A number in Hebrew letters ("ה'", "תשפ\"ו"): a Hebrew-calendar date may have no digit.
const HEBREW_LETTER_NUMBER = /[\u05D0-\u05EA]["״'׳]/u;

/** A calendar date found in text; `year` is null when the text gave none ("March 3"). */
export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  /** The matched text. */
  text: string;
  /** Read from a relative date ("3 hours ago", "gestern"): only as good as the reference day. */
  relative?: boolean;
}

export interface DateOptions {
  now: Date;
  /** ISO 639-1 language of the article, to choose month names and day/month order. */
  lang: string | null;
}

interface Match extends FoundDate {
  index: number;
  /** Converted from another calendar: a Gregorian date beside it wins. */
  converted?: boolean;
}

const RELATIVE_PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.casual, de: chrono.de.casual, fr: chrono.fr.casual, es: chrono.es.casual, pt: chrono.pt.casual,
  ru: chrono.ru.casual, nl: chrono.nl.casual, it: chrono.it.casual, uk: chrono.uk.casual,
};
// Relative dates ("2 hours ago", "vor 3 Stunden") are taken on date lines; a bare time is not a date.
const RELATIVE =
  /(?<![\p{L}])(?:\d+\s+\p{L}+\s+ago|vor\s+\d+|il y a|hace\s+\d+|\d+\s+\p{L}+\s+назад|yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy|вчера|сегодня)(?![\p{L}])/iu;

// A month word: letters, with the vowel signs of Indic, Burmese and Thai script ("अक्टूबर", "အောက်တိုဘာ");
// two letters only where the calendar words have such ("मई").
// Thai short months keep a stop inside ("พ.ค.", "มี.ค.").
const MONTH_WORD = "([\\u0E00-\\u0E7F]{1,3}\\.[\\u0E00-\\u0E7F]{1,2}\\.?|\\p{L}[\\p{L}\\p{M}]{1,}\\.?)";
const DAY = '(\\d{1,2})';
// A year, perhaps glued to the time after it ("Nov 20 20194:29 AM", as copied page widgets run
// together), or two digits after an apostrophe ("14 January '15").
const YEAR = "(\\d{4}(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))|['’‘]\\d{2}(?![\\d\\p{L}]))";
const PATTERNS: Array<{ re: RegExp; order: 'dmy' | 'mdy' | 'ymd' }> = [
  // 12 marca 2025 · 12. marts 2025 · 12 de marzo de 2025 · 12.mar.2025 · 12-Mar-2025 · 12th March
  // (not the minutes of a time: "09:31 August 20, 2019")
  { re: new RegExp(`(?<![\\d\\p{L}:])${DAY}(?:\\.|st|nd|rd|th|er|º)?\\s*(?:de\\s+|of\\s+)?[-./]?\\s*${MONTH_WORD}(?:(?:\\s+de|\\s+del)?\\s*[-.,/،]?\\s*(?:พ\\.\\s?ศ\\.\\s*)?${YEAR})?`, 'gu'), order: 'dmy' },
  // March 12, 2025 · Mar 12 2025 · JAN. 13, 2017
  { re: new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s*${DAY}(?:st|nd|rd|th)?(?!\\d)(?:,?\\s*${YEAR})?`, 'gu'), order: 'mdy' },
  // 2025. március 12. · 2016 Sep 27 · 2016-Sep-27 (year first, as Hungarian, Lithuanian and many
  // sites' date widgets print it)
  { re: new RegExp(`(?<![\\d\\p{L}])(\\d{4})(?:\\.\\s*|\\s+|-)${MONTH_WORD}(?:\\s+|-)?${DAY}(?:\\.|(?![\\d\\p{L}]))`, 'gu'), order: 'ymd' },
];

/** The year a matched year gives: "'15" is 2015 (1998 for "'98"); a Thai Buddhist-era year is 543 ahead. */
function yearOf(raw: string, monthWord: string, now: Date): number {
  if (!/^\d/u.test(raw)) {
    const short = Number(raw.slice(1));
    return 2000 + short > now.getFullYear() + 1 ? 1900 + short : 2000 + short;
  }
  const year = Number(raw);
  return year > 2400 && /[\u0E00-\u0E7F]/u.test(monthWord) ? year - 543 : year;
}

function valid(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (year === null || (year >= 1800 && year <= 2200));
}

function wordDates(text: string, options: DateOptions, out: Match[]): void {
  for (const { re, order } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [a, b, c] = [m[1] ?? '', m[2] ?? '', m[3]];
      const word = order === 'mdy' ? a : b;
      const month = monthOf(word, options.lang);
      if (month === null) continue;
      const day = Number(order === 'dmy' ? a : order === 'mdy' ? b : c);
      const year = order === 'ymd' ? yearOf(a, word, options.now) : c ? yearOf(c, word, options.now) : null;
      if (valid(year, month, day)) out.push({ year, month, day, text: m[0], index: m.index });
    }
  }
}

const EAST_ASIAN = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
const ISO_LIKE = /(?<![\d.])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d])/gu;
const DAY_FIRST = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/gu;

// Japan's era years: 令和 from 2019, 平成 from 1989, 昭和 from 1926; the first year is 元年.
const ERA_DATE = /(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const ERA_START: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };

function numericDates(text: string, options: DateOptions, out: Match[]): void {
  for (const m of text.matchAll(ERA_DATE)) {
    const year = (ERA_START[m[1] ?? ''] ?? 0) + (m[2] === '元' ? 0 : Number(m[2]) - 1);
    const [month, day] = [Number(m[3]), Number(m[4])];
    if (valid(year, month, day)) out.push({ year, month, day, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(EAST_ASIAN)) {
    const [year, month, day] = [m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3])];
    if (valid(year, month, day)) out.push({ year, month, day, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(ISO_LIKE)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (valid(year, month, day)) out.push({ year, month, day, text: m[0], index: m.index });
    // "۱۴۰۴/۰۲/۳۰" (Solar Hijri), "1446/11/23 هـ" (Hijri).
    const other = year < 1600 ? islamicNumericDate(year, month, day, text.slice(m.index + m[0].length, m.index + m[0].length + 6), options.now) : null;
    if (other) out.push({ ...other, text: m[0], index: m.index, converted: true });
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    let [a, b] = [Number(m[1]), Number(m[3])];
    const raw = m[4] ?? '';
    // Two-digit years (12.03.25) are this century's.
    const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
    if (raw.length === 2 && year > options.now.getFullYear() + 1) continue;
    // US English writes month first with slashes, everyone else day first; a value above 12 settles it.
    const monthFirst = m[2] === '/' && (b > 12 || (a <= 12 && (options.lang === 'en' || options.lang === null)));
    if (monthFirst) [a, b] = [b, a];
    if (valid(year, b, a)) out.push({ year, month: b, day: a, text: m[0], index: m.index });
  }
}

/**
 * Every absolute date in `text`, left to right (overlapping readings keep the longer one).
 * @param printed receives the text of every date read, also those of another calendar set aside
 */
export function findDates(raw: string, options: DateOptions, printed?: string[]): FoundDate[] {
  if (!/\d/u.test(raw) && !HAS_OTHER_DIGIT.test(raw) && !HEBREW_LETTER_NUMBER.test(raw)) return [];
  const text = asciiDigits(raw);
  let found: Match[] = [];
  wordDates(text, options, found);
  numericDates(text, options, found);
  const scripts: ScriptDate[] = [];
  scriptDates(text, scripts, options.now);
  found.push(...scripts);
  for (const m of found) printed?.push(raw.slice(m.index, m.index + m.text.length));
  // "الأحد 26 جمادى الآخرة 1448 هـ - 07 ديسمبر 2026 م", "ה' בתשרי תשפ"ו, 27 בספטמבר 2025": the
  // Gregorian date printed beside one of another calendar.
  if (found.some((d) => d.converted) && found.some((d) => !d.converted && d.year !== null)) found = found.filter((d) => !d.converted);
  found.sort((x, y) => x.index - y.index || y.text.length - x.text.length || (y.year ?? 0) - (x.year ?? 0));
  const out: Match[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.index < last.index + last.text.length) continue;
    out.push(m);
  }
  // The text as printed (other digits are the same length as ASCII ones).
  return out.map(({ year, month, day, text: t, index }) => ({ year, month, day, text: raw.slice(index, index + t.length) }));
}

/**
 * True when `line` opens with a full date, after at most a weekday and stops ("miércoles, 11 de
 * mayo de 2022 - 3:40 a.m.", "3 de mayo de 202221:25LA NACION", "21.05.2025 - …"): a stamp
 * line, never the end of the sentence above it.
 */
export function opensWithDate(line: string): boolean {
  const head = line.slice(0, 60);
  const first = findDates(head, { now: new Date(), lang: null })[0];
  if (!first || first.year === null) return false;
  const before = head.slice(0, head.indexOf(first.text));
  return before.split(/[^\p{L}]+/u).every((w) => w === '' || isWeekday(w));
}

/** A number that orders dates by day (a missing year counts as 0). */
export const dayNumber = (d: FoundDate): number => (d.year ?? 0) * 400 + d.month * 32 + d.day;

/**
 * The publication date among several dates in a stamp: the earliest that gives its year ("December
 * 10, 2021April 9, 2019", "Updated March 4, 2025 · Published March 3, 2025": a page prints its
 * update beside its publication, and an article is never updated before it is published); among
 * dates without a year ("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM") the earliest too, when
 * they are less than half a year apart (else the turn of a year may stand between them: the first).
 */
export function earliestDate(dates: FoundDate[]): FoundDate | null {
  const day = dayNumber;
  let best: FoundDate | null = null;
  for (const d of dates) {
    if (d.year !== null && (best === null || day(d) < day(best))) best = d;
  }
  if (best !== null || dates.length < 2) return best ?? dates[0] ?? null;
  const sorted = [...dates].sort((a, b) => day(a) - day(b));
  const [first, last] = [sorted[0] as FoundDate, sorted[sorted.length - 1] as FoundDate];
  return last.month - first.month < 6 ? first : (dates[0] ?? null);
}

/**
 * The first date in `text` that names a day and a month, or null.
 * @param relative also accept relative dates ("3 hours ago", "gestern"), resolved against now
 */
export function findDate(text: string, options: DateOptions, relative = false): FoundDate | null {
  const first = findDates(text, options)[0];
  if (first) return first;
  if (!relative || text.length > 60) return null;
  const own = relativeDate(text, options.now);
  if (own) return { ...own, relative: true };
  // "Updated an hour ago" is a short line; chrono is asked only then, as it is slow on prose.
  if (!RELATIVE.test(text)) return null;
  // The article's language and English: each parser is slow, and a line is in one language.
  const parsers = [...new Set([RELATIVE_PARSERS[options.lang ?? 'en'], RELATIVE_PARSERS.en])].filter((p) => p !== undefined);
  for (const parser of parsers) {
    for (const result of parser.parse(text, options.now)) {
      if (!RELATIVE.test(result.text)) continue;
      const start = result.start;
      const [year, month, day] = [start.get('year') ?? null, start.get('month') ?? 0, start.get('day') ?? 0];
      if (valid(year, month, day)) return { year, month, day, text: result.text.trim(), relative: true };
    }
  }
  return null;
}

// Labels that stand around a date on a line that is only a date, in many languages.
const DATE_LABELS =
  /(?<![\p{L}])(?:published|updated|last updated|posted|first published|modified|on|at|am|um|uhr|stand|veröffentlicht|aktualisiert|zuletzt|erschienen|publié|publiée|le|modifié|mis à jour|à|publicado|actualizado|atualizado|el|a las|às|de|del|aktualizováno|publikováno|v|в|о|опубликовано|обновлено|оновлено|опубліковано|aggiornato|pubblicato|alle|ore|il|publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret|kl|klo|julkaistu|päivitetty|gepubliceerd|bijgewerkt|om|op|opublikowano|zaktualizowano|aktualizacja|frissítve|publikálva|güncelleme|güncellendi|yayınlanma|ενημερώθηκε|δημοσιεύθηκε|diperbarui|dikemaskini|diterbitkan|terbit|nşr|نشر|في|تحديث|עודכן|פורסם|الموافق|الساعة|آخر تحديث|تاريخ النشر|تاریخ انتشار|تاریخ|انتشار|منتشر شده|به‌روزرسانی|بروزرسانی|به روز رسانی|ساعت|ش|هـ|ص|م|입력|수정|등록|기사입력|송고|업데이트|更新|发布|發布|发布时间|発信|配信|公開|gmt|utc|cet|cest|mez|mesz|est|edt|pst|pdt|bst|ist|msk|wib|jst|kst|a\.m\.|p\.m\.|am|pm|h|hrs|minutes?|hours?|days?|ago|vor|stunden?|minuten?|tagen?|il y a|heures?|hace|horas?|today|yesterday|heute|gestern|updated|share|شائع|شائع شدہ|اپ ڈیٹ|آخری اپ ڈیٹ|تاریخ اشاعت|ء|بجے|प्रकाशित|अपडेट|अपडेटेड|तारीख|প্রকাশ|প্রকাশিত|আপডেট|হালনাগাদ|সময়|வெளியிடப்பட்டது|புதுப்பிக்கப்பட்டது|வெளியீடு|เผยแพร่|อัปเดต|อัพเดท|ปรับปรุง|วันที่|น|cập nhật|đăng|ngày|lúc|giờ|imechapishwa|ilisasishwa|saa|የታተመ)(?![\p{L}\p{M}])/giu;

/** A date when `line` is nothing but dates (with labels, weekdays and times), else null. */
export function dateLine(raw: string, options: DateOptions): FoundDate | null {
  if (raw.length > 160) return null;
  // Copied page widgets run together: "March 3, 20258:14 AM GMT+1Updated 2 hours ago".
  const line = asciiDigits(raw)
    .replace(/\b(\d{4})(\d{1,2}:\d{2})/g, '$1 $2')
    .replace(/יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)/gu, ' ').replace(/(?:یک|دو|سه|چهار|پنج)?[\s\u200c]?شنبه|جمعه/gu, ' ').replace(/([\p{Ll}\d])(\p{Lu}\p{Ll})/gu, '$1 $2');
  const printed: string[] = [];
  const dates = findDates(line, options, printed);
  const found = earliestDate(dates) ?? findDate(line, options, true);
  if (!found) return null;
  let rest = line;
  for (const text of dates.length > 0 ? printed : [found.text]) rest = rest.replace(text, ' ');
  rest = rest
    .replace(/[+-]\d{1,2}(?::\d{2})?\b/g, ' ')
    .replace(DATE_LABELS, ' ')
    .replace(/\d{1,2}\s*[:.h時]\s*\d{2}(?:\s*[:分]\s*\d{2})?\s*[分秒]?/gu, ' ')
    .replace(/[午前後時分]/gu, ' ');
  // Whole words with their vowel signs ("อังคาร", "मंगलवार") are weighed against the weekdays; letters alone are counted.
  const words = rest.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length > 0 && !isWeekday(w));
  return words.join('').replace(/\p{M}/gu, '').length <= 3 ? found : null;
}

/** ISO YYYY-MM-DD for a found date; a missing year comes from `now` (the previous year if
 * that would put the date more than two days in the future). */
export function toIsoDate(date: FoundDate, now: Date): string {
  let year = date.year ?? now.getFullYear();
  if (date.year === null) {
    const candidate = new Date(year, date.month - 1, date.day);
    if (candidate.getTime() - now.getTime() > 2 * 86_400_000) year -= 1;
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}
