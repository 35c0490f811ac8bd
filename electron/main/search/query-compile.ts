/**
 * Compiles a query's syntax tree into one SQL statement with bound parameters.
 *
 * The positive free-text part of the top-level AND becomes the FTS5 MATCH expression that
 * drives the statement and gives the BM25 score. Everything else (filters, dates, flags,
 * text inside an OR with a filter) becomes a WHERE condition on the row id. User input
 * only ever reaches SQLite as a bound parameter: tokens are quoted inside the MATCH string
 * (which is itself a parameter) and filter values are parameters of fixed SQL fragments.
 */
import type { SQLInputValue } from 'node:sqlite';
import { Kind } from './doc-cache';
import type { QueryNode, ValueField } from './query-parser';
import { BM25_WEIGHTS } from './schema';
import type { HighlightTerm } from './snippet';

export interface CompiledQuery {
  /** Returns `[rowid, bm25]` for every matching document (bm25: lower is better; 0 without text). */
  sql: string;
  params: SQLInputValue[];
  /** True when the statement ranks by BM25. */
  ranked: boolean;
  /** Positive text terms, for snippets and highlights. */
  terms: HighlightTerm[];
}

const KIND_OF: Record<ValueField, number> = {
  tag: Kind.tag,
  source: Kind.source,
  author: Kind.author,
  person: Kind.person,
  place: Kind.place,
  org: Kind.org,
  lang: Kind.lang,
};

/** Fields matched on whole words of a value (`person:peskov` finds "Dmitry Peskov"). */
const WORD_MATCH_FIELDS = new Set<ValueField>(['source', 'author', 'person', 'place', 'org']);

/** Placeholder for the row id column, which differs between the FTS-driven and plain statements. */
const RID = '\u0000rid';

/** FTS5 string literal for a run of tokens (a phrase when there are several). */
function ftsPhrase(node: Extract<QueryNode, { type: 'text' }>): string {
  const phrase = `"${node.tokens.join(' ').replaceAll('"', '""')}"${node.prefix ? '*' : ''}`;
  return node.column ? `${node.column} : ${phrase}` : phrase;
}

/** The node as an FTS5 expression, or null when it holds filters or is a bare negation. */
function ftsExpr(node: QueryNode): string | null {
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

class SqlBuilder {
  params: SQLInputValue[] = [];
  needsDocs = false;

  cond(node: QueryNode): string {
    const fts = ftsExpr(node);
    if (fts !== null) {
      this.params.push(fts);
      return `${RID} IN (SELECT rowid FROM fts WHERE fts MATCH ?)`;
    }
    switch (node.type) {
      case 'filter':
        return this.filter(node);
      case 'date': {
        this.needsDocs = true;
        const parts: string[] = [];
        if (node.from !== null) {
          parts.push('d.day >= ?');
          this.params.push(node.from);
        }
        if (node.until !== null) {
          parts.push('d.day < ?');
          this.params.push(node.until);
        }
        return `(${parts.join(' AND ')})`;
      }
      case 'flag':
        this.needsDocs = true;
        return node.flag === 'quote' ? 'd.has_quote = 1' : 'd.is_duplicate = 1';
      case 'and':
        return `(${node.children.map((c) => this.cond(c)).join(' AND ')})`;
      case 'or':
        return `(${node.children.map((c) => this.cond(c)).join(' OR ')})`;
      case 'not':
        return `NOT (${this.cond(node.child)})`;
      default:
        // A text node always has an FTS expression, handled above.
        throw new Error('unreachable');
    }
  }

  private filter(node: Extract<QueryNode, { type: 'filter' }>): string {
    const kind = KIND_OF[node.field];
    const value = node.value;
    let match: string;
    if (WORD_MATCH_FIELDS.has(node.field)) {
      // Whole words anywhere in the value; with `*`, the last word is a prefix.
      match = `(' ' || folded || ' ') LIKE ?`;
      this.params.push(kind, `% ${value}${node.prefix ? '' : ' '}%`);
    } else if (node.prefix) {
      match = 'folded LIKE ?';
      this.params.push(kind, `${value}%`);
    } else {
      match = 'folded = ?';
      this.params.push(kind, value);
    }
    return `${RID} IN (SELECT dv.rid FROM doc_vals dv WHERE dv.vid IN (SELECT vid FROM vals WHERE kind = ? AND ${match}))`;
  }
}

/** Collects the terms to highlight: text that is not under a negation. */
function positiveTerms(node: QueryNode, out: HighlightTerm[]): HighlightTerm[] {
  if (node.type === 'text') out.push({ tokens: node.tokens, prefix: node.prefix, cjk: node.cjk });
  else if (node.type === 'and' || node.type === 'or') for (const c of node.children) positiveTerms(c, out);
  return out;
}

/** Compiles a parsed query; `root` null means "everything". */
export function compileQuery(root: QueryNode | null): CompiledQuery {
  const conjuncts = root === null ? [] : root.type === 'and' ? root.children : [root];
  const textParts: QueryNode[] = [];
  const rest: QueryNode[] = [];
  for (const c of conjuncts) {
    const isText = c.type === 'not' ? ftsExpr(c.child) !== null : ftsExpr(c) !== null;
    (isText ? textParts : rest).push(c);
  }
  const match = textParts.length > 0 ? andExpr(textParts) : null;
  // Only negated text and no positive text: the negation becomes a condition instead.
  if (match === null) rest.push(...textParts);

  const builder = new SqlBuilder();
  const conds = rest.map((c) => builder.cond(c));
  const terms = root ? positiveTerms(root, []) : [];
  if (match !== null) {
    const join = builder.needsDocs ? ' JOIN docs d ON d.rid = fts.rowid' : '';
    const where = ['fts MATCH ?', ...conds].join(' AND ');
    return {
      sql: `SELECT fts.rowid, bm25(fts, ${BM25_WEIGHTS}) FROM fts${join} WHERE ${where}`.replaceAll(RID, 'fts.rowid'),
      params: [match, ...builder.params],
      ranked: true,
      terms,
    };
  }
  const where = conds.length > 0 ? ` WHERE ${conds.join(' AND ')}` : '';
  return {
    sql: `SELECT d.rid, 0 FROM docs d${where}`.replaceAll(RID, 'd.rid'),
    params: builder.params,
    ranked: false,
    terms,
  };
}
