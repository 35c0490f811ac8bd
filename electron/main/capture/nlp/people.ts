/**
 * People named in an article: one entry per person under their fullest name. Surnames,
 * titled forms ("Mr Obama") and inflected forms ("Пескова") resolve to the full name.
 */
import { slavicStem } from './inflection';

const PARTICLES = /^(?:van|von|der|den|de|da|das|do|dos|del|della|di|du|le|la|bin|ibn|al|el|ter|zu)$/u;

/** Key for comparing surnames across inflection and case: "Peskov", "Пескова" stay apart, "Peskova" joins "Peskov". */
function surnameKey(name: string): string {
  return slavicStem(name.toLowerCase().replace(/['’]s$/u, ''));
}

export class PersonIndex {
  /** Full names (two words or more), in order of first mention. */
  private readonly full: string[] = [];
  /** Names known only by one word, kept when nothing fuller turns up. */
  private readonly single: string[] = [];

  /** Records a name; returns the canonical name it now stands for. */
  add(name: string): string {
    const clean = name.replace(/\s+/g, ' ').trim();
    const words = clean.split(' ');
    if (words.length === 1) {
      const full = this.resolve(clean);
      if (full) return full;
      if (!this.single.includes(clean)) this.single.push(clean);
      return clean;
    }
    const same = this.full.find((f) => sameFullName(f, clean));
    if (same) {
      // Keep the longer form ("Donald J. Trump" over "Donald Trump")? The plainer one reads better.
      return same;
    }
    this.full.push(clean);
    return clean;
  }

  /** The full name that `name` (full name or surname) refers to, or null. */
  resolve(name: string): string | null {
    const clean = name.trim();
    if (this.full.includes(clean)) return clean;
    const words = clean.split(/\s+/);
    if (words.length > 1) {
      // "Te Kaurinui" for "Te Kaurinui Robert Parata": the one full name it begins.
      const starting = this.full.filter((f) => f.startsWith(`${clean} `));
      return this.full.find((f) => sameFullName(f, clean)) ?? (starting.length === 1 ? (starting[0] ?? null) : null);
    }
    const key = surnameKey(clean);
    // The latest full name with this surname (or, failing that, first name) is meant.
    for (let i = this.full.length - 1; i >= 0; i--) {
      const full = this.full[i] ?? '';
      if (surnameKey(lastName(full)) === key) return full;
    }
    return this.single.includes(clean) ? clean : null;
  }

  /** Every person: full names, then single names that no full name explains. */
  list(): string[] {
    const singles = this.single.filter((s) => !this.full.some((f) => surnameKey(lastName(f)) === surnameKey(s)));
    return [...this.full, ...singles];
  }
}

function lastName(full: string): string {
  const words = full.split(' ').filter((w) => !/^(?:jr\.?|sr\.?|ii|iii)$/iu.test(w));
  return words[words.length - 1] ?? full;
}

function firstName(full: string): string {
  return full.split(' ')[0] ?? full;
}

/** "Donald Trump" = "Donald J. Trump"; "Dmitry Peskov" = "Dmitri Peskov" is not attempted. */
function sameFullName(a: string, b: string): boolean {
  if (a === b) return true;
  const strip = (s: string): string => s.split(' ').filter((w) => !/^\p{Lu}\.$/u.test(w) && !PARTICLES.test(w)).join(' ');
  if (strip(a) === strip(b)) return true;
  return firstName(a) === firstName(b) && surnameKey(lastName(a)) === surnameKey(lastName(b));
}
