/**
 * Splits a search box query into tokens: words, quoted phrases, `field:value` filters,
 * parentheses, `OR` and `-`. Errors are CuttingsError('bad-query') written for the person
 * who typed the query.
 */
import { CuttingsError } from '../../../shared/errors';

export type Token =
  | { kind: 'word'; text: string; pos: number }
  | { kind: 'phrase'; text: string; pos: number }
  | { kind: 'field'; name: string; value: string; quoted: boolean; pos: number }
  | { kind: 'or' | 'and' | 'not' | 'lparen' | 'rparen'; pos: number };

// Straight and typographic quotes: queries are often pasted from articles or word processors.
const OPEN_QUOTES = '"“”„«»';
const CLOSE_QUOTES = '"“”«»';
const WORD_STOP = /[\s()]/;

/** Throws the error every malformed query gets. */
export function badQuery(message: string): never {
  throw new CuttingsError('bad-query', message);
}

function isQuote(ch: string | undefined): boolean {
  return ch !== undefined && OPEN_QUOTES.includes(ch);
}

/** Reads a quoted string starting at the quote at `start`; returns its text and the next index. */
function readQuoted(query: string, start: number): { text: string; next: number } {
  let end = start + 1;
  while (end < query.length && !CLOSE_QUOTES.includes(query[end] ?? '')) end++;
  if (end >= query.length) {
    const from = query.slice(start, start + 20);
    badQuery(`The quote in ${from}${from.length < query.length - start ? '…' : ''} is not closed. Add a closing " or remove the opening one.`);
  }
  return { text: query.slice(start + 1, end), next: end + 1 };
}

/** Turns a query string into tokens. */
export function lex(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', pos: i });
      i++;
    } else if (isQuote(ch)) {
      const { text, next } = readQuoted(query, i);
      tokens.push({ kind: 'phrase', text, pos: i });
      i = next;
    } else if (ch === '-' && (i + 1 >= query.length || /\s/.test(query[i + 1] ?? ''))) {
      badQuery("A '-' must be followed directly by what to leave out, as in -sport or -tag:draft.");
    } else if (ch === '-') {
      tokens.push({ kind: 'not', pos: i });
      i++;
    } else {
      let end = i;
      while (end < query.length && !WORD_STOP.test(query[end] ?? '') && !isQuote(query[end])) end++;
      const word = query.slice(i, end);
      const field = /^([\p{L}_]+):(.*)$/u.exec(word);
      if (field && !field[2]?.startsWith('//')) {
        const name = (field[1] as string).toLowerCase();
        if (field[2] === '' && isQuote(query[end])) {
          const { text, next } = readQuoted(query, end);
          tokens.push({ kind: 'field', name, value: text, quoted: true, pos: i });
          i = next;
          continue;
        }
        tokens.push({ kind: 'field', name, value: field[2] as string, quoted: false, pos: i });
      } else if (word === 'OR' || word === '|') {
        tokens.push({ kind: 'or', pos: i });
      } else if (word === 'AND' || word === '&&') {
        tokens.push({ kind: 'and', pos: i });
      } else if (word === 'NOT') {
        tokens.push({ kind: 'not', pos: i });
      } else {
        tokens.push({ kind: 'word', text: word, pos: i });
      }
      i = end;
    }
  }
  return tokens;
}
