/**
 * The Paste tab of Add clipping: the paste box, then what Cuttings found in it — headline,
 * source, author, date, dateline, language, editable in place — a question when the paste is too
 * short to be an article, the clipping it would duplicate, and tags to give it. The HTML a browser
 * copies with the text is sent too, as long as the text was not edited afterwards.
 */
import { useId, useState, type ClipboardEvent, type FormEvent, type ReactElement } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import type { ReviewedField } from '../../shared/paste-review';
import { TagEditor } from '../components/tag-editor';
import { usePasteReview } from '../hooks/use-paste-review';
import { useTags } from '../hooks/use-tags';
import { errorText } from '../lib/errors';
import { PasteReviewPanel, type FieldEdits } from './paste-review';
import { FormActions } from '../components/form-actions';

export interface PasteImportProps {
  initial?: { text: string; html?: string };
  onCancel(): void;
  onImported(outcome: ImportOutcome): void;
}

/** The corrections as main takes them: trimmed, '' for "none" (null), a language in lower case. */
type Corrections = { title?: string } & Partial<Record<Exclude<ReviewedField, 'title'>, string | null>>;

function correctedFields(edits: FieldEdits): Corrections {
  const out: Corrections = {};
  for (const [field, raw] of Object.entries(edits) as Array<[ReviewedField, string]>) {
    const value = raw.trim();
    if (field === 'title') {
      if (value) out.title = value;
    } else {
      out[field] = value ? (field === 'lang' ? value.toLowerCase() : value) : null;
    }
  }
  return out;
}

export function PasteImport({ initial, onCancel, onImported }: PasteImportProps): ReactElement {
  const [text, setText] = useState(initial?.text ?? '');
  const [edits, setEdits] = useState<FieldEdits>({});
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState<{ text: string; html: string } | null>(initial?.html ? { text: initial.text, html: initial.html } : null);
  const html = pasted?.text === text ? pasted.html : undefined;
  const { review } = usePasteReview(text, html);
  const known = useTags().map((t) => t.name);
  const ids = { text: useId(), hint: useId(), error: useId() };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>): void => {
    const rich = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    setPasted(rich && plain ? { text: plain, html: rich } : null);
  };

  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (busy) return;
    // Even an empty box goes to main: capture owns the rules for what can be imported.
    setBusy(true);
    setError(null);
    try {
      const fields = correctedFields(edits);
      const args = { text, ...(html ? { html } : {}), ...(tags.length ? { tags } : {}), ...(Object.keys(fields).length ? { fields } : {}) };
      onImported(await window.cuttings.clippings.importText(args));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-form" onSubmit={(e) => void submit(e)} noValidate>
      <PasteBox
        ids={ids}
        text={text}
        compact={review !== null}
        error={error}
        onPaste={onPaste}
        onChange={(value) => {
          setText(value);
          setEdits({});
          if (error) setError(null);
        }}
        onSubmit={() => void submit()}
      />
      {review && <PasteReviewPanel review={review} edits={edits} onEdit={(field, value) => setEdits((e) => ({ ...e, [field]: value }))} />}
      {review && (
        <TagEditor
          tags={tags}
          known={known}
          label="Add tags"
          onAdd={async (added) => setTags((t) => [...new Set([...t, ...added])])}
          onRemove={async (removed) => setTags((t) => t.filter((x) => x !== removed))}
        />
      )}
      {error && (
        <p id={ids.error} className="form-error" role="alert">
          {error}
        </p>
      )}
      <FormActions onCancel={onCancel} busy={busy} label={busy ? 'Adding…' : review?.short ? 'Add anyway' : 'Add to archive'} />
    </form>
  );
}

function PasteBox({
  ids,
  text,
  compact,
  error,
  onPaste,
  onChange,
  onSubmit,
}: {
  ids: { text: string; hint: string; error: string };
  text: string;
  /** Shorter once the review shows under it. */
  compact: boolean;
  error: string | null;
  onPaste(event: ClipboardEvent<HTMLTextAreaElement>): void;
  onChange(text: string): void;
  onSubmit(): void;
}): ReactElement {
  return (
    <>
      <label htmlFor={ids.text} className="field-label">
        Article text
      </label>
      <textarea
        id={ids.text}
        className="paste-box"
        value={text}
        rows={compact ? 5 : 14}
        data-autofocus
        spellCheck={false}
        placeholder="Paste the article here…"
        aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
        aria-invalid={error ? true : undefined}
        onPaste={onPaste}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSubmit();
        }}
      />
      <p id={ids.hint} className="field-hint">
        {describe(text)} · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to add
      </p>
    </>
  );
}

/** "412 words", cheaply even for a very large paste. */
function describe(text: string): string {
  if (!text.trim()) return 'Nothing pasted yet';
  if (text.length > 500_000) return `${(text.length / 1_000_000).toFixed(1)} million characters`;
  const words = text.trim().split(/\s+/).length;
  return `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`;
}
