/**
 * The clipping's notes: saved through `clippings.update` after a pause in typing and when the
 * box loses focus, with the state said next to it (saving, saved, or what went wrong).
 * Mounted once per clipping (`key={id}`): a pending save is made when it goes.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { Clipping } from '../../shared/clipping';
import { errorText } from '../lib/errors';

/** Saves this long after the last keystroke. */
const PAUSE_MS = 800;

type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | { error: string };

export function NotesEditor({ clipping }: { clipping: Clipping }): ReactElement {
  const [text, setText] = useState(clipping.notes);
  const [state, setState] = useState<SaveState>('idle');
  const saved = useRef(clipping.notes);
  const timer = useRef<number | null>(null);
  const id = clipping.id;

  const save = async (value: string): Promise<void> => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (value === saved.current) return;
    setState('saving');
    try {
      await window.cuttings.clippings.update({ id, patch: { notes: value } });
      saved.current = value;
      setState('saved');
    } catch (err) {
      setState({ error: errorText(err) });
    }
  };

  // A pending save is not lost when the reader moves to another clipping.
  const latest = useRef({ text, save });
  useEffect(() => {
    latest.current = { text, save };
  });
  useEffect(
    () => () => {
      if (timer.current !== null) void latest.current.save(latest.current.text);
    },
    [],
  );

  const status =
    typeof state === 'object'
      ? `Not saved: ${state.error}`
      : state === 'saving' || state === 'pending'
        ? 'Saving…'
        : state === 'saved'
          ? 'Saved'
          : '';

  return (
    <section className="reader-section notes" aria-labelledby="notes-heading">
      <h2 id="notes-heading">
        <label htmlFor="notes-input">Notes</label>
      </h2>
      <textarea
        id="notes-input"
        className="notes-input"
        value={text}
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        placeholder="Your notes on this clipping: why it matters, who asked for it, what to follow up…"
        aria-describedby="notes-status"
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          setState('pending');
          if (timer.current !== null) window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void save(value), PAUSE_MS);
        }}
        onBlur={() => void save(text)}
      />
      <p id="notes-status" className={typeof state === 'object' ? 'notes-status field-error' : 'notes-status'} aria-live="polite">
        {status}
      </p>
    </section>
  );
}
