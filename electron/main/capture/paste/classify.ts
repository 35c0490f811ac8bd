/**
 * What each line of a paste is, judged on the line alone, from features that hold across sites
 * and languages: its length and shape, date and name patterns, the agency list and the
 * multilingual furniture lexicon. Where a line stands (above the headline, in the body, at the
 * end) is weighed afterwards, in layout.ts and parse.ts.
 */
import { wordsIn } from './words';
import { canonicalPlace } from '../nlp/gazetteer';
import { signOffAgency } from './agencies';
import { cleanSource, isKnownSource } from './outlets';
import { parseByline, parseSourceAndDate, type Byline } from './byline';
import { looksLikeCredit, parseCaptionLine, type CaptionLine } from './caption';
import { FIRST_NAMES } from '../nlp/lexicon';
import { isFurnitureName, isPersonName } from './names';
import { parseDateline } from './dateline';
import { dateLine, type DateOptions, type FoundDate } from './dates';
import { isFurniture, parseWireCredits, type WireCredits } from './furniture';
import { isHeadlineLike } from './headline';

export type Kind =
  | 'url' | 'byline' | 'name' | 'source' | 'date' | 'caption' | 'copyright' | 'credits' | 'furniture' | 'text';

/** One unit of the paste with what it was found to be. */
export interface Line {
  text: string;
  kind: Kind;
  /** Words, counting two CJK characters as one. */
  size: number;
  /** Reads as article prose: long enough, with sentences. */
  prose: boolean;
  /** Starts with a wire dateline ("PARIS (AFP) –"). */
  dateline: boolean;
  /** The place of a lead-in standing on its own line ("الرياض - واس", "記者王小明／台北報導"). */
  place?: string | null;
  byline?: Byline;
  date?: FoundDate | null;
  source?: string | null;
  caption?: CaptionLine;
  credits?: WireCredits;
  url?: string;
}

const URL_LINE = /^(?:<)?(https?:\/\/[^\s<>]+?)(?:>)?$/iu;
const COPYRIGHT =
  /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.|]{2,60}?)\.?(?:\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|všechna práva vyhrazena).*)?$/iu;
const PUBLISHED_STAMP =
  /^(.{0,60}?)\s*(?:first published|published|updated|veröffentlicht|aktualisiert|publié le|mis à jour le|publicado)\s*:?\s*(.+)$/iu;
// "Source: Xinhua", "来源：新华网", "Quelle: dpa": a labelled source line.
const SOURCE_LABEL =
  /^(?:source|sources|quelle|fonte|fuente|źródło|источник|джерело|المصدر|מקור|출처|kaynak|منبع|nguồn|sumber|zdroj|forrás|kilde|källa|bron|lähde|πηγή|izvor|sursa|資料來源|出处|(?:本文|文章|稿件|新闻|新聞|消息)?(?:来源|來源)|出典)\s*[:：丨]\s*(.{2,40}?)(?:\s*[|｜].*)?$/iu;
// "Source AFP", "Quelle dpa": the same without its colon, only before a known agency or outlet.
const SOURCE_WORD = /^(?:source|sources|quelle|fonte|fuente|źródło|источник|джерело|المصدر|מקור|kaynak|منبع|sumber|kilde|källa|bron|lähde|πηγή)\s+(.{2,40})$/iu;
// "This report by The Canadian Press was first published March 12, 2025."
const FIRST_PUBLISHED = /^This (?:report|story|article) by (.{2,40}?) was first published (.{6,30}?)\.?$/iu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
// Khmer ។, Myanmar ။ and the Devanagari danda । end sentences too; Thai and Lao have no sentence mark (a space parts them).
const SENTENCE_END = /[.!?…。！？؟។။।]["”»’)]?(?:\s|$)/u;
// Scripts written without spaces between words and without a sentence mark of their own.
const UNMARKED = /[\p{sc=Thai}\p{sc=Lao}]/u;

/** Words in `text`, two CJK characters counting as one word (they are written without spaces). */
export function sizeOf(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  return wordsIn(text.replace(CJK, ' ')) + cjk / 2;
}

/** True when `text` reads as a paragraph of an article rather than a heading, label or list item. */
export function isBodyText(text: string, size: number): boolean {
  if (size >= 25) return true;
  if (size < 10) return false;
  return (SENTENCE_END.test(text) || UNMARKED.test(text)) && !(isHeadlineLike(text) && size < 14 && !/[.。]["”»’)]?$/u.test(text));
}

/** Classifies one unit of the paste. */
export function classifyLine(text: string, dates: DateOptions): Line {
  const size = sizeOf(text);
  const base = { text, size, prose: false, dateline: false };
  const url = URL_LINE.exec(text);
  if (url?.[1]) return { ...base, kind: 'url', url: url[1] };
  const labelled = SOURCE_LABEL.exec(text);
  const unlabelled = SOURCE_WORD.exec(text)?.[1];
  const named = unlabelled && isKnownSource(unlabelled) ? cleanSource(unlabelled) : null;
  const agency = signOffAgency(text) ?? (labelled?.[1] ? (signOffAgency(labelled[1]) ?? labelled[1].trim()) : named);
  if (agency) return { ...base, kind: 'source', source: agency, date: null };
  const dateline = parseDateline(text, dates);
  // "Madrid - 04 mar 2025 - 09:15 CET", "KYODO NEWS - Mar 10, 2025": a place or name over a date, not a lead-in.
  const restDate = dateline ? dateLine(dateline.rest.split(/\s+[|·•]\s+/u)[0] ?? '', dates) : null;
  const restSize = dateline ? sizeOf(dateline.rest) : 0;
  // The rest of a lead-in is a sentence ("Content Depth — Write Comprehensively…" is a headline).
  // "الرياض - واس", "〔記者王小明／台北報導〕" on a line of their own: the agency or reporter, and the place.
  if (dateline && dateline.rest.trim() === '' && (dateline.agency || dateline.author || dateline.source)) {
    const source = dateline.agency ?? dateline.source ?? null;
    const place = dateline.place;
    if (!dateline.author) return { ...base, kind: 'source', source, date: dateline.date, place };
    const people = dateline.author.split(/,\s*/u);
    return { ...base, kind: 'byline', place, byline: { author: dateline.author, source, date: dateline.date, people, nameOnly: false } };
  }
  const leadIn = dateline && restDate === null && (restSize >= 8 || /[.!?。]["”»]?$/u.test(dateline.rest) || dateline.agency !== null);
  if (leadIn) return { ...base, kind: 'text', prose: true, dateline: true };
  if (dateline && restDate) {
    // "KYODO NEWS - Mar 10, 2025": an agency over a date is a source line.
    const agency = dateline.place ? signOffAgency(dateline.place) : null;
    if (agency) return { ...base, kind: 'source', source: agency, date: restDate };
    // "Jane Doe — March 3, 2025": a writer, not a place, over the date.
    const writer = dateline.place && writerName(dateline.place);
    if (writer) return { ...base, kind: 'byline', byline: { author: writer, source: null, date: restDate, people: [writer], nameOnly: false } };
    return { ...base, kind: 'date', date: restDate };
  }
  if (dateline === null || !leadIn) {
    const byline = parseByline(text, dates, true);
    // A bare "name" that is a button, a known place ("São Paulo" under the date) or a photo
    // credit ("PHOTOGRAPH COURTESY OF MONOTYPE", "Getty Image") is neither.
    const notAName = byline?.nameOnly && (isFurniture(text) || canonicalPlace(text) !== null || looksLikeCredit(text));
    if (byline && !notAName) return { ...base, kind: byline.nameOnly ? 'name' : 'byline', byline };
  }
  const copyright = COPYRIGHT.exec(text);
  if (copyright && text.length <= 160) return { ...base, kind: 'copyright', source: copyrightOwner(copyright[1] ?? '') };
  const caption = parseCaptionLine(text, false);
  if (caption) return { ...base, kind: 'caption', caption };
  const credits = parseWireCredits(text);
  if (credits) return { ...base, kind: 'credits', credits };
  const date = dateLine(text, dates);
  if (date) return { ...base, kind: 'date', date };
  const stamp = dateAndSource(text, dates);
  if (stamp) return { ...base, kind: 'date', ...stamp };
  const first = FIRST_PUBLISHED.exec(text);
  const firstDate = first?.[2] ? dateLine(first[2], dates) : null;
  if (first?.[1] && firstDate) return { ...base, kind: 'source', source: first[1], date: firstDate };
  const stamped = PUBLISHED_STAMP.exec(text);
  const stampDate = stamped?.[2] ? dateLine(stamped[2], dates) : null;
  if (stamped && stampDate) {
    // "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET".
    const site = stamped[1]?.replace(/\s*\([^)]*\)\s*$/u, '').trim() ?? '';
    return { ...base, kind: 'date', date: stampDate, source: site && site.length <= 40 ? site : null };
  }
  if (isFurniture(text)) return { ...base, kind: 'furniture' };
  const sourced = parseSourceAndDate(text, dates);
  if (sourced?.author) {
    const byline = { author: sourced.author, source: sourced.source, date: sourced.date, people: [sourced.author], nameOnly: false };
    return { ...base, kind: 'byline', byline };
  }
  if (sourced) return { ...base, kind: 'source', source: sourced.source, date: sourced.date };
  return { ...base, kind: 'text', prose: isBodyText(text, size) };
}

/** A person's name standing where a dateline's place would ("Jane Doe — March 3, 2025"). */
function writerName(place: string): string | null {
  const name = place.trim();
  const first = name.split(/\s+/u)[0] ?? '';
  if (!isPersonName(name) || canonicalPlace(name) !== null || name === name.toUpperCase()) return null;
  if (FIRST_NAMES.has(first)) return name;
  // A given name the lexicon lacks ("Mariia Hrynko", "Ірина Коваль"): two or three words, none a place, an outlet or a label.
  const words = name.split(/\s+/u);
  return words.length <= 3 && !isKnownSource(name) && !isFurnitureName(name) && words.every((w) => canonicalPlace(w) === null) ? name : null;
}

const READING_TIME =
  /^(?:\d{1,3}\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|分)\.?\s*(?:read|reading|de lecture|de leitura|de lectura|di lettura|lesezeit|leestijd|чтения|で読めます)?|(?:lecture|lesezeit|lectura|leitura|reading time|temps de lecture)\s*:?\s*\d{1,3}\s*min\.?)$/iu;

/** "Dec. 22, 2016, 3:36 PM UTC / Source: Zillow": a date and a labelled source, apart. */
function dateAndSource(text: string, dates: DateOptions): { date: FoundDate; source: string | null } | null {
  const parts = text.split(/\s+[|/·•]\s+|\s+(?=(?:来源|來源|出典|출처|المصدر|מקור)\s*[:：])/u);
  if (parts.length < 2 || parts.length > 3 || text.length > 120) return null;
  const date = dateLine(parts[0] ?? '', dates);
  if (!date) return null;
  let source: string | null = null;
  for (const part of parts.slice(1)) {
    const labelled = SOURCE_LABEL.exec(part);
    if (labelled?.[1]) source ??= labelled[1].trim();
    // "Oct 19, 2016 · 10 min read": a reading time beside the date.
    else if (!dateLine(part, dates) && !READING_TIME.test(part)) return null;
  }
  return { date, source };
}

/**
 * The owner a copyright line names: "© AFP" an agency, "© 2025 Site. All rights reserved." the
 * site, "© dpa-infocom, dpa:250417-99-123456/2" the first part (an agency's unit is the agency).
 */
function copyrightOwner(raw: string): string | null {
  const owner = raw.split(/[,;]/)[0]?.trim() ?? '';
  if (!owner || /rights|reserved/iu.test(owner)) return null;
  return signOffAgency(owner) ?? signOffAgency(owner.split(/[-\s]/)[0] ?? '') ?? owner;
}
