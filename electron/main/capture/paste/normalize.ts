/**
 * Whitespace and line-wrapping normalisation for pasted text.
 * A paste arrives with CRLF, non-breaking spaces, zero-width characters and, from e-mail or
 * terminals, hard-wrapped lines. Everything downstream works on "units": one logical line each
 * (a paragraph, a headline, a byline…), with blank-line structure already resolved.
 */

// Zero-width characters and the soft hyphen carry no text; browsers copy them from page markup.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F]/g;
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
    .replace(CONTROLS, '')
    .replace(SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

const TERMINAL = /[.!?…:;"”“»«’)\]]$/u;

/**
 * The width lines were hard-wrapped at, or null when the paste was not hard-wrapped.
 * Browser pastes put a whole paragraph on one line; wrapped text has many lines that stop
 * just short of the same column.
 */
function wrapWidth(blocks: string[][]): number | null {
  const inner = blocks.flatMap((lines) => lines.slice(0, -1).map((l) => l.length));
  if (inner.length < 3) return null;
  const width = Math.max(...inner);
  if (width < 30 || width > 110) return null;
  const near = inner.filter((n) => n >= width * 0.7).length;
  return near / inner.length >= 0.6 ? width : null;
}

/** Joins two wrapped lines, undoing a hyphenation break when the next part is lowercase. */
function joinWrapped(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  if (/\p{L}-$/u.test(a)) return a + b;
  return `${a} ${b}`;
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
    let current = lines[0] ?? '';
    // The physical line decides, not the paragraph joined so far.
    let last = current;
    for (const next of lines.slice(1)) {
      const wrapped = width !== null && last.length >= width * 0.6 && !/^[-*•·]\s/.test(next);
      // A line stopping mid-sentence ("finished by") continues on the next, even at a number.
      const continues =
        !TERMINAL.test(last) && (/^\p{Ll}/u.test(next) || (/^\d/.test(next) && /[\p{Ll},]$/u.test(last) && last.split(' ').length >= 6));
      if (wrapped || continues) {
        current = joinWrapped(current, next);
      } else {
        units.push(current);
        current = next;
      }
      last = next;
    }
    units.push(current);
  }
  return units;
}
