/** The page of hits a search shows: each row's fields and a snippet of its text, in rank order. */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SearchHit } from '../../../shared/clipping';
import { makeSnippet, type HighlightTerm } from './snippet';

type Row = { rid: number; id: string; title: string; source: string | null; published_at: string | null; captured_at: string; tags: string; text: string };

export class HitReader {
  /** Prepared on first use. */
  private rows: StatementSync | null = null;

  constructor(private readonly db: DatabaseSync) {}

  /** The hits for `rids` (in that order) with their `scores`; rows gone meanwhile are left out. */
  read(rids: number[], scores: number[], terms: HighlightTerm[]): SearchHit[] {
    if (rids.length === 0) return [];
    this.rows ??= this.db.prepare(
      `SELECT d.rid, d.id, d.title, d.source, d.published_at, d.captured_at, d.tags, t.text
       FROM docs d JOIN texts t ON t.rid = d.rid WHERE d.rid IN (SELECT value FROM json_each(?))`,
    );
    const rows = this.rows.all(JSON.stringify(rids)) as unknown as Row[];
    const byRid = new Map(rows.map((r) => [r.rid, r]));
    return rids.flatMap((rid, i): SearchHit[] => {
      const r = byRid.get(rid);
      if (!r) return [];
      const { snippet, highlights } = makeSnippet(r.text, terms);
      return [{
        id: r.id,
        title: r.title,
        source: r.source,
        publishedAt: r.published_at,
        capturedAt: r.captured_at,
        tags: JSON.parse(r.tags) as string[],
        snippet,
        highlights,
        score: scores[i] as number,
      }];
    });
  }
}
