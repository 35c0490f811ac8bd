/**
 * "Add clipping": paste an article's text and Cuttings works out the headline, source,
 * dateline and caption. When the paste came with HTML (copied from a browser) it is sent
 * too, as long as the text was not edited afterwards.
 */
import { useId, useRef, useState, type ClipboardEvent, type FormEvent, type ReactElement } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import { Modal } from '../components/modal';
import type { DroppedText } from '../hooks/use-drop-text';

export interface AddClippingDialogProps {
  open: boolean;
  /** Text to start from (dropped on the window), with its HTML when there was some. */
  initial?: DroppedText;
  onClose(): void;
  onImported(outcome: ImportOutcome): void;
}

export function AddClippingDialog({ open, initial, onClose, onImported }: AddClippingDialogProps): ReactElement {
  return (
    <Modal
      open={open}
      onClose={onClose}
      title="Add clipping"
      description="Paste an article as you copied it: headline, byline and text. Cuttings finds the headline, source, dateline and caption."
      className="add-dialog"
    >
      {open && <AddClippingForm initial={initial} onCancel={onClose} onImported={onImported} />}
    </Modal>
  );
}

function AddClippingForm({
  initial,
  onCancel,
  onImported,
}: {
  initial?: DroppedText;
  onCancel(): void;
  onImported(outcome: ImportOutcome): void;
}): ReactElement {
  const [text, setText] = useState(initial?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pastedHtml = useRef<{ text: string; html: string } | null>(
    initial?.html ? { text: initial.text, html: initial.html } : null,
  );
  const textId = useId();
  const hintId = useId();
  const errorId = useId();

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>): void => {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    pastedHtml.current = html && plain ? { text: plain, html } : null;
  };

  const submit = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (busy) return;
    // Even an empty box goes to main: capture owns the rules for what can be imported,
    // and its messages are written for people.
    setBusy(true);
    setError(null);
    try {
      const html = pastedHtml.current?.text === text ? pastedHtml.current.html : undefined;
      const outcome = await window.cuttings.clippings.importText(html ? { text, html } : { text });
      onImported(outcome);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={textId} className="field-label">
        Article text
      </label>
      <textarea
        id={textId}
        className="paste-box"
        value={text}
        rows={14}
        data-autofocus
        spellCheck={false}
        placeholder="Paste the article here…"
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onPaste={onPaste}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
        }}
      />
      <p id={hintId} className="field-hint">
        {describe(text)} · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to add
      </p>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Adding…' : 'Add to archive'}
        </button>
      </div>
    </form>
  );
}

/** "412 words", cheaply even for a very large paste. */
function describe(text: string): string {
  if (!text.trim()) return 'Nothing pasted yet';
  if (text.length > 500_000) return `${(text.length / 1_000_000).toFixed(1)} million characters`;
  const words = text.trim().split(/\s+/).length;
  return `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`;
}
