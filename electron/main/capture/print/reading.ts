/**
 * Lines of text in blocks (from OCR or from a PDF's text layer), in reading order → the
 * article: its headline (the leading blocks set in headline type) and its paragraphs. A
 * paragraph ends at a wider gap between lines, at an indented first line, or after a short
 * last line; it goes on across a column break when the column ends on a full line. Words
 * broken at the end of a line are joined again.
 */
import { median } from './components';
import type { Box } from './gray';

export interface TextLine extends Box {
  text: string;
}

export interface ReadBlock extends Box {
  size: number;
  big: boolean;
  lines: TextLine[];
}

export interface PageText {
  headline: string | null;
  paragraphs: string[];
}

const SENTENCE_END = /[.!?…:"»”“'’)\]]$/u;

/** Headline and paragraphs of a page (or of the region the user drew). */
export function readBlocks(blocks: ReadBlock[]): PageText {
  // A block that read as a letter or two is a speck or a picture edge, not text.
  const useful = blocks.filter((b) => b.lines.map((l) => l.text).join('').replace(/[^\p{L}\p{N}]/gu, '').length >= 4);
  // The headline: the blocks in headline type the page opens with, after at most a short
  // kicker above them ("POLITICS", "Exclusive"), which then leads the text.
  const first = useful.findIndex((b) => b.big);
  const kicker = first === 1 && isKicker(useful[0] as ReadBlock, useful[1] as ReadBlock);
  const opening = first === 0 || kicker ? first : -1;
  const headParts: string[] = [];
  let end = opening;
  while (end >= 0 && end < useful.length && (useful[end] as ReadBlock).big) {
    headParts.push((useful[end] as ReadBlock).lines.map((l) => l.text.trim()).join(' '));
    end++;
  }
  const rest = opening < 0 ? useful : [...useful.slice(0, opening), ...useful.slice(end)];
  const paragraphs: string[][] = [];
  let current: TextLine[] = [];
  let previous: ReadBlock | null = null;
  for (const block of rest) {
    const lines = block.lines.filter((l) => l.text.trim());
    // The column's edges near each line (its neighbours'), not over the whole block: on a page
    // photographed at an angle the edges drift from top to bottom.
    const near = (i: number): TextLine[] => lines.slice(Math.max(0, i - 3), i + 4).filter((_, k, all) => all[k] !== lines[i]);
    const leftAt = (i: number): number => median(near(i).map((l) => l.x0)) || (lines[i] as TextLine).x0;
    const rightAt = (i: number): number => median(near(i).map((l) => l.x1)) || (lines[i] as TextLine).x1;
    const pitch = median(lines.slice(1).map((l, i) => l.y0 - (lines[i] as TextLine).y0)) || block.size * 1.4;
    for (const [i, line] of lines.entries()) {
      const before = i > 0 ? (lines[i - 1] as TextLine) : null;
      let breakHere: boolean;
      if (before) {
        breakHere =
          line.y0 - before.y0 > pitch * 1.25 || // a gap
          line.x0 - leftAt(i) > block.size * 0.8 || // an indent
          (before.x1 < rightAt(i - 1) - block.size * 3 && SENTENCE_END.test(before.text.trim())); // a short last line
      } else {
        // A new block: the paragraph goes on only over a column break, after a full line, into an unindented line.
        const last = current.at(-1);
        const full = previous !== null && last !== undefined && last.x1 >= previous.x1 - previous.size * 2;
        const sameType = previous !== null && !previous.big && !block.big;
        breakHere = !(sameType && full && last !== undefined && !SENTENCE_END.test(last.text.trim()) && line.x0 - leftAt(i) <= block.size * 0.8 && line.y0 < last.y0);
      }
      if (breakHere && current.length) {
        paragraphs.push(current.map((l) => l.text.trim()));
        current = [];
      }
      current.push(line);
    }
    previous = { ...block, lines };
  }
  if (current.length) paragraphs.push(current.map((l) => l.text.trim()));
  const joined = paragraphs.map(joinLines);
  const headline = headParts.length ? joinLines(headParts) : null;
  // The text's own words, leaving out the parts of words broken at a line end.
  const vocabulary = new Set(joined.join(' ').replace(/\p{L}+\uE000\p{L}+/gu, ' ').toLowerCase().split(/[^\p{L}]+/u));
  return {
    headline: headline && tidy(rejoinBreaks(headline, vocabulary)),
    paragraphs: joined.map((p) => tidy(rejoinBreaks(p, vocabulary))).filter(Boolean),
  };
}

/** Marks a word broken at a line end, between its parts (a private-use character no text holds). */
const BREAK_MARK = '\uE000';

/** A line or two of small type above the headline, no wider than it. */
function isKicker(block: ReadBlock, headline: ReadBlock): boolean {
  return block.lines.length <= 2 && block.y1 <= headline.y0 + headline.size && block.x1 - block.x0 <= (headline.x1 - headline.x0) * 1.05;
}

/** Joins lines with spaces; a line ending in a hyphen after a letter is marked for {@link rejoinBreaks}. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!out) out = line;
    else if (/\p{L}[-‐¬­]$/u.test(out) && /^\p{Ll}/u.test(line)) out = `${out.slice(0, -1)}${BREAK_MARK}${line}`;
    else out = `${out} ${line}`;
  }
  return out;
}

/**
 * A word broken at a line end. It is one word when the text uses it unbroken elsewhere, or
 * when neither part is a word of the text (syllables: "destabi-" + "lize"); when a part is a
 * word of its own ("much-" + "needed"), the break was a compound's hyphen and stays.
 */
function rejoinBreaks(text: string, vocabulary: Set<string>): string {
  return text.replace(/(\p{L}+)\uE000(\p{L}+)/gu, (_, a: string, b: string) => {
    const whole = `${a}${b}`;
    if (vocabulary.has(whole.toLowerCase())) return whole;
    return vocabulary.has(a.toLowerCase()) || vocabulary.has(b.toLowerCase()) ? `${a}-${b}` : whole;
  });
}

/** One space between words. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
