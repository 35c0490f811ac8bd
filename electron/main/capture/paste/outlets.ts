/**
 * The publication a paste names, as a clean outlet name (it becomes a source filter and a
 * dossier section). Outlets (papers, broadcasters, news sites) by the names they print, in their
 * own scripts: `data/outlets.json`; agencies: `agencies.ts`. Every look-up is one Map get per
 * candidate form, whatever the size of the lexicon.
 */
import outletsData from './data/outlets.json';
import { agencyName } from './agencies';
import { nameKey } from './name-key';
import { withoutCompany } from './site-evidence';

interface OutletsFile {
  regions: Record<string, Record<string, string[]>>;
  ambiguous: string[];
}

const data = outletsData as OutletsFile;

const OUTLETS = new Map<string, string>();
for (const region of Object.values(data.regions)) {
  for (const [name, aliases] of Object.entries(region)) {
    for (const form of [name, ...aliases]) if (!OUTLETS.has(nameKey(form))) OUTLETS.set(nameKey(form), name);
  }
}
const AMBIGUOUS = new Set(data.ambiguous.map(nameKey));

/** The script a name is written in, by its first letter ("Latin", "Han"…). */
function scriptOf(text: string): string {
  const letter = /\p{L}/u.exec(text)?.[0] ?? '';
  for (const script of ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Hangul', 'Devanagari', 'Thai']) {
    if (new RegExp(`\\p{sc=${script}}`, 'u').test(letter)) return script;
  }
  return /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(letter) ? 'CJK' : 'other';
}

/**
 * The outlet `text` names, under the name it prints for itself, or null. A spelling in another
 * script than that name ("Haaretz" for הארץ, "Caixin" for 财新网) is the outlet's edition or
 * transcription in that script and is kept as printed; a domain name gives the outlet's name.
 * @param strict refuse names that are also common words, sections or places ("Time", "الأخبار").
 */
export function outletName(text: string, strict = false): string | null {
  const key = nameKey(text);
  const name = OUTLETS.get(key);
  if (name === undefined || (strict && AMBIGUOUS.has(key))) return null;
  if (key.includes('.') || scriptOf(text) === scriptOf(name)) return name;
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ');
}

// What a site adds to its name: "… and news agencies", "… + وكالات", an app, a channel, a lead-in's "讯".
const AGENCIES_TAIL = /\s*(?:(?:and|with|\+|&|و)\s*(?:news\s+)?(?:agencies|wires|وكالات)|,?\s*agencies|\+\s*وكالات|وكالات)$/iu;
const CHANNEL_TAIL = /(?:客户端|客戶端|频道|頻道|APP|App|专讯|專訊|讯|訊|电子报|電子報|新闻网|新聞網|官网|官網)$/u;
// "人民网-广东频道", "人民网－人民日报", "Le Monde - Back to home": a name, then a part of it or the original paper.
const SPLIT = /\s*[-－–—|｜·•]\s*/u;

/** An agency or outlet; `strict`: an outlet only, never an ambiguous name. */
function known(text: string, strict: boolean): string | null {
  return strict ? outletName(text, true) : (agencyName(text) ?? outletName(text));
}

/**
 * A clean source from what a paste prints where a source stands ("Source: Al Jazeera and news
 * agencies", "来源：人民网-广东频道", "【明報專訊】", "© 2025 Le Monde", "NOS Nieuws"): the agency or
 * outlet under its own name; an unknown name without its additions; null when nothing is left.
 * @param strict only a known agency or outlet, and never an ambiguous one (a bare name line).
 */
export function cleanSource(raw: string, strict = false): string | null {
  let text = raw.normalize('NFKC').replace(/^[\s《〈「【(（"“]+|[\s》〉」】)）"”.,:;]+$/gu, '').trim();
  if (text.length < 1 || text.length > 60) return null;
  const direct = known(text, strict);
  if (direct) return direct;
  const parts = text.split(SPLIT).filter((p) => p.length > 0);
  if (parts.length >= 2) {
    // The original paper a site reprints ("人民网－人民日报") names the source; a channel or a
    // "back to home" link after the name is part of the site ("澎湃新闻·澎湃号·湃客").
    const [first, second] = parts as [string, string];
    const original = parts.length === 2 ? known(second, strict) : null;
    if (original && !CHANNEL_TAIL.test(second)) return original;
    for (const part of parts) {
      const site = known(part, strict);
      if (site) return site;
    }
    if (parts.length === 2 && (CHANNEL_TAIL.test(second) || /(?:home|accueil|startseite|portada|首页|首頁)/iu.test(second))) text = first;
  }
  const trimmed = text.replace(AGENCIES_TAIL, '').replace(CHANNEL_TAIL, '').trim();
  if (trimmed !== text && trimmed.length > 0) {
    const shorter = known(trimmed, strict);
    if (shorter) return shorter;
  }
  // A stamp, a date or a byline read as a name ("Update : 02.05.2025", "By X Edited By: Y") is no source.
  if (strict || /\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}|\b(?:update[ds]?|published|posted|modified|edited)\b|[:：]|^(?:by|par|von|por|di|door)\s/iu.test(text)) return null;
  const unknown = withoutCompany(text.replace(AGENCIES_TAIL, '').replace(/(?:客户端|客戶端|专讯|專訊|讯|訊)$/u, ''));
  return unknown.length >= 2 || /\p{sc=Han}/u.test(unknown) ? unknown : null;
}

/** True when `source` is an agency or an outlet of the lexicon. */
export function isKnownSource(source: string): boolean {
  return known(source, false) !== null;
}

// A copyright line in any language: its mark, its "all rights reserved", the owner's company form.
const COPYRIGHT_MARK = /copyright|©|ⓒ|\(c\)|版权所有|版權所有|כל הזכויות שמורות|جميع الحقوق محفوظة|все права защищены|tüm hakları saklıdır/iu;
const RIGHTS =
  /all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|усі права захищені|tüm hakları saklıdır|جميع الحقوق محفوظة|كل الحقوق محفوظة|כל הזכויות שמורות|版权所有|版權所有|無断転載を禁じます|무단\s*전재\s*(?:및|&)\s*재배포\s*금지|무단전재\s*(?:및|&)?\s*재배포\s*금지|copyright|©|ⓒ|\(c\)|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?/giu;
const COMPANY = /[\s,]+(?:newspapers?|co\.?,?\s*ltd\.?|corporation|corp\.?|company|inc\.?|s\.\s?l\.?|s\.\s?a\.?|media group|group|gmbh|plc|llc|ltd\.?|limited)\.?$|株式会社|有限公司/iu;

/** The agency or outlet a copyright line names ("ⓒ 동아일보 & donga.com", "© The Mainichi Newspapers"), else null. */
export function copyrightOutlet(line: string): string | null {
  if (line.length > 160 || !COPYRIGHT_MARK.test(line)) return null;
  for (const part of line.replace(RIGHTS, ' ').split(/\s*[&,|·/]\s*|\s+[-–—]\s+/u)) {
    const name = part.replace(/^[\s.:«»"“”]+|[\s.:«»"“”]+$/gu, '').replace(/^(?:ל|لـ?\s)/u, '');
    if (name.length < 2) continue;
    const found = known(name, false) ?? known(name.replace(COMPANY, '').trim(), false);
    if (found) return found;
  }
  return null;
}
