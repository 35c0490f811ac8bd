/**
 * Pasted text → article fields. The paste is split into units (one logical line each); each unit
 * is classified on its own (classify.ts: byline, date, source, caption, credit, furniture,
 * prose…), then the layout (layout.ts) says where the body starts and which line is the
 * headline. Header and body lines are read in order (found.ts) and each field is chosen among
 * what they gave in its own file: headline.ts (title), author-choice.ts, date-choice.ts,
 * dateline-choice.ts, source-choice.ts. Body lines are kept unless they are furniture,
 * captions, credits or sign-offs; a wire dateline is taken off the first paragraph.
 */
import type { Clipping, Provenance, ProvenancedField } from '../../../../shared/clipping';
import { CuttingsError } from '../../../../shared/errors';
import { repairQuoteMarks } from '../nlp/quote-marks';
import type { Line } from './classify';
import { trimTail } from './body-tail';
import { pasteLines } from './lines';
import { placeLineAbove } from './dateline';
import type { DateOptions } from './dates';
import { articleTitle, headlineText } from './headline';
import { layOut, type Layout } from './layout';
import { articleSource, findMasthead, headerOutlet } from './source-choice';
import { newFound, readBodyLine, readHeaderLine, type Found } from './found';
import { articleAuthor, chooseAuthor, isNameBesideDate, isSignature, lastParagraph, type Signature } from './author-choice';
import { dateNearby, publishedDay, weighBodyDate, weighHeaderDate } from './date-choice';
import { chooseDateline, withoutClosingDateline } from './dateline-choice';

/**
 * The article found in a paste, before language and entity analysis: a clipping's own fields
 * (see `Clipping`), of which `publishedAt` is a day (YYYY-MM-DD), `url` one that stood on its
 * own line in the paste, and `lang` the language the parser assumed for dates.
 */
export type PastedArticle = Pick<
  Clipping,
  'title' | 'titleDerived' | 'source' | 'author' | 'dateline' | 'publishedAt' | 'caption' | 'credit' | 'url' | 'text' | 'lang' | 'provenance'
> & {
  /** People credited outside the body (byline, "Reporting by … Editing by …"). */
  contributors: string[];
};

export interface PasteOptions {
  /** Reference for relative dates and for datelines without a year; defaults to now. */
  now?: Date;
  /**
   * Which choices the trained line scorer makes (scorer/): 'all' (the default) the headline and
   * the byline, 'headline' only the headline, 'off' none (the hand rules alone; for comparison
   * and for training).
   */
  scorer?: 'all' | 'headline' | 'off';
}

/** How a paste was read: its lines, the layout, and the byline line the rules chose. */
export interface PasteTrace {
  lines: Line[];
  layout: Layout;
  /** Index of the line the rules took the author from, or null. */
  ruleAuthor: number | null;
}

/** How far into the body bylines and date lines are still looked for. */
const BODY_HEADER_UNITS = 3;
/** How many closing lines may carry a date or a sign-off. */
const TAIL_UNITS = 5;

/**
 * Parses text pasted from a news page into its headline, byline, dateline, date, caption,
 * credit and cleaned body.
 * @throws CuttingsError `invalid-input` when the text is empty, not text, too large, or nothing
 * but page furniture.
 */
export function parsePaste(text: string, options: PasteOptions = {}): PastedArticle {
  return tracePaste(text, options).article;
}

/** {@link parsePaste}, with how the paste was read (for training and measuring the scorer). */
export function tracePaste(text: string, options: PasteOptions = {}): { article: PastedArticle; trace: PasteTrace } {
  const scorer = options.scorer ?? 'all';
  const { lines, dates } = pasteLines(text, options);
  const layout = layOut(lines, scorer !== 'off');
  const found = newFound(findMasthead(lines, layout.headline));
  let ruleAuthor = readHeader(lines, layout, found);
  const meta = headerOutlet(lines, 0, layout.bodyStart, layout.headline === null ? [] : [layout.headline]);
  found.metaOutlet = meta?.source ?? null;
  found.place ??= meta?.place ?? placeLineAbove(lines, layout.headline, layout.bodyStart);
  const headline = layout.headline === null ? null : (lines[layout.headline] as Line).text;
  const body: string[] = layout.lead.map((i) => (lines[i] as Line).text);
  const bodyLines = lines.slice(layout.bodyStart);
  let signature: Signature | null = null;
  let besideDate: Signature | null = null;
  const lastProse = lastParagraph(bodyLines);
  for (const [i, line] of bodyLines.entries()) {
    const had = found.author;
    const dated = found.date;
    const nearTop = i < BODY_HEADER_UNITS && body.length < BODY_HEADER_UNITS;
    const taken = readBodyLine(line, found, nearTop, i >= bodyLines.length - TAIL_UNITS);
    weighBodyDate(found, dated, nearTop);
    if (had === null && found.author !== null) ruleAuthor = layout.bodyStart + i;
    if (taken) continue;
    if (line.text === headline && body.length === 0) continue;
    if (isSignature(bodyLines, i, lastProse)) signature = { line, at: body.length, index: layout.bodyStart + i };
    else if (besideDate === null && isNameBesideDate(bodyLines, i)) besideDate = { line, at: body.length, index: layout.bodyStart + i };
    body.push(line.text);
  }
  const trace: PasteTrace = { lines, layout, ruleAuthor };
  const authorAt = chooseAuthor(trace, found, scorer === 'all', [signature, besideDate], body);
  dateNearby(found, lines, layout, authorAt, dates);
  if (body.length === 0 && layout.bodyStart >= lines.length) {
    // Only short lines: keep them as the text rather than lose what was pasted.
    const kept = lines.filter((l) => l.kind === 'text' || l.kind === 'name').map((l) => l.text);
    return { article: assemble(null, kept, found, dates, lines), trace };
  }
  const title = layout.headline === null ? null : headlineText(lines, layout.headline, dates);
  return { article: assemble(title, body, found, dates, lines), trace };
}

/** Reads the header lines (all but the headline and the standfirst) into `found`; returns the line the rules took the author from. */
function readHeader(lines: Line[], layout: Layout, found: Found): number | null {
  let ruleAuthor: number | null = null;
  let stamped = false;
  for (const [i, line] of lines.slice(0, layout.bodyStart).entries()) {
    if (i === layout.headline || layout.lead.includes(i)) continue;
    const dated = found.date;
    readHeaderLine(line, found, i > (layout.headline ?? Infinity));
    stamped = weighHeaderDate(found, line, i, layout.headline, dated, stamped);
    if (ruleAuthor === null && found.author !== null) ruleAuthor = i;
  }
  return ruleAuthor;
}

function assemble(headline: string | null, rawBody: string[], found: Found, dates: DateOptions, lines: Line[]): PastedArticle {
  const { body: unsigned, closing } = withoutClosingDateline(rawBody);
  const body = headline === null && unsigned.length <= 3 ? unsigned : trimTail(unsigned);
  if (body.length === 0) {
    throw new CuttingsError(
      'invalid-input',
      'Nothing to import: the pasted text has no article paragraphs, only a headline, byline or page furniture. Paste the article text itself.',
    );
  }
  const { dateline, agency, author: datelineAuthor } = chooseDateline(body, closing, found, dates);
  const source = articleSource(found, agency, body);
  const author = articleAuthor(found, datelineAuthor, rawBody);
  const title = articleTitle(headline, body[0] ?? '', { source, author });
  const { publishedAt, printedYear } = publishedDay(found, lines, dates);
  const provenance: Partial<Record<ProvenancedField, Provenance>> = { title: headline ? 'paste' : 'derived' };
  const fields: Array<[ProvenancedField, unknown, Provenance]> = [
    ['source', source, 'paste'],
    ['author', author, 'paste'],
    ['dateline', dateline, 'paste'],
    ['publishedAt', publishedAt, printedYear ? 'paste' : 'derived'],
    ['caption', found.caption, 'paste'],
    ['credit', found.credit, 'paste'],
    ['url', found.url, 'paste'],
  ];
  for (const [field, value, origin] of fields) if (value !== null) provenance[field] = origin;

  return {
    title,
    titleDerived: headline === null,
    source,
    author,
    dateline,
    publishedAt,
    caption: found.caption,
    credit: found.credit,
    url: found.url,
    // A closing quote typed as an opening one (“… one,“ Kremlin) is put right in the text shown and
    // searched; the paste itself is kept byte for byte as original.txt.
    text: repairQuoteMarks(body.join('\n\n')),
    contributors: [...new Set([...found.contributors, ...(datelineAuthor ? [datelineAuthor] : [])])],
    lang: dates.lang,
    provenance,
  };
}
