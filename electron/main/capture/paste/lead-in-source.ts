/**
 * The newsroom a story's opening names, in every script: an agency or an outlet written where a
 * dateline stands, in the shapes a dateline may not be read from. In the opening bracket
 * ("【ソウル聯合ニュース】", "【4月29日 AFP】", "［東京 １０日 ロイター］", "（法新社巴黎29日電）", "(TPS)"),
 * glued before the place and day in unspaced scripts ("路透北京4月10日 -", "韩联社首尔4月1日电"),
 * or after the place among the lead-in's parts ("أنقرة/ الأناضول", "دبي - البيان",
 * "الشارقة: «الخليج»", "طهران/ 10 نيسان/ابريل/ ارنا-", "العربية.نت من دبي:"). Only names the
 * agencies list or the outlets lexicon knows are taken: a lead-in's words are otherwise a place.
 */
import { agencyName } from './agencies';
import { outletName } from './outlets';

const OPEN_BRACKET = /^\s*[【［[（(〔〈<]([^】］\]）)〕〉>\n]{2,40})[】］\]）)〕〉>]/u;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
// A day in a lead-in ("4月10日", "29日", "10日", "2025年"), and the word that closes it ("电", "発", "讯").
const DAY = /\d{1,4}\s*[年月日]\s*(?:\d{1,2}\s*[月日]\s*)?(?:\d{1,2}\s*日)?/gu;
const CLOSE_WORD = /(?:电|電|発|発信|讯|訊|消息|报道|報道|報導|记者.*|記者.*|기자.*|特派員.*|=.*|＝.*)$/u;

/** A known agency, or (with `outlets`) a known outlet, named by `text` whole. */
function knownName(text: string, outlets: boolean): string | null {
  const t = text.trim();
  if (t.length < 2) return null;
  return agencyName(t) ?? (outlets ? outletName(t, true) : null);
}

/** A known name at the start or the end of an unspaced run ("新華社北京", "ソウル聯合ニュース", "北京共同"). */
function gluedName(run: string): string | null {
  const text = run.replace(DAY, ' ').trim().replace(CLOSE_WORD, '').trim();
  if (text.length < 2) return null;
  for (const piece of text.split(/[\s=＝・/／]+/u)) {
    const whole = knownName(piece, true);
    if (whole) return whole;
    if (!UNSPACED.test(piece)) continue;
    for (let n = Math.min(piece.length - 1, 10); n >= 2; n--) {
      const found = knownName(piece.slice(0, n), true) ?? agencyName(piece.slice(-n));
      if (found) return found;
    }
  }
  return null;
}

// The parts of a lead-in: "طهران/ 10 نيسان/ابريل/ ارنا- …", "الشارقة: «الخليج» …", "Paris (AFP) - …".
const PART_SEPARATOR = /\s*[/|(){}«»"“”:：،,\-–—]+\s*/u;
const PART_MAX = 30;

/** An agency or outlet among the parts of a lead-in after its place, before the sentence starts. */
function partName(text: string): string | null {
  const parts = text.slice(0, 120).split(PART_SEPARATOR);
  for (const [i, part] of parts.entries()) {
    const t = part.trim();
    if (t.length > PART_MAX) break;
    if (t.length === 0) continue;
    // The first part is the place (الرياض is a city and a paper); "إيلاف من لندن": the name, then its place.
    const from = i === 0 ? /^(.{2,20}?)\s+(?:من|from)\s+\S+$/u.exec(t) : null;
    const name = i === 0 ? (agencyName(t) ?? (from?.[1] ? outletName(from[1]) : null)) : (agencyName(t) ?? outletName(t));
    if (name) return name;
  }
  return null;
}

/** The agency or outlet a story's opening paragraph or lead-in line names as its newsroom, else null. */
export function leadInSource(text: string): string | null {
  const bracket = OPEN_BRACKET.exec(text);
  if (bracket?.[1]) {
    const inner = bracket[1].normalize('NFKC');
    const name = knownName(inner, true) ?? gluedName(inner);
    if (name) return name;
  }
  const glued = /^\s*(\S{2,16}?)\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊|消息|[-–—])/u.exec(text.normalize('NFKC'));
  if (glued?.[1] && UNSPACED.test(glued[1])) {
    const name = gluedName(glued[1]);
    if (name) return name;
  }
  return UNSPACED.test(text.slice(0, 8)) ? null : partName(text.trim());
}
