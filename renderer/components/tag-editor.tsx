/**
 * Tags of one clipping (or of a selection): chips with a remove button, and a box where
 * Enter adds what was typed. Several tags can be typed at once, separated by spaces or
 * commas. Errors from main (a tag too long…) are shown under the box.
 */
import { useId, useState, type KeyboardEvent, type ReactElement, type Ref } from 'react';
import { splitTags } from '../lib/query';
import { Icon } from './icons';

export interface TagEditorProps {
  tags: string[];
  /** Every tag in the archive, offered as completions. */
  known: string[];
  onAdd(tags: string[]): Promise<void>;
  onRemove(tag: string): Promise<void>;
  inputRef?: Ref<HTMLInputElement>;
  /** Visible label of the box, e.g. "Add a tag". */
  label?: string;
}

export function TagEditor({ tags, known, onAdd, onRemove, inputRef, label = 'Add a tag' }: TagEditorProps): ReactElement {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const listId = useId();
  const errorId = useId();

  const attempt = async (job: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await job();
      return true;
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>): Promise<void> => {
    if (event.key === 'Escape' && draft) {
      event.stopPropagation();
      setDraft('');
      setError(null);
      return;
    }
    if (event.key === 'Backspace' && !draft && tags.length > 0) {
      // Backspace in an empty box takes off the last tag, as in most tag fields.
      event.preventDefault();
      await attempt(() => onRemove(tags[tags.length - 1] as string));
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const typed = draft;
    const names = splitTags(typed).filter((t) => !tags.includes(t));
    // Clear at once so the next tag can be typed while this one is saved; on failure
    // put the text back (unless something new was typed) so it can be corrected.
    setDraft('');
    if (names.length === 0) return;
    if (!(await attempt(() => onAdd(names)))) setDraft((now) => now || typed);
  };

  return (
    <div className="tag-editor">
      <ul className="tag-list" aria-label="Tags">
        {tags.map((t) => (
          <li key={t} className="tag">
            <span className="tag-name">{t}</span>
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove tag ${t}`}
              disabled={busy}
              onClick={() => void attempt(() => onRemove(t))}
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
        <li className="tag-input-item">
          <label htmlFor={inputId} className="visually-hidden">
            {label}
          </label>
          <input
            id={inputId}
            ref={inputRef}
            className="tag-input"
            type="text"
            list={listId}
            value={draft}
            placeholder={tags.length ? 'Add tag…' : 'Add a tag…'}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => void onKeyDown(e)}
          />
          <datalist id={listId}>
            {known
              .filter((k) => !tags.includes(k))
              .slice(0, 200)
              .map((k) => (
                <option key={k} value={k} />
              ))}
          </datalist>
        </li>
      </ul>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
