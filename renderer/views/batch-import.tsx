/**
 * The import centre's Files tab: files or a whole folder as a batch with progress, Cancel
 * and a summary (imported, already in the archive, failed — each failure with its reason).
 * One PDF, scan or photo opens the print import instead, to draw the article's region.
 */
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import type { BatchImportSummary } from '../../shared/imports';
import { importFiles as importBatch, isPrintFileName, type BatchProgress } from '../hooks/read-drop';
import { errorText } from '../lib/errors';
import { plural } from '../lib/format';
import { useStartOnce } from './import-sources';
import { PrintImport } from './print/print-import';

const ACCEPT =
  '.txt,.html,.htm,.mhtml,.mht,.eml,.msg,.docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp,' +
  'text/plain,text/html,message/rfc822,application/pdf,image/*';

interface BatchRun {
  progress: BatchProgress | null;
  summary: BatchImportSummary | null;
  error: string | null;
  fail(message: string | null): void;
  running: boolean;
  run(work: () => Promise<BatchImportSummary | null>): Promise<void>;
  importFiles(files: File[]): void;
  cancel(): void;
  again(): void;
}

/** One batch at a time: progress from main's `task.progress`, then its summary (or why it failed). */
function useBatchRun(): BatchRun {
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [summary, setSummary] = useState<BatchImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cancelled = useRef(false);
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
  return {
    progress,
    summary,
    error,
    fail: setError,
    running: progress !== null && summary === null,
    run,
    importFiles: (files) => void run(() => importBatch(files, setProgress, () => cancelled.current)),
    cancel: () => {
      cancelled.current = true;
      void window.cuttings.tasks.cancel({ task: 'import' });
    },
    again: () => {
      setSummary(null);
      setProgress(null);
    },
  };
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
  const batch = useBatchRun();
  const importFiles = (files: File[]): void => {
    if (files.length === 0) return;
    // One PDF, scan or photo: its page is shown, to draw the article's region and say where it was printed.
    const only = files.length === 1 ? files[0] : undefined;
    const onDisk = only ? (window.cuttings.pathForFile?.(only) ?? '') : '';
    if (only && onDisk && onImported && isPrintFileName(only.name))
      return setPrintFile({ path: onDisk, name: only.name });
    batch.importFiles(files);
  };
  useStartOnce(initialFiles ? () => importFiles(initialFiles) : null);

  if (printFile && onImported) {
    return (
      <PrintImport
        path={printFile.path}
        name={printFile.name}
        onImported={onImported}
        onBack={() => setPrintFile(null)}
      />
    );
  }
  const { progress, summary, error } = batch;
  return (
    <div className="add-form batch-import">
      {!batch.running && !summary && <BatchChooser batch={batch} onFiles={importFiles} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {batch.running && progress && <ImportProgress progress={progress} onCancel={batch.cancel} />}
      {summary && <Summary summary={summary} onDone={onDone} onAgain={batch.again} />}
    </div>
  );
}

/** Where the files come from: dropped here, chosen, a folder chosen, or a folder's path typed. */
function BatchChooser({ batch, onFiles }: { batch: BatchRun; onFiles(files: File[]): void }): ReactElement {
  const fileInput = useRef<HTMLInputElement>(null);
  const folderId = useId();
  return (
    <>
      <div
        className="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          onFiles([...e.dataTransfer.files]);
        }}
      >
        <p>
          Drop saved pages (.html, .mhtml), e-mails (.eml, .msg), Word documents (.docx), PDFs, scans or
          photos (.png, .jpg, .tif) or text files (.txt) here, or
        </p>
        <div className="settings-row">
          <button
            type="button"
            className="button button-primary"
            data-autofocus
            onClick={() => fileInput.current?.click()}
          >
            Choose files…
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void batch.run(() => window.cuttings.clippings.importFolder({}))}
          >
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
          accept={ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      <FolderPathForm batch={batch} />
    </>
  );
}

/** A folder's path typed in, for when the system's folder dialog is not the way. */
function FolderPathForm({ batch }: { batch: BatchRun }): ReactElement {
  const [folder, setFolder] = useState('');
  const folderId = useId();
  return (
    <form
      className="folder-path"
      onSubmit={(e) => {
        e.preventDefault();
        const path = folder.trim();
        if (!path) return batch.fail('Type the folder’s full path, or use Import a folder….');
        void batch.run(() => window.cuttings.clippings.importFolder({ path }));
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
        Every page, e-mail, Word document and text file in it and its subfolders (an e-mail’s attachments
        too); files already in the archive are skipped.
      </p>
    </form>
  );
}

function ImportProgress({ progress, onCancel }: { progress: BatchProgress; onCancel(): void }): ReactElement {
  const id = useId();
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="import-progress">
      <label htmlFor={id} className="field-label">
        {progress.total > 0
          ? `Importing ${Math.min(progress.done + 1, progress.total)} of ${progress.total}`
          : 'Looking for articles…'}
      </label>
      <progress id={id} max={100} value={percent} />
      <p className="field-hint import-file" aria-live="off">
        {progress.label}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function Summary({
  summary,
  onDone,
  onAgain,
}: {
  summary: BatchImportSummary;
  onDone(): void;
  onAgain(): void;
}): ReactElement {
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
