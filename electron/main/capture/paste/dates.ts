/**
 * Finding publication dates in pasted lines, in the languages chrono-node reads plus the numeric
 * forms (17.04.2025, 2025-04-17, 17/04/2025) and Czech month names, which chrono lacks.
 */
import * as chrono from 'chrono-node';

/** A calendar date found in text; `year` is null when the text gave none ("March 3"). */
export interface FoundDate {
  year: number | null;
  month: number;
  day: number;
  /** The matched text. */
  text: string;
}

export interface DateOptions {
  now: Date;
  /** ISO 639-1 language of the article, to choose the parser and day/month order. */
  lang: string | null;
}

const LOCALES: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  it: chrono.it.casual,
  nl: chrono.nl.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  sv: chrono.sv.casual,
  fi: chrono.fi.casual,
  ja: chrono.ja.casual,
  zh: chrono.zh.casual,
};
const FALLBACK_ORDER = ['en', 'de', 'fr', 'es', 'ru', 'pt', 'it', 'nl', 'uk', 'sv', 'fi'];
// Relative dates ("2 hours ago", "vor 3 Stunden") are taken on date lines; a bare time is not a date.
const RELATIVE = /ago|vor\s+\d|il y a|hace|назад|před|yesterday|today|gestern|heute|hier|aujourd|ayer|hoy|вчера|сегодня|včera|dnes/iu;

const CS_MONTHS = [
  'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince',
];
const CS_DATE = new RegExp(`\\b(\\d{1,2})\\.\\s*(${CS_MONTHS.join('|')})(?:\\s+(\\d{4}))?`, 'iu');

function valid(year: number | null, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && (year === null || (year >= 1800 && year <= 2200));
}

/** Numeric dates, which every locale writes in one of three orders. */
function numericDate(text: string, lang: string | null): FoundDate | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (valid(y, m, d)) return { year: y, month: m, day: d, text: iso[0] };
  }
  const dotted = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(text);
  if (dotted) {
    const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    if (valid(y, m, d)) return { year: y, month: m, day: d, text: dotted[0] };
  }
  const slashed = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (slashed) {
    let [a, b] = [Number(slashed[1]), Number(slashed[2])];
    const y = Number(slashed[3]);
    // US English writes month first, everyone else day first; a value above 12 settles it.
    const monthFirst = b > 12 || (a <= 12 && (lang === 'en' || lang === null));
    if (monthFirst) [a, b] = [b, a];
    if (valid(y, b, a)) return { year: y, month: b, day: a, text: slashed[0] };
  }
  const cs = CS_DATE.exec(text);
  if (cs?.[2]) {
    const m = CS_MONTHS.indexOf(cs[2].toLowerCase()) + 1;
    const y = cs[3] ? Number(cs[3]) : null;
    if (valid(y, m, Number(cs[1]))) return { year: y, month: m, day: Number(cs[1]), text: cs[0] };
  }
  return null;
}

/**
 * The first date in `text` that names a day and a month, or null.
 * @param relative also accept relative dates ("3 hours ago", "gestern"), resolved against now
 */
export function findDate(text: string, options: DateOptions, relative = false): FoundDate | null {
  const numeric = numericDate(text, options.lang);
  if (numeric) return numeric;
  // Every date names a day by number, or is relative ("yesterday"); other text is not parsed.
  if (!/\d/.test(text) && !(relative && RELATIVE.test(text))) return null;
  // The article's language first; pages mix languages (an English site's Russian wire copy).
  const order = [...new Set([options.lang ?? 'en', ...FALLBACK_ORDER])].filter((code) => LOCALES[code]);
  for (const code of order) {
    const parser = LOCALES[code];
    if (!parser) continue;
    for (const result of parser.parse(text, options.now)) {
      const start = result.start;
      const explicit = start.isCertain('day') && start.isCertain('month');
      if (!explicit && !(relative && RELATIVE.test(result.text))) {
        continue;
      }
      const year = start.isCertain('year') || !explicit ? (start.get('year') ?? null) : null;
      const month = start.get('month') ?? 0;
      const day = start.get('day') ?? 0;
      if (valid(year, month, day)) return { year, month, day, text: result.text.trim() };
    }
  }
  return null;
}

// What may surround a date on a line that is only a date: labels, weekdays, times, zones.
const DATE_LINE_NOISE =
  /(?<![\p{L}])(?:published|updated|last updated|posted|first published|modified|on|at|am|um|uhr|stand|veröffentlicht|aktualisiert|zuletzt|erschienen|publié|publiée|le|mis à jour|à|publicado|actualizado|el|a las|de|aktualizováno|publikováno|v|в|опубликовано|обновлено|gmt|utc|cet|cest|mez|mesz|est|edt|pst|pdt|bst|ist|msk|a\.m\.|p\.m\.|am|pm|h|hrs|minutes?|hours?|days?|ago|vor|stunden?|minuten?|tagen?|il y a|heures?|hace|horas?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}])/giu;

/** A date when `line` is nothing but a date (with labels, weekday and time), else null. */
export function dateLine(raw: string, options: DateOptions): FoundDate | null {
  if (raw.length > 160) return null;
  // "Publié le 3 mars 2025 · Mis à jour le 4 mars 2025": every part a date, the first one counts.
  const parts = raw.split(/\s+[·•|]\s+/u);
  if (parts.length > 1) {
    const dates = parts.map((part) => dateLine(part, options));
    return dates.every((d) => d !== null) ? dates[0] ?? null : null;
  }
  if (raw.length > 120) return null;
  // Copied page widgets run together: "March 3, 20258:14 AM GMT+1Updated 2 hours ago".
  const line = raw.replace(/\b(\d{4})(\d{1,2}:\d{2})/g, '$1 $2').replace(/([\p{Ll}\d])(\p{Lu}\p{Ll})/gu, '$1 $2');
  const found = findDate(line, options, true);
  if (!found) return null;
  const rest = line
    .replace(found.text, ' ')
    .replace(/[+-]\d{1,2}(?::\d{2})?\b/g, ' ')
    .replace(DATE_LINE_NOISE, ' ')
    .replace(/\d{1,2}\s*[:.h]\s*\d{2}/g, ' ')
    .replace(/[^\p{L}]+/gu, '');
  return rest.length <= 3 ? found : null;
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
