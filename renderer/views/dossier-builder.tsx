/**
 * The dossier builder: which clippings (the selection or the current search), the cover
 * (title, subtitle, organisation, period, editor, classification, editor's summary), paper,
 * (or a saved search), grouping and order — by hand with drag and drop or the keyboard (see DossierArranger) —
 * then Export, Open or Print. Export runs in main with progress and Cancel; its file is
 * written whole or not at all.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactElement } from 'react';
import type { DossierExport, DossierPreview, DossierSource, DossierSpec, SavedSearch } from '../../shared/dossier';
import { Modal } from '../components/modal';
import { formatDate, plural } from '../lib/format';
import { PrintedChoice, type Printed } from './print/printed-choice';
import { DossierArranger, type ArrangedSection, type DossierItem } from './dossier-arranger';

export interface DossierBuilderProps {
  open: boolean;
  onClose(): void;
  /** The clippings selected in the list (or the one open), in list order. */
  selectedIds: string[];
  /** The library's current search ('' when none). */
  query: string;
}

type SourceKind = 'selection' | 'query' | 'all' | `saved:${string}`;
type GroupBy = 'none' | 'tag' | 'source' | 'day' | 'hand';
type Order = 'date' | 'source' | 'manual';
type Then = 'nothing' | 'open' | 'print';

/** More than any press review holds; the builder arranges at most this many by hand. */
const MAX_CLIPPINGS = 1000;

const errorText = (err: unknown): string =>
  (err instanceof Error ? err.message : String(err)).replace(/^Invalid request: spec\.\w+: /, '');

interface Cover {
  title: string;
  subtitle: string;
  organisation: string;
  period: string;
  editor: string;
  classification: string;
  summary: string;
}

const EMPTY_COVER: Cover = {
  title: '',
  subtitle: '',
  organisation: '',
  period: '',
  editor: '',
  classification: 'For internal use only',
  summary: '',
};

const COVER_FIELDS: Array<{ key: Exclude<keyof Cover, 'summary'>; label: string; placeholder: string }> = [
  { key: 'title', label: 'Title', placeholder: 'Ukraine talks: the week in the press' },
  { key: 'subtitle', label: 'Subtitle', placeholder: 'Coverage of the Geneva round' },
  { key: 'organisation', label: 'Organisation', placeholder: 'Ministry of Foreign Affairs, Press Office' },
  { key: 'period', label: 'Period covered', placeholder: '7–13 April 2025' },
  { key: 'editor', label: 'Editor', placeholder: 'Your name' },
  { key: 'classification', label: 'Classification', placeholder: 'For internal use only' },
];

let sectionKeys = 0;
const newKey = (): string => `s${++sectionKeys}`;

export function DossierBuilder({ open, onClose, selectedIds, query }: DossierBuilderProps): ReactElement {
  return (
    <Modal
      open={open}
      onClose={onClose}
      title="New dossier"
      description="A press review as PDF: cover, contents with page numbers, bookmarks, and each clipping with its source."
      className="dossier-dialog"
    >
      {open && <DossierForm selectedIds={selectedIds} query={query} onClose={onClose} />}
    </Modal>
  );
}

function DossierForm(props: Omit<DossierBuilderProps, 'open'>): ReactElement {
  // The selection and search as they were when the builder opened: the app re-renders (and
  // passes new arrays) on every archive change, which must not undo an order made by hand.
  const [{ selectedIds, query }] = useState(() => ({ selectedIds: props.selectedIds, query: props.query }));
  const { onClose } = props;
  const formId = useId();
  const [source, setSource] = useState<SourceKind>(selectedIds.length > 1 ? 'selection' : query ? 'query' : selectedIds.length ? 'selection' : 'all');
  const [cover, setCover] = useState<Cover>(EMPTY_COVER);
  const [paper, setPaper] = useState<'A4' | 'Letter'>('A4');
  const [printed, setPrinted] = useState<Printed>('both');
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [order, setOrder] = useState<Order>('date');
  const [items, setItems] = useState<Map<string, DossierItem>>(new Map());
  const [sections, setSections] = useState<ArrangedSection[]>([]);
  const [count, setCount] = useState<number | null>(null);
  const [error, setError] = useState<{ field: 'title' | null; text: string } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<DossierExport | null>(null);
  const [preview, setPreview] = useState<DossierPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const previewRef = useRef<HTMLElement>(null);
  // A new preview is brought into view (it sits below the list of clippings).
  useEffect(() => {
    if (preview) previewRef.current?.scrollIntoView({ block: 'nearest' });
  }, [preview]);
  const [announce, setAnnounce] = useState('');
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const savedSearch = source.startsWith('saved:') ? saved.find((x) => `saved:${x.id}` === source) : undefined;
  const byHand = order === 'manual' || groupBy === 'hand';

  useEffect(() => {
    window.cuttings.settings.get().then(
      (s) => setPaper(s.paper),
      () => undefined,
    );
    window.cuttings.searches.list().then(setSaved, () => undefined);
  }, []);

  useEffect(
    () =>
      window.cuttings.on('task.progress', (p) => {
        if (p.task === 'dossier') setProgress({ done: p.done, total: p.total });
      }),
    [],
  );

  // The clippings the source names, with what the arrangement shows of each.
  const loadItems = useCallback(async (): Promise<void> => {
    const q = source === 'query' ? query : source === 'all' ? '' : savedSearch ? savedSearch.query : null;
    const list: DossierItem[] = [];
    if (q === null) {
      for (const id of selectedIds.slice(0, MAX_CLIPPINGS)) {
        const c = await window.cuttings.clippings.get({ id });
        list.push({ id, title: c.title, source: c.source, date: formatDate(c.publishedAt ?? c.capturedAt) });
      }
      setCount(selectedIds.length);
    } else {
      const found = await window.cuttings.search.query({ q, limit: MAX_CLIPPINGS, sort: 'date' });
      for (const h of found.hits) list.push({ id: h.id, title: h.title, source: h.source, date: formatDate(h.publishedAt ?? h.capturedAt) });
      setCount(found.total);
    }
    setItems(new Map(list.map((i) => [i.id, i])));
    setSections([{ key: newKey(), title: 'Coverage', ids: list.map((i) => i.id) }]);
  }, [source, query, selectedIds, savedSearch]);

  useEffect(() => {
    // Started from a resolved promise: every state change lands after the effect has run.
    Promise.resolve()
      .then(loadItems)
      .catch((err: unknown) => setError({ field: null, text: errorText(err) }));
  }, [loadItems]);

  const spec = useMemo((): DossierSpec => {
    const line = (v: string): string | undefined => (v.trim() ? v.trim() : undefined);
    const base: DossierSpec = {
      title: cover.title.trim(),
      subtitle: line(cover.subtitle),
      organisation: line(cover.organisation),
      period: line(cover.period),
      editor: line(cover.editor),
      classification: line(cover.classification),
      summary: cover.summary.trim() ? cover.summary : undefined,
      paper,
      groupBy: groupBy === 'hand' ? 'none' : groupBy,
      order,
      printed,
    };
    if (!byHand) return base;
    // By hand: the sections as arranged (one untitled-in-print section when not grouped).
    const kept = sections.filter((s) => s.ids.length > 0);
    return {
      ...base,
      order: 'manual',
      groupBy: 'none',
      sections: kept.map((s, i) => ({ title: s.title.trim() || (groupBy === 'hand' ? `Section ${i + 1}` : 'Coverage'), ids: s.ids })),
    };
  }, [cover, paper, groupBy, order, byHand, sections, printed]);

  const exporting = progress !== null && result === null;

  /**
   * Where the clippings come from, once the form is fit to use: null (with the reason shown)
   * when the title is missing or no clipping is chosen.
   */
  const chosenSource = (): DossierSource | null => {
    setError(null);
    if (!spec.title) {
      setError({ field: 'title', text: 'A dossier needs a title: it goes on the cover and at the top of every page.' });
      titleInput.current?.focus();
      return null;
    }
    const ids = byHand ? spec.sections?.flatMap((x) => x.ids) : source === 'selection' ? selectedIds : undefined;
    if (ids && ids.length === 0) {
      setError({ field: null, text: 'There are no clippings to put in it: select some in the list, or search first.' });
      return null;
    }
    if (ids) return { kind: 'ids', ids };
    if (savedSearch) return { kind: 'saved-search', searchId: savedSearch.id };
    return { kind: 'query', query: source === 'query' ? query : '' };
  };

  /** The request for the chosen clippings (null after saying what is missing). */
  const requestArgs = (): { spec: typeof spec; ids: string[] } | { spec: typeof spec; savedSearchId: string } | { spec: typeof spec; query: string } | null => {
    const from = chosenSource();
    if (!from) return null;
    return from.kind === 'ids'
      ? { spec, ids: from.ids }
      : from.kind === 'saved-search'
        ? { spec, savedSearchId: from.searchId }
        : { spec, query: from.query };
  };

  /** Lays the dossier out in main as the export would, and shows its pages and contents. */
  const showPreview = async (): Promise<void> => {
    if (exporting || previewing) return;
    const args = requestArgs();
    if (!args) return;
    setPreviewing(true);
    setPreview(null);
    try {
      setPreview(await window.cuttings.dossier.preview(args));
    } catch (err) {
      setError({ field: null, text: errorText(err) });
    } finally {
      setPreviewing(false);
    }
  };

  const exportAs = async (then: Then, event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    if (exporting) return;
    setResult(null);
    const args = requestArgs();
    if (!args) return;
    setProgress({ done: 0, total: count ?? 0 });
    try {
      const written = await window.cuttings.dossier.export({ ...args, then });
      if (written) setResult(written);
      else setProgress(null); // the save dialog was dismissed
    } catch (err) {
      setProgress(null);
      setError({ field: null, text: errorText(err) });
    }
  };

  /** Keeps the dossier in the archive (spec and source), to export again when clippings change. */
  const saveDossier = async (): Promise<void> => {
    setSavedNote(null);
    const from = chosenSource();
    if (!from) return;
    try {
      await window.cuttings.dossiers.save({ spec, source: from });
      setSavedNote(`Saved “${spec.title}” in the archive, to export again when its clippings change.`);
    } catch (err) {
      setError({ field: null, text: errorText(err) });
    }
  };

  const field = (key: keyof Cover, value: string): void => {
    setCover((c) => ({ ...c, [key]: value }));
    if (key === 'title' && error?.field === 'title') setError(null);
  };

  return (
    <form id={formId} className="dossier-form" noValidate onSubmit={(e) => void exportAs('nothing', e)}>
      <fieldset className="dossier-fieldset">
        <legend className="field-label">Clippings</legend>
        <div className="settings-choices">
          {selectedIds.length > 0 && (
            <label className="choice">
              <input type="radio" name="source" checked={source === 'selection'} onChange={() => setSource('selection')} />
              The {plural(selectedIds.length, 'selected clipping')}
            </label>
          )}
          {query && (
            <label className="choice">
              <input type="radio" name="source" checked={source === 'query'} onChange={() => setSource('query')} />
              The current search: <code>{query}</code>
            </label>
          )}
          {saved.map((x) => (
            <label key={x.id} className="choice">
              <input type="radio" name="source" checked={source === `saved:${x.id}`} onChange={() => setSource(`saved:${x.id}`)} />
              Saved search “{x.name}”
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="source" checked={source === 'all'} onChange={() => setSource('all')} />
            Every clipping in the library
          </label>
        </div>
        <p className="field-hint">{count === null ? 'Counting…' : `${plural(count, 'clipping')} will go in.`}</p>
      </fieldset>

      <fieldset className="dossier-fieldset">
        <legend className="field-label">Cover</legend>
        <div className="dossier-cover">
          {COVER_FIELDS.map((f) => (
            <div key={f.key} className={f.key === 'title' ? 'meta-field meta-field-wide' : 'meta-field'}>
              <label htmlFor={`${formId}-${f.key}`} className="meta-label">
                {f.label}
                {f.key === 'title' && <span aria-hidden="true"> *</span>}
              </label>
              <input
                id={`${formId}-${f.key}`}
                ref={f.key === 'title' ? titleInput : undefined}
                className="input"
                value={cover[f.key]}
                placeholder={f.placeholder}
                required={f.key === 'title'}
                data-autofocus={f.key === 'title' ? true : undefined}
                aria-invalid={f.key === 'title' && error?.field === 'title' ? true : undefined}
                aria-describedby={f.key === 'title' && error?.field === 'title' ? `${formId}-title-error` : undefined}
                onChange={(e) => field(f.key, e.target.value)}
              />
              {f.key === 'title' && error?.field === 'title' && (
                <p id={`${formId}-title-error`} className="field-error" role="alert">
                  {error.text}
                </p>
              )}
            </div>
          ))}
          <div className="meta-field meta-field-wide">
            <label htmlFor={`${formId}-summary`} className="meta-label">
              Editor’s summary
            </label>
            <textarea
              id={`${formId}-summary`}
              className="input"
              rows={3}
              value={cover.summary}
              placeholder="What the reader should take from this week’s coverage (optional)"
              onChange={(e) => field('summary', e.target.value)}
            />
          </div>
        </div>
      </fieldset>

      <fieldset className="dossier-fieldset dossier-layout">
        <legend className="field-label">Layout</legend>
        <label className="meta-label">
          Sections
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GroupBy)}>
            <option value="none">One list</option>
            <option value="tag">By tag</option>
            <option value="source">By outlet</option>
            <option value="day">By day</option>
            <option value="hand">By hand</option>
          </select>
        </label>
        <label className="meta-label">
          Order
          <select value={byHand ? 'manual' : order} disabled={groupBy === 'hand'} onChange={(e) => setOrder(e.target.value as Order)}>
            <option value="date">By date</option>
            <option value="source">By outlet</option>
            <option value="manual">By hand</option>
          </select>
        </label>
        <label className="meta-label">
          Paper
          <select value={paper} onChange={(e) => setPaper(e.target.value as 'A4' | 'Letter')}>
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </label>
        <PrintedChoice value={printed} onChange={setPrinted} />
      </fieldset>

      {byHand && (
        <DossierArranger
          sections={sections}
          onChange={setSections}
          items={items}
          grouped={groupBy === 'hand'}
          onAnnounce={setAnnounce}
          newKey={newKey}
        />
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>

      {error && !error.field && (
        <p className="form-error" role="alert">
          {error.text}
        </p>
      )}
      {exporting && (
        <div className="import-progress" role="status">
          <label htmlFor={`${formId}-progress`} className="field-label">
            {progress.total > 0 ? `Setting clipping ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…` : 'Preparing…'}
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
      {preview && (
        <section ref={previewRef} className="dossier-preview" aria-labelledby={`${formId}-preview`}>
          <h3 id={`${formId}-preview`} className="field-label">
            Preview: {plural(preview.pages, 'page')}, {plural(preview.clippings, 'clipping')}
          </h3>
          <p className="field-hint">Cover, then the contents, then each clipping from the page shown.</p>
          <ol className="dossier-preview-contents" aria-label="Contents of the dossier">
            {preview.contents.map((entry, i) => (
              <li key={i}>
                {entry.section && (i === 0 || preview.contents[i - 1]?.section !== entry.section) && (
                  <span className="dossier-preview-section">{entry.section}</span>
                )}
                <span className="dossier-preview-line">
                  <span className="dossier-preview-title">{entry.title}</span>
                  {entry.source && <span className="dossier-preview-source">{entry.source}</span>}
                  <span className="dossier-preview-page">p. {entry.page}</span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {result && (
        <p className="dossier-result" role="status">
          Wrote <code>{result.file}</code> ({plural(result.pages, 'page')}, {plural(result.clippings, 'clipping')}).
        </p>
      )}

      <div className="form-actions">
        {exporting ? (
          <button type="button" className="button" onClick={() => void window.cuttings.tasks.cancel({ task: 'dossier' })}>
            Cancel export
          </button>
        ) : (
          <>
            <button type="button" className="button button-quiet" onClick={onClose}>
              Close
            </button>
            <button type="button" className="button" onClick={() => void saveDossier()}>
              Save dossier
            </button>
            <button type="button" className="button" disabled={previewing} onClick={() => void showPreview()}>
              Preview
            </button>
            <button type="button" className="button" onClick={() => void exportAs('print')}>
              Print…
            </button>
            <button type="button" className="button" onClick={() => void exportAs('open')}>
              Export and open
            </button>
            <button type="submit" className="button button-primary">
              Export PDF…
            </button>
          </>
        )}
      </div>
    </form>
  );
}
