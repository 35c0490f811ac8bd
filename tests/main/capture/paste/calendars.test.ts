/**
 * Dates printed in other calendars: Solar Hijri (Iran's "۳۰ اردیبهشت ۱۴۰۴", "۱۴۰۴/۰۲/۳۰",
 * Afghanistan's "۱۲ اسد ۱۴۰۴"), Hebrew ("ה' בתשרי תשפ"ו"), Ethiopian ("ግንቦት 12/2017"), numeric Hijri ("1446/11/23 هـ"),
 * converted to the Gregorian day; a Gregorian date printed beside one wins.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { ethiopicToGregorian, hebrewToGregorian, jalaliToGregorian } from '../../../../electron/main/capture/paste/calendars';
import { dateLine, findDate } from '../../../../electron/main/capture/paste/dates';

const now = new Date('2025-06-01T12:00:00Z');
const paste = (...lines: string[]): string => lines.join('\n\n');
const PERSIAN_BODY = paste(
  'رئیس سازمان توسعه تجارت گفت: صادرات غیرنفتی کشور در دو ماه نخست امسال با رشد ۱۲ درصدی نسبت به مدت مشابه سال گذشته به ۸.۴ میلیارد دلار رسید.',
  'وی افزود: چین، عراق، امارات متحده عربی، ترکیه و افغانستان پنج مقصد اصلی صادرات کالاهای ایرانی بودند و این روند ادامه دارد.',
);
const iso = (d: { year: number | null; month: number; day: number } | null): string | null =>
  d === null ? null : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

describe('the Solar Hijri calendar', () => {
  it('converts with ICU: Nowruz, both halves of the year, a leap year\'s last day', () => {
    const days = [[1404, 1, 1], [1404, 2, 30], [1404, 9, 16], [1403, 12, 30], [1404, 12, 30]] as const;
    expect(days.map(([y, m, d]) => iso(jalaliToGregorian(y, m, d)))).toEqual(['2025-03-21', '2025-05-20', '2025-12-07', '2025-03-20', null]);
  });

  it('reads Iranian month names with Persian digits, a weekday, a time and labels', () => {
    const lines = ['۳۰ اردیبهشت ۱۴۰۴، ۱۰:۳۲', '۰۲ خرداد ۱۴۰۴ - ۲۲:۱۵', 'پنج‌شنبه ۱ خرداد ۱۴۰۴ ساعت ۱۰:۳۰', 'تاریخ انتشار: ۱۴۰۴/۰۲/۳۰ - ۱۰:۲۳'];
    expect(lines.map((l) => iso(dateLine(l, { now, lang: 'fa' })))).toEqual(['2025-05-20', '2025-05-23', '2025-05-22', '2025-05-20']);
    const lang = 'fa';
    // Typed on an Arabic keyboard (ي), and Afghanistan's month names.
    expect(iso(findDate('۳۰ ارديبهشت ۱۴۰۴', { now, lang }))).toBe('2025-05-20');
    expect(iso(findDate('۱۲ اسد ۱۴۰۴', { now, lang }))).toBe('2025-08-03');
  });

  it('dates a Solar Hijri day without its year in the year before the paste', () => {
    expect(iso(findDate('۱۰ خرداد', { now, lang: 'fa' }))).toBe('2025-05-31');
    expect(iso(findDate('۲۰ اسفند', { now, lang: 'fa' }))).toBe('2025-03-10');
  });

  it('dates a Persian article from its stamp', () => {
    const article = parsePaste(
      paste(
        'افزایش ۱۲ درصدی صادرات غیرنفتی در دو ماه نخست سال',
        '۳۰ اردیبهشت ۱۴۰۴، ۱۰:۳۲',
        PERSIAN_BODY,
      ),
      { now },
    );
    expect(article.publishedAt).toBe('2025-05-20');
  });

  it('takes no bare line beside the stamp for the author: Persian pages label their writers ("گروه اقتصادی" is a desk)', () => {
    const article = parsePaste(paste('افزایش صادرات غیرنفتی در دو ماه نخست سال', '۳۰ اردیبهشت ۱۴۰۴، ۱۰:۳۲', 'گروه اقتصادی', PERSIAN_BODY), { now });
    expect(article.publishedAt).toBe('2025-05-20');
    expect(article.author).toBeNull();
  });
});

describe('numeric dates of the Hijri calendars', () => {
  it('reads a year of the 1400s as Solar Hijri or Hijri, by its mark or by which is nearer', () => {
    expect(iso(findDate('۱۴۰۴/۰۲/۳۰', { now, lang: 'fa' }))).toBe('2025-05-20');
    expect(iso(findDate('1446/11/23 هـ', { now, lang: 'ar' }))).toBe('2025-05-21');
    expect(iso(findDate('1446-11-23', { now, lang: 'ar' }))).toBe('2025-05-21');
  });
});

describe('the Hebrew calendar', () => {
  it('converts with ICU, leap-year Adar included', () => {
    // 5 Tishri 5786; Purim in a common year (Adar) and a leap year (Adar II); Passover.
    const days = [[5786, 0, 5], [5785, 6, 14], [5784, 7, 14], [5785, 8, 15]] as const;
    expect(days.map(([y, m, d]) => iso(hebrewToGregorian(y, m, d)))).toEqual(['2025-09-27', '2025-03-14', '2024-03-24', '2025-04-13']);
  });

  it('reads a date in letters, and prefers the Gregorian date printed beside it', () => {
    const lang = 'he';
    expect(iso(dateLine('ה\' בתשרי תשפ"ו', { now, lang }))).toBe('2025-09-27');
    expect(iso(dateLine('יום ראשון, כ"ה בכסלו ה\'תשפ"ז', { now, lang }))).toBe('2026-12-05');
    expect(iso(dateLine('ט"ו בניסן תשפ"ה 13:05', { now, lang }))).toBe('2025-04-13');
    expect(iso(dateLine('ד\' בתשרי תשפ"ו, 26 בספטמבר 2025', { now, lang }))).toBe('2025-09-26');
  });
});

describe('the Ethiopian calendar and Thai short dates', () => {
  it('converts Ethiopian dates with ICU: new year, Pagume, a day in Ginbot', () => {
    const days = [[2017, 1, 1], [2017, 13, 5], [2017, 9, 12], [2018, 1, 1]] as const;
    expect(days.map(([y, m, d]) => iso(ethiopicToGregorian(y, m, d)))).toEqual(['2024-09-11', '2025-09-10', '2025-05-20', '2025-09-11']);
  });

  it('reads the forms Amharic pages print', () => {
    const lines = ['ግንቦት 12/2017', 'ግንቦት 12 ቀን 2017 ዓ.ም', '12 ግንቦት 2017', 'ሰኞ ታህሳስ 7 ቀን 2018 ዓ.ም'];
    expect(lines.map((l) => iso(findDate(l, { now, lang: 'am' })))).toEqual(['2025-05-20', '2025-05-20', '2025-05-20', '2025-12-16']);
  });

  it('reads Thai short months with their stops and Buddhist-era years of four or two digits', () => {
    const lines = ['20 พ.ค. 2568', 'อังคาร 20 พ.ค. 68 10:32 น.', '1 มี.ค. 2568', 'วันอังคารที่ 20 พฤษภาคม พ.ศ. 2568'];
    expect(lines.map((l) => iso(findDate(l, { now, lang: 'th' })))).toEqual(['2025-05-20', '2025-05-20', '2025-03-01', '2025-05-20']);
    expect(iso(findDate('20 พ.ค. 10:32', { now, lang: 'th' }))).toBe('null-05-20');
  });
});
