/**
 * Wire-service datelines at the start of an article's first paragraph:
 * "GENEVA, March 3 (Reuters) -", "Berlin (dpa) -", "WASHINGTON (AP) —", "MOSCOW:",
 * "PARIS (AFP) –", "МОСКВА, 3 марта (Reuters) -", "São Paulo —", "Madrid, 3 mar (EFE).-",
 * and in scripts without capitals "القاهرة (رويترز) -", "東京（ロイター） -", "新华社北京3月3日电".
 * The dateline is removed from the paragraph; the sentence after it is kept.
 */
import { canonicalPlace } from '../nlp/gazetteer';
import { agencyName } from './agencies';
import { outletName } from './outlets';
import { findDate, type DateOptions, type FoundDate } from './dates';
import { parseWireLeadIn } from './wire-leadins';

/** A dateline taken off the front of a paragraph. */
export interface Dateline {
  /** The place as printed ("GENEVA", "Berlin", "São Paulo"). */
  place: string | null;
  /** The agency named in parentheses, canonicalised ("Reuters", "dpa"). */
  agency: string | null;
  date: FoundDate | null;
  /** The paragraph without its dateline. */
  rest: string;
  /** A reporter named inside the lead-in ("（记者 王希）", "김수진 기자 ="). */
  author?: string | null;
  /** A paper (not an agency) a lead-in names ("【环球时报综合报道】"). */
  source?: string;
}

// One to four words of a place name; inner words may be lowercase particles ("Frankfurt am Main").
const PLACE =
  "(\\p{Lu}[\\p{L}'’.-]*(?:(?:\\s+|/|-)(?:\\p{Lu}[\\p{L}'’.-]*|am|an|de|da|do|del|la|le|sur|upon|der|im|nad|na|pod)){0,3})";
const DATELINE = new RegExp(
  `^${PLACE}(?:(?:\\s*,\\s*|\\s+(?=\\d))([^()\\n]{1,40}?))?\\s*(?:\\(([^)]{1,40})\\))?\\s*\\.?\\s*(?:(—|–|-{1,2}|:|\\.-)\\s+|(?<=\\)\\s*)(—|–|-{1,2})|(?<=\\)\\.?)\\s+)(?=[\\p{Lu}\\p{N}"“„«‘'])`,
  'u',
);
// Arabic, Hebrew, CJK, Indic, Thai…: no capitals to find a place by, so a known agency in
// parentheses (ASCII or full-width) must follow it.
const UNCASED_WORD = '[\\p{sc=Arabic}\\p{sc=Hebrew}\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}\\p{sc=Devanagari}\\p{sc=Bengali}\\p{sc=Tamil}\\u1200-\\u135A\\p{M}ー]+';
const UNCASED_DATELINE = new RegExp(
  `^(${UNCASED_WORD}(?:\\s+${UNCASED_WORD}){0,2})(?:(?:\\s*[,،、፣]\\s*|\\s+(?=\\d)|\\s*[-–]\\s*(?=\\d))([^()（）\\n]{1,40}?))?\\s*[(（]([^)）]{1,40})[)）]\\s*(?:(—|–|-{1,2}|:|：|፡-?|፦|።)\\s*|\\s(?=\\S))(?=\\S)`,
  'u',
);
const AGENCY_ONLY = /^[(（]([^)）]{1,40})[)）]\s*\.?\s*(?:—|–|-{1,2}|\.-)\s+(?=[\p{Lu}\p{Lo}\p{N}"“„«‘'])/u;
// Chinese wire copy names the agency first: "新华社北京3月3日电（记者 王希）", "中新社香港3月2日电 ".
// Papers use the same form ("人民日报北京5月20日电", "本报北京5月20日讯"); Reuters' Chinese service a dash ("路透北京5月20日 - ").
const AGENCY_FIRST =
  /^(?:据|據)?(\p{sc=Han}{2,4}社|\p{sc=Han}{1,4}[网網]|本报|本報|路透|\p{sc=Han}{1,4}(?:日报|日報|晚报|晚報|时报|時報))\s*(\p{sc=Han}[\p{sc=Han}·]{0,11}?)?\s*(\d{1,2})月(\d{1,2})日\s*(?:[电電讯訊]|(?=\s*[-–—]))(?:\s*[（(]([^）)\n]{1,40})[）)])?[\s，,:：]*(?:[-–—]\s*)?(?=\S)/u;

// All-caps lead-ins that are labels, not places.
const LABELS = new Set([
  'BREAKING', 'UPDATE', 'EXCLUSIVE', 'ANALYSIS', 'FACTBOX', 'EXPLAINER', 'WRAPUP', 'NEW', 'LIVE', 'WATCH',
  'VIDEO', 'OPINION', 'COMMENT', 'ANALYSE', 'EILMELDUNG', 'KOMMENTAR', 'INTERVIEW', 'ALERT', 'FLASH', 'NOTE',
  'EDITOR', 'CORRECTION', 'UPDATED', 'URGENT', 'ACTUALIZACIÓN', 'ÚLTIMA HORA', 'DIRECT', 'EN DIRECT',
  'BREAKING NEWS', 'JUST IN', 'DEVELOPING', 'DEVELOPING STORY', 'TOP STORY', 'LATEST', 'PHOTO', 'PHOTOS', 'READ MORE',
  'ALSO READ', 'LIVE UPDATES', 'EN VIVO', 'EN DIRECTO', 'EXKLUSIV', 'PRESS RELEASE', 'MEDIA ADVISORY', 'FACT CHECK',
  'SUMMARY', 'HIGHLIGHTS', 'KEY POINTS', 'DISCLAIMER', 'SPONSORED', 'ADVERTISEMENT', "EDITOR'S NOTE", 'EDITOR’S NOTE',
  'STATEMENT', 'REVIEW', 'EDITORIAL', 'RECAP', 'SPOILER', 'QUOTE', 'ZITAT', 'FAZIT', 'ЦИТАТА', 'ВИДЕО', 'СРОЧНО', 'МОЛНИЯ',
]);
// A label's first word: "BREAKING NEWS", "LIVE UPDATES", "WATCH LIVE", "UPDATE 2".
const LABEL_FIRST = new Set(['BREAKING', 'LIVE', 'WATCH', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'VIDEO', 'PHOTOS', 'URGENT', 'EILMELDUNG']);

function isLabel(place: string): boolean {
  const upper = place.toUpperCase();
  return LABELS.has(upper) || LABEL_FIRST.has(upper.split(/\s+/u)[0] ?? '');
}

/** The rest of a paragraph is a sentence, not a headline's second half ("PERRIS: Man held after chase"). */
function sentenceAfter(rest: string): boolean {
  const text = rest.trim();
  // A date after the separator is a stamp line ("Madrid - 04 mar 2025", "AP - 53 mins ago"), told apart in classify.ts.
  return /^\d/u.test(text) || /[.!?…]["”»’)]?$/u.test(text) || text.split(/\s+/u).length >= 8;
}

function isAgencyLike(text: string): boolean {
  return agencyName(text) !== null || /^[\p{L} .&/-]{2,30}$/u.test(text);
}

function isShouted(text: string): boolean {
  return text === text.toUpperCase() && /\p{Lu}{2}/u.test(text);
}

/** Takes the dateline off `paragraph`, or returns null when it does not start with one. */
export function parseDateline(paragraph: string, options: DateOptions): Dateline | null {
  const special = parseWireLeadIn(paragraph, options);
  if (special) return special;
  const agencyOnly = AGENCY_ONLY.exec(paragraph);
  if (agencyOnly?.[1] && agencyName(agencyOnly[1])) {
    return { place: null, agency: agencyName(agencyOnly[1]), date: null, rest: paragraph.slice(agencyOnly[0].length) };
  }
  // "【新华社北京12月7日电】": the same lead-in in brackets.
  const wrapped = /^【((?:\p{sc=Han}{2,4}社|中新网)[^】]{3,30}[电電])】\s*/u.exec(paragraph);
  if (wrapped?.[1]) paragraph = `${wrapped[1]} ${paragraph.slice(wrapped[0].length)}`;
  const first = AGENCY_FIRST.exec(paragraph);
  const ownPaper = first?.[1] === '本报' || first?.[1] === '本報';
  const firstAgency = first?.[1] && !ownPaper ? agencyName(first[1]) : null;
  // "人民网广州5月21日电": a news site's own lead-in, in the agencies' form.
  const paperShaped = first?.[1] && first[2] && /(?:日报|日報|晚报|晚報|时报|時報)$/u.test(first[1]) ? first[1] : null;
  const firstOutlet = first?.[1] && !ownPaper && !firstAgency ? (outletName(first[1]) ?? paperShaped) : null;
  // "财联社5月21日电，", "中新网5月20日电": a flash without a place.
  if (first && (first[2] || firstOutlet || firstAgency) && (firstAgency || ownPaper || firstOutlet)) {
    const [month, day] = [Number(first[3]), Number(first[4])];
    const date = month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year: null, month, day, text: `${month}月${day}日` } : null;
    const reporter = /^(?:记者|記者|通讯员)\s*(.+)$/u.exec(first[5]?.trim() ?? '');
    const author = reporter?.[1] ? reporter[1].trim().split(/\s+/u).join(', ') : null;
    return { place: first[2] ?? null, agency: firstAgency, date, rest: paragraph.slice(first[0].length), author, ...(firstOutlet ? { source: firstOutlet } : {}) };
  }
  const uncased = UNCASED_DATELINE.exec(paragraph);
  // "አዲስ አበባ፣ ግንቦት 12/2017 (ኢዜአ)፡-": after a place and its date, a short name in brackets is the agency even when the lexicon lacks it.
  const dated = uncased?.[2] && /\p{Nd}/u.test(uncased[2]) && uncased[3] && /^[^\d\s]+(?:\s[^\d\s]+){0,2}$/u.test(uncased[3].trim());
  const uncasedAgency = uncased?.[3] ? (agencyName(uncased[3]) ?? (dated ? uncased[3].trim() : null)) : null;
  if (uncased?.[1] && uncasedAgency) {
    const extra = uncased[2]?.trim() ?? null;
    const date = extra ? findDate(extra, options) : null;
    return {
      // "الكويت - 20 - 5 (كونا) --": a day and month in figures are not a region.
      // A date in another calendar ("ግንቦት 12/2017") is no region either.
      place: uncased[1].trim() + (extra && !date && !/\p{Nd}/u.test(extra) ? `, ${extra}` : ''),
      agency: uncasedAgency,
      date,
      rest: paragraph.slice(uncased[0].length),
    };
  }
  const hosted = HOST_FIRST.exec(paragraph);
  if (hosted?.[1] && hosted[2]) return { place: hosted[2], agency: null, date: null, rest: paragraph.slice(hosted[0].length), source: outletName(hosted[1]) ?? hosted[1] };
  const m = DATELINE.exec(paragraph);
  if (!m?.[1]) return null;
  // "CIUDAD DE MÉXICO.- …": the full stop belongs to the separator.
  const place = m[1].trim().replace(/(?<=\p{L}{3})\.$/u, '');
  let extra = m[2]?.trim() ?? null;
  const paren = m[3]?.trim() ?? null;
  // "Riyadh, May 20, 2025, SPA --": the agency after the date, without brackets.
  const trailing = extra && paren === null ? /,\s*([^,\d]{2,30})$/u.exec(extra) : null;
  const trailingAgency = trailing?.[1] ? agencyName(trailing[1]) : null;
  if (trailing && trailingAgency) extra = (extra ?? '').slice(0, trailing.index).trim();
  // "Tokyo, May 16 (Jiji Press)--The": the dash glued to the agency and to the first word.
  const separator = m[4] ?? m[5] ?? '';
  if (isLabel(place) || place.length < 2) return null;
  if (paren !== null && !isAgencyLike(paren)) return null;
  // Without a dash or colon only a known agency marks the end of a dateline ("HELSINKI (STT) The…").
  if (separator === '' && (paren === null || agencyName(paren) === null) && trailingAgency === null) return null;

  const date = extra ? findDate(extra, options) : null;
  // Text after the comma that is not a date is a region or state ("KYIV, Ukraine", "Calif.").
  // "MADRID, 20 (EUROPA PRESS)": a day of the month alone before an agency ("Windows 10 — …" is no dateline).
  const day = paren !== null && extra !== null && /^\d{1,2}$/u.test(extra) && Number(extra) >= 1 && Number(extra) <= 31;
  if (extra && !date && !day && (extra.split(/\s+/).length > 3 || /\d/.test(extra))) return null;
  // "JAKARTA, KOMPAS.com - ", "Jakarta, CNN Indonesia -- ": the site after the place, not a region.
  const site = extra && !date && !day ? siteName(extra) : null;
  if (site) extra = null;
  const known = canonicalPlace(place) !== null;
  const accepted =
    paren !== null ||
    trailingAgency !== null ||
    (isShouted(place) && (separator !== ':' || place.split(/\s+/).length <= 3)) ||
    ((separator === '—' || separator === '–') && place.split(/\s+/).length <= 3) ||
    (known && separator !== '.-');
  if (!accepted) return null;
  // A mixed-case colon lead-in is a label ("Update:", "Fazit:", "Цитата:") unless it names a known place.
  if (separator === ':' && !isShouted(place) && !known) return null;
  // Without an agency, what follows must be a sentence: a headline is no lead-in.
  if (paren === null && trailingAgency === null && !sentenceAfter(paragraph.slice(m[0].length))) return null;

  const agency = paren ? (agencyName(paren) ?? paren) : trailingAgency;
  const region = extra && !date && !day ? `, ${extra}` : '';
  return { place: place + region, agency, date, rest: paragraph.slice(m[0].length), ...(site ? { source: site } : {}) };
}

// "TEMPO.CO, Jakarta - ", "Liputan6.com, Jakarta - ", "REPUBLIKA.CO.ID, JAKARTA -- ": the site's
// host, then the place (Indonesia's news sites).
const HOST = '[\\p{L}\\d-]+\\.(?:com|co|id|net|tv|news|org)(?:\\.[\\p{L}]{2,3})?';
const HOST_FIRST = new RegExp(`^(${HOST}),\\s*${PLACE}\\s*(?:—|–|-{1,2})\\s+(?=[\\p{Lu}\\p{N}"“„«‘'])`, 'iu');

/** A news site named after a dateline's place: its host ("KOMPAS.com") or a known outlet or agency ("CNN Indonesia"). */
function siteName(text: string): string | null {
  if (new RegExp(`^${HOST}$`, 'iu').test(text)) return outletName(text) ?? text;
  const first = text.split(/\s+/u)[0] ?? '';
  return outletName(text) ?? (text.includes(' ') && agencyName(first) ? text : null);
}

// "Paris (AFP) © 2025 AFP": French sites print an agency story's dateline after its last paragraph.
const CLOSING = /^(\p{Lu}[\p{L}'’. -]{1,30}?)\s*\(([^)]{2,30})\)\s*(?:©.{0,40})?$/u;

/** The place and agency of a closing dateline line, or null. */
export function parseClosingDateline(line: string): { place: string; agency: string } | null {
  const m = CLOSING.exec(line.trim());
  const agency = m?.[2] ? agencyName(m[2]) : null;
  return m?.[1] && agency && !isLabel(m[1]) ? { place: m[1].trim(), agency } : null;
}

/**
 * A dateline printed on a line of its own right above the article ("ANKARA" under the byline,
 * Anadolu's layout; "नई दिल्ली:"): a known place in capitals or in a script without them, at most
 * two lines before the body, below the headline.
 */
export function placeLineAbove(lines: ReadonlyArray<{ text: string }>, headline: number | null, bodyStart: number): string | null {
  for (let i = bodyStart - 1; i >= Math.max((headline ?? -1) + 1, bodyStart - 2); i--) {
    // "नई दिल्ली:" in a script without capitals: a known place, its colon dropped.
    const text = (lines[i]?.text.trim() ?? '').replace(/\s*[:：]$/u, '');
    const shouted = isShouted(text) || new RegExp(`^${UNCASED_WORD}(?:\\s+${UNCASED_WORD})*$`, 'u').test(text);
    if (text.split(/\s+/u).length <= 3 && shouted && canonicalPlace(text) !== null) return text;
  }
  return null;
}
