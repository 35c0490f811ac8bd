/**
 * The one chip editor: values as chips, each with a remove button, and a box where Enter adds
 * what was typed (Backspace in the empty box takes the last chip off, Escape clears the box).
 * Tags and the people, places and organisations named in an article use it; errors from
 * main ("a tag is at most 64 characters…") are said under the box, and text that failed is
 * put back to be corrected.
 */
import { useId, useState, type KeyboardEvent, type ReactElement, type ReactNode, type Ref } from 'react';
import { useAttempt } from '../hooks/use-attempt';
import { Icon } from './icons';

export interface ChipEditorProps {
  values: string[];
  /** The box's label (visually hidden), e.g. "Add a tag". */
  label: string;
  placeholder: string;
  /** Names the list of chips (its heading's id), or `listLabel` when there is no heading. */
  labelledBy?: string;
  listLabel?: string;
  /** "Remove tag ukraine". */
  removeLabel(value: string): string;
  /** What to add for the typed text, or a sentence saying why not. */
  parse(typed: string, values: string[]): string[] | string;
  onAdd(values: string[]): Promise<void>;
  onRemove(value: string): Promise<void>;
  /** Makes each chip a button (the entities: a click searches for it). */
  chip?(value: string): ReactNode;
  /** Offered as completions while typing. */
  completions?: string[];
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/**
 * The box's behaviour: Enter adds what `parse` makes of the text, Backspace in an empty box
 * takes the last value off, Escape clears; a refusal from main is kept to be said.
 */
function useChipEntry(props: Pick<ChipEditorProps, 'values' | 'parse' | 'onAdd' | 'onRemove'>): {
  draft: string;
  setDraft(text: string): void;
  error: string | null;
  busy: boolean;
  remove(value: string): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
} {
  const { values, parse, onAdd, onRemove } = props;
  const [draft, setDraft] = useState('');
  const { busy, error, setError, attempt } = useAttempt();

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>): Promise<void> => {
    if (event.key === 'Escape' && draft) {
      event.preventDefault();
      event.stopPropagation();
      setDraft('');
      setError(null);
    } else if (event.key === 'Backspace' && !draft && values.length > 0) {
      event.preventDefault();
      await attempt(() => onRemove(values[values.length - 1] as string));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const typed = draft;
      const adding = parse(typed, values);
      if (typeof adding === 'string') return setError(adding);
      // Cleared at once so the next one can be typed while this one is saved; on failure the
      // text comes back (unless something new was typed) to be corrected.
      setDraft('');
      if (adding.length > 0 && !(await attempt(() => onAdd(adding)))) setDraft((now) => now || typed);
    }
  };

  return {
    draft,
    setDraft,
    error,
    busy,
    remove: (value) => void attempt(() => onRemove(value)),
    onKeyDown: (event) => void onKeyDown(event),
  };
}

export function ChipEditor(props: ChipEditorProps): ReactElement {
  const { values, label, placeholder, labelledBy, listLabel, removeLabel, chip, completions, inputRef } =
    props;
  const { draft, setDraft, error, busy, remove, onKeyDown } = useChipEntry(props);
  const inputId = useId();
  const listId = useId();
  const errorId = useId();

  return (
    <div className={props.className ? `chip-editor ${props.className}` : 'chip-editor'}>
      <ul className="chip-list" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : listLabel}>
        {values.map((v) => (
          <li key={v} className="chip-item">
            {chip ? chip(v) : <bdi className="chip-name">{v}</bdi>}
            <button
              type="button"
              className="chip-remove"
              aria-label={removeLabel(v)}
              disabled={busy}
              onClick={() => remove(v)}
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
        <li className="chip-input-item">
          <label htmlFor={inputId} className="visually-hidden">
            {label}
          </label>
          <input
            id={inputId}
            ref={inputRef}
            className="chip-input"
            type="text"
            list={completions?.length ? listId : undefined}
            value={draft}
            placeholder={placeholder}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
          />
          {completions && completions.length > 0 && (
            <datalist id={listId}>
              {completions.slice(0, 200).map((k) => (
                <option key={k} value={k} />
              ))}
            </datalist>
          )}
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
