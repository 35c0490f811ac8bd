/**
 * The paste review of the Add Clipping dialog: what a paste would become before it is saved, and
 * the person's corrections applied when it is. Capture is pure, so a review writes nothing.
 */
import type { Provenance } from '../../../shared/clipping';
import { REVIEWED_FIELDS, SHORT_PASTE_WORDS, type PasteReview, type ReviewedField } from '../../../shared/paste-review';
import { normaliseUrl, textHash, wordCount } from '../archive/normalise';
import type { Archive } from '../archive/types';
import type { CapturedArticle } from '../capture/types';

/** The fields a person corrected: a value, or null to clear the field. */
export type ReviewedFields = Partial<Record<ReviewedField, string | null>>;

/** The clipping of `archive` a paste would repeat (the same address or the same text), for {@link reviewOf}. */
export function duplicateIn(archive: Archive): (urlKey: string | null, hash: string) => { id: string; title: string } | null {
  return (urlKey, hash) => {
    const id = archive.duplicateOf(urlKey, hash);
    const existing = id ? archive.summary(id) : undefined;
    return existing ? { id: existing.id, title: existing.title } : null;
  };
}

/** The review of a captured paste; `duplicateOf` answers with the id of a clipping it repeats. */
export function reviewOf(
  article: CapturedArticle,
  duplicateOf: (urlKey: string | null, hash: string) => { id: string; title: string } | null,
): PasteReview {
  const words = wordCount(article.text);
  return {
    fields: {
      title: article.title,
      source: article.source,
      author: article.author,
      publishedAt: article.publishedAt,
      dateline: article.dateline,
      lang: article.lang,
    },
    titleDerived: article.titleDerived,
    words,
    short: words < SHORT_PASTE_WORDS,
    duplicate: duplicateOf(normaliseUrl(article.url), textHash(article.text)),
  };
}

/** `article` with the person's corrections, each remembered as entered by the user. */
export function withReviewedFields(article: CapturedArticle, fields: ReviewedFields | undefined): CapturedArticle {
  if (!fields) return article;
  const out: CapturedArticle = { ...article, provenance: { ...article.provenance } };
  for (const field of REVIEWED_FIELDS) {
    const value = fields[field];
    if (value === undefined || value === article[field]) continue;
    const provenance: Provenance = 'user';
    if (field === 'title') {
      if (!value) continue;
      out.title = value;
      out.titleDerived = false;
    } else {
      out[field] = value;
    }
    if (value === null) delete out.provenance[field];
    else out.provenance[field] = provenance;
  }
  return out;
}
