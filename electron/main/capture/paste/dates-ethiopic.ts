/**
 * Dates of the Ethiopian calendar, as Ethiopia's papers and agencies print them in Amharic:
 * "ግንቦት 12/2017", "ግንቦት 12 ቀን 2017 ዓ.ም", "12 ግንቦት 2017" (20 May 2025). The months are
 * ICU's names (and their common spellings); the day is found by ICU's ethiopic calendar.
 */
import { ethiopicToGregorian } from './calendars';
import type { ScriptDate } from './dates-scripts';

// Meskerem … Nehasse and Pagume (13), with the spellings papers use beside ICU's.
const MONTHS: string[][] = [
  ['መስከረም'], ['ጥቅምት'], ['ኅዳር', 'ህዳር'], ['ታኅሣሥ', 'ታህሳስ', 'ታኅሳስ'], ['ጥር'], ['የካቲት'], ['መጋቢት'],
  ['ሚያዝያ', 'ሚያዚያ'], ['ግንቦት'], ['ሰኔ'], ['ሐምሌ', 'ሀምሌ'], ['ነሐሴ', 'ነሀሴ'], ['ጳጉሜን', 'ጳጉሜ'],
];
const MONTH = new Map(MONTHS.flatMap((names, i) => names.map((n): [string, number] => [n, i + 1])));
const NAMES = [...MONTH.keys()].sort((a, b) => b.length - a.length).join('|');
// Month first: "ግንቦት 12/2017", "ግንቦት 12 ቀን 2017 ዓ.ም", "ግንቦት 12፣ 2017".
const MONTH_FIRST = new RegExp(`(${NAMES})\\s*(\\d{1,2})\\s*(?:ቀን\\s*|[/፣,]\\s*)?(\\d{4})(?!\\d)`, 'gu');
// Day first: "12 ግንቦት 2017".
const DAY_FIRST = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${NAMES})\\s*[፣,]?\\s*(\\d{4})(?!\\d)`, 'gu');

/** The Ethiopian-calendar dates in `text` (digits already ASCII), as Gregorian days. */
export function ethiopicDates(text: string, out: ScriptDate[]): void {
  for (const m of text.matchAll(MONTH_FIRST)) add(out, m, Number(m[3]), MONTH.get(m[1] ?? '') ?? 0, Number(m[2]));
  for (const m of text.matchAll(DAY_FIRST)) add(out, m, Number(m[3]), MONTH.get(m[2] ?? '') ?? 0, Number(m[1]));
}

function add(out: ScriptDate[], m: RegExpMatchArray, year: number, month: number, day: number): void {
  const found = ethiopicToGregorian(year, month, day);
  if (found) out.push({ ...found, text: m[0], index: m.index ?? 0, converted: true });
}
