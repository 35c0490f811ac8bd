/**
 * Month and weekday names in the languages the world's press is written in, generated once from
 * the ICU data Node ships (Intl.DateTimeFormat) rather than typed by hand: every language's
 * long and short forms, standalone and as used in a date (the genitive of Slavic languages and
 * Greek: "марта", "marca", "Μαρτίου"). Keys are folded: lower case, without accents, without a
 * final full stop, so "MÄRZ", "Márc." and "μαρτιου" are found.
 */

/** Languages whose month names are read, in order of precedence where two share a spelling. */
const LOCALES = [
  'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'nb', 'da', 'fi', 'pl', 'cs', 'sk', 'hu', 'ro', 'hr',
  'sl', 'sr-Latn', 'bg', 'ru', 'uk', 'be', 'el', 'tr', 'id', 'ms', 'lt', 'lv', 'et', 'ca', 'is', 'sq',
  'he', 'ar', 'fa', 'vi', 'tl', 'sw',
];

/** Lower case, no accents or final stop: the key a word is looked up by. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.׳']+$/u, '');
}

function monthForms(locale: string, month: number): string[] {
  const day = new Date(Date.UTC(2025, month, 15, 12));
  const forms = new Set<string>();
  for (const width of ['long', 'short'] as const) {
    const alone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(day);
    const inDate = new Intl.DateTimeFormat(locale, { month: width, day: 'numeric', timeZone: 'UTC' })
      .formatToParts(day)
      .find((p) => p.type === 'month')?.value;
    for (const form of [alone, inDate]) if (form && /\p{L}{2}/u.test(form)) forms.add(foldWord(form.trim()));
  }
  return [...forms];
}

// Abbreviations ICU does not give but papers print ("Sept.", "Mac" is given, "Juli"…).
const EXTRA: Record<string, number> = {
  sept: 9, juni: 6, juli: 7, 'märz': 3, marz: 3, agt: 8, ags: 8, okt: 10, des: 12, mrt: 3, mei: 5,
  dic: 12, ene: 1, abr: 4, ago: 8, set: 9, out: 10, dez: 12, gen: 1, febr: 2, szept: 9,
};

interface Tables {
  /** Per language: folded month word → month number (1–12). */
  byLang: Map<string, Map<string, number>>;
  /** Every language together; the first language in LOCALES wins a shared spelling. */
  any: Map<string, number>;
  weekdays: Set<string>;
}

let tables: Tables | null = null;

function build(): Tables {
  const byLang = new Map<string, Map<string, number>>();
  const any = new Map<string, number>();
  const weekdays = new Set<string>();
  for (const locale of LOCALES) {
    const lang = locale.split('-')[0] as string;
    const map = byLang.get(lang) ?? new Map<string, number>();
    for (let m = 0; m < 12; m++) {
      for (const form of monthForms(locale, m)) {
        if (form.length < 3) continue;
        if (!map.has(form)) map.set(form, m + 1);
        if (!any.has(form)) any.set(form, m + 1);
      }
    }
    byLang.set(lang === 'nb' ? 'no' : lang, map);
    for (let d = 0; d < 7; d++) {
      const day = new Date(Date.UTC(2025, 5, 1 + d, 12));
      for (const width of ['long', 'short'] as const) {
        weekdays.add(foldWord(new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(day)));
      }
    }
  }
  for (const [word, month] of Object.entries(EXTRA)) if (!any.has(word)) any.set(word, month);
  return { byLang, any, weekdays };
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
    // it is capitalised as months are in datelines ("12 Mac", "MAR").
    if (key.length <= 3 && !/^\p{Lu}/u.test(word)) return null;
  }
  return tables.any.get(key) ?? null;
}

/** True when `word` names a day of the week in one of the languages read. */
export function isWeekday(word: string): boolean {
  tables ??= build();
  return tables.weekdays.has(foldWord(word));
}
