/**
 * Whitespace and line-wrapping normalisation for pasted text.
 * A paste arrives with CRLF, non-breaking spaces, zero-width characters and, from e-mail or
 * terminals, hard-wrapped lines. Everything downstream works on "units": one logical line each
 * (a paragraph, a headline, a byline…), with blank-line structure already resolved.
 */

import { monthOf } from './calendar-words';
import { opensWithDate } from './dates';
import { isFurniture } from './furniture';

// Zero-width characters and the soft hyphen carry no text; browsers copy them from page markup.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F]/g;
// The zero-width non-joiner and joiner are spelling in Persian, the Indic scripts and emoji
// ("کم‌آبی", "पत्‍नी", 👩‍💻): kept after a letter or mark of a script that is not Latin (or after an
// emoji), dropped elsewhere (stray markup in Latin text).
const JOINERS = /(?<![\p{L}\p{M}\p{Extended_Pictographic}\uFE0F])[\u200C\u200D]|(?<=[\p{sc=Latin}\p{N}\p{P}\s])[\u200C\u200D]/gu;
// Every kind of horizontal space that should read as a plain space.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Control characters other than newline; form feeds end a page, so they become newlines.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

/** Canonical form of a paste: NFC, LF line ends, plain spaces, no invisible characters. */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\f]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(JOINERS, '')
    .replace(CONTROLS, '')
    .replace(SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** "12 марта, 14:25", "2025. március 12.", "miércoles, 11 de mayo de 2022": a date line under a headline, not the end of a sentence. */
function startsWithDate(line: string): boolean {
  const m = /^\d{1,4}\.?\s+(\p{L}+)/u.exec(line);
  return (!!m?.[1] && monthOf(m[1], null) !== null) || opensWithDate(line);
}

const TERMINAL = /[.!?…:;"”“»«’)\]]$/u;
const BYLINE_WORD = /^(?:(?:written|posted|story|words|text|reported|published)\s+by\s|(?:by|von|par|por|di|door|av|af|od|oleh)\s+)\p{Lu}/iu;
/** A byline opening its own line in a hard-wrapped text ("By Jane Doe", "Written by …"): capitalised, so "…published\nby Reuters" still joins. */
const BYLINE_LINE = /^(?:(?:Written|Posted|Story|Words|Text|Reported|Published)\s+by|By|BY|Par|PAR|Por|POR|Von|VON)\s+\p{Lu}/u;
/** A byline line in a hard-wrapped text: {@link BYLINE_LINE}, or a short "by Rose Orlik" with no stop. */
const bylineLine = (line: string): boolean => BYLINE_LINE.test(line) || (/^by\s+\p{Lu}/u.test(line) && line.length <= 40 && !TERMINAL.test(line));

/**
 * The width lines were hard-wrapped at, or null when the paste was not hard-wrapped.
 * Browser pastes put a whole paragraph on one line; wrapped text has many lines that stop
 * just short of the same column.
 */
function wrapWidth(blocks: string[][]): number | null {
  const inner = blocks.flatMap((lines) => lines.slice(0, -1).map((l, i) => ({ n: l.length, word: firstWord(lines[i + 1] ?? '') })));
  // Three or four lines say nothing of a wrap column: a short paste's headline, byline and dateline
  // may all stop near the same width ("تركيا.. ارتفاع …" over "محمد شيخ يوسف |21.05.2025").
  if (inner.length < 5) return null;
  // A loop, not Math.max(...inner): a paste of a million lines would overflow the stack.
  let width = 0;
  for (const { n } of inner) if (n > width) width = n;
  // Short header lines (a kicker over a headline) are not a wrapped paragraph.
  if (width < 40 || width > 110) return null;
  const near = inner.filter(({ n }) => n >= width * 0.7).length;
  // A wrapped line broke because the next word did not fit: a line the next word would have fitted
  // (a headline over its date, a byline over the first paragraph) ended where its writer ended it.
  const broken = inner.filter(({ n, word }) => fullAt(n, word, width)).length;
  return near / inner.length >= 0.6 && broken / inner.length >= 0.6 ? width : null;
}

/** The first word of a line (what a wrapping editor would have tried to fit on the line above). */
const firstWord = (line: string): number => line.indexOf(' ') < 0 ? line.length : line.indexOf(' ');

/** True when a line of `length` could not take the next line's first word within `width`. */
const fullAt = (length: number, word: number, width: number): boolean => length + 1 + word > width;

/**
 * Appends a wrapped line to the parts of a paragraph, undoing a hyphenation break when the next
 * part is lowercase. Parts are joined once at the end: concatenating a paragraph that grows line
 * by line and testing its end each time would be quadratic in a paste of thousands of lines.
 */
function appendWrapped(parts: string[], b: string): void {
  const a = parts[parts.length - 1] ?? '';
  if (/\p{L}-$/u.test(a)) {
    if (/^\p{Ll}/u.test(b)) parts[parts.length - 1] = a.slice(0, -1);
    parts.push('', b);
    return;
  }
  parts.push(' ', b);
}

/**
 * Splits normalised text into units. Lines of one block are joined when they are clearly one
 * paragraph: the text is hard-wrapped and the line reaches the wrap column, or a line without
 * final punctuation is followed by one starting in lowercase.
 */
export function splitUnits(text: string): string[] {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').filter((l) => l.length > 0))
    .filter((b) => b.length > 0);
  const width = wrapWidth(blocks);
  const units: string[] = [];
  for (const lines of blocks) {
    let current = [lines[0] ?? ''];
    // The physical line decides, not the paragraph joined so far.
    let last = lines[0] ?? '';
    for (const next of lines.slice(1)) {
      // A byline, a date or page furniture under a headline stands alone even in wrapped text.
      const wrapped =
        width !== null && last.length >= width * 0.6 && fullAt(last.length, firstWord(next), width) && !/^[-*•·]\s/.test(next) && !bylineLine(next) && !startsWithDate(next) && !isFurniture(next);
      // A line stopping mid-sentence ("finished by") continues on the next, even at a number.
      // A byline under a headline ("by Laura June Topolsky") and a count under it ("321,046") are lines of their own.
      const continues =
        !TERMINAL.test(last) &&
        !BYLINE_WORD.test(next) &&
        !isFurniture(next) &&
        // Only a long line was cut mid-sentence; a short one ("Aleš Vávra" over "před 2 hodinami") stands alone.
        (last.length >= 40 || /^\p{Ll}/u.test(last)) &&
        (/^\p{Ll}/u.test(next) || (/^\d+\s+\p{Ll}/u.test(next) && /[\p{Ll},]$/u.test(last) && last.split(' ').length >= 6 && next.split(' ').length >= 3)) &&
        !startsWithDate(next);
      // "Written on Mar 17 by" over "Pippin Lee": one byline cut in two.
      const splitByline = /\s(?:by|von|par|por)$/iu.test(last) && last.length <= 60 && next.length <= 60 && /^\p{Lu}/u.test(next);
      if (wrapped || continues || splitByline) {
        appendWrapped(current, next);
      } else {
        units.push(current.join(''));
        current = [next];
      }
      last = next;
    }
    units.push(current.join(''));
  }
  return units;
}
