/**
 * How a captured article is scored against what its page (or its writer) declares, one field at
 * a time. The rules are those of tests/fixtures/paste-real/README.md:
 *
 * - headline: right when it equals the page's title, the heading shown, or the title without
 *   its site suffix (" | Site", " - Author - Medium");
 * - author: the same people as the byline ("By X and Y" = "X, Y"; "Written by X Edited by Y" and
 *   "作者： X 翻訳者 Y" are X; an e-mail address, brackets and full-width commas are not part of a
 *   name: "Mike Cason | mcason@al.com" is Mike Cason, "[田中宏昌，ITmedia]" names 田中宏昌 and
 *   ITmedia; names a page's metadata glued together, "Paul WisemanFatima Hussein", are two); a
 *   part of the byline that is the site or agency the parser gave as the source ("ITmedia",
 *   "The Associated Press") need not be in the author too; a byline that is the site itself
 *   ("BBC News"), a newsroom ("ZDNet Japan Staff", "Redaktion", "Staff Reports", "Redacción EC")
 *   or an agency alone ("The Associated Press", "AFP") is right as no author or as that name: a
 *   press officer filters authors to find people, and the agency is the source; a role printed
 *   after the names ("ROBERT BURNS, AP National Security Writer") is not a person; a page naming
 *   no one wants no author;
 * - source, date, dateline, language: equal after normalising case, spacing and quote marks
 *   (a date on its day, or the day either side when the page gives an instant in UTC: the
 *   page shows its own time zone's day; a language on its primary subtag; a source without
 *   "the" or ".fr").
 *
 * Comparisons ignore case and typographic variants of quotes, dashes and spaces.
 */
import { agencyName } from '../../electron/main/capture/paste/agencies';
import type { CapturedArticle } from '../../electron/main/capture/types';
import type { Expected } from './corpus';

export const FIELDS = ['headline', 'author', 'source', 'date', 'dateline', 'lang'] as const;
export type Field = (typeof FIELDS)[number];

/** One field's verdict, with what was wanted and got (for the failure list). */
export interface Verdict {
  field: Field;
  right: boolean;
  want: string;
  got: string | null;
  /**
   * False when the paste does not hold the wanted value at all (a byline the page shows only in
   * its metadata): no parser can find it, so it is also reported apart.
   */
  inPaste: boolean;
}

export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFC')
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The title, and the title without one or two site suffixes ("X | Code", "X - Author - Medium"). */
function titleForms(title: string): string[] {
  const forms = [title];
  let t = title;
  for (let i = 0; i < 2; i++) {
    const m = /^(.{8,}?)\s+(?:[|·•:]|::|[-–—])\s+[^|·•–—]{1,40}$/u.exec(t);
    if (!m?.[1]) break;
    t = m[1];
    forms.push(t);
  }
  return forms;
}

export function headlineRight(got: string, want: Expected): boolean {
  const accepted = [...(want.title ? titleForms(want.title) : []), ...(want.headline ? [want.headline] : [])].map(norm);
  return accepted.includes(norm(got));
}

const ROLE_CUT =
  /\s+(?:(?:edited|editing|photographs?|photos?|illustrations?|additional reporting|translated)\s+by\b|(?:翻訳者|翻訳|訳者|译者|翻译)(?:\s|[:：]|$)).*$/iu;
const PREFIX = /^(?:written by|reported by|words by|avec|with|by|par|por|von|di|door|av|af|od|автор|текст|记者|作者|著者)(?:\s*[:：]\s*|\s+)/iu;
const EMAIL = /\S+@\S+\.\w+/gu;
// A newsroom signing, not a person: "ZDNet Japan Staff", "Redaktion", "The Editors", "Staff Reports",
// "Redacción EC", "Redazione ANSA" (the desk's word before or after the paper's name).
const DESK_WORDS = 'staff|staff reports?|wire reports|staff and agencies|newsroom|news desk|editors|editorial team|redaktion|rédaction|redazione|redacción|redação|redactie';
const DESK = new RegExp(`^(?:(?:[\\p{L}\\d.&' -]{2,40}\\s)?(?:${DESK_WORDS})|(?:${DESK_WORDS})(?:\\s[\\p{L}\\d.&' -]{2,40})?)$`, 'iu');
// What a writer is, printed in the byline after the names ("ROBERT BURNS, AP National Security Writer"): not a person.
const ROLE_PART = /(?<![\p{L}])(?:writers?|correspondents?|reporters?|editors?|columnists?|contributors?|journalists?)$/iu;

/** True when a byline names an agency, not a person ("The Associated Press", "AFP"): the source, not an author. */
function isAgencyByline(byline: string): boolean {
  return agencyName(byline.trim().replace(/^the\s+/iu, '')) !== null;
}

/** The set of people a byline names, lower-cased. */
export function bylineNames(byline: string): string[] {
  const flat = byline
    .normalize('NFKC')
    .replace(EMAIL, ' ')
    .replace(/[[\]【】「」]/gu, ' ')
    // Names a page's metadata glued together: "Paul WisemanFatima Hussein".
    .replace(/(\p{Ll}{3})(\p{Lu}\p{Ll})/gu, '$1, $2')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(ROLE_CUT, '')
    .replace(PREFIX, '')
    // A CJK family and given name printed apart or together are one name: "比嘉 太郎" = "比嘉太郎".
    .replace(/(?<=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]) (?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu, '');
  return flat
    // "and" in Hebrew and Arabic is a prefix of the next name's first word: "יוסי כהן ודנה לוי", "أحمد علي وسارة حسن".
    .split(/\s*(?:,|;|&|\||、|\(|\)|\s(?:and|und|et|avec|with|y|e|i|и|та)\s|\s[וو]\s?(?=[\p{sc=Hebrew}\p{sc=Arabic}]{2}\S*\s\S))\s*/u)
    .map((s) => norm(s.replace(PREFIX, '')))
    .filter((s) => s.length > 0 && !ROLE_PART.test(s))
    .sort();
}

/** True when `name` (lower case) is the site or agency `source` names. */
function isSourceName(name: string, source: string | null): boolean {
  if (source === null) return false;
  const key = sourceKey(name);
  return key === sourceKey(source) || (agencyName(key) !== null && agencyName(key) === agencyName(sourceKey(source)));
}

/**
 * @param source the source the parser gave: a part of the byline naming it ("[田中宏昌，ITmedia]",
 * "…, The Associated Press") is the publication, not one of the people.
 */
export function authorRight(got: string | null, want: Expected, source: string | null = null): boolean {
  const byline = want.byline ?? null;
  if (byline === null) return got === null;
  const desk = DESK.test(byline.trim()) || isAgencyByline(byline);
  if (desk || (want.siteName && norm(sourceKey(byline)) === norm(sourceKey(want.siteName)))) {
    return got === null || norm(sourceKey(got)) === norm(sourceKey(byline));
  }
  if (got === null) return false;
  const names = bylineNames(got);
  const wanted = bylineNames(byline);
  if (JSON.stringify(names) === JSON.stringify(wanted)) return true;
  const people = wanted.filter((name) => !isSourceName(name, source));
  return people.length > 0 && JSON.stringify(names) === JSON.stringify(people);
}

/** "the Guardian" → "guardian"; "Le Monde.fr" → "le monde". */
function sourceKey(s: string): string {
  return norm(s).replace(/^the\s+/u, '').replace(/\.(?:com|co\.uk|fr|de|cz|es|it|ru|net|org)$/u, '');
}

// Norwegian is written "no" (the language) or "nb"/"nn" (its two written standards): one language here.
const primary = (lang: string): string => (lang.toLowerCase().split(/[-_]/)[0] ?? '').replace(/^n[bn]$/u, 'no');

const DAY_MS = 86_400_000;

/**
 * The page's date on its day. A publication time given as an instant ("2019-04-26T23:30:00Z")
 * is shown on the page in the site's own time zone, which may be the day before or after in
 * UTC (a Tokyo site's morning is the previous evening in UTC), so either neighbour is right too.
 */
function sameDay(got: string | null, want: string): boolean {
  if (!got) return false;
  const day = want.slice(0, 10);
  if (got.slice(0, 10) === day) return true;
  if (!/T\d{2}:\d{2}/u.test(want)) return false;
  const diff = Math.abs(Date.parse(`${got.slice(0, 10)}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`));
  return diff === DAY_MS;
}

/** Month names of `lang` and English, long and short, lower case ("september", "sep", "sept"). */
function monthNames(month: number, lang: string | null | undefined): string[] {
  const day = new Date(Date.UTC(2001, month - 1, 15));
  const out = new Set<string>();
  for (const locale of [lang ?? 'en', 'en']) {
    for (const style of ['long', 'short'] as const) {
      try {
        out.add(new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(day).toLowerCase().replace(/\.$/u, ''));
      } catch {
        // An unknown language tag: English only.
      }
    }
  }
  if (month === 9) out.add('sept');
  return [...out];
}

/**
 * True when the paste prints the day `want` gives (or a day either side, for an instant), with
 * its year, in one of the usual forms: ISO, numeric (D.M.Y, M/D/Y, Y/M/D), CJK (2019年4月9日),
 * or a month name of the page's language or English next to the day. Checked without the parser's
 * own date reader, so that a form the parser cannot read still counts as held.
 */
function holdsDate(text: string, want: Expected): boolean {
  const iso = want.publishedTime ?? '';
  const base = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(base)) return true;
  const days = /T\d{2}:\d{2}/u.test(iso) ? [-1, 0, 1] : [0];
  return days.some((shift) => {
    const d = new Date(base + shift * DAY_MS);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    const p2 = (n: number): string => String(n).padStart(2, '0');
    const dd = `0?${day}`;
    const mm = `0?${m}`;
    const forms = [
      `${y}-${p2(m)}-${p2(day)}`, `${dd}[./-]\\s?${mm}[./-]\\s?(?:${y}|${String(y).slice(2)})\\b`, `\\b${mm}/${dd}/(?:${y}|${String(y).slice(2)})\\b`,
      `${y}[./年]\\s?${mm}[./月]\\s?${dd}`,
    ];
    for (const name of monthNames(m, want.lang)) {
      const n = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      forms.push(`\\b${dd}(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${n}\\.?(?:\\s+de)?,?\\s+${y}`, `${n}\\.?\\s+${dd}(?:st|nd|rd|th)?,?\\s+${y}`);
    }
    return forms.some((f) => new RegExp(f, 'iu').test(text));
  });
}

/** True when the paste holds the author, source or date `want` names (null: nothing to find). */
function holds(paste: string | undefined, field: Field, want: Expected): boolean {
  if (paste === undefined) return true;
  const text = norm(paste);
  if (field === 'author' && want.byline) return bylineNames(want.byline).every((name) => text.includes(name));
  if (field === 'source' && want.siteName) return text.includes(sourceKey(want.siteName));
  if (field === 'date' && want.publishedTime) return holdsDate(text, want);
  return true;
}

/** Scores `got` on every field `want` declares; `paste` (the input) tells which values it holds. */
export function scoreArticle(got: CapturedArticle | null, want: Expected, paste?: string): Verdict[] {
  const out: Verdict[] = [];
  const add = (field: Field, right: boolean, wanted: string, value: string | null): void => {
    out.push({ field, right, want: wanted, got: value, inPaste: holds(paste, field, want) });
  };
  if (want.title || want.headline) {
    const title = got?.title ?? null;
    add('headline', title !== null && headlineRight(title, want), want.headline ?? want.title ?? '', title);
  }
  if (want.byline !== undefined) add('author', got !== null && authorRight(got.author, want, got.source), String(want.byline), got?.author ?? null);
  if (want.siteName) {
    add('source', !!got?.source && sourceKey(got.source) === sourceKey(want.siteName), want.siteName, got?.source ?? null);
  }
  if (want.publishedTime) {
    const day = want.publishedTime.slice(0, 10);
    add('date', sameDay(got?.publishedAt ?? null, want.publishedTime), day, got?.publishedAt ?? null);
  }
  if (want.dateline !== undefined) {
    const right = want.dateline === null ? got?.dateline === null : norm(got?.dateline) === norm(want.dateline);
    add('dateline', got !== null && right, String(want.dateline), got?.dateline ?? null);
  }
  if (want.lang) add('lang', !!got?.lang && primary(got.lang) === primary(want.lang), primary(want.lang), got?.lang ?? null);
  return out;
}

/** Right/total counters keyed by any label. */
export class Tally {
  readonly counts = new Map<string, { right: number; total: number }>();
  add(key: string, right: boolean): void {
    const t = this.counts.get(key) ?? { right: 0, total: 0 };
    t.right += right ? 1 : 0;
    t.total += 1;
    this.counts.set(key, t);
  }
  get(key: string): { right: number; total: number } | undefined {
    return this.counts.get(key);
  }
}

export const percent = (t: { right: number; total: number } | undefined): string =>
  t && t.total > 0 ? `${((100 * t.right) / t.total).toFixed(1)} % (${t.right}/${t.total})` : '–';
