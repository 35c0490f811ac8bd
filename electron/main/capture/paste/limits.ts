/**
 * What a paste must be before it is parsed: text (not a binary file read as text), not empty,
 * and of a size one article can have. Each refusal says what was wrong in words, and nothing is
 * stored (capture never writes).
 */
import { CuttingsError } from '../../../../shared/errors';

/** Five million characters: about 800,000 words, far beyond any article. */
export const MAX_PASTE_CHARS = 5_000_000;
/** An article of 100,000 lines is not an article. */
export const MAX_PASTE_LINES = 100_000;

/** Counts newlines without splitting (a split of millions of lines allocates them all). */
function countLines(text: string, stopAt: number): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= stopAt; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** Control characters other than tab, newline, carriage return and form feed; and U+FFFD. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\uFFFD]/g;

/**
 * Throws a CuttingsError `invalid-input` with a message for people when `text` cannot be an
 * article: empty, binary, larger than {@link MAX_PASTE_CHARS} or longer than {@link MAX_PASTE_LINES}.
 */
export function checkPasteSize(text: string): void {
  if (text.trim().length === 0) {
    throw new CuttingsError('invalid-input', 'Nothing to import: the pasted text is empty.');
  }
  if (text.length > MAX_PASTE_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    throw new CuttingsError(
      'invalid-input',
      `This paste is too large to be one article (${mb} million characters; at most 5 million). Paste one article at a time.`,
    );
  }
  const lines = countLines(text, MAX_PASTE_LINES);
  if (lines > MAX_PASTE_LINES) {
    throw new CuttingsError(
      'invalid-input',
      `This paste has more than ${MAX_PASTE_LINES.toLocaleString('en')} lines, too many for one article. Paste one article at a time.`,
    );
  }
  // A binary file read as text is full of control characters and replacement marks.
  const sample = text.slice(0, 20_000);
  const odd = sample.match(BINARY)?.length ?? 0;
  if (odd > 8 && odd / sample.length > 0.01) {
    throw new CuttingsError(
      'invalid-input',
      'This is not text: it looks like the contents of a binary file (a picture, a PDF or a program). Paste the article text, or import the file itself.',
    );
  }
}
