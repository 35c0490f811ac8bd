/**
 * Dates in the forms Arabic, Persian, Hebrew and Japanese pages print them that the month-word
 * patterns of dates.ts do not read: Arabic months of every region (Egyptian "ديسمبر", Levantine
 * "كانون الأول", Moroccan "دجنبر", Algerian "ديسمبر"/"جانفي"), Hijri dates ("26 جمادى الآخرة
 * 1448 هـ", Umm al-Qura), Solar Hijri dates of Iran and Afghanistan ("۳۰ اردیبهشت ۱۴۰۴", "۱۲
 * اسد ۱۴۰۴"), Hebrew months with their preposition ("7 בדצמבר 2026") and Hebrew-calendar dates
 * in letters ("ה' בתשרי תשפ"ו"), and the Japanese month/day with its weekday ("12/7(月)"); digits
 * of other scripts (Arabic-Indic ٧, Persian ۷, full-width ７) are read as digits. Dates of other
 * calendars are converted (calendars.ts) and marked, so a Gregorian date beside them wins.
 */
import { hebrewToGregorian, hijriToGregorian, jalaliToGregorian, type Day } from './calendars';
import { ethiopicDates } from './dates-ethiopic';


/** A date found here; the caller's FoundDate with its place in the text. */
export interface ScriptDate {
  year: number | null;
  month: number;
  day: number;
  text: string;
  index: number;
  /** Converted from another calendar (Hijri, Solar Hijri, Hebrew): a Gregorian date printed beside it is preferred. */
  converted?: boolean;
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

// The months of the Solar Hijri year as Iran names them, then as Afghanistan does (the zodiac).
const PERSIAN_MONTHS: string[][] = [
  ['فروردین'], ['اردیبهشت'], ['خرداد'], ['تیر'], ['مرداد', 'امرداد'], ['شهریور'],
  ['مهر'], ['آبان', 'ابان'], ['آذر', 'اذر'], ['دی'], ['بهمن'], ['اسفند'],
];
const AFGHAN_MONTHS: string[][] = [['حمل'], ['ثور'], ['جوزا'], ['سرطان'], ['اسد'], ['سنبله'], ['میزان'], ['عقرب'], ['قوس'], ['جدی'], ['دلو'], ['حوت']];
// The Hebrew calendar's months ("בתשרי", "באדר ב'"), in the order calendars.ts numbers them.
const HEBREW_CALENDAR_MONTHS: string[][] = [
  ['תשרי'], ['חשון', 'חשוון', 'מרחשון', 'מרחשוון'], ['כסלו', 'כסליו'], ['טבת'], ['שבט'], ["אדר א'", 'אדר א׳', 'אדר ראשון'],
  ['אדר'], ["אדר ב'", 'אדר ב׳', 'אדר שני'], ['ניסן'], ['אייר', 'איר'], ['סיון', 'סיוון'], ['תמוז'], ['אב', 'מנחם אב'], ['אלול'],
];

/** A name as Persian and Arabic keyboards both type it (ی or ي, ک or ك). */
const bothKeyboards = (name: string): string[] => [...new Set([name, name.replace(/ی/gu, 'ي').replace(/ک/gu, 'ك')])];

function table(months: string[][], first = 1): { alternation: string; month: Map<string, number> } {
  const month = new Map<string, number>();
  months.forEach((forms, i) => forms.flatMap(bothKeyboards).forEach((f) => month.set(f, i + first)));
  // Longest first, so "كانون الثاني" is not read as a shorter name.
  const alternation = [...month.keys()].sort((a, b) => b.length - a.length).join('|');
  return { alternation, month };
}

const ARABIC = table(ARABIC_MONTHS);
const HIJRI = table(HIJRI_MONTHS);
const HEBREW = table(HEBREW_MONTHS);
const PERSIAN = table(PERSIAN_MONTHS);
const AFGHAN = table(AFGHAN_MONTHS);
const HEBREW_CALENDAR = table(HEBREW_CALENDAR_MONTHS, 0);
const NOT_LETTER = '(?![\\p{L}])';
// "7 كانون الأول 2026", "07 ديسمبر، 2026", "7 (ديسمبر) 2026"; the year may be missing.
const ARABIC_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?(${ARABIC.alternation})${NOT_LETTER}(?:\\s*[،,/-]?\\s*(\\d{4})(?!\\d))?`, 'gu');
// "26 جمادى الآخرة 1448 هـ".
const HIJRI_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${HIJRI.alternation})${NOT_LETTER}\\s*[،,]?\\s*(\\d{4})(?!\\d)(?:\\s*هـ?)?`, 'gu');
// "7 בדצמבר 2026", "7 ב-דצמבר", "07 דצמבר 2026".
const HEBREW_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(?:ב-?|ל-?)?(${HEBREW.alternation})${NOT_LETTER}(?:\\s*,?\\s*(\\d{4})(?!\\d))?`, 'gu');
// "۳۰ اردیبهشت ۱۴۰۴", "۰۲ خرداد ۱۴۰۴ - ۲۲:۱۵", "۱۰ خرداد" (this year); Afghanistan's "۱۲ اسد ۱۴۰۴"
// (with its year: its month names are common words).
const PERSIAN_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${PERSIAN.alternation})${NOT_LETTER}(?:\\s*[،,]?\\s*(1[2-5]\\d{2})(?!\\d))?`, 'gu');
const AFGHAN_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${AFGHAN.alternation})${NOT_LETTER}\\s*[،,]?\\s*(1[2-5]\\d{2})(?!\\d)`, 'gu');
// A number in Hebrew letters, as days and years are written: "ה'", "כ"ה", "תשפ"ו".
const HEBREW_NUMBER = `(?:[\\u05D0-\\u05EA]{1,3}["״][\\u05D0-\\u05EA]|[\\u05D0-\\u05EA]['׳])`;
// "ה' בתשרי תשפ"ו", "כ"ה בכסלו ה'תשפ"ז": day, month (with its preposition) and year, in letters.
const HEBREW_CALENDAR_DATE = new RegExp(
  `(?<![\\p{L}"'״׳])(${HEBREW_NUMBER})\\s*[בל]?-?(${HEBREW_CALENDAR.alternation})(?![\\p{L}])\\s*,?\\s*(?:ה['׳]\\s?)?(${HEBREW_NUMBER})`,
  'gu',
);
const THAI_SHORT = ['ม.ค', 'ก.พ', 'มี.ค', 'เม.ย', 'พ.ค', 'มิ.ย', 'ก.ค', 'ส.ค', 'ก.ย', 'ต.ค', 'พ.ย', 'ธ.ค'];
const THAI_SHORT_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${THAI_SHORT.map((m) => m.replace('.', '\\.')).join('|')})\\.?\\s*(\\d{2})(?![\\d:])`, 'gu');
// "12/7(月)", "12/7（月）": month and day with the weekday, no year.
const JAPANESE_MONTH_DAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\s*[(（][月火水木金土日][)）]/gu;

/** The Solar Hijri year `now` falls in. */
function jalaliYear(now: Date): number {
  const parts = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric' }).formatToParts(now);
  return Number.parseInt(parts.find((p) => p.type === 'year')?.value ?? '', 10);
}

/**
 * The Gregorian day of a Solar Hijri date; without its year, the last such day up to two days
 * after `now` (as toIsoDate does for a Gregorian date without one).
 */
function fromJalali(year: number | null, month: number, day: number, now: Date): Day | null {
  if (year !== null) return jalaliToGregorian(year, month, day);
  const thisYear = jalaliYear(now);
  const guess = jalaliToGregorian(thisYear, month, day);
  if (guess && Date.UTC(guess.year, guess.month - 1, guess.day) - now.getTime() > 2 * 86_400_000) return jalaliToGregorian(thisYear - 1, month, day);
  return guess;
}

/**
 * The Gregorian day of a numeric date whose year is of the Hijri or the Solar Hijri calendar
 * ("۱۴۰۴/۰۲/۳۰", "1446-11-23 هـ"): Hijri when marked "هـ" and not "هـ.ش", else whichever of the
 * two falls nearer `now` (this century's years of the two are forty apart).
 */
export function islamicNumericDate(year: number, month: number, day: number, mark: string, now: Date): Day | null {
  if (year < 1300 || year >= 1600) return null;
  if (/ه/u.test(mark) && !/ش/u.test(mark)) return hijriToGregorian(year, month, day);
  if (/ش/u.test(mark)) return jalaliToGregorian(year, month, day);
  const away = (d: Day | null): number => (d ? Math.abs(Date.UTC(d.year, d.month - 1, d.day) - now.getTime()) : Infinity);
  const [solar, lunar] = [jalaliToGregorian(year, month, day), hijriToGregorian(year, month, day)];
  return away(solar) <= away(lunar) ? solar : lunar;
}

/** The value of a number written in Hebrew letters ("כ"ה" 25, "תשפ"ו" 786). */
function hebrewNumber(letters: string): number {
  const VALUES = 'אבגדהוזחטיכלמנסעפצקרשת';
  const TENS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
  let sum = 0;
  for (const ch of letters) {
    const i = VALUES.indexOf(TENS[ch] ?? ch);
    if (i >= 0) sum += i < 9 ? i + 1 : i < 18 ? (i - 8) * 10 : (i - 17) * 100;
  }
  return sum;
}

/** The dates of the forms above in `text` (digits already ASCII), in no order; `now` dates a Solar Hijri day without its year. */
export function scriptDates(text: string, out: ScriptDate[], now: Date): void {
  if (/[\u0600-\u06FF]/u.test(text)) {
    for (const m of text.matchAll(ARABIC_DATE)) push(out, m, ARABIC.month.get(m[2] ?? ''));
    for (const m of text.matchAll(HIJRI_DATE)) {
      convert(out, m, hijriToGregorian(Number(m[3]), HIJRI.month.get(m[2] ?? '') ?? 0, Number(m[1])));
    }
    for (const m of text.matchAll(PERSIAN_DATE)) {
      convert(out, m, fromJalali(m[3] ? Number(m[3]) : null, PERSIAN.month.get(m[2] ?? '') ?? 0, Number(m[1]), now));
    }
    for (const m of text.matchAll(AFGHAN_DATE)) convert(out, m, jalaliToGregorian(Number(m[3]), AFGHAN.month.get(m[2] ?? '') ?? 0, Number(m[1])));
  }
  if (/[\u0590-\u05FF]/u.test(text)) {
    for (const m of text.matchAll(HEBREW_DATE)) push(out, m, HEBREW.month.get(m[2] ?? ''));
    for (const m of text.matchAll(HEBREW_CALENDAR_DATE)) {
      const [day, year] = [hebrewNumber(m[1] ?? ''), 5000 + hebrewNumber(m[3] ?? '')];
      convert(out, m, hebrewToGregorian(year, HEBREW_CALENDAR.month.get(m[2] ?? '') ?? -1, day));
    }
  }
  if (/[\u1200-\u137F]/u.test(text)) ethiopicDates(text, out);
  // "20 พ.ค. 68": a Thai short month and the Buddhist-era year in two digits (2568 is 2025).
  for (const m of text.matchAll(THAI_SHORT_YEAR)) {
    const month = THAI_SHORT.indexOf(m[2] ?? '') + 1;
    const day = Number(m[1]);
    if (month > 0 && day >= 1 && day <= 31) out.push({ year: 2500 + Number(m[3]) - 543, month, day, text: m[0], index: m.index ?? 0 });
  }
  for (const m of text.matchAll(JAPANESE_MONTH_DAY)) {
    const [month, day] = [Number(m[1]), Number(m[2])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.push({ year: null, month, day, text: m[0], index: m.index });
  }
}

function convert(out: ScriptDate[], m: RegExpMatchArray, day: Day | null): void {
  if (day) out.push({ ...day, text: m[0], index: m.index ?? 0, converted: true });
}

function push(out: ScriptDate[], m: RegExpMatchArray, month: number | undefined): void {
  const day = Number(m[1]);
  const year = m[3] ? Number(m[3]) : null;
  if (month === undefined || day < 1 || day > 31 || (year !== null && (year < 1800 || year > 2200))) return;
  out.push({ year, month, day, text: m[0], index: m.index ?? 0 });
}
