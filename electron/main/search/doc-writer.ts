/**
 * Writes documents into the index tables. Callers wrap calls in a transaction; the in-memory
 * {@link DocCache} is updated only through {@link DocWriter.applyPending} after the commit,
 * so a rolled-back transaction leaves memory and disk in agreement.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { encodeVids, Flag, Kind, type CachedDoc, type DocCache } from './doc-cache';
import { foldForIndex, normalizeValue } from './fold';
import { TOKENIZER } from './schema';
import type { HotPostings } from './hot-postings';
import type { IndexDoc } from './types';

/** Splits a text into its lead (first paragraph, at most ~900 characters) and the rest. */
export function splitLead(text: string): [string, string] {
  const trimmed = text.trimStart();
  let cut = trimmed.search(/\n\s*\n/);
  if (cut < 0 || cut > 1200) {
    // No paragraph break early on: end the lead at a sentence end near 600 characters.
    const sentence = /[.!?。！？]\s/g;
    sentence.lastIndex = 300;
    const m = sentence.exec(trimmed);
    cut = m && m.index < 900 ? m.index + 1 : Math.min(trimmed.length, 600);
  }
  return [trimmed.slice(0, cut), trimmed.slice(cut)];
}

/** The day date filters use: publication date, else capture date, as YYYY-MM-DD. */
export function effectiveDay(doc: Pick<IndexDoc, 'publishedAt' | 'capturedAt'>): string {
  for (const iso of [doc.publishedAt, doc.capturedAt]) {
    const m = iso ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso) : null;
    if (m) return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
  }
  return '0000-01-01';
}

/** ISO date (or timestamp) → epoch ms; NaN when unreadable. */
function dateMs(iso: string | null): number {
  if (!iso) return NaN;
  return Date.parse(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
}

/** The metadata column: source, author, tags, caption and notes. */
function metaText(doc: IndexDoc): string {
  return [doc.source, doc.author, doc.tags.join(' ; '), doc.caption, doc.notes].filter(Boolean).join(' ; ');
}

type DocRow = { rid: number; fv: Uint8Array; title: string; meta: string };

export class DocWriter {
  private readonly s: Record<string, StatementSync>;
  /** In a rebuild: word counts are taken from the vocabulary at the end ({@link fillWords}). */
  private bulk = false;
  private pending: Array<{ rid: number; doc: CachedDoc | null }> = [];
  private pendingVals: Array<[number, number, string, string]> = [];
  /** Values created in this transaction, so a document may reuse them before the commit. */
  private newVals = new Map<string, number>();

  constructor(
    private readonly db: DatabaseSync,
    private readonly cache: DocCache,
    private readonly hot: HotPostings,
  ) {
    const cols = 'id, fv, dkey, ckey, day, flags, title, source, published_at, captured_at, tags, meta';
    const prepare = (sql: string): StatementSync => db.prepare(sql);
    // A one-row FTS5 table with the index's tokenizer: it tells which words the index holds
    // for a document, exactly (splitting the text in JavaScript differs on rare characters).
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.tok USING fts5(t, content='', tokenize="${TOKENIZER}");
      CREATE VIRTUAL TABLE IF NOT EXISTS temp.tok_terms USING fts5vocab(temp, tok, 'row');`);
    this.s = {
      findDoc: prepare('SELECT rid, fv, title, meta FROM docs WHERE id = ?'),
      insertDoc: prepare(`INSERT INTO docs(${cols}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`),
      updateDoc: prepare(`UPDATE docs SET (${cols}) = (?,?,?,?,?,?,?,?,?,?,?,?) WHERE rid = ?`),
      deleteDoc: prepare('DELETE FROM docs WHERE rid = ?'),
      insertFts: prepare('INSERT INTO fts(rowid, title, lead, body, meta) VALUES (?,?,?,?,?)'),
      deleteFts: prepare('DELETE FROM fts WHERE rowid = ?'),
      getText: prepare('SELECT text FROM texts WHERE rid = ?'),
      tokIn: prepare('INSERT INTO temp.tok(rowid, t) VALUES (1, ?)'),
      tokTerms: prepare('SELECT term FROM temp.tok_terms'),
      tokOut: prepare("INSERT INTO temp.tok(tok) VALUES ('delete-all')"),
      upsertText: prepare('INSERT OR REPLACE INTO texts(rid, text) VALUES (?, ?)'),
      deleteText: prepare('DELETE FROM texts WHERE rid = ?'),
      insertVal: prepare('INSERT INTO vals(kind, folded, display) VALUES (?,?,?)'),
      addWords: prepare(
        'INSERT INTO words(term, docs) SELECT value, 1 FROM json_each(?) WHERE true ON CONFLICT(term) DO UPDATE SET docs = docs + 1',
      ),
      dropWords: prepare('UPDATE words SET docs = docs - 1 WHERE term IN (SELECT value FROM json_each(?))'),
      pruneWords: prepare('DELETE FROM words WHERE docs <= 0 AND term IN (SELECT value FROM json_each(?))'),
    };
  }

  private st(name: string): StatementSync {
    return this.s[name] as StatementSync;
  }

  /** Inserts or replaces one document. */
  write(doc: IndexDoc): void {
    const existing = this.st('findDoc').get(doc.id) as DocRow | undefined;
    const vids = this.valueIds(doc);
    const published = dateMs(doc.publishedAt);
    const captured = dateMs(doc.capturedAt) || 0;
    const dateKey = (Number.isNaN(published) ? captured : published) || 0;
    const day = Number(effectiveDay(doc).replaceAll('-', ''));
    const flags = (doc.hasQuote ? Flag.quote : 0) | (doc.isDuplicate ? Flag.duplicate : 0);
    const meta = metaText(doc);
    const row = [
      doc.id, encodeVids(vids), dateKey, captured, day, flags,
      doc.title, doc.source, doc.publishedAt, doc.capturedAt, JSON.stringify(doc.tags), meta,
    ] as const;
    let rid: number;
    if (existing) {
      rid = existing.rid;
      this.forget(existing);
      this.st('updateDoc').run(...row, rid);
    } else {
      rid = Number(this.st('insertDoc').run(...row).lastInsertRowid);
    }
    const [lead, body] = splitLead(doc.text);
    this.st('insertFts').run(rid, foldForIndex(doc.title), foldForIndex(lead), foldForIndex(body), foldForIndex(meta));
    this.st('upsertText').run(rid, doc.text);
    // A rebuild fills `words` and the hot words' bitmaps from the FTS index at the end instead.
    if (!this.bulk) {
      const words = this.indexedWords(doc.title, doc.text, meta);
      this.st('addWords').run(JSON.stringify([...words]));
      this.hot.set(rid, words);
    }
    this.pending.push({ rid, doc: { vids, dateKey, capturedKey: captured, day, flags } });
  }

  /** The distinct words the index holds for a document, in all its columns. */
  private indexedWords(title: string, text: string, meta: string): Set<string> {
    // The very strings the columns hold: a lead cut mid-word holds two words, not one.
    this.st('tokIn').run([title, ...splitLead(text), meta].map(foldForIndex).join('\n'));
    const words = new Set<string>();
    for (const row of this.st('tokTerms').all() as Array<{ term: string | null }>) if (row.term) words.add(row.term);
    this.st('tokOut').run();
    return words;
  }

  /** Removes one document; false when it was not in the index. */
  remove(id: string): boolean {
    const existing = this.st('findDoc').get(id) as DocRow | undefined;
    if (!existing) return false;
    this.forget(existing);
    this.st('deleteDoc').run(existing.rid);
    this.st('deleteText').run(existing.rid);
    if (!this.bulk) this.hot.remove(existing.rid);
    this.pending.push({ rid: existing.rid, doc: null });
    return true;
  }

  /** Takes a stored document out of the FTS index and the word counts. */
  private forget(existing: DocRow): void {
    const rid = existing.rid;
    this.st('deleteFts').run(rid);
    if (this.bulk) return;
    const text = (this.st('getText').get(rid) as { text: string } | undefined)?.text ?? '';
    const words = JSON.stringify([...this.indexedWords(existing.title, text, existing.meta)]);
    this.st('dropWords').run(words);
    this.st('pruneWords').run(words);
  }

  /** Starts a rebuild: see {@link fillWords}. */
  startBulk(): void {
    this.bulk = true;
  }

  /**
   * Ends a rebuild (in a transaction, after 'optimize': reading the vocabulary of one merged
   * segment takes half the time of reading it from dozens): counts the words and builds the
   * hot words' bitmaps.
   */
  finishBulk(): void {
    // FTS5 keeps an empty word where it dropped a lone accent (`´` decomposes to one).
    this.db.exec('DELETE FROM words; INSERT INTO words(term, docs) SELECT term, doc FROM vocab WHERE length(term) > 0;');
    this.hot.build();
    this.bulk = false;
  }

  /** Writes what is held in memory until the end of a transaction (just before it commits). */
  beforeCommit(): void {
    this.hot.flush();
  }

  /** Publishes the committed changes to the in-memory cache. */
  applyPending(): void {
    for (const [vid, kind, folded, display] of this.pendingVals) this.cache.addValue(vid, kind, folded, display);
    for (const p of this.pending) {
      if (p.doc) this.cache.setDoc(p.rid, p.doc);
      else this.cache.deleteDoc(p.rid);
    }
    this.discardPending();
  }

  /** Forgets uncommitted changes (after a rollback). */
  discardPending(): void {
    this.hot.discard();
    this.pending = [];
    this.pendingVals = [];
    this.newVals.clear();
  }

  /** The facet value ids of a document, creating values seen for the first time. */
  private valueIds(doc: IndexDoc): Int32Array {
    const out = new Set<number>();
    const add = (kind: number, display: string | null | undefined): void => {
      if (!display) return;
      const folded = normalizeValue(display);
      if (folded === '') return;
      const key = `${kind}\u0000${folded}`;
      let vid = this.cache.valueId(kind, folded) ?? this.newVals.get(key);
      if (vid === undefined) {
        vid = Number(this.st('insertVal').run(kind, folded, display.trim()).lastInsertRowid);
        this.newVals.set(key, vid);
        this.pendingVals.push([vid, kind, folded, display.trim()]);
      }
      out.add(vid);
    };
    for (const tag of doc.tags) add(Kind.tag, tag);
    add(Kind.source, doc.source);
    add(Kind.author, doc.author);
    for (const p of doc.people) add(Kind.person, p);
    for (const p of doc.places) add(Kind.place, p);
    for (const o of doc.organisations) add(Kind.org, o);
    add(Kind.lang, doc.lang);
    const year = effectiveDay(doc).slice(0, 4);
    if (year !== '0000') add(Kind.year, year);
    return Int32Array.from(out);
  }
}

/** Runs `body` in one transaction; the writer's memory follows only what was committed. */
export function inTransaction(db: DatabaseSync, writer: DocWriter, begin: 'BEGIN' | 'BEGIN IMMEDIATE', body: () => void): void {
  db.exec(begin);
  try {
    body();
    writer.beforeCommit();
    db.exec('COMMIT');
  } catch (err) {
    // SQLite rolls back by itself after some errors (a full disk): then there is nothing left
    // to roll back, and the error worth reporting is the first one, not "no transaction".
    try {
      db.exec('ROLLBACK');
    } catch {
      // Already rolled back by SQLite.
    }
    writer.discardPending();
    throw err;
  }
  writer.applyPending();
}
