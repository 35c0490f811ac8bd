/**
 * Gazetteers: places and organisations by the names and inflected forms they take in text.
 * The data lives in `data/*.json`; each entry is a canonical name followed by its variants.
 * Canonical names stay in the article's language ("Deutschland" in German text), except for
 * a few forms that are the same entity everywhere ("U.S." → "United States").
 */
import placesData from './data/places.json';
import organisationsData from './data/organisations.json';

type Table = Record<string, string[][]>;

/** Lowercased surface form → canonical name, per language ("*" for every language). */
function index(table: Table): Map<string, Map<string, string>> {
  const byLang = new Map<string, Map<string, string>>();
  for (const [lang, entries] of Object.entries(table)) {
    const forms = new Map<string, string>();
    for (const [canonical, ...variants] of entries) {
      if (!canonical) continue;
      for (const form of [canonical, ...variants]) forms.set(form.toLowerCase(), canonical);
    }
    byLang.set(lang, forms);
  }
  return byLang;
}

const PLACES = index(placesData as Table);
const ORGANISATIONS = index(organisationsData as Table);

function lookup(tables: Map<string, Map<string, string>>, text: string, lang: string | null): string | null {
  const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (lang) {
    const hit = tables.get(lang)?.get(key);
    if (hit) return hit;
  }
  const common = tables.get('*')?.get(key);
  if (common) return common;
  for (const [code, forms] of tables) {
    if (code === lang || code === '*') continue;
    const hit = forms.get(key);
    if (hit) return hit;
  }
  return null;
}

/** The canonical name of a known place written as `text` (any case, inflected), or null. */
export function canonicalPlace(text: string, lang: string | null = null): string | null {
  return lookup(PLACES, text, lang);
}

/** The canonical name of a known organisation written as `text`, or null. */
export function canonicalOrganisation(text: string, lang: string | null = null): string | null {
  return lookup(ORGANISATIONS, text, lang);
}

/** Every surface form of the known places in `lang` (and the shared ones), longest first. */
export function placeForms(lang: string | null): string[] {
  return formsOf(PLACES, lang);
}

/** Every surface form of the known organisations in `lang` (and the shared ones), longest first. */
export function organisationForms(lang: string | null): string[] {
  return formsOf(ORGANISATIONS, lang);
}

function formsOf(tables: Map<string, Map<string, string>>, lang: string | null): string[] {
  const forms = new Set<string>(tables.get('*')?.keys() ?? []);
  for (const key of tables.get(lang ?? 'en')?.keys() ?? []) forms.add(key);
  return [...forms].sort((a, b) => b.length - a.length);
}
