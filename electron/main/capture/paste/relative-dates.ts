/**
 * Relative dates as pages print them in many languages, read against the clock of the paste (a
 * page copied live): "5 घंटे पहले", "před 3 hodinami", "2 godziny temu", "vor 2 Stunden",
 * "3 saat önce", "منذ 3 ساعات", "3小时前", "3시간 전", "2 órája", "vandaag, 14:32", "gisteren".
 * Seconds, minutes, hours, days and weeks; months and years ago are too vague to date a page.
 * chrono-node (dates.ts) still reads what this does not ("an hour ago", "yesterday at 5 pm").
 */

/** A relative date read: the day it names and the words that named it. */
export interface RelativeDate {
  year: number;
  month: number;
  day: number;
  text: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The beginnings of the words for each unit (any ending follows: "hodinami", "godziny", "Stunden").
const UNITS: Array<{ ms: number; stems: string }> = [
  { ms: 1000, stems: 'sec|sek|seg|сек|ثاني|ثان|ثانیه|שני|δευτ|सेकंड|সেকেন্ড|秒|초|giây|detik' },
  {
    ms: MINUTE,
    stems: 'min|мин|хвилин|dakika|perc|دقيق|دقائق|دقیقه|דק|λεπτ|मिनट|মিনিট|分钟|分鐘|分|분|phút|menit',
  },
  {
    ms: HOUR,
    stems:
      'hour|hr|stund|heure|hora|ora|ore|uur|godzin|hodin|час|годин|saat|tunti|tuntia|time|timer|timme|timmar|óra|ساعة|ساعات|ساعت|שעה|שעות|ώρα|ώρες|घंट|ঘণ্টা|小时|小時|時間|시간|giờ|jam',
  },
  {
    ms: DAY,
    stems: 'day|tag|jour|día|dia|giorn|dag|dni|dní|dzień|den|dny|дн|день|дня|дней|дні|днів|gün|päivä|nap|يوم|أيام|ايام|روز|יום|ימים|μέρ|ημέρ|दिन|দিন|天|日|일|ngày|hari',
  },
  { ms: 7 * DAY, stems: 'week|woche|semaine|semana|settiman|tydzień|tygodni|týd|недел|тижн|hafta|viikko|uke|uge|veck|hét|أسبوع|أسابيع|هفته|שבוע|εβδομάδ|हफ्त|सप्ताह|সপ্তাহ|周|週|주|tuần|minggu' },
];
// Words that say "ago" after the amount ("2 hours ago", "3小时前") or before it ("vor 2 Stunden").
const AFTER = 'ago|geleden|temu|sitten|siden|sedan|önce|once|назад|тому|पहले|পূর্বে|আগে|پیش|قبل|前|전|trước|yang lalu|lalu|fa';
const BEFORE = 'vor|il y a|hace|há|před|pred|prije|пре|преди|منذ|לפני|πριν από|πριν';
// Hungarian says it with a suffix: "5 perce", "2 órája", "3 napja", "1 hete".
const HUNGARIAN: Record<string, number> = { perce: MINUTE, órája: HOUR, napja: DAY, hete: 7 * DAY };

const UNIT = `(${UNITS.map((u) => u.stems).join('|')})[\\p{L}\\p{M}]*?`;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])';
const AGO_AFTER = new RegExp(`(\\d{1,3})\\s*${UNIT}\\s*(?:${AFTER})${NOT_LETTER_AFTER}`, 'iu');
const AGO_BEFORE = new RegExp(`${NOT_LETTER_BEFORE}(?:${BEFORE})\\s+(\\d{1,3})\\s*${UNIT}${NOT_LETTER_AFTER}`, 'iu');
const HUNGARIAN_AGO = new RegExp(`(\\d{1,3})\\s*(${Object.keys(HUNGARIAN).join('|')})${NOT_LETTER_AFTER}`, 'iu');

const TODAY =
  "today|vandaag|heute|aujourd'hui|aujourd’hui|hoy|hoje|oggi|dzisiaj|dziś|dnes|bugün|сегодня|сьогодні|днес|σήμερα|idag|i dag|tänään|hari ini|hôm nay|今天|今日|오늘|आज|আজ|امروز|اليوم|היום";
const YESTERDAY = 'yesterday|gisteren|gestern|hier|ayer|ontem|ieri|wczoraj|včera|tegnap|dün|вчера|вчора|χθες|igår|i går|eilen|kemarin|hôm qua|昨天|昨日|어제|গতকাল|دیروز|أمس|امس|אתמול';
const DAY_WORD = new RegExp(`${NOT_LETTER_BEFORE}(?:(${TODAY})|(${YESTERDAY}))${NOT_LETTER_AFTER}`, 'iu');

function unitOf(stem: string): number | null {
  const key = stem.toLowerCase();
  for (const u of UNITS) {
    if (u.stems.split('|').some((s) => key.startsWith(s.toLowerCase()))) return u.ms;
  }
  return null;
}

function dayOf(t: number, text: string): RelativeDate {
  const d = new Date(t);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), text: text.trim() };
}

/** The day a relative date in `text` names, counted back from `now`; null when there is none. */
export function relativeDate(text: string, now: Date): RelativeDate | null {
  const amount = AGO_AFTER.exec(text) ?? AGO_BEFORE.exec(text);
  if (amount) {
    const ms = unitOf(amount[2] ?? '');
    if (ms !== null) return dayOf(now.getTime() - Number(amount[1]) * ms, amount[0]);
  }
  const suffixed = HUNGARIAN_AGO.exec(text);
  if (suffixed) return dayOf(now.getTime() - Number(suffixed[1]) * (HUNGARIAN[(suffixed[2] ?? '').toLowerCase()] ?? 0), suffixed[0]);
  const word = DAY_WORD.exec(text);
  if (word) return dayOf(now.getTime() - (word[2] ? DAY : 0), word[0]);
  return null;
}
