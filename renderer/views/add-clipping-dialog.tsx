/**
 * "Add clipping", the import centre: paste an article's text (Cuttings works out the headline,
 * source, dateline and caption; HTML copied with it is sent too, as long as the text was not
 * edited afterwards), a web address, or files and folders as a batch.
 */
import { useId, useRef, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent, type ReactElement } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import { Modal } from '../components/modal';
import type { Dropped } from '../hooks/read-drop';
import { BatchImport, UrlImport } from './import-sources';

export interface AddClippingDialogProps {
  open: boolean;
  /** What was dropped on the window: text for the paste box, a link to fetch, files to import. */
  initial?: Dropped;
  onClose(): void;
  onImported(outcome: ImportOutcome): void;
}

const SOURCES = [
  { key: 'paste', label: 'Paste' },
  { key: 'url', label: 'Web address' },
  { key: 'files', label: 'Files and folders' },
] as const;
type Source = (typeof SOURCES)[number]['key'];
const TAB_FOR: Record<Dropped['kind'], Source> = { text: 'paste', url: 'url', files: 'files' };

const DESCRIPTIONS: Record<Source, string> = {
  paste: 'Paste an article as you copied it: headline, byline and text. Cuttings finds the headline, source, dateline and caption.',
  url: 'Give the address of an article; Cuttings keeps its text and pictures for reading offline.',
  files: 'Import saved pages, e-mails, Word documents, PDFs, scans and photos, and text files, one by one or a whole folder at a time.',
};

export function AddClippingDialog({ open, initial, onClose, onImported }: AddClippingDialogProps): ReactElement {
  const [source, setSource] = useState<Source>(initial ? TAB_FOR[initial.kind] : 'paste');
  // A new drop opens the tab it belongs to (adjusting state while rendering, as React advises).
  const [dropped, setDropped] = useState(initial);
  if (dropped !== initial) {
    setDropped(initial);
    if (initial) setSource(TAB_FOR[initial.kind]);
  }
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const shown = source;

  // Arrow keys move between the tabs, as in any tab list.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const i = SOURCES.findIndex((s) => s.key === shown);
    const next = event.key === 'ArrowRight' ? i + 1 : event.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = SOURCES[(next + SOURCES.length) % SOURCES.length];
    if (!target) return;
    setSource(target.key);
    tabs.current[SOURCES.indexOf(target)]?.focus();
  };

  const close = (): void => {
    setSource('paste');
    onClose();
  };

  return (
    <Modal open={open} onClose={close} title="Add clipping" description={DESCRIPTIONS[shown]} className="add-dialog">
      {open && (
        <>
          <div className="import-tabs" role="tablist" aria-label="Where the article comes from" onKeyDown={onTabKey}>
            {SOURCES.map((s, i) => (
              <button
                key={s.key}
                ref={(el) => {
                  tabs.current[i] = el;
                }}
                type="button"
                role="tab"
                id={`import-tab-${s.key}`}
                aria-selected={shown === s.key}
                aria-controls={`import-panel-${s.key}`}
                tabIndex={shown === s.key ? 0 : -1}
                className="import-tab"
                onClick={() => setSource(s.key)}
              >
                {s.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`import-panel-${shown}`} aria-labelledby={`import-tab-${shown}`}>
            {shown === 'paste' && (
              <AddClippingForm initial={initial?.kind === 'text' ? initial : undefined} onCancel={close} onImported={onImported} />
            )}
            {shown === 'url' && (
              <UrlImport initialUrl={initial?.kind === 'url' ? initial.url : undefined} onCancel={close} onImported={onImported} />
            )}
            {shown === 'files' && <BatchImport initialFiles={initial?.kind === 'files' ? initial.files : undefined} onDone={close} onImported={onImported} />}
          </div>
        </>
      )}
    </Modal>
  );
}

function AddClippingForm({
  initial,
  onCancel,
  onImported,
}: {
  initial?: { text: string; html?: string };
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
