/**
 * Dates in the forms Arabic, Hebrew and Japanese pages print them that the month-word patterns
 * of dates.ts do not read: Arabic months of every region (Egyptian "ديسمبر", Levantine "كانون
 * الأول", Moroccan "دجنبر", Algerian "ديسمبر"/"جانفي"), Hijri dates ("26 جمادى الآخرة 1448 هـ",
 * converted with the Umm al-Qura calendar), Hebrew months with their preposition ("7 בדצמבר
 * 2026"), and the Japanese month/day with its weekday ("12/7(月)"); digits of other scripts
 * (Arabic-Indic ٧, Persian ۷, full-width ７) are read as digits.
 */

/** A date found here; the caller's FoundDate with its place in the text. */
export interface ScriptDate {
  year: number | null;
  month: number;
  day: number;
  text: string;
  index: number;
  /** Converted from the Hijri calendar: a Gregorian date printed beside it is preferred. */
  hijri?: boolean;
}

// The zero of each script's digits read as digits: Arabic-Indic, Persian, Devanagari, Bengali,
// Thai, Burmese, Khmer, full-width (each a run of ten code points from its zero).
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x1040, 0x17e0, 0xff10];
/** Any digit of the scripts above (not ASCII). */
export const OTHER_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0E50-\u0E59\u1040-\u1049\u17E0-\u17E9\uFF10-\uFF19]/gu;

/** `text` with the digits of other scripts (Arabic-Indic ٧, Persian ۷, Devanagari ७, Burmese ၇, full-width ７…) as ASCII ones (same length). */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (d) => {
    const c = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.findLast((z) => c >= z) ?? 0;
    return String(c - zero);
  });
}

// Arabic month names, month by month: Egypt and the Gulf, the Levant and Iraq, the Maghreb.
const ARABIC_MONTHS: string[][] = [
  ['يناير', 'كانون الثاني', 'جانفي', 'ينير'],
  ['فبراير', 'شباط', 'فيفري', 'فبرير'],
  ['مارس', 'آذار', 'اذار', 'أذار'],
  ['أبريل', 'ابريل', 'إبريل', 'نيسان', 'أفريل', 'افريل'],
  ['مايو', 'أيار', 'ايار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية', 'يوليوز'],
  ['أغسطس', 'اغسطس', 'آب', 'اب', 'أوت', 'اوت', 'غشت'],
  ['سبتمبر', 'أيلول', 'ايلول', 'شتنبر'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'أكتوير'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الأول', 'كانون الاول', 'دجنبر'],
];
const HIJRI_MONTHS: string[][] = [
  ['محرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع الاول', 'ربيع أول'],
  ['ربيع الآخر', 'ربيع الثاني', 'ربيع الاخر', 'ربيع ثاني'],
  ['جمادى الأولى', 'جمادى الاولى', 'جمادي الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الاخرة', 'جمادى الثانية', 'جمادي الآخرة', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];
const HEBREW_MONTHS: string[][] = [
  ['ינואר'], ['פברואר'], ['מרץ', 'מרס'], ['אפריל'], ['מאי'], ['יוני'], ['יולי'], ['אוגוסט'], ['ספטמבר'], ['אוקטובר'], ['נובמבר'], ['דצמבר'],
];

function table(months: string[][]): { alternation: string; month: Map<string, number> } {
  const month = new Map<string, number>();
  months.forEach((forms, i) => forms.forEach((f) => month.set(f, i + 1)));
  // Longest first, so "كانون الثاني" is not read as a shorter name.
  const alternation = [...month.keys()].sort((a, b) => b.length - a.length).join('|');
  return { alternation, month };
}

const ARABIC = table(ARABIC_MONTHS);
const HIJRI = table(HIJRI_MONTHS);
const HEBREW = table(HEBREW_MONTHS);
const NOT_LETTER = '(?![\\p{L}])';
// "7 كانون الأول 2026", "07 ديسمبر، 2026", "7 (ديسمبر) 2026"; the year may be missing.
const ARABIC_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${ARABIC.alternation})${NOT_LETTER}(?:\\s*[،,/-]?\\s*(\\d{4})(?!\\d))?`, 'gu');
// "26 جمادى الآخرة 1448 هـ".
const HIJRI_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${HIJRI.alternation})${NOT_LETTER}\\s*[،,]?\\s*(\\d{4})(?!\\d)(?:\\s*هـ?)?`, 'gu');
// "7 בדצמבר 2026", "7 ב-דצמבר", "07 דצמבר 2026".
const HEBREW_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:ב-?|ל-?)?(${HEBREW.alternation})${NOT_LETTER}(?:\\s*,?\\s*(\\d{4})(?!\\d))?`, 'gu');
// "12/7(月)", "12/7（月）": month and day with the weekday, no year.
const JAPANESE_MONTH_DAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\s*[(（][月火水木金土日][)）]/gu;

const DAY_MS = 86_400_000;

/** The Gregorian day of a Hijri date (Umm al-Qura), or null when out of the calendar's range. */
export function hijriToGregorian(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  if (year < 1300 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  // The tabular calendar puts it within a day or two; the Umm al-Qura calendar settles it.
  const epoch = Date.UTC(622, 6, 19);
  const approx = epoch + ((year - 1) * 354.36667 + (month - 1) * 29.5306 + (day - 1)) * DAY_MS;
  const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  for (const offset of [0, -1, 1, -2, 2, -3, 3, -4, 4]) {
    const t = approx + offset * DAY_MS;
    const parts = format.formatToParts(new Date(t));
    const get = (type: string): number => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
    if (get('year') === year && get('month') === month && get('day') === day) {
      const d = new Date(t);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
  }
  return null;
}

/** The dates of the forms above in `text` (digits already ASCII), in no order. */
export function scriptDates(text: string, out: ScriptDate[]): void {
  if (/[\u0600-\u06FF]/u.test(text)) {
    for (const m of text.matchAll(ARABIC_DATE)) push(out, m, ARABIC.month.get(m[2] ?? ''));
    for (const m of text.matchAll(HIJRI_DATE)) {
      const g = hijriToGregorian(Number(m[3]), HIJRI.month.get(m[2] ?? '') ?? 0, Number(m[1]));
      if (g) out.push({ ...g, text: m[0], index: m.index, hijri: true });
    }
  }
  if (/[\u0590-\u05FF]/u.test(text)) for (const m of text.matchAll(HEBREW_DATE)) push(out, m, HEBREW.month.get(m[2] ?? ''));
  for (const m of text.matchAll(JAPANESE_MONTH_DAY)) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.push({ year: null, month, day, text: m[0], index: m.index });
  }
}

function push(out: ScriptDate[], m: RegExpMatchArray, month: number | undefined): void {
  const day = Number(m[1]);
  const year = m[3] ? Number(m[3]) : null;
  if (month === undefined || day < 1 || day > 31 || (year !== null && (year < 1800 || year > 2200))) return;
  out.push({ year, month, day, text: m[0], index: m.index ?? 0 });
}
