/**
 * Finding quotations in a paragraph across the quotation marks of many languages:
 * “…” "…" «…» „…“ „…” »…« ‚…‘ ‘…’, and the unmatched marks real pages contain — a closing
 * mark typed as an opening one (“…“), or a quotation that runs on to the end of its paragraph
 * because it continues in the next one.
 */

/** A quotation's position in its paragraph. `close` is null when it runs to the end. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null. */
  close: number | null;
  /** The words inside the marks, trimmed. */
  text: string;
}

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟', '〝', '〞']);
const SINGLE = new Set(['‘', '’', '‚', '‹', '›', "'"]);
// Guillemets are written with spaces inside in French: « Nous serons… ».
const SPACED = new Set(['«', '»', '‹', '›']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

/** True when the mark at `i` can open a quotation: after a space or bracket, before a word. */
function opensAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  const ch = text[i] ?? '';
  if (!(prev === undefined || /[\s([{—–\-/:]/u.test(prev) || DOUBLE.has(prev))) return false;
  return SPACED.has(ch) ? next !== undefined : !isSpace(next);
}

/** True when the mark at `i` can close a quotation: after a word, before a space or punctuation. */
function closesAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  const ch = text[i] ?? '';
  if (isSpace(prev) && !SPACED.has(ch)) return false;
  return next === undefined || /[\s,.;:!?)\]—–-]/u.test(next) || DOUBLE.has(next) || SINGLE.has(next);
}

/** An apostrophe inside or at the end of a word ("Russia’s", "Jones’"): never a quotation mark. */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  return /[\p{L}\p{N}]/u.test(prev) && /[\p{L}]/u.test(next);
}

function scan(paragraph: string, marks: Set<string>, from: number, to: number, out: QuoteSpan[]): void {
  let i = from;
  while (i < to) {
    const ch = paragraph[i] ?? '';
    if (!marks.has(ch) || (marks === SINGLE && isApostrophe(paragraph, i)) || !opensAt(paragraph, i)) {
      i++;
      continue;
    }
    let close: number | null = null;
    for (let j = i + 1; j < to; j++) {
      const c = paragraph[j] ?? '';
      if (!marks.has(c) || (marks === SINGLE && isApostrophe(paragraph, j))) continue;
      if (closesAt(paragraph, j)) {
        close = j;
        break;
      }
    }
    // A single quote without its closing mark is an apostrophe ("the ’90s"), not a quotation.
    if (close === null && marks === SINGLE) {
      i++;
      continue;
    }
    const inner = paragraph.slice(i + 1, close ?? to).trim();
    if (/\p{L}/u.test(inner)) out.push({ open: i, close, text: inner });
    if (close === null) return;
    i = close + 1;
  }
}

/** The quotations of `paragraph` in order. Single-mark quotations are looked for only outside double ones. */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const doubles: QuoteSpan[] = [];
  scan(paragraph, DOUBLE, 0, paragraph.length, doubles);
  const singles: QuoteSpan[] = [];
  let from = 0;
  for (const q of [...doubles, null]) {
    const to = q ? q.open : paragraph.length;
    if (to > from) scan(paragraph, SINGLE, from, to, singles);
    if (!q) break;
    if (q.close === null) break;
    from = q.close + 1;
  }
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

/**
 * The text with closing marks typed as opening ones put right: “… one,“ Kremlin → “… one,” Kremlin,
 * ‘…‘ → ‘…’. German „…“ is left alone (there “ is the closing mark), and so is everything that is
 * not a quotation's closing mark. Paragraph by paragraph; the length of the text does not change.
 */
export function repairQuoteMarks(text: string): string {
  if (!text.includes('“') && !text.includes('‘')) return text;
  return text.split('\n').map(repairParagraph).join('\n');
}

function repairParagraph(paragraph: string): string {
  let out = paragraph;
  for (const q of findQuoteSpans(paragraph)) {
    if (q.close === null) continue;
    const [open, close] = [paragraph[q.open], paragraph[q.close]];
    const fixed = open === '“' && close === '“' ? '”' : open === '‘' && close === '‘' ? '’' : null;
    // Offsets are UTF-16 units, as string slicing counts them.
    if (fixed) out = out.slice(0, q.close) + fixed + out.slice(q.close + 1);
  }
  return out;
}
