/**
 * The Gregorian day of a date printed in another calendar: Hijri (Umm al-Qura, as Saudi and Gulf
 * pages print it), Solar Hijri (Jalali: Iran and Afghanistan), Hebrew and Ethiopian. Each is found by
 * asking ICU's calendars (Intl.DateTimeFormat with `-u-ca-…`, in Node's full ICU) about the
 * days around an arithmetic estimate, so the leap rules are ICU's, not ours.
 */

/** A Gregorian calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(calendar: string, month: 'numeric' | 'long'): Intl.DateTimeFormat {
  const key = `${calendar}|${month}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month, day: 'numeric' });
    formats.set(key, f);
  }
  return f;
}

/** The first day within `reach` days of `approx` (nearest first) that `calendar` shows as year/month/day. */
function search(calendar: string, approx: number, reach: number, want: { year: number; month: number | string[]; day: number }): Day | null {
  const named = Array.isArray(want.month);
  const f = format(calendar, named ? 'long' : 'numeric');
  for (let step = 0; step <= 2 * reach; step++) {
    const offset = step % 2 === 0 ? step / 2 : -(step + 1) / 2;
    const t = approx + offset * DAY_MS;
    const parts = f.formatToParts(new Date(t));
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    if (Number.parseInt(get('year'), 10) !== want.year || Number.parseInt(get('day'), 10) !== want.day) continue;
    const month = get('month');
    if (named ? (want.month as string[]).includes(month) : Number.parseInt(month, 10) === want.month) {
      const d = new Date(t);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
  }
  return null;
}

/** The Gregorian day of a Hijri date (Umm al-Qura), or null when out of the calendar's range. */
export function hijriToGregorian(year: number, month: number, day: number): Day | null {
  if (year < 1300 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  // The tabular calendar puts it within a day or two; the Umm al-Qura calendar settles it.
  const approx = Date.UTC(622, 6, 19) + ((year - 1) * 354.36667 + (month - 1) * 29.5306 + (day - 1)) * DAY_MS;
  return search('islamic-umalqura', approx, 4, { year, month, day });
}

/**
 * The Gregorian day of a Solar Hijri (Jalali) date ("۳۰ اردیبهشت ۱۴۰۴" is 20 May 2025), or
 * null when there is no such day. The year starts at Nowruz (20 or 21 March); its first six
 * months have 31 days, the next five 30, the last 29 or 30.
 */
export function jalaliToGregorian(year: number, month: number, day: number): Day | null {
  if (year < 1200 || year > 1700 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  return search('persian', Date.UTC(year + 621, 2, 21) + dayOfYear * DAY_MS, 3, { year, month, day });
}

/**
 * The Gregorian day of an Ethiopian-calendar date ("ግንቦት 12/2017" is 20 May 2025), or null. The
 * year starts on 11 or 12 September; twelve months of 30 days and Pagume (13) of 5 or 6.
 */
export function ethiopicToGregorian(year: number, month: number, day: number): Day | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 13 || day < 1 || day > 30) return null;
  return search('ethiopic', Date.UTC(year + 7, 8, 11) + ((month - 1) * 30 + day - 1) * DAY_MS, 3, { year, month, day });
}

/**
 * The months of the Hebrew year from Tishri, as ICU names them in English, with how many months
 * after Tishri each begins (a leap year adds "Adar I" before Adar: halfway between the two).
 * A plain "Adar" is Adar II in a leap year.
 */
const HEBREW_MONTHS: Array<{ names: string[]; after: number }> = [
  { names: ['Tishri'], after: 0 }, { names: ['Heshvan'], after: 1 }, { names: ['Kislev'], after: 2 },
  { names: ['Tevet'], after: 3 }, { names: ['Shevat'], after: 4 }, { names: ['Adar I'], after: 5 },
  { names: ['Adar', 'Adar II'], after: 5.5 }, { names: ['Adar II'], after: 6 }, { names: ['Nisan'], after: 6.5 },
  { names: ['Iyar'], after: 7.5 }, { names: ['Sivan'], after: 8.5 }, { names: ['Tamuz'], after: 9.5 },
  { names: ['Av'], after: 10.5 }, { names: ['Elul'], after: 11.5 },
];

/**
 * The Gregorian day of a Hebrew-calendar date ("ה' בתשרי תשפ"ו" is 27 September 2025), or null.
 * @param month 0 Tishri, 1 Heshvan, 2 Kislev, 3 Tevet, 4 Shevat, 5 Adar I, 6 Adar, 7 Adar II, 8 Nisan,
 *   9 Iyar, 10 Sivan, 11 Tamuz, 12 Av, 13 Elul
 */
export function hebrewToGregorian(year: number, month: number, day: number): Day | null {
  const known = HEBREW_MONTHS[month];
  if (!known || year < 5600 || year > 6000 || day < 1 || day > 30) return null;
  // Tishri 1 falls between 5 September and 5 October; later months follow at about 29.5 days.
  const approx = Date.UTC(year - 3761, 8, 20) + (known.after * 29.53 + day - 1) * DAY_MS;
  return search('hebrew', approx, 40, { year, month: known.names, day });
}
