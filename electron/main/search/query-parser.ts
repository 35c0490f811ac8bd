/**
 * Recursive-descent parser for the query language (see README.md in this folder):
 *
 *   query   := or EOF
 *   or      := and ( "OR" and )*
 *   and     := unary ( ["AND"] unary )*
 *   unary   := ("-" | "NOT") unary | primary
 *   primary := "(" or ")" | "phrase" | word | field:value
 *
 * Parts that hold nothing searchable (punctuation alone, empty quotes) drop out, so the
 * result is null when nothing is left: the caller then lists everything.
 */
import { hasCjk, normalizeValue, tokenize } from './fold';
import { badQuery, lex, type Token } from './query-lexer';

/** Facet-backed filters: matched on the clipping's normalised values. */
export type ValueField = 'tag' | 'source' | 'author' | 'person' | 'place' | 'org' | 'lang';

export type QueryNode =
  /** Folded tokens; several tokens (or a quoted string) must appear side by side. */
  | { type: 'text'; tokens: string[]; prefix: boolean; column: 'title' | null; cjk: boolean }
  | { type: 'filter'; field: ValueField; value: string; prefix: boolean }
  /** Effective date (publication, else capture) in [from, until): ISO days, null = open. */
  | { type: 'date'; from: string | null; until: string | null }
  | { type: 'flag'; flag: 'quote' | 'duplicate' }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

const VALUE_FIELDS: Record<string, ValueField> = {
  tag: 'tag',
  source: 'source',
  author: 'author',
  person: 'person',
  place: 'place',
  org: 'org',
  lang: 'lang',
};
const FIELD_LIST =
  'tag:, source:, author:, person:, place:, org:, lang:, title:, before:, after:, on:, has:quote, is:duplicate';

/**
 * How deep parentheses and `-`/NOT may nest. Nobody types more; a query nested thousands deep
 * (pasted, or hostile) would otherwise overflow the stack of this parser and of the planner.
 */
export const MAX_QUERY_NESTING = 32;

/** Parses a query into its syntax tree; throws CuttingsError('bad-query') when malformed. */
export function parseQuery(query: string): QueryNode | null {
  const parser = new Parser(lex(query));
  const node = parser.parseOr();
  parser.expectEnd();
  return node;
}

class Parser {
  private at = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  /** Runs `body` one nesting level deeper (a group or a negation), refusing past the limit. */
  private nested<T>(body: () => T): T {
    if (++this.depth > MAX_QUERY_NESTING) {
      badQuery(`The query is nested more than ${MAX_QUERY_NESTING} deep (parentheses or '-'). Simplify it.`);
    }
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  expectEnd(): void {
    const next = this.peek();
    if (next?.kind === 'rparen') badQuery("There is a ')' without a matching '('. Remove it or add the '('.");
  }

  parseOr(): QueryNode | null {
    const first = this.peek();
    if (first?.kind === 'or') badQuery('OR needs something to search on both sides, as in peskov OR putin.');
    const children: QueryNode[] = [];
    let node = this.parseAnd();
    if (node) children.push(node);
    while (this.peek()?.kind === 'or') {
      this.at++;
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'rparen') {
        badQuery('OR needs something to search on both sides, as in peskov OR putin.');
      }
      node = this.parseAnd();
      if (node) children.push(node);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? (children[0] as QueryNode) : { type: 'or', children };
  }

  private parseAnd(): QueryNode | null {
    const children: QueryNode[] = [];
    for (let next = this.peek(); next && next.kind !== 'or' && next.kind !== 'rparen'; next = this.peek()) {
      if (next.kind === 'and') {
        this.at++;
        const after = this.peek();
        if (children.length === 0 || !after || after.kind === 'or' || after.kind === 'rparen' || after.kind === 'and') {
          badQuery('AND needs something to search on both sides, as in peskov AND moratorium.');
        }
        continue;
      }
      const node = this.parseUnary();
      if (node) children.push(node);
    }
    if (children.length === 0) return null;
    return children.length === 1 ? (children[0] as QueryNode) : { type: 'and', children };
  }

  private parseUnary(): QueryNode | null {
    const token = this.peek();
    if (token?.kind === 'not') {
      this.at++;
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'rparen' || next.kind === 'and') {
        badQuery("A '-' (or NOT) must be followed by what to leave out, as in -sport or -tag:draft.");
      }
      const child = this.nested(() => this.parseUnary());
      return child ? { type: 'not', child } : null;
    }
    return this.parsePrimary();
  }

  private parsePrimary(): QueryNode | null {
    const token = this.tokens[this.at++] as Token;
    switch (token.kind) {
      case 'lparen': {
        if (this.peek()?.kind === 'rparen') badQuery("The parentheses '()' are empty. Put words inside or remove them.");
        const inner = this.nested(() => this.parseOr());
        if (this.peek()?.kind !== 'rparen') badQuery("A '(' is not closed. Add the matching ')' or remove the '('.");
        this.at++;
        return inner;
      }
      case 'phrase':
        return textNode(token.text, false, null);
      case 'word':
        return wordNode(token.text, null);
      case 'field':
        return fieldNode(token.name, token.value, token.quoted);
      default:
        // parseAnd/parseUnary never hand an operator here; kept for exhaustiveness.
        return badQuery('Unexpected operator in the query.');
    }
  }
}

/** A bare word: a trailing `*` makes its last token a prefix. */
function wordNode(word: string, column: 'title' | null): QueryNode | null {
  const prefix = word.endsWith('*');
  const stem = word.replace(/\*+$/, '');
  if (prefix && tokenize(stem).length === 0) {
    badQuery("A '*' must follow the start of a word, as in energ* (finds energy, energetic…).");
  }
  return textNode(stem, prefix, column);
}

function textNode(text: string, prefix: boolean, column: 'title' | null): QueryNode | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  return { type: 'text', tokens, prefix, column, cjk: hasCjk(text) };
}

function fieldNode(name: string, raw: string, quoted: boolean): QueryNode | null {
  const value = raw.trim();
  const known = name in VALUE_FIELDS || ['title', 'before', 'after', 'on', 'has', 'is'].includes(name);
  if (!known) badQuery(`Unknown filter '${name}:'. Filters: ${FIELD_LIST}.`);
  if (value === '') {
    badQuery(`'${name}:' needs a value, as in ${example(name)}.`);
  }
  if (name === 'title') return quoted ? textNode(value, false, 'title') : wordNode(value, 'title');
  if (name === 'before' || name === 'after' || name === 'on') return dateNode(name, value);
  if (name === 'has') {
    if (/^quotes?$/i.test(value)) return { type: 'flag', flag: 'quote' };
    badQuery(`'has:${value}' is not a filter. Use has:quote (clippings with a quotation).`);
  }
  if (name === 'is') {
    if (/^(duplicate|dup)$/i.test(value)) return { type: 'flag', flag: 'duplicate' };
    badQuery(`'is:${value}' is not a filter. Use is:duplicate.`);
  }
  const field = VALUE_FIELDS[name] as ValueField;
  const prefix = !quoted && value.endsWith('*');
  const normalized = normalizeValue(prefix ? value.replace(/\*+$/, '') : value);
  if (normalized === '') badQuery(`'${name}:${value}' has nothing to look for. Try ${example(name)}.`);
  return { type: 'filter', field, value: normalized, prefix };
}

function example(name: string): string {
  switch (name) {
    case 'before':
    case 'after':
    case 'on':
      return `${name}:2025-04`;
    case 'has':
      return 'has:quote';
    case 'is':
      return 'is:duplicate';
    case 'lang':
      return 'lang:en';
    case 'source':
      return 'source:reuters or source:"The Sun News"';
    default:
      return `${name}:ukraine or ${name}:"energy crisis"`;
  }
}

/** `before:`, `after:` (inclusive) and `on:` with YYYY, YYYY-MM or YYYY-MM-DD. */
function dateNode(name: 'before' | 'after' | 'on', value: string): QueryNode {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value);
  const year = Number(m?.[1]);
  const month = m?.[2] === undefined ? null : Number(m[2]);
  const day = m?.[3] === undefined ? null : Number(m[3]);
  const valid =
    m !== null &&
    (month === null || (month >= 1 && month <= 12)) &&
    (day === null || (day >= 1 && day <= daysIn(year, month ?? 1)));
  if (!valid) {
    badQuery(`'${name}:${value}' is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, as in ${name}:2025-04 or ${name}:2025-04-15.`);
  }
  const start = iso(year, month ?? 1, day ?? 1);
  const next =
    day !== null
      ? nextDay(year, month as number, day)
      : month !== null
        ? iso(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1)
        : iso(year + 1, 1, 1);
  if (name === 'before') return { type: 'date', from: null, until: start };
  if (name === 'after') return { type: 'date', from: start, until: null };
  return { type: 'date', from: start, until: next };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function nextDay(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day + 1));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
