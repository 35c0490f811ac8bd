/**
 * The catalogue record of a newly captured article: what `Archive.add` stores, and what the
 * bench's fast-built corpora write directly (bench/archive-corpus.ts) — one place, so a field
 * added to captures reaches both.
 */
import type { CapturedArticle } from '../capture/types';
import { textHash, wordCount } from './normalise';
import type { StoredClipping } from './schema';

/** What the caller decides: identity, time, tags and the files it plans to write. */
export interface NewRecordFields {
  id: string;
  capturedAt: string;
  tags: string[];
  images: StoredClipping['images'];
  files: StoredClipping['files'];
  /** `textHash(article.text)` when the caller has it already. */
  textHash?: string;
}

export function newRecord(article: CapturedArticle, fields: NewRecordFields): StoredClipping {
  return {
    id: fields.id,
    title: article.title,
    titleDerived: article.titleDerived,
    source: article.source,
    author: article.author,
    dateline: article.dateline,
    publishedAt: article.publishedAt,
    capturedAt: fields.capturedAt,
    lang: article.lang,
    caption: article.caption,
    credit: article.credit,
    url: article.url,
    tags: fields.tags,
    entities: article.entities,
    quotes: article.quotes,
    images: fields.images,
    notes: '',
    provenance: article.provenance,
    trashedAt: null,
    wordCount: wordCount(article.text),
    textHash: fields.textHash ?? textHash(article.text),
    files: fields.files,
  };
}
