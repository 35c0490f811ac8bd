/**
 * Agency lead-ins that do not follow the "PLACE, DATE (AGENCY) —" shape of dateline.ts:
 *
 * - "(ANSA) - ROMA, 04 MAR - "                 the agency first, then place and date;
 * - "МОСКВА, 12 марта. /ТАСС/. "               TASS;
 * - "МОСКВА, 12 мар — РИА Новости. "           RIA Novosti;
 * - "Москва. 21 марта. INTERFAX.RU - "         Interfax;
 * - "Mumbai (Maharashtra) [India], March 12 (ANI): "  ANI;
 * - "【札幌共同】", "【ワシントン時事】"          Kyodo and Jiji;
 * - "[東京 12日 ロイター] - "                   Reuters in Japanese;
 * - "(서울=연합뉴스) 김수진 기자 = "             Yonhap and the Korean agencies.
 *
 * Each gives the place as printed, the agency, the date when there is one, and the paragraph
 * without its lead-in.
 */
import { agencyName } from './agencies';
import { findDate, type DateOptions } from './dates';
import type { Dateline } from './dateline';

const CASED_PLACE = "(\\p{Lu}[\\p{L}'’.-]*(?:[\\s-]\\p{Lu}[\\p{L}'’.-]*){0,3})";
const DASH = '(?:—|–|-{1,2})';

const AGENCY_THEN_PLACE = new RegExp(`^\\(([^)]{2,20})\\)\\s*${DASH}\\s*${CASED_PLACE},\\s*([^-–—\\n]{3,25}?)\\s*${DASH}\\s*`, 'u');
const SLASHED_AGENCY = new RegExp(`^${CASED_PLACE},\\s*([^./\\n]{3,25}?)\\.\\s*/([^/\\n]{2,20})/\\.?\\s*`, 'u');
const DATE_THEN_AGENCY = new RegExp(`^${CASED_PLACE},\\s*([^—–\\n]{3,25}?)\\s*[—–]\\s*([^.\\n]{2,20})\\.\\s+`, 'u');
const DOTTED = new RegExp(`^${CASED_PLACE}\\.\\s*([^.\\n]{3,25}?)\\.\\s*([^\\s.][^\\s]{1,20})\\s*${DASH}\\s*`, 'u');
const REGION_COUNTRY = new RegExp(`^${CASED_PLACE}\\s*\\([^)]{2,30}\\)\\s*\\[[^\\]]{2,30}\\],\\s*([^()\\n]{3,25}?)\\s*\\(([^)]{2,20})\\)\\s*[:—–-]\\s*`, 'u');
const JAPANESE_BRACKETS = /^【([^】\s]{1,12}?)(共同|時事|ロイター|AFP時事|ＡＦＰ時事|EPA時事|ＥＰＡ時事)】\s*/u;
const REUTERS_JAPANESE = /^\[([^\]\s]{1,12})\s+(\d{1,2})日\s+(ロイター)\]\s*[-–—]?\s*/u;
const KOREAN = /^\(([^=()\s]{1,12})=(연합뉴스|뉴시스|뉴스1)\)\s*(?:((?:[가-힣]{2,4}\s*)+?)\s*(?:기자|특파원)\s*=\s*)?/u;

function known(agency: string | undefined): string | null {
  return agency ? agencyName(agency.trim()) : null;
}

/** The lead-in of one of the shapes above taken off `paragraph`, or null. */
export function parseWireLeadIn(paragraph: string, options: DateOptions): Dateline | null {
  const head = paragraph.slice(0, 160);
  const rest = (m: RegExpExecArray): string => paragraph.slice(m[0].length);

  let m = AGENCY_THEN_PLACE.exec(head);
  if (m?.[2] && known(m[1])) {
    return { place: m[2], agency: known(m[1]), date: findDate(m[3] ?? '', options), rest: rest(m) };
  }
  for (const re of [SLASHED_AGENCY, DATE_THEN_AGENCY, DOTTED, REGION_COUNTRY]) {
    m = re.exec(head);
    const date = m?.[2] ? findDate(m[2], options) : null;
    if (m?.[1] && date && known(m[3])) return { place: m[1], agency: known(m[3]), date, rest: rest(m) };
  }
  m = JAPANESE_BRACKETS.exec(head);
  if (m?.[1]) return { place: m[1], agency: known(m[2]), date: null, rest: rest(m) };
  m = REUTERS_JAPANESE.exec(head);
  // "12日" names the day only: the month comes from the page's date line, not from here.
  if (m?.[1]) return { place: m[1], agency: known(m[3]), date: null, rest: rest(m) };
  m = KOREAN.exec(head);
  if (m?.[1]) {
    const author = m[3] ? m[3].trim().split(/\s+/u).join(', ') : null;
    return { place: m[1], agency: known(m[2]), date: null, rest: rest(m), author };
  }
  return null;
}
