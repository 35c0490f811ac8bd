/**
 * The import centre's other sources: a web address (fetched by main within firm limits, its
 * pictures kept), and files or a whole folder as a batch with progress, Cancel and a summary
 * (imported, already in the archive, failed — each failure with its reason).
 */
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import type { BatchImportSummary } from '../../shared/imports';
import { importFiles as importBatch, isPrintFileName, type BatchProgress } from '../hooks/read-drop';
import { PrintImport } from './print/print-import';
import { plural } from '../lib/format';

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Runs `start` once, after the first render (a drop hands the import centre work to begin). */
function useStartOnce(start: (() => void) | null): void {
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
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

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
        Cuttings downloads the page and its pictures once, so the clipping reads offline afterwards. Pages behind a
        login or paywall: paste the article instead.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}{' '}
          {onPasteInstead && <button type="button" className="link-button" onClick={onPasteInstead}>Paste the text instead</button>}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Downloading…' : 'Add to archive'}
        </button>
      </div>
    </form>
  );
}

export function BatchImport({
  initialFiles,
  onDone,
  onImported,
}: {
  /** Files and folders dropped on the window: imported at once. */
  initialFiles?: File[];
  onDone(): void;
  /** A single PDF, scan or photo opens the print import; its clipping is reported here. */
  onImported?(outcome: ImportOutcome): void;
}): ReactElement {
  const [printFile, setPrintFile] = useState<{ path: string; name: string } | null>(null);
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [summary, setSummary] = useState<BatchImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [folder, setFolder] = useState('');
  const cancelled = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderId = useId();
  const running = progress !== null && summary === null;

  useEffect(
    () =>
      window.cuttings.on('task.progress', (p) => {
        if (p.task === 'import') setProgress({ done: p.done, total: p.total, label: p.label });
      }),
    [],
  );

  const run = async (work: () => Promise<BatchImportSummary | null>): Promise<void> => {
    cancelled.current = false;
    setSummary(null);
    setError(null);
    setProgress({ done: 0, total: 0, label: 'Starting…' });
    try {
      const result = await work();
      if (result) setSummary(result);
      else setProgress(null); // the folder dialog was dismissed
    } catch (err) {
      setError(errorText(err));
      setProgress(null);
    }
  };

  const importFiles = (files: File[]): void => {
    if (files.length === 0) return;
    // One PDF, scan or photo: its page is shown, to draw the article's region and say where it was printed.
    const only = files.length === 1 ? files[0] : undefined;
    const onDisk = only ? (window.cuttings.pathForFile?.(only) ?? '') : '';
    if (only && onDisk && onImported && isPrintFileName(only.name)) return setPrintFile({ path: onDisk, name: only.name });
    void run(() => importBatch(files, setProgress, () => cancelled.current));
  };
  useStartOnce(initialFiles ? () => importFiles(initialFiles) : null);

  const cancel = (): void => {
    cancelled.current = true;
    void window.cuttings.tasks.cancel({ task: 'import' });
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  if (printFile && onImported) {
    return <PrintImport path={printFile.path} name={printFile.name} onImported={onImported} onBack={() => setPrintFile(null)} />;
  }
  return (
    <div className="add-form batch-import">
      {!running && !summary && (
        <>
          <div
            className="drop-zone"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              e.stopPropagation();
              importFiles([...e.dataTransfer.files]);
            }}
          >
            <p>
              Drop saved pages (.html, .mhtml), e-mails (.eml, .msg), Word documents (.docx), PDFs, scans or photos (.png, .jpg,
              .tif) or text files (.txt) here, or
            </p>
            <div className="settings-row">
              <button type="button" className="button button-primary" data-autofocus onClick={() => fileInput.current?.click()}>
                Choose files…
              </button>
              <button type="button" className="button" onClick={() => void run(() => window.cuttings.clippings.importFolder({}))}>
                Import a folder…
              </button>
            </div>
            <label className="visually-hidden" htmlFor={`${folderId}-files`}>
              Files to import
            </label>
            <input
              id={`${folderId}-files`}
              ref={fileInput}
              type="file"
              multiple
              accept=".txt,.html,.htm,.mhtml,.mht,.eml,.msg,.docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,text/plain,text/html,message/rfc822,application/pdf,image/*"
              className="visually-hidden"
              tabIndex={-1}
              onChange={(e) => {
                importFiles([...(e.target.files ?? [])]);
                e.target.value = '';
              }}
            />
          </div>
          <form
            className="folder-path"
            onSubmit={(e) => {
              e.preventDefault();
              const path = folder.trim();
              if (!path) return setError('Type the folder’s full path, or use Import a folder….');
              void run(() => window.cuttings.clippings.importFolder({ path }));
            }}
          >
            <label htmlFor={folderId} className="field-label">
              Or a folder’s path
            </label>
            <div className="settings-row">
              <input
                id={folderId}
                className="input folder-input"
                value={folder}
                placeholder="/home/you/Documents/Press 2024"
                onChange={(e) => setFolder(e.target.value)}
              />
              <button type="submit" className="button">
                Import folder
              </button>
            </div>
            <p className="field-hint">
              Every page, e-mail, Word document and text file in it and its subfolders (an e-mail’s attachments too); files
              already in the archive are skipped.
            </p>
          </form>
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {running && progress && (
        <div className="import-progress">
          <label htmlFor={`${folderId}-progress`} className="field-label">
            {progress.total > 0 ? `Importing ${progress.done + 1 > progress.total ? progress.total : progress.done + 1} of ${progress.total}` : 'Looking for articles…'}
          </label>
          <progress id={`${folderId}-progress`} max={100} value={percent} />
          <p className="field-hint import-file" aria-live="off">
            {progress.label}
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {summary && <Summary summary={summary} onDone={onDone} onAgain={() => (setSummary(null), setProgress(null))} />}
    </div>
  );
}

function Summary({ summary, onDone, onAgain }: { summary: BatchImportSummary; onDone(): void; onAgain(): void }): ReactElement {
  const { imported, duplicates, failed, cancelled } = summary;
  return (
    <section className="import-summary" aria-labelledby="import-summary-title" role="status">
      <h3 id="import-summary-title">{cancelled ? 'Import cancelled' : 'Import finished'}</h3>
      <dl className="summary-counts">
        <div>
          <dt>Imported</dt>
          <dd>{imported.length}</dd>
        </div>
        <div>
          <dt>Already in the archive</dt>
          <dd>{duplicates.length}</dd>
        </div>
        <div className={failed.length ? 'summary-failed' : undefined}>
          <dt>Failed</dt>
          <dd>{failed.length}</dd>
        </div>
      </dl>
      {cancelled && <p className="field-hint">What was imported before you cancelled is kept.</p>}
      {failed.length > 0 && (
        <>
          <h4 className="field-label">{plural(failed.length, 'file')} could not be imported</h4>
          <ul className="failures">
            {failed.map((f) => (
              <li key={f.file}>
                <span className="failure-file">{f.file}</span>
                <span className="failure-reason">{f.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onAgain}>
          Import more
        </button>
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}
