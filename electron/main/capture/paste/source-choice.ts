/**
 * Which publication a paste is from, among what it prints: an agency's lead-in or sign-off, a
 * byline's "…, KSL.com", a "Source:" line, a "©" line, and the site's own name standing alone on
 * a line at the top or the end of the paste (the logo of a select-all copy: "הארץ", "NOS Nieuws",
 * "Le Monde", "The Guardian - Back to home"). A known agency or outlet beats an unknown name; a
 * name is cleaned of what sites add to it ("and news agencies", "-广东频道", "专讯").
 */
import type { Line } from './classify';
import type { Found } from './found';
import { canonicalPlace } from '../nlp/gazetteer';
import { cleanSource, copyrightOutlet, isKnownSource, outletName } from './outlets';

// A Korean broadcaster's sign-off: "KBS 뉴스 정연우입니다.", "MBC뉴스 홍길동입니다".
const BROADCAST_SIGN_OFF = /^([A-Za-z가-힣\d]{2,12}?)\s*뉴스\s*[가-힣]{2,4}입니다\.?$/u;

function broadcastSignOff(text: string): string | null {
  const m = BROADCAST_SIGN_OFF.exec(text.trim());
  return m?.[1] ? (outletName(m[1]) ?? outletName(`${m[1]} 뉴스`)) : null;
}

/** How many lines at the top and at the end of a paste may be the site's name. */
const MASTHEAD_TOP = 14;
const MASTHEAD_END = 8;

/** The outlet named alone on a line (or on a copyright line) near the top (first) or the end of the paste, else null. */
export function findMasthead(lines: Line[], headline: number | null): string | null {
  const at = (i: number): string | null => {
    const line = lines[i];
    if (!line || i === headline || line.text.length > 60) return null;
    return cleanSource(line.text, true) ?? copyrightOutlet(line.text) ?? broadcastSignOff(line.text);
  };
  for (let i = 0; i < Math.min(MASTHEAD_TOP, lines.length); i++) {
    const name = at(i);
    if (name) return name;
  }
  for (let i = lines.length - 1; i >= Math.max(MASTHEAD_TOP, lines.length - MASTHEAD_END); i--) {
    const name = at(i);
    if (name) return name;
  }
  return null;
}

/**
 * The source among `candidates` (in order of trust; null where a kind was not found): the first
 * known agency or outlet, else the first name left once cleaned.
 */
export function chooseSource(candidates: Array<string | null | undefined>): string | null {
  const cleaned = candidates.flatMap((c) => (c ? [cleanSource(c)] : [])).filter((c): c is string => c !== null);
  return cleaned.find(isKnownSource) ?? cleaned[0] ?? null;
}

/**
 * The clipping's source, in order of trust: the agency of the dateline's lead-in or of a place
 * line, a byline's or a source line's, an outlet on a meta line, a sign-off, the masthead.
 */
export function articleSource(found: Found, datelineAgency: string | null): string | null {
  return chooseSource([datelineAgency, found.placeAgency, found.source, found.metaOutlet, found.signOff, found.masthead]);
}

// The parts of a meta line: "By Carter Williams, KSL.com | Posted …", "Cairo: Asharq Al-Awsat",
// "न्यूज डेस्क, अमर उजाला, लखनऊ", "新京报 记者 吴婷婷", "界面新闻记者 | 李彤".
const PARTS = /\s*[,，、|｜:：/·•]\s*/u;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const REPORTER_WORD = /\s*(?:记者|記者|编辑|編輯|기자|특파원|特派员|特派員|通讯员|報導|报道|報道)$/u;

/**
 * An outlet named among the parts of a meta line above the article (never the headline), and
 * the place before it in "Cairo: Asharq Al-Awsat"; null when none is named.
 */
export function headerOutlet(lines: Line[], from: number, to: number, skip: number[]): { source: string; place: string | null } | null {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || skip.includes(i) || line.text.length > 160 || line.prose) continue;
    const parts = line.text.split(PARTS).filter((p) => p.length > 0);
    if (parts.length < 2 && !UNSPACED.test(line.text)) continue;
    for (const [k, part] of parts.entries()) {
      const bare = part.replace(/^[«"“『「]+|[»"”』」]+$/gu, '');
      const words = UNSPACED.test(bare) ? bare.split(/\s+/u) : [bare];
      for (const word of words) {
        const source = outletName(word.replace(REPORTER_WORD, ''), true);
        if (!source) continue;
        const before = k === 1 && parts.length === 2 ? (parts[0] ?? '') : '';
        return { source, place: before && canonicalPlace(before) !== null ? before : null };
      }
    }
  }
  return null;
}
