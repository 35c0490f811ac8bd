/**
 * Writes documents into the index tables. Callers wrap calls in a transaction; the in-memory
 * {@link DocCache} is updated only through {@link DocWriter.applyPending} after the commit,
 * so a rolled-back transaction leaves memory and disk in agreement.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { foldForIndex, normalizeValue } from './fold';
import { decodeVids, encodeVids, Kind, type DocCache } from './doc-cache';
import type { IndexDoc } from './types';

interface PendingDoc {
  rid: number;
  vids: Int32Array | null;
  dateKey: number;
  capturedKey: number;
}

/** Splits a text into its lead (first paragraph, at most ~600 characters) and the rest. */
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

export class DocWriter {
  private readonly findDoc: StatementSync;
  private readonly insertDoc: StatementSync;
  private readonly updateDoc: StatementSync;
  private readonly deleteDoc: StatementSync;
  private readonly insertFts: StatementSync;
  private readonly deleteFts: StatementSync;
  private readonly upsertText: StatementSync;
  private readonly deleteText: StatementSync;
  private readonly insertVal: StatementSync;
  private readonly insertDocVal: StatementSync;
  private readonly deleteDocVal: StatementSync;
  private bulkInsertDocVal: StatementSync | null = null;
  private pending: PendingDoc[] = [];
  private pendingVals: Array<[number, number, string, string]> = [];
  /** Values created in this transaction, so a document may reuse them before the commit. */
  private newVals = new Map<string, number>();

  constructor(
    private readonly db: DatabaseSync,
    private readonly cache: DocCache,
  ) {
    this.findDoc = db.prepare('SELECT rid, fv FROM docs WHERE id = ?');
    const cols = 'id, fv, dkey, ckey, day, has_quote, is_duplicate, title, source, published_at, captured_at, tags';
    this.insertDoc = db.prepare(`INSERT INTO docs(${cols}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`);
    this.updateDoc = db.prepare(
      `UPDATE docs SET (${cols}) = (?,?,?,?,?,?,?,?,?,?,?,?) WHERE rid = ?`,
    );
    this.deleteDoc = db.prepare('DELETE FROM docs WHERE rid = ?');
    this.insertFts = db.prepare('INSERT INTO fts(rowid, title, lead, body, meta) VALUES (?,?,?,?,?)');
    this.deleteFts = db.prepare('DELETE FROM fts WHERE rowid = ?');
    this.upsertText = db.prepare('INSERT OR REPLACE INTO texts(rid, text) VALUES (?, ?)');
    this.deleteText = db.prepare('DELETE FROM texts WHERE rid = ?');
    this.insertVal = db.prepare('INSERT INTO vals(kind, folded, display) VALUES (?,?,?)');
    this.insertDocVal = db.prepare('INSERT OR IGNORE INTO doc_vals(vid, rid) SELECT value, ? FROM json_each(?)');
    this.deleteDocVal = db.prepare('DELETE FROM doc_vals WHERE rid = ? AND vid IN (SELECT value FROM json_each(?))');
  }

  /** Inserts or replaces one document. */
  write(doc: IndexDoc, knownNew = false): void {
    const existing = knownNew ? undefined : (this.findDoc.get(doc.id) as { rid: number; fv: Uint8Array } | undefined);
    const vids = this.valueIds(doc);
    const published = dateMs(doc.publishedAt);
    const captured = dateMs(doc.capturedAt);
    const dateKey = Number.isNaN(published) ? captured : published;
    const day = effectiveDay(doc);
    const row = [
      doc.id,
      encodeVids(vids),
      Number.isNaN(dateKey) ? 0 : dateKey,
      Number.isNaN(captured) ? 0 : captured,
      day,
      doc.hasQuote ? 1 : 0,
      doc.isDuplicate ? 1 : 0,
      doc.title,
      doc.source,
      doc.publishedAt,
      doc.capturedAt,
      JSON.stringify(doc.tags),
    ] as const;
    let rid: number;
    if (existing) {
      rid = existing.rid;
      this.deleteFts.run(rid);
      this.forgetVals(rid, existing.fv);
      this.updateDoc.run(...row, rid);
    } else {
      rid = Number(this.insertDoc.run(...row).lastInsertRowid);
    }
    const [lead, body] = splitLead(doc.text);
    const meta = [doc.source, doc.author, doc.tags.join(' ; '), doc.caption, doc.notes].filter(Boolean).join(' ; ');
    this.insertFts.run(rid, foldForIndex(doc.title), foldForIndex(lead), foldForIndex(body), foldForIndex(meta));
    this.upsertText.run(rid, doc.text);
    (this.bulkInsertDocVal ?? this.insertDocVal).run(rid, JSON.stringify(Array.from(vids)));
    this.pending.push({ rid, vids, dateKey: Number.isNaN(dateKey) ? 0 : dateKey, capturedKey: Number.isNaN(captured) ? 0 : captured });
  }

  /** Removes one document; false when it was not in the index. */
  remove(id: string): boolean {
    const existing = this.findDoc.get(id) as { rid: number; fv: Uint8Array } | undefined;
    if (!existing) return false;
    const rid = existing.rid;
    this.deleteFts.run(rid);
    this.forgetVals(rid, existing.fv);
    this.deleteDoc.run(rid);
    this.deleteText.run(rid);
    this.pending.push({ rid, vids: null, dateKey: 0, capturedKey: 0 });
    return true;
  }

  /**
   * Rebuilds append facet rows to a scratch table in document order and sort them into
   * `doc_vals` once at the end: inserting them one document at a time scatters writes across
   * the (value, document) b-tree and cost more than a third of the indexing time.
   */
  startBulk(): void {
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS doc_vals_load(vid INTEGER, rid INTEGER); DELETE FROM temp.doc_vals_load;');
    this.bulkInsertDocVal = this.db.prepare('INSERT INTO temp.doc_vals_load(vid, rid) SELECT value, ? FROM json_each(?)');
  }

  /** Moves the scratch rows of {@link startBulk} into `doc_vals` (inside the caller's transaction). */
  finishBulk(): void {
    if (!this.bulkInsertDocVal) return;
    this.db.exec(`INSERT OR IGNORE INTO doc_vals(vid, rid) SELECT vid, rid FROM temp.doc_vals_load ORDER BY vid, rid;
      DROP TABLE temp.doc_vals_load;`);
    this.bulkInsertDocVal = null;
  }

  private forgetVals(rid: number, fv: Uint8Array): void {
    this.deleteDocVal.run(rid, JSON.stringify(Array.from(decodeVids(fv))));
    // Rare: the same id twice in one rebuild.
    if (this.bulkInsertDocVal) this.db.prepare('DELETE FROM temp.doc_vals_load WHERE rid = ?').run(rid);
  }

  /** Publishes the committed changes to the in-memory cache. */
  applyPending(): void {
    for (const [vid, kind, folded, display] of this.pendingVals) this.cache.addValue(vid, kind, folded, display);
    for (const p of this.pending) {
      if (p.vids) this.cache.setDoc(p.rid, p.vids, p.dateKey, p.capturedKey);
      else this.cache.deleteDoc(p.rid);
    }
    this.discardPending();
  }

  /** Forgets uncommitted changes (after a rollback). */
  discardPending(): void {
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
        vid = Number(this.insertVal.run(kind, folded, display.trim()).lastInsertRowid);
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
