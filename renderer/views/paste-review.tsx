/**
 * The review under the paste box: what Cuttings found (headline, source, author, date, dateline,
 * language), each editable in place before the clipping is saved, with a question when the paste
 * is too short to be an article and the name of the clipping it would duplicate.
 */
import { useId, type ReactElement } from 'react';
import type { PasteReview, ReviewedField } from '../../shared/paste-review';

/** The person's corrections: a field's new text ('' clears it). */
export type FieldEdits = Partial<Record<ReviewedField, string>>;

const FIELDS: Array<{ field: ReviewedField; label: string; type?: string; placeholder?: string; wide?: boolean }> = [
  { field: 'title', label: 'Headline', wide: true },
  { field: 'source', label: 'Source', placeholder: 'not found' },
  { field: 'author', label: 'Author', placeholder: 'not found' },
  { field: 'publishedAt', label: 'Date', type: 'date' },
  { field: 'dateline', label: 'Dateline', placeholder: 'not found' },
  { field: 'lang', label: 'Language', placeholder: 'e.g. en' },
];

export function PasteReviewPanel({
  review,
  edits,
  onEdit,
}: {
  review: PasteReview;
  edits: FieldEdits;
  onEdit(field: ReviewedField, value: string): void;
}): ReactElement {
  const id = useId();
  return (
    <section className="paste-review" aria-label="What Cuttings found">
      <ReviewNotices review={review} />
      <div className="meta-form">
        {FIELDS.map(({ field, label, type, placeholder, wide }) => (
          <div key={field} className={wide ? 'meta-field meta-field-wide' : 'meta-field'}>
            <label className="meta-label" htmlFor={`${id}-${field}`}>
              {label}
            </label>
            <input
              id={`${id}-${field}`}
              className="input"
              type={type ?? 'text'}
              value={edits[field] ?? review.fields[field]?.slice(0, type === 'date' ? 10 : undefined) ?? ''}
              placeholder={placeholder}
              aria-invalid={field === 'title' && edits.title !== undefined && !edits.title.trim() ? true : undefined}
              onChange={(e) => onEdit(field, e.target.value)}
            />
          </div>
        ))}
      </div>
      {review.titleDerived && edits.title === undefined && (
        <p className="field-hint">No headline was found: the first sentence stands in for it. Type the real one if you know it.</p>
      )}
    </section>
  );
}

function ReviewNotices({ review }: { review: PasteReview }): ReactElement | null {
  if (!review.duplicate && !review.short) return null;
  return (
    <div className="review-notices" role="status">
      {review.duplicate && (
        <p className="review-notice">
          Already in your archive: <strong>“{review.duplicate.title}”</strong>. Adding it again opens that clipping (and gives it the
          tags below) instead of making a copy.
        </p>
      )}
      {review.short && (
        <p className="review-notice">
          This is only {review.words.toLocaleString()} {review.words === 1 ? 'word' : 'words'} long — too short for an article. Is it
          all you meant to paste?
        </p>
      )}
    </div>
  );
}
