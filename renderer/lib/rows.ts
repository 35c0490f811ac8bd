/**
 * One row of the library list, whether it came from `clippings.list` (a summary) or
 * from `search.query` (a hit with a highlighted snippet).
 */
import type { ClippingSummary, SearchHit } from '../../shared/clipping';

export interface Row {
  id: string;
  title: string;
  source: string | null;
  /** Search hits do not carry a dateline; null there. */
  dateline: string | null;
  publishedAt: string | null;
  capturedAt: string;
  tags: string[];
  snippet: string | null;
  highlights: Array<[number, number]>;
  wordCount: number | null;
}

export function rowFromSummary(s: ClippingSummary): Row {
  return {
    id: s.id,
    title: s.title,
    source: s.source,
    dateline: s.dateline,
    publishedAt: s.publishedAt,
    capturedAt: s.capturedAt,
    tags: s.tags,
    snippet: null,
    highlights: [],
    wordCount: s.wordCount,
  };
}

export function rowFromHit(h: SearchHit): Row {
  return {
    id: h.id,
    title: h.title,
    source: h.source,
    dateline: null,
    publishedAt: h.publishedAt,
    capturedAt: h.capturedAt,
    tags: h.tags,
    snippet: h.snippet,
    highlights: h.highlights,
    wordCount: null,
  };
}
