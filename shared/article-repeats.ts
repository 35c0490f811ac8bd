/**
 * What a saved page repeats around its text: the headline, the byline and date lines above
 * it, and a caption retyped under its picture. One set of rules for the dossier's layout
 * (electron/main/dossier/blocks.ts) and the reader (renderer/views/article-body.tsx), which
 * both leave these out. Pure: no DOM, no Node.
 */

/** Lower-case words only, for comparing a line with the headline, the author or a caption. */
export const squash = (s: string): string =>
  s
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const DATE_WORDS =
  /\b(?:published|updated|last (?:updated|modified)(?: on)?|posted|first published(?: on)?|mis à jour|publié le|veröffentlicht|aktualisiert|am|le|on|at|um|à|gmt|bst|cet|cest|utc|edt|est|pdt|pst|am|pm|h)\b/giu;
const MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|januar|februar|märz|april|juni|juli|august|oktober|dezember|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)[a-zéû]*\.?\b/iu;

/**
 * True for a short line that is only a date or time ("Thu 3 Jan 2019 07.00 GMT", "Updated
 * 12 March 2025", "2025-03-12 14:05"), as a saved page repeats it above the text.
 */
export function isDateLine(text: string): boolean {
  if (text.length > 70 || !/\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b/.test(text)) return false;
  const rest = text
    .replace(DATE_WORDS, ' ')
    .replace(new RegExp(MONTH.source, 'giu'), ' ')
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b/giu, ' ')
    .replace(/[\d\s.,:/|·–—-]+/gu, ' ')
    .trim();
  return rest.length <= 3;
}

/** True for a line that only names the author ("By Eleanor Ainge Roy", "Eleanor Ainge Roy in Wellington"). */
export function isBylineLine(text: string, author: string | null): boolean {
  if (!author || text.length > author.length + 40) return false;
  const line = squash(text).replace(/^(?:by|von|par|por|di|door|av|от|автор)\s+/u, '');
  const name = squash(author);
  return name.length > 0 && (line === name || (line.startsWith(`${name} `) && line.split(' ').length <= name.split(' ').length + 3));
}

/**
 * True when the shorter of two squashed lines (of three words or more) has four fifths of its
 * words in the other: a caption retyped, with or without its credit.
 */
export function sameWords(a: string, b: string): boolean {
  const left = new Set(a.split(' '));
  const right = new Set(b.split(' '));
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  if (small.size < 3) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared >= 0.8 * small.size;
}
