/**
 * Which publication a paste is from, among what it prints: an agency's lead-in or sign-off, a
 * byline's "…, KSL.com", a "Source:" line, a "©" line, and the site's own name standing alone on
 * a line at the top or the end of the paste (the logo of a select-all copy: "הארץ", "NOS Nieuws",
 * "Le Monde", "The Guardian - Back to home"). A known agency or outlet beats an unknown name; a
 * name is cleaned of what sites add to it ("and news agencies", "-广东频道", "专讯").
 */
import type { Line } from './classify';
import type { Found } from './found';
import { cleanSource, copyrightOutlet, isKnownSource, outletName } from './outlets';
import { unknownSite } from './site-evidence';
import { agencyName } from './agencies';
import { knownPlace } from './wire-leadins';
import { leadInSource } from './lead-in-source';

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
  // A name the lexicon does not know, where the paste shows it (site-evidence.ts).
  const unknown = unknownSite(lines, headline, MASTHEAD_TOP, MASTHEAD_END);
  return unknown ? cleanSource(unknown) : null;
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
 * line, a byline's or a source line's, an outlet on a meta line, a sign-off, an agency's credit
 * closing the article, the masthead.
 */
export function articleSource(found: Found, datelineAgency: string | null, body: string[]): string | null {
  const leadIn = body.slice(0, 2).map(leadInSource).find((name) => name !== null) ?? null;
  return chooseSource([datelineAgency, found.placeAgency, leadIn, found.source, found.metaOutlet, found.signOff, closingAgency(body), found.masthead]);
}

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const REPORTER_WORD = /\s*(?:记者|記者|编辑|編輯|기자|특파원|特派员|特派員|通讯员|報導|报道|報道)$/u;

// "Xinhua reporter Li Wei", "By Reuters staff", "AA muhabiri", "Корреспондент ТАСС", "مراسل الأناضول".
const REPORTER_AFTER = /^(?:staff|reporters?|correspondents?|writers?|journalists?|muhabiri|muhabirleri|muhabirimiz|корреспондент|кореспондент|репортер|记者|記者|기자|特派员|特派員)$/iu;
const REPORTER_BEFORE = /^(?:корреспондент|кореспондент|correspondant|corresponsal|correspondente|corrispondente|مراسل|مراسلة|כתב|כתבת|خبرنگار)$/iu;

/** The agency a reporter's line names as the reporter's employer ("Xinhua reporter Li Wei"), else null. */
export function agencyReporter(text: string): string | null {
  if (text.length > 80) return null;
  const words = text.trim().replace(/^(?:by|von|par|por)\s+/iu, '').split(/\s+/u);
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    const after = agencyName(words.slice(0, n).join(' '));
    if (after && REPORTER_AFTER.test(words[n] ?? '')) return after;
    const before = REPORTER_BEFORE.test(words[0] ?? '') ? agencyName(words.slice(1, n + 1).join(' ')) : null;
    if (before) return before;
  }
  return null;
}

// An agency's credit closing the article's last paragraph: "… on Tuesday. (AFP)", "(كونا)", "/قنا/", "— AP".
const CLOSING_CREDIT = /(?:^|[\s.。!?؟"”»])(?:[(（/]\s*([^()（）/\n]{2,30}?)\s*[)）/]|[-–—]{1,2}\s*([^\s\-–—][^\n]{1,24}?))\s*[.。]?\s*$/u;

/** The agency credited at the end of the article's last paragraphs, else null. */
export function closingAgency(body: string[]): string | null {
  for (const paragraph of body.slice(-2).reverse()) {
    const m = CLOSING_CREDIT.exec(paragraph.slice(-60));
    const agency = m ? agencyName((m[1] ?? m[2] ?? '').trim()) : null;
    if (agency) return agency;
  }
  return null;
}

/** A known outlet among the words of a part of a meta line ("Posted on The Harbour Times", "KSL.com"), else null. */
function outletIn(part: string): string | null {
  const bare = part.replace(/^[«"“『「]+|[»"”』」]+$/gu, '');
  if (UNSPACED.test(bare)) {
    for (const word of bare.split(/\s+/u)) {
      const source = outletName(word.replace(REPORTER_WORD, ''), true);
      if (source) return source;
    }
    return null;
  }
  // The longest run of words that names a known outlet; one word only when capitalised ("Mint", not "mint").
  const words = bare.split(/\s+/u).map((w) => w.replace(/^[("'“]+|[)"'”.,;!?]+$/gu, ''));
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    for (let start = 0; start + n <= words.length; start++) {
      const run = words.slice(start, start + n).join(' ');
      if (n === 1 && !/^\p{Lu}|\./u.test(run)) continue;
      const source = outletName(run, true);
      if (source) return source;
    }
  }
  return null;
}

// "Cairo: Asharq Al-Awsat", "القاهرة: محمد نبيل حلمي", "دبي - العربية.نت": a known place, then a name.
// ("Madrid - 04 mar 2025 - 09:15 CET", a place over the date, is El País's byline place, not a dateline.)
const PLACE_THEN_NAME = /^([^:：\-–—|,]{2,30}?)\s*(?:[:：]|\s[-–—]|[-–—]\s)\s*([^\d\s][^\d]{1,40})$/u;
const PHOTO = /\b(?:photo|foto|image|bild|picture|credit)s?\b|صورة|照片|图片|写真|사진|תמונה|фото/iu;

/**
 * An outlet named in a meta line above the article (never the headline): among the parts of
 * "By Carter Williams, KSL.com | Posted …", "Cairo: Asharq Al-Awsat", "新京报 记者 吴婷婷", or a
 * reporter's agency ("Xinhua reporter Li Wei"); and the known place a meta line opens with
 * ("Cairo: …", "دبي - …"). Null when neither is printed.
 */
export function headerOutlet(lines: Line[], from: number, to: number, skip: number[]): { source: string | null; place: string | null } | null {
  let place: string | null = null;
  let leadIn: string | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (!line || skip.includes(i) || line.text.length > 160 || line.prose) continue;
    const reporter = PHOTO.test(line.text) ? null : agencyReporter(line.text);
    if (reporter) return { source: reporter, place };
    if (line.kind === 'caption' || PHOTO.test(line.text)) continue;
    const opening = PLACE_THEN_NAME.exec(line.text.trim());
    // Above the headline "Israel - Gaza war" is a kicker, not where the story was filed.
    const below = skip.length === 0 || i > Math.max(...skip);
    const here = below && opening?.[1] && knownPlace(opening[1].trim()) ? opening[1].trim() : null;
    place ??= here;
    // A lead-in on a line of its own under the headline: "أنقرة/ الأناضول", "دبي - البيان".
    leadIn ??= below && line.text.length <= 60 ? leadInSource(line.text) : null;
    const parts = line.text.split(/\s*[,，、|｜:：/·•]\s*|\s+[-–—]\s+/u).filter((p) => p.length > 0);
    if (parts.length < 2 && !UNSPACED.test(line.text)) continue;
    for (const part of parts) {
      const source = outletIn(part);
      if (source) return { source, place };
    }
  }
  return place || leadIn ? { source: leadIn, place } : null;
}
