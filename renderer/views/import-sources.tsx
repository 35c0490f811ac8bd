/**
 * The import centre's Address tab: a web address, fetched by main within firm limits, its
 * pictures kept; a failure is said in words and offers to paste the text instead. Files and
 * folders are `batch-import.tsx`.
 */
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import { errorText } from '../lib/errors';
import { FormActions } from '../components/form-actions';

/** Runs `start` once, after the first render (a drop hands the import centre work to begin). */
export function useStartOnce(start: (() => void) | null): void {
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !start) return;
    started.current = true;
    start();
  });
}

export function UrlImport({
  initialUrl,
  onImported,
  onCancel,
  onPasteInstead,
}: {
  /** A link dropped on the window: downloaded at once. */
  initialUrl?: string;
  onImported(o: ImportOutcome): void;
  onCancel(): void;
  /** After a failed download: go to the Paste tab. */
  onPasteInstead?(): void;
}): ReactElement {
  const [url, setUrl] = useState(initialUrl ?? '');
  const { error, setError, busy, download } = useDownload(onImported);
  const id = useId();

  useStartOnce(initialUrl ? () => void download(initialUrl) : null);

  return (
    <form
      className="add-form"
      onSubmit={(e) => {
        e.preventDefault();
        void download(url);
      }}
      noValidate
    >
      <label htmlFor={id} className="field-label">
        Web address
      </label>
      <input
        id={id}
        className="input"
        type="url"
        value={url}
        data-autofocus
        placeholder="https://www.example-news.com/2025/04/article"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setUrl(e.target.value);
          setError(null);
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        Cuttings downloads the page and its pictures once, so the clipping reads offline afterwards. Pages
        behind a login or paywall: paste the article instead.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}{' '}
          {onPasteInstead && (
            <button type="button" className="link-button" onClick={onPasteInstead}>
              Paste the text instead
            </button>
          )}
        </p>
      )}
      <FormActions onCancel={onCancel} busy={busy} label={busy ? 'Downloading…' : 'Add to archive'} />
    </form>
  );
}

/** Downloads one address at a time; a refusal is kept to be said (without the schema's prefix). */
function useDownload(onImported: (o: ImportOutcome) => void): {
  error: string | null;
  setError(error: string | null): void;
  busy: boolean;
  download(address: string): Promise<void>;
} {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (address: string): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onImported(await window.cuttings.clippings.importUrl({ url: address.trim() }));
    } catch (err) {
      setError(errorText(err).replace(/^Invalid request: url: /, ''));
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, download };
}
