/**
 * The dossier builder: which clippings (the selection, the search, a saved search or all),
 * the cover, the layout, the order by hand (see DossierArranger), a preview of the real pages,
 * then one primary action, Export, with Export and open, Print and Save in a menu. Its state
 * lives in hooks/use-dossier-draft.ts, what it does in hooks/use-dossier-actions.ts.
 * With no clipping in the library it does not open: it says why.
 */
import { useEffect, useId, useState, type ReactElement } from 'react';
import { Modal } from '../../components/modal';
import { useToasts } from '../../components/toasts';
import { useDossierActions, type DossierActions } from '../../hooks/use-dossier-actions';
import { newSectionKey, useDossierDraft } from '../../hooks/use-dossier-draft';
import { plural } from '../../lib/format';
import { DossierArranger } from './arranger';
import { CoverFields } from './cover-fields';
import { DossierPreview } from './dossier-preview';
import { LayoutFields } from './layout-fields';
import { MoreMenu } from './more-menu';
import { SourceFields } from './source-fields';

export interface DossierBuilderProps {
  open: boolean;
  onClose(): void;
  /** The clippings selected in the list (or the one open), in list order. */
  selectedIds: string[];
  /** The library's current search ('' when none). */
  query: string;
  /** Clippings in the library (null while unknown): with none, the builder says so instead of opening. */
  libraryCount: number | null;
}

export const EMPTY_LIBRARY =
  'There are no clippings yet: add some (Add clipping, or drop articles on the window), then make a dossier of them.';

export function DossierBuilder({
  open,
  onClose,
  selectedIds,
  query,
  libraryCount,
}: DossierBuilderProps): ReactElement | null {
  const toasts = useToasts();
  // The count the window holds may lag a clipping just added: main is asked before refusing.
  const [checked, setChecked] = useState<'empty' | 'not-empty' | null>(null);
  const doubtful = open && libraryCount === 0;
  useEffect(() => {
    if (!doubtful) return;
    let live = true;
    window.cuttings.app.info().then(
      (info) => {
        if (!live) return;
        if (info.clippings > 0) return setChecked('not-empty');
        setChecked('empty');
        toasts.notify({ tone: 'info', message: EMPTY_LIBRARY });
        onClose();
      },
      () => live && setChecked('not-empty'),
    );
    return () => {
      live = false;
      setChecked(null);
    };
  }, [doubtful, onClose, toasts]);
  if (doubtful && checked !== 'not-empty') return null;
  return (
    <Modal
      open={open}
      onClose={onClose}
      title="New dossier"
      description="A press review as PDF: cover, contents with page numbers, bookmarks, and the clippings with their sources."
      className="dossier-dialog"
    >
      {open && <DossierForm selectedIds={selectedIds} query={query} onClose={onClose} />}
    </Modal>
  );
}

function DossierForm({
  selectedIds,
  query,
  onClose,
}: {
  selectedIds: string[];
  query: string;
  onClose(): void;
}): ReactElement {
  const formId = useId();
  const draft = useDossierDraft({ selectedIds, query });
  const actions = useDossierActions(draft);
  const [announce, setAnnounce] = useState('');
  return (
    <form
      id={formId}
      className="dossier-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void actions.exportAs('nothing');
      }}
    >
      <div className="dossier-scroll">
        <SourceFields draft={draft} />
        <CoverFields draft={draft} formId={formId} />
        <LayoutFields draft={draft} />
        {draft.byHand && (
          <DossierArranger
            sections={draft.sections}
            onChange={draft.setSections}
            items={draft.items}
            grouped={draft.layout.groupBy === 'hand'}
            onAnnounce={setAnnounce}
            newKey={newSectionKey}
          />
        )}
        <p className="visually-hidden" aria-live="polite">
          {announce}
        </p>
        {draft.error && !draft.error.field && (
          <p className="form-error" role="alert">
            {draft.error.text}
          </p>
        )}
        <Status actions={actions} formId={formId} />
        {actions.preview && <DossierPreview preview={actions.preview} formId={formId} />}
      </div>
      <Actions actions={actions} onClose={onClose} />
    </form>
  );
}

function Status({ actions, formId }: { actions: DossierActions; formId: string }): ReactElement {
  const { exporting, progress, savedNote, previewing, result } = actions;
  return (
    <>
      {exporting && progress && (
        <div className="import-progress" role="status">
          <label htmlFor={`${formId}-progress`} className="field-label">
            {progress.total > 0
              ? `Setting clipping ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`
              : 'Preparing…'}
          </label>
          <progress id={`${formId}-progress`} max={Math.max(1, progress.total)} value={progress.done} />
        </div>
      )}
      {savedNote && (
        <p className="dossier-result" role="status">
          {savedNote}
        </p>
      )}
      {previewing && (
        <p className="field-hint" role="status">
          Laying out the dossier…
        </p>
      )}
      {result && (
        <p className="dossier-result" role="status">
          Wrote <code>{result.file}</code> ({plural(result.pages, 'page')},{' '}
          {plural(result.clippings, 'clipping')}).
        </p>
      )}
    </>
  );
}

/** Close, Preview, the menu of other ways out, and the one primary action: Export. */
function Actions({ actions, onClose }: { actions: DossierActions; onClose(): void }): ReactElement {
  if (actions.exporting) {
    return (
      <div className="form-actions dossier-actions">
        <button type="button" className="button" onClick={actions.cancel}>
          Cancel export
        </button>
      </div>
    );
  }
  return (
    <div className="form-actions dossier-actions">
      <button type="button" className="button button-quiet" onClick={onClose}>
        Close
      </button>
      <button
        type="button"
        className="button"
        disabled={actions.previewing}
        onClick={() => void actions.showPreview()}
      >
        Preview
      </button>
      <MoreMenu
        label="More"
        items={[
          { label: 'Export and open', run: () => void actions.exportAs('open') },
          { label: 'Print…', run: () => void actions.exportAs('print') },
          { label: 'Save dossier', run: () => void actions.save() },
        ]}
      />
      <button type="submit" className="button button-primary">
        Export PDF…
      </button>
    </div>
  );
}
