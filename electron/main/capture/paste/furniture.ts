/**
 * Site furniture: the lines a browser copies along with an article that are not part of it
 * (advertising markers, share buttons, newsletter and app promotions, "read more" links,
 * copyright notices), in many languages: the lexicon is data/furniture.json. Matching is on
 * whole lines, so a paragraph that merely mentions an advertisement is kept.
 */
import furnitureData from './data/furniture.json';
import shareData from './data/share-words.json';

interface FurnitureData {
  whole: Record<string, string[]>;
  prefix: Record<string, string[]>;
}

const lexicon = furnitureData as unknown as FurnitureData;
const union = (lists: Record<string, string[]>): string => Object.values(lists).flat().join('|');

/** Lines that are furniture in their entirety (case-insensitive, after trimming), every language at once. */
const WHOLE = new RegExp(`^(?:${union(lexicon.whole)})[.:!]?$`, 'iu');

/** Lines that start like furniture; only short lines are tested, so prose is never removed. */
const PREFIX = new RegExp(`^(?:${union(lexicon.prefix)})`, 'iu');

/** A wire desk's initials closing an item: "mpa/ktr/swi", "bur/gv", "akw/ mok/". */
const DESK_CODES = /^(?:\p{Ll}{2,4}\s*\/\s*)+\p{Ll}{0,4}\/?$/u;

/** Separators sites put between buttons copied as one line ("Advertisement · Scroll to continue"). */
const SEPARATORS = /\s*[·•|\u2022\u00B7/]\s*/u;

const words = (list: string[]): string => list.join('|');
/** Whole words of a share row: channels ("Facebook654": with its count), share verbs, small words. */
const SHARE_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${words(shareData.channels)})\\d*|${words(shareData.verbs)}|${words(shareData.small)}|\\d+)(?![\\p{L}\\p{N}])`,
  'giu',
);
const CHANNEL = new RegExp(`(?<![\\p{L}])(?:${words(shareData.channels)})(?:\\d*)(?![\\p{L}])`, 'iu');

/**
 * A row of share buttons copied as one line ("Partagez via Facebook (Fenêtre modale)", "Share on
 * Facebook654 Tweet Email Print"): it names a channel, and once channels, share words, counts
 * and small words are taken out nothing is left. A headline naming Facebook keeps its
 * other words, so it stays.
 */
function isShareRow(text: string): boolean {
  if (text.length > 120 || !CHANNEL.test(text)) return false;
  const rest = text.replace(SHARE_WORD, ' ').split(/[\s,|·•:()/]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return rest.length === 0 && text.split(/\s+/u).length >= 2;
}

// An agency's funding note: "The Associated Press' climate coverage receives financial support from
// private foundations. AP is solely responsible for all content." (and its kin at other outlets).
const FUNDING =
  /(?:receives?|received|with)\s+(?:financial\s+)?support\s+from\b.{0,300}?(?:solely responsible for all content|editorially independent|retains? (?:full )?editorial (?:control|independence))|^(?:the\s+)?ap is solely responsible for all content/iu;

/** True when the whole line is page furniture rather than article text. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return true;
  if (WHOLE.test(text)) return true;
  if (text.length <= 220 && PREFIX.test(text)) return true;
  if (DESK_CODES.test(text)) return true;
  if (text.length <= 600 && FUNDING.test(text)) return true;
  if (isShareRow(text)) return true;
  // Lines of lone punctuation, bullets or arrows ("•", "›", "—").
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  const parts = text.split(SEPARATORS).filter((p) => p.length > 0);
  if (parts.length > 1 && text.length <= 160 && parts.every((p) => WHOLE.test(p))) return true;
  // Button rows copied without separators: "Facebook Twitter WhatsApp".
  const words = text.split(/\s+/);
  return words.length > 1 && words.length <= 8 && words.every((w) => WHOLE.test(w));
}

/** Names credited in a wire service's closing line ("Reporting by X; Editing by Y"). */
export interface WireCredits {
  /** Who reported or wrote the story, as written ("Paul Lindqvist", "A and B"). */
  author: string | null;
  /** Every person named in the line, one name each. */
  people: string[];
}

const CREDIT_LINE =
  /^\(?\s*((?:additional |further )?(?:reporting|writing|editing|compiled|reporting and writing|written|edited|graphics|research)(?: and (?:writing|editing))? by\b.*?)\s*\)?\.?$/iu;

/** Parses "Reporting by X; Editing by Y" (and its Reuters variants), or returns null. */
export function parseWireCredits(line: string): WireCredits | null {
  const match = CREDIT_LINE.exec(line.trim());
  if (!match?.[1] || line.length > 400) return null;
  let author: string | null = null;
  const people: string[] = [];
  for (const clause of match[1].split(/\s*;\s*/)) {
    const parts = /^(.*?)\bby\s+(.+)$/iu.exec(clause);
    if (!parts?.[2]) continue;
    const role = (parts[1] ?? '').toLowerCase();
    // "Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments With the start…":
    // where, when and the article after the names are not part of them.
    const names = parts[2].split(/\s+(?:in|on|at)\s+|\.\s+(?:\d|\p{Lu}\p{Ll}*\s+\p{Ll})/u)[0]?.trim() ?? '';
    if (names.length > 80) continue;
    for (const name of names.split(/\s*,\s*|\s+and\s+|\s*&\s*/u)) {
      if (name.length > 1) people.push(name.trim());
    }
    const primary = !role.includes('additional') && (role.includes('reporting') || role.includes('writing') || role.includes('written'));
    if (author === null && primary) author = names;
  }
  return people.length > 0 ? { author, people } : null;
}
