/**
 * "Add clipping", the import centre: paste an article's text (Cuttings shows what it found —
 * headline, source, author, date, dateline, language — to correct before saving; see
 * paste-import.tsx), a web address, or files and folders as a batch.
 */
import { useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import { Modal } from '../components/modal';
import type { Dropped } from '../hooks/read-drop';
import { BatchImport } from './batch-import';
import { UrlImport } from './import-sources';
import { PasteImport } from './paste-import';

export interface AddClippingDialogProps {
  open: boolean;
  /** What was dropped on the window: text for the paste box, a link to fetch, files to import. */
  initial?: Dropped;
  /** The tab it opens on when nothing was dropped (the empty archive's "From a web address…"). */
  startOn?: Source;
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
  paste: 'Paste an article as you copied it: headline, byline and text. Cuttings shows what it found, for you to correct before it is saved.',
  url: 'Give the address of an article; Cuttings keeps its text and pictures for reading offline.',
  files: 'Import saved pages, e-mails, Word documents, PDFs, scans and photos, and text files, one by one or a whole folder at a time.',
};

export function AddClippingDialog({ open, initial, startOn, onClose, onImported }: AddClippingDialogProps): ReactElement {
  const [source, setSource] = useState<Source>(initial ? TAB_FOR[initial.kind] : (startOn ?? 'paste'));
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    if (open && !initial && startOn) setSource(startOn);
  }
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
              <PasteImport initial={initial?.kind === 'text' ? initial : undefined} onCancel={close} onImported={onImported} />
            )}
            {shown === 'url' && (
              <UrlImport
                initialUrl={initial?.kind === 'url' ? initial.url : undefined}
                onCancel={close}
                onImported={onImported}
                onPasteInstead={() => setSource('paste')}
              />
            )}
            {shown === 'files' && <BatchImport initialFiles={initial?.kind === 'files' ? initial.files : undefined} onDone={close} onImported={onImported} />}
          </div>
        </>
      )}
    </Modal>
  );
}
