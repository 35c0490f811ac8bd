/**
 * A writer's name in a script without capitals, with what the page prints beside it on the same
 * line: "רונית לוי | 26.05.2025 16:05", "محمد شيخ يوسف |21.05.2025 - محدث : 21.05.2025",
 * "प्रिया मिश्रा | 16 जून 2025", "נועה שפיגל | הארץ", "अमित शर्मा, नई दिल्ली". Without capitals
 * nothing in the name itself tells it from a section or a label, so the line must say what the
 * rest is: a date, a known place, a known outlet or agency.
 */
import { canonicalPlace } from '../nlp/gazetteer';
import { agencyName } from './agencies';
import { findDate, type DateOptions, type FoundDate } from './dates';
import { isFurniture } from './furniture';
import { NOT_A_NAME } from './names';
import { isKnownSource } from './outlets';

// One word of a script written with spaces between words and no capitals, with its vowel signs and joiners.
const WORD =
  '(?:[\\p{sc=Hebrew}\\p{sc=Arabic}\\p{sc=Devanagari}\\p{sc=Bengali}\\p{sc=Gurmukhi}\\p{sc=Gujarati}\\p{sc=Oriya}\\p{sc=Tamil}\\p{sc=Telugu}\\p{sc=Kannada}\\p{sc=Malayalam}\\p{sc=Sinhala}\\p{sc=Thai}\\p{sc=Georgian}\\p{sc=Ethiopic}\\p{sc=Armenian}]|\\p{M}|\\u200c|\\u200d|[\'’"״׳-])+';
const CJK = '[\\p{sc=Han}\\p{sc=Katakana}\\p{sc=Hiragana}]';
// Two to four such words ("محمد شيخ يوسف"), three or four CJK characters ("王小明"), or a CJK family and given name apart ("山本 一郎").
const NAME = new RegExp(`^(?:${WORD}(?:\\s${WORD}){1,3}|[\\p{sc=Han}\\p{sc=Katakana}\\p{sc=Hiragana}・]{3,4}|${CJK}{1,4}[ \\u3000]${CJK}{1,4})$`, 'u');
// What parts the name from the rest: a bar, a bullet, a spaced dash or colon, a comma.
const PARTS = /\s*[|｜·•\u2022،,]\s*|\s+[-–—:：]\s+/u;
// What the writer is, after the name ("東洋経済 記者", "صحافية", "כתב חדשות 13"): the role word, an outlet perhaps.
const ROLE =
  /(?:^|\s)(?:記者|记者|特派員|特派员|編集委員|論説委員|ライター|صحافي|صحافية|صحفي|صحفية|مراسل|مراسلة|محرر|محررة|כתב|כתבת|עורך|עורכת|פרשן|פרשנית|संवाददाता|रिपोर्टर|पत्रकार)(?:\s|$)/u;
// A place in brackets after the name: "فهد العتيبي (جدة)".
const PLACE_AFTER = /\s*[(（]([^()（）\d]{2,20})[)）]$/u;
// A label before the date: "محدث :", "עודכן:", "अपडेट:", "Updated".
const LABEL = /^[^\d]{0,20}?[:：]\s*/u;

// "09:45 AM", "16:05 IST": the time of the date before it.
const TIME = /^\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))*$/iu;

export interface UncasedWriter {
  author: string;
  date: FoundDate | null;
  source: string | null;
}

/** True when `part` (after the name) is a date, maybe labelled ("محدث : 21.05.2025"). */
function dateOf(part: string, options: DateOptions): FoundDate | null {
  if (part.length > 50) return null;
  const date = findDate(part, options);
  if (!date) return null;
  // The date must be most of the part: "21.05.2025", "16 जून 2025, 09:45 AM", "פורסם: 20.05.25".
  const rest = part.replace(date.text, '').replace(LABEL, '').replace(/[\d:.\s,/]|AM|PM|IST|GMT|UTC|[ap]\.?m\.?/giu, '');
  return rest.length <= 12 ? date : null;
}

/** The writer of a line "NAME | DATE", "NAME | OUTLET", "NAME, PLACE" in a script without capitals, or null. */
export function uncasedWriter(text: string, options: DateOptions): UncasedWriter | null {
  if (text.length > 120) return null;
  const place = PLACE_AFTER.exec(text);
  const line = place ? `${text.slice(0, place.index)} | ${place[1] ?? ''}` : text;
  const [head, ...rest] = line.split(PARTS).map((p) => p.trim()).filter((p) => p.length > 0);
  if (!head || rest.length === 0 || !NAME.test(head) || NOT_A_NAME.test(head) || isFurniture(head)) return null;
  if (agencyName(head) || isKnownSource(head) || head.split(/\s+/u).some((w) => canonicalPlace(w) !== null) || canonicalPlace(head) !== null) return null;
  const out: UncasedWriter = { author: head, date: null, source: null };
  for (const part of rest) {
    const date = dateOf(part, options);
    if (date) {
      out.date ??= date;
      continue;
    }
    const agency = agencyName(part);
    if (agency || isKnownSource(part) || NOT_A_NAME.test(part)) {
      out.source ??= agency ?? part;
      continue;
    }
    if (canonicalPlace(part) !== null || TIME.test(part) || (ROLE.test(part) && part.split(/\s+/u).length <= 4)) continue;
    // "(جدة)": one word in brackets after the name is where the writer filed from.
    if (place && part === place[1]?.trim() && !/\s/u.test(part)) continue;
    return null;
  }
  return out;
}
