/** What stands beside the byline a paste was read from: its date. */
import { canonicalPlace } from '../nlp/gazetteer';
import type { Line } from './classify';
import { earliestDate, findDates, opensWithDate, type DateOptions, type FoundDate } from './dates';
import { NOT_A_NAME } from './names';

/** Lines that may stand between a byline and its date. */
const BETWEEN = new Set(['furniture', 'caption', 'url']);

/**
 * The date printed with the byline at `at`: a date line (or a source line with a date) right
 * under or over it, with only furniture or a caption between ("By Marc Santora" / "Sept. 19,
 * 2016"). Sites print the two together wherever the byline stands, in the header or under the
 * opening photo and paragraph, so the date goes with the byline chosen.
 */
export function dateBeside(lines: Line[], at: number): FoundDate | null {
  for (const step of [1, -1]) {
    for (let j = at + step; j >= 0 && j < lines.length && Math.abs(j - at) <= 3; j += step) {
      const line = lines[j] as Line;
      if ((line.kind === 'date' || line.kind === 'source') && line.date) return line.date;
      if (!BETWEEN.has(line.kind)) break;
    }
  }
  return null;
}

/** How far around the headline a stamp line is looked for. */
const ABOVE = 3;
const BELOW = 8;
/** How long (in `Line.size` units) a stamp line may be: around the headline, and in the header under it. */
const STAMP = 15;
const STAMP_IN_HEADER = 40;

/**
 * The date of a meta line around the headline, when no date line was found: a short line that
 * is not prose and holds a full date among other words ("Posted in News on April 9, 2019",
 * "access_time2019/04/21 11:51 createNeoL folder生活", "April 9, 2019 — 12 Comments"). The
 * publication date among several is the earliest.
 */
export function stampNearHeadline(lines: Line[], headline: number, bodyStart: number, options: DateOptions): FoundDate | null {
  const end = Math.min(lines.length, Math.max(bodyStart, headline + 1) + 2, headline + BELOW + 1);
  for (let i = Math.max(0, headline - ABOVE); i < end; i++) {
    const line = lines[i] as Line;
    // Between the headline and the body a meta line may be longer ("News Desk, Amar Ujala, Lucknow
    // Published by: … Updated Tue, 20 May 2025 10:32 AM IST").
    const longest = i > headline && i < bodyStart ? STAMP_IN_HEADER : STAMP;
    // A caption is no stamp, unless it opens with its date ("23. März 2017 , aktualisiert … | Quelle: Handelsblatt").
    if (i === headline || line.prose || line.size > longest || (line.kind === 'caption' && !opensWithDate(line.text))) continue;
    const dated = findDates(line.text, options).filter((d) => d.year !== null);
    if (dated.length > 0) return earliestDate(dated);
  }
  return null;
}

/**
 * The last resort: the first line after the headline that is nothing but a date (with its labels:
 * "Published Dec. 22, 2016 3:00 PM"), wherever it stands; a page prints its publication stamp
 * once, and a select-all copy may put it far under the headline (under a gallery, a video, the
 * opening paragraphs), above the article's last paragraph. A date with its year only.
 */
export function firstDateLine(lines: Line[], headline: number, options: DateOptions): FoundDate | null {
  // Within the article: the lists of other stories after its last paragraph carry their own dates.
  const end = lines.findLastIndex((l) => l.prose && l.size >= 20);
  for (let i = headline + 1; i <= end; i++) {
    const line = lines[i] as Line;
    if (i < end && line.kind === 'date' && line.date?.year != null) return line.date;
    // The blog's footer may be the last long line itself.
    const posted = postedOn(line.text, options);
    if (posted) return posted;
  }
  return null;
}

// "This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under…" (a blog's
// footer), "Publicado el 3 de mayo de 2022": a label of publication right before a full date.
const POSTED =
  /(?<![\p{L}])(?:posted|published|publicado|publicada|publié|publiée|pubblicato|veröffentlicht|gepubliceerd|opublikowano)(?:\s+(?:on|el|le|il|am|op|em|w dniu))?\s+(?:\p{L}+,?\s+)?$/iu;

/** The full date a label of publication stands right before in `text` ("… was posted on …"), or null. */
function postedOn(text: string, options: DateOptions): FoundDate | null {
  if (!/posted|publi|veröff|gepubl|opubl/iu.test(text)) return null;
  for (const d of findDates(text, options)) {
    const at = text.indexOf(d.text);
    if (d.year !== null && POSTED.test(text.slice(Math.max(0, at - 40), at))) return d;
  }
  return null;
}

// A name in a script without capitals: two to four Arabic or Hebrew words ("محمد عبد الله",
// "דני כהן"), or two to five CJK characters, perhaps with one space ("田中一郎", "田中 一郎"); a role
// after a comma ("דני כהן, כתב וואלה") is not part of it.
const RTL_NAME = /^([\p{sc=Arabic}\p{sc=Hebrew}]{2,}(?:\s[\p{sc=Arabic}\p{sc=Hebrew}]{2,}){1,3})(?:\s*[,،]\s*[^,،\d]{2,30})?$/u;
const CJK_NAME = /^([\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}]{1,3}[\s\u3000]?[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}]{1,3})$/u;
const PERSIAN_LETTER = /[پچژگکی]/u;
// What a writer is, on a line of its own under the name, in scripts without capitals.
const UNCASED_ROLE =
  /^(?:صحافي|صحافية|صحفي|صحفية|مراسل|مراسلة|محرر|محررة|كاتب|كاتبة|כתב|כתבת|עורך|עורכת|פרשן|פרשנית|संवाददाता|रिपोर्टर|पत्रकार|記者|记者|特派員|編集委員)(?:\s[\p{L} ]{2,30})?$/u;
const minCjk = (name: string): boolean => name.replace(/[\s\u3000]/gu, '').length >= 3;

/**
 * A bare name in a script without capitals under the headline, with the date line right above or
 * under it ("דני כהן" / "פורסם: 07.12.26"): Arabic, Hebrew, Chinese and Japanese sites print
 * the writer so, with no "By" word, and nothing else tells such a name from a label.
 */
export function uncasedNameBesideDate(lines: Line[], headline: number): string | null {
  const isDate = (j: number): boolean => j !== headline && (lines[j]?.kind === 'date' || (lines[j]?.kind === 'source' && !!lines[j]?.date));
  // An author card: the name, what the writer is ("صحافية", "כתב", "記者"), the date.
  const isRole = (j: number): boolean => UNCASED_ROLE.test(lines[j]?.text.trim() ?? '');
  for (let i = headline + 1; i <= headline + 2 && i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'text' || line.prose || !(isDate(i - 1) || isDate(i + 1) || (isRole(i + 1) && isDate(i + 2)))) continue;
    // Persian pages label their writers ("خبرنگار:", "نویسنده:"); a bare Persian line by the date is a desk or a section.
    if (PERSIAN_LETTER.test(line.text)) continue;
    const name = RTL_NAME.exec(line.text)?.[1] ?? CJK_NAME.exec(line.text)?.[1];
    if (!name || NOT_A_NAME.test(name) || canonicalPlace(name.split(/\s/u)[0] ?? '') !== null) continue;
    // "円相場" under "円相場 一時1ドル＝142円台に": a topic tag repeats the headline's words, a writer does not.
    if ((lines[headline] as Line).text.includes(name.trim())) continue;
    // A CJK name of two characters is as often a section label ("政治"): three or more.
    if (CJK_NAME.test(name) && !minCjk(name)) continue;
    return name.trim();
  }
  return null;
}
