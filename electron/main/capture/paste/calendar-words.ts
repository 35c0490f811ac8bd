/**
 * Month and weekday names in the languages the world's press is written in (data generated from
 * ICU by data/generate-calendar-words.ts): long and short forms, standalone and as used in a
 * date ("марта", "marca", "Μαρτίου"). Lookups fold case, accents and a final stop, so "MÄRZ",
 * "Márc." and "μαρτιου" are found.
 */
import calendarData from './data/calendar-words.json';
import { foldWord } from './fold';

export { foldWord };

// Abbreviations ICU does not give but papers print ("Sept.", "Juli"…).
const EXTRA: Record<string, number> = {
  sept: 9, juni: 6, juli: 7, marz: 3, agt: 8, ags: 8, okt: 10, des: 12, mrt: 3, mei: 5,
  dic: 12, ene: 1, abr: 4, ago: 8, set: 9, out: 10, dez: 12, gen: 1, febr: 2, szept: 9,
  // Thai short months, which ICU gives only in part once folded.
  'ม.ค': 1, 'ก.พ': 2, 'มี.ค': 3, 'เม.ย': 4, 'พ.ค': 5, 'มิ.ย': 6, 'ก.ค': 7, 'ส.ค': 8, 'ก.ย': 9, 'ต.ค': 10, 'พ.ย': 11, 'ธ.ค': 12,
};

interface Tables {
  /** Per language: folded month word → month number (1–12). */
  byLang: Map<string, Map<string, number>>;
  /** Every language together; the first language listed wins a shared spelling. */
  any: Map<string, number>;
  weekdays: Set<string>;
}

let tables: Tables | null = null;

function build(): Tables {
  const data = calendarData as unknown as { months: Record<string, string[][]>; weekdays: string[] };
  const byLang = new Map<string, Map<string, number>>();
  const any = new Map<string, number>();
  for (const [lang, months] of Object.entries(data.months)) {
    const map = new Map<string, number>();
    months.forEach((forms, m) => {
      for (const form of forms) {
        if (!map.has(form)) map.set(form, m + 1);
        if (!any.has(form)) any.set(form, m + 1);
      }
    });
    byLang.set(lang, map);
  }
  for (const [word, month] of Object.entries(EXTRA)) if (!any.has(word)) any.set(word, month);
  return { byLang, any, weekdays: new Set(data.weekdays) };
}

/**
 * The month (1–12) a word names, or null. The article's language is asked first, so a word
 * two languages spell alike ("listopad": November in Czech, October in Croatian) reads right.
 */
export function monthOf(word: string, lang: string | null): number | null {
  tables ??= build();
  const key = foldWord(word);
  if (lang) {
    const own = tables.byLang.get(lang === 'nb' || lang === 'nn' ? 'no' : lang)?.get(key) ?? tables.byLang.get('en')?.get(key);
    if (own !== undefined) return own;
    // A short form of another language is too often a word of this one ("10 out of 12"), unless
    // it is capitalised as months are in datelines ("12 Mac", "MAR") or its script has no case ("मे").
    if (key.length <= 3 && /^\p{Ll}/u.test(word)) return null;
  }
  return tables.any.get(key) ?? null;
}

/** True when `word` names a day of the week in one of the languages read. */
export function isWeekday(word: string): boolean {
  tables ??= build();
  return tables.weekdays.has(foldWord(word));
}
