/**
 * A sentence splitter that knows the abbreviations of news prose ("U.S.", "Mr.", "z. B.",
 * initials, "17. April"), so a headline derived from the first sentence is not cut at "U.".
 */

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr',
    'adm', 'maj', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'nr', 'nos', 'jan', 'feb',
    'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'est',
    'dept', 'univ', 'ave', 'blvd', 'rd', 'hon', 'rev', 'fr', 'hr', 'hrn', 'frau', 'bzw', 'ca', 'usw',
    'vgl', 'evtl', 'ggf', 'inkl', 'mio', 'mrd', 'tsd', 'abs', 'art', 'str', 'mme', 'mlle', 'mm', 'sra',
    'sres', 'dña', 'lic', 'ing', 'mgr', 'tj', 'tzv', 'atd', 'resp', 'mil', 'tis', 'г', 'гг', 'т', 'е',
    'д', 'ул', 'им', 'св', 'тыс', 'млн', 'млрд', 'no', 'op', 'cf', 'al', 'fig', 'p', 'pp', 'vol', 'ed',
  ].map((s) => s.toLowerCase()),
);

const MONTH_AFTER_ORDINAL =
  /^(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jänner|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)/iu;

/** True when the period ending `before` does not end a sentence (`after` is the text that follows). */
export function isAbbreviation(before: string, after: string): boolean {
  const word = /(\S+)$/u.exec(before)?.[1] ?? '';
  const bare = word.replace(/^[("'“„«‘]+/u, '').replace(/\.$/, '');
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "Donald J. Trump"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true; // "U.S", "z.B", "e.g"
  if (ABBREVIATIONS.has(bare.toLowerCase())) return true;
  // German and Czech ordinals: "am 17. April", "3. března".
  return /^\d{1,2}$/.test(bare) && MONTH_AFTER_ORDINAL.test(after);
}

/** Splits a paragraph into sentences. Closing quotes stay with their sentence. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]+["”“’»)]*)\s+(?=["“„«‘(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m !== null; m = boundary.exec(paragraph)) {
    const end = m.index + (m[1]?.length ?? 0);
    const before = paragraph.slice(start, end);
    const after = paragraph.slice(boundary.lastIndex);
    if (m[1]?.startsWith('.') && m[1].length === 1 && isAbbreviation(before, after)) continue;
    sentences.push(before.trim());
    start = boundary.lastIndex;
  }
  const last = paragraph.slice(start).trim();
  if (last.length > 0) sentences.push(last);
  return sentences;
}

/** Offset just past the sentence that `text` starts, or `text.length` when it does not end. */
export function sentenceEnd(text: string): number {
  const boundary = /[.!?…]+["”“’»)]*(?=\s|$)/gu;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && isAbbreviation(text.slice(0, end), text.slice(end).trimStart())) continue;
    return end;
  }
  return text.length;
}
