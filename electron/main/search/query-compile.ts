/**
 * Turns a query's syntax tree into a plan: the FTS5 MATCH expression for the free text of the
 * top-level AND (it drives the search and gives the BM25 score), and the remaining parts
 * (filters, dates, flags, text inside an OR with a filter), which are evaluated in memory
 * against the per-document cache (see execute.ts).
 *
 * User text reaches SQLite only as bound parameters: every token is quoted inside the MATCH
 * string, which is itself a parameter, so no input can change the FTS5 or SQL syntax.
 */
import type { QueryNode } from './query-parser';
import type { HighlightTerm } from './snippet';

export interface QueryPlan {
  /** FTS5 expression for the top-level free text; null when the query has none. */
  match: string | null;
  /** The other top-level conjuncts, evaluated in memory. */
  rest: QueryNode[];
  /** Positive text terms, for snippets, highlights and "did you mean". */
  terms: HighlightTerm[];
  /**
   * When the free text is only single words and prefixes, in any column and none negated
   * (`energy`, `minist*`, `gas transit`): those words, which may then be read from the hot
   * words' bitmaps instead of FTS5 (see execute.ts). Null otherwise.
   */
  words: Array<{ word: string; prefix: boolean }> | null;
}

/** Letters and digits only: FTS5 may split words with marks differently (it drops some). */
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** FTS5 string literal for a run of tokens (a phrase when there are several). */
function ftsPhrase(node: Extract<QueryNode, { type: 'text' }>): string {
  const phrase = `"${node.tokens.join(' ').replaceAll('"', '""')}"${node.prefix ? '*' : ''}`;
  return node.column ? `${node.column} : ${phrase}` : phrase;
}

/** The node as an FTS5 expression, or null when it holds filters or is a bare negation. */
export function ftsExpr(node: QueryNode): string | null {
  switch (node.type) {
    case 'text':
      return ftsPhrase(node);
    case 'or': {
      const parts = node.children.map(ftsExpr);
      return parts.every((p) => p !== null) ? `(${parts.join(' OR ')})` : null;
    }
    case 'and':
      return andExpr(node.children);
    default:
      return null;
  }
}

/** FTS5 has only binary NOT: `a AND b AND -c AND -d` becomes `(a AND b) NOT (c OR d)`. */
function andExpr(children: QueryNode[]): string | null {
  const positive: string[] = [];
  const negative: string[] = [];
  for (const child of children) {
    const expr = child.type === 'not' ? ftsExpr(child.child) : ftsExpr(child);
    if (expr === null) return null;
    (child.type === 'not' ? negative : positive).push(expr);
  }
  if (positive.length === 0) return null;
  const pos = positive.length === 1 ? (positive[0] as string) : `(${positive.join(' AND ')})`;
  return negative.length === 0 ? pos : `${pos} NOT (${negative.join(' OR ')})`;
}

/** Collects the terms to highlight: text that is not under a negation. */
function positiveTerms(node: QueryNode, out: HighlightTerm[]): HighlightTerm[] {
  if (node.type === 'text') out.push({ tokens: node.tokens, prefix: node.prefix, cjk: node.cjk });
  else if (node.type === 'and' || node.type === 'or') for (const c of node.children) positiveTerms(c, out);
  return out;
}

/** Plans a parsed query; `root` null means "everything". */
export function planQuery(root: QueryNode | null): QueryPlan {
  const conjuncts = root === null ? [] : root.type === 'and' ? root.children : [root];
  const textParts: QueryNode[] = [];
  const rest: QueryNode[] = [];
  for (const c of conjuncts) {
    const isText = c.type === 'not' ? ftsExpr(c.child) !== null : ftsExpr(c) !== null;
    (isText ? textParts : rest).push(c);
  }
  const match = textParts.length > 0 ? andExpr(textParts) : null;
  // Only negated text and no positive text: the negation is evaluated like a filter instead.
  if (match === null) rest.push(...textParts);
  const words = textParts.map((c) =>
    c.type === 'text' && c.tokens.length === 1 && !c.column && !c.cjk && PLAIN_WORD.test(c.tokens[0] as string)
      ? { word: c.tokens[0] as string, prefix: c.prefix }
      : null,
  );
  return {
    match,
    words: match !== null && words.every((w) => w !== null) ? words : null,
    rest,
    terms: root ? positiveTerms(root, []) : [],
  };
}
