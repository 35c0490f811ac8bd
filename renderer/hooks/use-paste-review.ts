import { useEffect, useState } from 'react';
import type { PasteReview } from '../../shared/paste-review';
import { errorText } from '../lib/errors';

/** How long typing must pause before the paste is read again. */
const PAUSE_MS = 350;

/**
 * What main makes of the pasted text (headline, source, author, date, dateline, language, a
 * duplicate, too short?), asked again when the text stops changing. Nothing is saved by asking.
 * A refusal (empty, not text…) comes back as `error`; an answer for older text is dropped.
 */
export function usePasteReview(text: string, html: string | undefined): { review: PasteReview | null; error: string | null } {
  const [state, setState] = useState<{ for: string; review: PasteReview | null; error: string | null }>({
    for: '',
    review: null,
    error: null,
  });
  useEffect(() => {
    if (!text.trim()) return undefined;
    let current = true;
    const timer = window.setTimeout(() => {
      window.cuttings.clippings.reviewText(html ? { text, html } : { text }).then(
        (review) => current && setState({ for: text, review, error: null }),
        (err: unknown) => current && setState({ for: text, review: null, error: errorText(err) }),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, html]);
  // A review of other text is not shown (the box was edited since, or emptied).
  return state.for === text && text.trim() ? { review: state.review, error: state.error } : { review: null, error: null };
}
