/**
 * Gazetteers: places and organisations by the names and inflected forms they take in text.
 * Data: `data/countries.json` (generated from ICU, see its generator), `data/cities.json`
 * (capitals, major cities and regions), `data/organisations.json`. A match is reported under
 * one name whatever the language or script it was written in (its English name: "Deutschland",
 * "Германия" and "Germany" are all "Germany"), so filters work across an archive of many languages.
 */
import citiesData from './data/cities.json';
import countriesData from './data/countries.json';
import organisationsData from './data/organisations.json';
import { slavicStem } from './inflection';

interface Entry {
  id: string;
  names: Record<string, string>;
  aliases: Record<string, string[]>;
}

const SLAVIC = new Set(['cs', 'sk', 'pl', 'ru', 'uk', 'be', 'bg', 'sr', 'hr', 'sl']);

/** Lookup tables for one kind of entity. */
class Gazetteer {
  /** Forms with capitals inside (acronyms, "U.S."): matched exactly, so "us" is not the US. */
  private readonly exact = new Map<string, Entry>();
  /** Other forms, matched case-insensitively ("MOSCOW", "Moscow"). */
  private readonly folded = new Map<string, Entry>();
  /** Slavic forms by the stems of their words: "Москве" and "Москва" share "москв". */
  private readonly stemmed = new Map<string, Entry>();

  constructor(entries: Entry[]) {
    for (const entry of entries) {
      for (const [lang, name] of Object.entries(entry.names)) this.add(name, entry, SLAVIC.has(lang));
      for (const [lang, forms] of Object.entries(entry.aliases)) {
        for (const form of forms) this.add(form, entry, SLAVIC.has(lang));
      }
    }
  }

  private add(form: string, entry: Entry, slavic: boolean): void {
    const isAcronym = /\p{Lu}.*\p{Lu}/u.test(form) && !/\p{Ll}{2}/u.test(form.replace(/^\p{Lu}/u, ''));
    const map = isAcronym ? this.exact : this.folded;
    const key = isAcronym ? form : form.toLowerCase();
    if (!map.has(key)) map.set(key, entry);
    // The stems of short names collide ("Rom", "Ram"): only stem names long enough to differ.
    if (slavic && !isAcronym && form.length >= 5) {
      const stem = stemKey(form);
      if (!this.stemmed.has(stem)) this.stemmed.set(stem, entry);
    }
  }

  find(text: string, lang: string | null): string | null {
    const t = text.trim().replace(/\s+/g, ' ');
    if (t.length < 2) return null;
    const entry =
      this.exact.get(t) ??
      (isShoutedAcronym(t) ? undefined : this.folded.get(t.toLowerCase())) ??
      this.inflected(t, lang);
    if (!entry) return null;
    // One name for every language and script (Kyiv = Київ = Киев = Kiev = Kiew), so a press
    // officer can filter an archive of many languages on one place or organisation.
    return entry.names.en ?? entry.id;
  }

  /** German genitive and adjective endings; Slavic case endings. */
  private inflected(t: string, lang: string | null): Entry | undefined {
    if (lang === null || lang === 'de') {
      for (const form of germanBaseForms(t)) {
        const hit = this.folded.get(form.toLowerCase());
        if (hit) return hit;
      }
    }
    if (lang === null || SLAVIC.has(lang)) {
      if (t.length >= 4 && /^\p{Lu}/u.test(t)) return this.stemmed.get(stemKey(t));
    }
    return undefined;
  }
}

/** Short all-caps words are looked up exactly; "WHO" must not match "who". */
function isShoutedAcronym(text: string): boolean {
  return text.length <= 3 && /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

function stemKey(form: string): string {
  return form.toLowerCase().split(/[\s-]+/).map(slavicStem).join(' ');
}

/** "Deutschlands" → "Deutschland"; "Deutschen Bahn" → "Deutsche Bahn"; "Kremls" → "Kreml". */
function germanBaseForms(text: string): string[] {
  const words = text.split(' ');
  const last = words[words.length - 1] ?? '';
  const heads = words.slice(0, -1).map((w) => w.replace(/(?<=\p{L}{3})e[nmrs]$/u, 'e'));
  const lasts = [last, last.replace(/(?<=\p{L}{3})e?s$/u, ''), last.replace(/(?<=\p{L}{3})n$/u, '')];
  return lasts.map((l) => [...heads, l].join(' '));
}

const PLACES = new Gazetteer([
  ...(countriesData as { places: Entry[] }).places,
  ...(citiesData as { places: Entry[] }).places,
]);
const ORGANISATIONS = new Gazetteer((organisationsData as { organisations: Entry[] }).organisations);

/**
 * The one name of a known place written as `text` (any case, inflected, any language the
 * gazetteer knows; `lang` helps with inflected forms), or null when unknown.
 */
export function canonicalPlace(text: string, lang: string | null = null): string | null {
  return PLACES.find(text, lang);
}

/** The name of a known organisation written as `text`, as {@link canonicalPlace} does for places. */
export function canonicalOrganisation(text: string, lang: string | null = null): string | null {
  return ORGANISATIONS.find(text, lang);
}
