/**
 * How a paste shows its publication when the outlets lexicon does not know the name: the site's
 * name in a copyright line ("© 2025 Harbour Courier Media Ltd."), after the headline as a page
 * titles itself ("… | Harbour Courier"), as a host name ("www.harbourcourier.com"), or alone on a
 * line at the top or the end of a select-all copy when another of these agrees with it. Each rule
 * reads the shape of the evidence, in any script, never a list of names; a name the lexicon knows
 * is found before this (source-choice.ts).
 */
import type { Line } from './classify';
import { FIRST_NAMES } from '../nlp/lexicon';
import { isFurniture } from './furniture';
import { hasPublicationWord, hasRoleWord, isPersonName } from './names';

/** A person's name, by a first name the lexicon knows ("Jane Miller"; "Harbour Courier" is none). */
function isPerson(text: string): boolean {
  return isPersonName(text) && FIRST_NAMES.has(text.trim().split(/\s+/u)[0] ?? '');
}

/** The letters and digits of a name, folded, without "the": "The Harbour Courier" → "harbourcourier". */
export function nameLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:the|www)\s+/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// Second-level labels that belong to a country's suffix ("co.uk", "com.au", "co.jp").
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'or', 'ne', 'go', 'edu', 'news']);
const HOST = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,12})(?::\d+)?(?:[/?#]\S*)?$/iu;

/** The host a line names ("www.harbourcourier.com", "https://m.site.co.uk/x"), with its name label ("harbourcourier"). */
export function hostOf(text: string): { host: string; label: string } | null {
  const m = HOST.exec(text.trim());
  if (!m?.[1]) return null;
  const host = m[1].toLowerCase().replace(/^(?:www\d?|m|amp|mobile|edition|news)\./u, '');
  const labels = host.split('.');
  if (labels.length < 2) return null;
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.has(labels[i] ?? '') && (labels.at(-1)?.length ?? 0) === 2) i -= 1;
  const label = labels[i] ?? '';
  return label.length >= 2 ? { host, label } : null;
}

// Sections and page words that stand where a site's name would ("News", "Opinion", "الرئيسية").
const SECTION =
  /^(?:(?:more|latest|top|related|breaking|local|world|business|sports?|daily)\s+news|home|news|latest|world|politics|business|economy|markets?|tech(?:nology)?|science|health|sports?|culture|opinion|life(?:style)?|video|live|menu|search|subscribe|sign in|log in|login|register|newsletters?|podcasts?|weather|travel|local|national|international|breaking news|top stories|trending|more|share|advertisement|accueil|actualités|politique|économie|monde|startseite|nachrichten|politik|wirtschaft|kultur|portada|noticias|política|economía|deportes|cultura|notizie|politica|economia|nieuws|главная|новости|политика|экономика|спорт|культура|общество|в мире|головна|новини|політика|економіка|الرئيسية|أخبار|سياسة|اقتصاد|رياضة|ثقافة|ראשי|חדשות|פוליטיקה|כלכלה|ספורט|首页|首頁|新闻|新聞|政治|经济|經濟|财经|財經|体育|體育|国际|國際|ホーム|ニュース|政治|経済|スポーツ|홈|뉴스|정치|경제|스포츠)$/iu;
const NOT_A_NAME = /[.!?。！？؟]\s*$|[:：@#%]|\d{1,2}[./-]\d{1,2}|^\d|\b(?:updated|published|posted|min read|read more)\b/iu;

/** A line that may be a publication's name: a few words, no sentence, no date, not a section or a person. */
export function nameShaped(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 40 || NOT_A_NAME.test(t) || SECTION.test(t)) return false;
  const words = t.split(/\s+/u);
  if (words.length > 5 || !/\p{L}/u.test(t)) return false;
  // In a cased script a name's longer words are capitalised ("Harbour Courier", "de Volkskrant";
  // "Skip to content" is a link).
  const cased = words.filter((w) => /^\p{L}/u.test(w) && w.toLowerCase() !== w.toUpperCase());
  const capitalised = cased.every((w) => /^\p{Lu}|^.{1,3}$/u.test(w)) || (/^\p{Lu}/u.test(cased[0] ?? '') && isPress(t));
  // "Staff Writer", "Senior Correspondent": what a writer is, not a name.
  if (hasRoleWord(t)) return false;
  return capitalised && (cased.length === 0 || cased.some((w) => /^\p{Lu}/u.test(w))) && !isFurniture(t);
}

// A copyright line: its mark or its "all rights reserved" in some language.
const COPYRIGHT_MARK = /©|ⓒ|\(c\)|\bcopyright\b|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|усі права захищені|tüm hakları saklıdır|جميع الحقوق محفوظة|كل الحقوق محفوظة|כל הזכויות שמורות|版权所有|版權所有/iu;
const RIGHTS =
  /all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|усі права захищені|tüm hakları saklıdır|جميع الحقوق محفوظة|كل الحقوق محفوظة|כל הזכויות שמורות|版权所有|版權所有|copyright|©|ⓒ|\(c\)|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?/giu;
// What a company adds to its name: "Ltd", "Media Group", "GmbH", "株式会社".
const COMPANY =
  /[\s,]+(?:newspapers?|publishing|publications|holdings?|media(?:\s+(?:group|ltd|limited|inc))?|group|co\.?,?\s*ltd\.?|corporation|corp\.?|company|inc\.?|s\.\s?[al]\.?|s\.p\.a\.?|n\.v\.?|b\.v\.?|gmbh(?:\s*&\s*co\.?\s*kg)?|ag|se|as|asa|ab|oy|plc|llc|ltd\.?|limited)\.?$|^株式会社|有限公司$|(?<=[报報聞闻])社$/iu;

/** A name without the company forms after it ("Harbour Courier Media Ltd." → "Harbour Courier"). */
export function withoutCompany(name: string): string {
  let out = name.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(COMPANY, '').trim();
    if (next === out || next.length < 2) break;
    out = next;
  }
  return out;
}

function splitOwner(text: string): string[] {
  // Where a year or a mark stood, two parts meet ("Atlas.cz 1999 – 2021 © Economia").
  return text.replace(RIGHTS, '  ').split(/\s*[/]\s*|\s+[-–—]\s+|\.\s+|,\s+(?=\p{Ll})|\s{3,}/u);
}

/** The owner a copyright line names, known or not ("© 2025 Harbour Courier Media Ltd. All rights reserved."), else null. */
export function copyrightName(line: string): string | null {
  if (line.length > 120 || !COPYRIGHT_MARK.test(line)) return null;
  // The part of a footer that holds the mark ("Centrum.cz | 1999 – 2021 © Economia, a.s. | O nás").
  const parts = line.split(/\s+[|·•]\s+|\s*[|｜]\s*/u);
  const marked = parts.find((p) => COPYRIGHT_MARK.test(p)) ?? line;
  // The owner stands after the mark ("… 1999 – 2021 © Economia"), else before "all rights reserved".
  const mark = /©|ⓒ|\(c\)/iu.exec(marked);
  const after = mark ? marked.slice(mark.index + mark[0].length) : '';
  for (const part of [...(after ? splitOwner(after) : []), ...splitOwner(marked)]) {
    const name = withoutCompany(part.replace(/^[\s.,:«»"“”]+|[\s.,:«»"“”]+$/gu, '').replace(/^(?:by|par|von|por|ל|لـ?\s?)\s*/iu, ''));
    if (name.length >= 2 && nameShaped(name) && !/photo|foto|image|bild|getty|shutterstock|istock|reuters\/|ap photo/iu.test(name)) return name;
  }
  return null;
}

const TITLE_SUFFIX = /^(.{8,}?)\s+(\||-|–|—|::|·|•)\s+([^|–—·•]{2,40})$/u;

/** The site a headline names after itself ("Council approves budget | Harbour Courier"), else null. */
export function titleSuffix(title: string, hosts: string[]): string | null {
  const m = TITLE_SUFFIX.exec(title.trim());
  const suffix = withoutCompany(m?.[3]?.trim() ?? '');
  if (!m || !suffix || !nameShaped(suffix) || isPerson(suffix)) return null;
  const agrees = hosts.includes(nameLetters(suffix));
  // A pipe parts a title from its site; a dash may part two halves of a headline, so then the
  // host must agree or the suffix must be a site's own name form ("… - harbourcourier.com").
  if (m[2] === '|' || m[2] === '::' || agrees || hostOf(suffix) !== null) return suffix;
  return null;
}

/**
 * The publication a paste shows without the lexicon's help: a copyright line's owner, the
 * headline's site suffix, a name line at the top or end that a host name, the suffix or the
 * copyright agrees with, else the host itself. Null when nothing shows one.
 */
export function unknownSite(lines: Line[], headline: number | null, top: number, end: number): string | null {
  const near = (i: number): boolean => i < top || i >= lines.length - end;
  const hosts: string[] = [];
  let host: string | null = null;
  let copyright: string | null = null;
  for (const [i, line] of lines.entries()) {
    if (!near(i) || line.text.length > 160) continue;
    const h = hostOf(line.text);
    if (h) {
      hosts.push(h.label);
      // Alone, only a host printed as an address ("www.…", "https://…"), not a brand in capitals ("SMARTASSET.COM").
      if (/^(?:https?:\/\/|www\.)/iu.test(line.text.trim())) host ??= h.host;
    }
    if (i >= lines.length - end || i <= 2) copyright ??= copyrightName(line.text);
  }
  const title = headline === null ? null : (lines[headline]?.text ?? null);
  const suffix = title ? titleSuffix(title, hosts) : null;
  const logo = logoOverMenu(lines, headline);
  if (logo) return logo;
  const agreeing = new Set([...hosts, ...(suffix ? [nameLetters(suffix)] : []), ...(copyright ? [nameLetters(copyright)] : [])]);
  const seen = new Map<string, number>();
  for (const [i, line] of lines.entries()) {
    if (!near(i) || i === headline || line.prose || !nameShaped(line.text) || hostOf(line.text)) continue;
    const key = nameLetters(line.text);
    if (key.length < 2) continue;
    // A name line the host, the title or the copyright agrees with, or one printed at the top and at the end.
    if (agreeing.has(key) || (seen.has(key) && (seen.get(key) ?? 0) < top && i >= lines.length - end)) return line.text.trim();
    if (!seen.has(key)) seen.set(key, i);
  }
  return copyright ?? pressName(lines, headline, near) ?? suffix ?? host;
}

// What only a publication calls itself, in scripts the Latin list of names.ts does not cover.
const PRESS_WORD =
  /(?:新聞|新闻|日報|日报|晚报|晚報|時報|时报|週刊|周刊|新報|电视台|電視台|신문|일보|방송|タイムズ|صحيفة|جريدة|עיתון|روزنامه|खबर|समाचार|अखबार|टाइम्स|gazetesi|gazete|novine|noviny|gazeta|газета|вестник|ведомости|известия|правда)/iu;
const STAFF = /(?:^|\s)(?:staff|desk|editors?|team|redaktion|rédaction|redacción|redakce)$/iu;

/** True when a name has a word only publications use ("News", "Zeitung", "газета", "新聞"). */
function isPress(text: string): boolean {
  return hasPublicationWord(text) || PRESS_WORD.test(text);
}

/** A name line near the top or the end that calls itself a publication ("Harbour Daily News", "하버신문"), else null. */
function pressName(lines: Line[], headline: number | null, near: (i: number) => boolean): string | null {
  for (const [i, line] of lines.entries()) {
    if (!near(i) || i === headline || line.prose || line.kind === 'byline' || line.kind === 'date') continue;
    const text = line.text.trim();
    if (nameShaped(text) && !STAFF.test(text) && !isPerson(text) && isPress(text)) return text;
  }
  return null;
}

/** How many lines of a select-all copy may stand above the site's logo ("Skip to content"). */
const LOGO_TOP = 5;

/**
 * The site's name at the top of a select-all copy, before its menu: a name line among the first
 * lines (above the headline) followed by two or more section names ("Harbour Courier / News /
 * Sport / Opinion").
 */
function logoOverMenu(lines: Line[], headline: number | null): string | null {
  const last = Math.min(LOGO_TOP, headline ?? LOGO_TOP, lines.length);
  for (let i = 0; i < last; i++) {
    const text = lines[i]?.text.trim() ?? '';
    // A menu's first item is one word ("Domácí"); a logo that is one word is one the lexicon should know.
    if (!nameShaped(text) || isPerson(text) || (/\s/u.test(text) === false && /^[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}]/u.test(text))) continue;
    const menu = lines.slice(i + 1, i + 6).filter((l) => SECTION.test(l.text.trim())).length;
    if (menu >= 2) return text;
  }
  return null;
}
