/**
 * Capitalised spans: the runs of capitalised words in a paragraph, with their offsets.
 * Names of people, places and organisations are looked for inside them.
 */
import { ORG_CONNECTORS } from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Span {
  tokens: Token[];
  /** True when the span opens a sentence, where any word is capitalised. */
  sentenceInitial: boolean;
  /** The word just before the span, lowercase as written ("spokesman", "in"). */
  before: string | null;
}

// "U.S.", an initial before a name ("Donald J. Trump"), then words with inner apostrophes and hyphens.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}]|\p{L}/gu;
const POSSESSIVE = /['’]s$/u;
// French and Italian elision: "l'Agriculture", "d'Europe".
const ELISION = /^(?:l|d|qu|j|n|s|c|m|t)['’](?=\p{Lu})/iu;

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Splits `text` into capitalised spans. Possessives end a span ("Russia’s | Security Council"). */
export function capitalisedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let current: Token[] = [];
  let pendingConnectors: Token[] = [];
  let previous: Token | null = null;
  let beforeCurrent: string | null = null;
  let initial = true;

  const close = (): void => {
    if (current.length > 0) spans.push({ tokens: current, sentenceInitial: initial, before: beforeCurrent });
    current = [];
    pendingConnectors = [];
  };

  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    let word = match[0];
    let offset = 0;
    const elided = ELISION.exec(word);
    if (elided) {
      offset = elided[0].length;
      word = word.slice(offset);
    }
    const token: Token = { text: word, start: start + offset, end: start + match[0].length };
    const gap = previous ? text.slice(previous.end, start) : text.slice(0, start);
    // Punctuation and line breaks end a span; names do not run across them.
    const broken = previous !== null && !/^[ \t]*$/u.test(gap);
    if (broken) close();
    const sentenceStart =
      previous === null || gap.includes('\n') || /[.!?:;"“”«»„]\s*[-–—]?\s*["“„«‘]?\s*$/u.test(gap) || /^\s*["“„«‘]\s*$/u.test(gap);

    if (isCapitalised(word)) {
      if (current.length === 0) {
        initial = sentenceStart;
        beforeCurrent = previous && !broken ? previous.text : null;
      } else {
        current.push(...pendingConnectors);
      }
      pendingConnectors = [];
      if (POSSESSIVE.test(word)) {
        current.push({ ...token, text: word.replace(POSSESSIVE, ''), end: token.end - 2 });
        close();
      } else {
        current.push(token);
      }
    } else if (current.length > 0 && ORG_CONNECTORS.has(word) && pendingConnectors.length < 2) {
      pendingConnectors.push(token);
    } else {
      close();
    }
    previous = token;
  }
  close();
  return spans;
}
