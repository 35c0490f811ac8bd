/**
 * Importing one PDF, scan or photo: the page shown, with the article's region drawn on it
 * when the page holds several; the publication (those already in the archive are offered),
 * its page and edition, the date and the text's language; then the reading itself, with
 * progress and Cancel (OCR takes a few seconds a page, off the window's thread).
 */
import { useId, type ReactElement } from 'react';
import type { ImportOutcome } from '../../../shared/clipping';
import { usePrintImport, type PrintImportState } from '../../hooks/use-print-import';
import { languageName } from '../../lib/languages';
import { RegionPicker } from './region-picker';

export function PrintImport({
  path,
  name,
  onImported,
  onBack,
}: {
  path: string;
  name: string;
  onImported(outcome: ImportOutcome): void;
  onBack(): void;
}): ReactElement {
  const state = usePrintImport(path);
  const running = state.progress !== null;
  const submit = async (): Promise<void> => {
    const outcome = await state.start();
    if (outcome) onImported(outcome);
  };
  return (
    <form
      className="print-import"
      aria-label={`Import ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!running) void submit();
      }}
    >
      <PagePane state={state} name={name} />
      <div className="print-fields">
        <DetailsFields state={state} disabled={running} />
        {state.error && (
          <p className="form-error" role="alert">
            {state.error}
          </p>
        )}
        {running ? (
          <Progress state={state} />
        ) : (
          <div className="form-actions">
            <button type="button" className="button" onClick={onBack}>
              Back
            </button>
            <button type="submit" className="button button-primary" disabled={!state.preview}>
              Import
            </button>
          </div>
        )}
      </div>
    </form>
  );
}

function PagePane({ state, name }: { state: PrintImportState; name: string }): ReactElement {
  const { preview, page, region } = state;
  if (!preview) {
    return (
      <div className="print-page print-page-loading" aria-busy={!state.error}>
        {!state.error && <p className="field-hint">Opening {name}…</p>}
      </div>
    );
  }
  return (
    <div className="print-page">
      <RegionPicker image={preview.image} label={`Page ${page} of ${name}`} region={region} onChange={state.setRegion} />
      <p className="field-hint" id="region-hint">
        {region
          ? 'Only the text inside the rectangle is taken, and only that part of the page is kept as the facsimile.'
          : 'Several articles on the page? Drag a rectangle around the one you want. Otherwise the whole page is taken.'}
        {!preview.hasText && ' This page is an image: its text will be recognised (OCR).'}
      </p>
      <div className="settings-row">
        {preview.pages > 1 && (
          <>
            <button type="button" className="button" disabled={page <= 1} onClick={() => state.showPage(page - 1)}>
              Previous page
            </button>
            <span className="print-page-count" aria-live="polite">
              Page {page} of {preview.pages}
            </span>
            <button type="button" className="button" disabled={page >= preview.pages} onClick={() => state.showPage(page + 1)}>
              Next page
            </button>
          </>
        )}
        {region && (
          <button type="button" className="button button-small" onClick={() => state.setRegion(null)}>
            Take the whole page
          </button>
        )}
      </div>
    </div>
  );
}

function DetailsFields({ state, disabled }: { state: PrintImportState; disabled: boolean }): ReactElement {
  const id = useId();
  const { details, setDetails, publications, languages, preview, region } = state;
  const editions = publications.find((p) => p.name.toLowerCase() === details.source.trim().toLowerCase())?.editions ?? [];
  const field = (key: 'source' | 'edition' | 'page' | 'publishedAt', label: string, extra: Record<string, string> = {}): ReactElement => (
    <div className="print-field">
      <label htmlFor={`${id}-${key}`} className="field-label">
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className="input"
        value={details[key]}
        disabled={disabled}
        onChange={(e) => setDetails({ [key]: e.target.value })}
        {...extra}
      />
    </div>
  );
  return (
    <fieldset className="print-details" disabled={disabled}>
      <legend className="field-label">Where it was printed</legend>
      {field('source', 'Publication', { list: `${id}-publications`, placeholder: 'Le Monde, The Times…', 'data-autofocus': '' })}
      <datalist id={`${id}-publications`}>
        {publications.map((p) => (
          <option key={p.name} value={p.name} />
        ))}
      </datalist>
      {field('edition', 'Edition', { list: `${id}-editions`, placeholder: 'National, Late…' })}
      <datalist id={`${id}-editions`}>
        {editions.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
      <div className="print-field-row">
        {field('page', 'Page', { placeholder: '7', inputMode: 'numeric' })}
        {field('publishedAt', 'Date', { type: 'date' })}
      </div>
      <div className="print-field">
        <label htmlFor={`${id}-lang`} className="field-label">
          Language of the text
        </label>
        <select id={`${id}-lang`} className="input" value={details.lang} onChange={(e) => setDetails({ lang: e.target.value })}>
          <option value="">Automatic (recognised from the page)</option>
          {(languages?.bundled ?? []).map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
          {(languages?.added ?? []).map((l) => (
            <option key={l.code} value={l.code}>
              {l.code} (added in Settings)
            </option>
          ))}
        </select>
      </div>
      {preview && preview.pages > 1 && !region && (
        <label className="checkbox-row">
          <input type="checkbox" checked={details.allPages} onChange={(e) => setDetails({ allPages: e.target.checked })} />
          All {preview.pages} pages are one article
        </label>
      )}
    </fieldset>
  );
}

function Progress({ state }: { state: PrintImportState }): ReactElement {
  const id = useId();
  const percent = state.progress?.percent ?? 0;
  return (
    <div className="import-progress">
      <label htmlFor={id} className="field-label">
        Reading… {percent}%
      </label>
      <progress id={id} max={100} value={percent} />
      <p className="field-hint import-file" aria-live="off">
        {state.progress?.label}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={state.cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
