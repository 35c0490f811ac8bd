/**
 * A dossier being put together in the builder: where its clippings come from, the cover, the
 * layout, and (by hand) their sections and order. Gives the spec main lays out, and checks the
 * draft is fit to send (a title, at least one clipping) saying what is missing in words.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { DossierSource, DossierSpec, SavedSearch } from '../../shared/dossier';
import type { ArrangedSection, DossierItem } from '../lib/arrange';
import { errorText } from '../lib/errors';
import { formatDate } from '../lib/format';

export type SourceKind = 'selection' | 'query' | 'all' | `saved:${string}`;
export type GroupBy = 'none' | 'tag' | 'source' | 'day' | 'hand';
export type Order = 'date' | 'source' | 'manual';

export interface Cover {
  title: string;
  subtitle: string;
  organisation: string;
  period: string;
  editor: string;
  classification: string;
  summary: string;
}

export interface Layout {
  paper: 'A4' | 'Letter';
  groupBy: GroupBy;
  order: Order;
  /** Every clipping on a new page, instead of running short ones on. */
  pagePerClipping: boolean;
  showTags: boolean;
  /** Print clippings: their text, their page as printed, or both. */
  printed: 'text' | 'facsimile' | 'both';
}

/** What is wrong with the draft: at the title field, or for the whole form. */
export type DraftError = { field: 'title' | null; text: string } | null;

/** A request for main: the spec and exactly one source of clippings. */
export type DossierArgs = { spec: DossierSpec } & ({ ids: string[] } | { savedSearchId: string } | { query: string });

/** More than any press review holds; the builder arranges at most this many by hand. */
const MAX_CLIPPINGS = 1000;

let sectionKeys = 0;
export const newSectionKey = (): string => `s${++sectionKeys}`;

const line = (v: string): string | undefined => (v.trim() ? v.trim() : undefined);

export interface DossierDraft {
  selectedIds: string[];
  query: string;
  source: SourceKind;
  setSource(source: SourceKind): void;
  saved: SavedSearch[];
  cover: Cover;
  setField(key: keyof Cover, value: string): void;
  layout: Layout;
  setLayout(change: Partial<Layout>): void;
  byHand: boolean;
  items: ReadonlyMap<string, DossierItem>;
  sections: ArrangedSection[];
  setSections(sections: ArrangedSection[]): void;
  /** How many clippings will go in (null while counting). */
  count: number | null;
  spec: DossierSpec;
  error: DraftError;
  setError(error: DraftError): void;
  titleInput: React.RefObject<HTMLInputElement | null>;
  /** The source of the clippings, or null (the reason shown) when the draft is not fit to send. */
  chosenSource(): DossierSource | null;
  /** The request for main, or null after saying what is missing. */
  requestArgs(): DossierArgs | null;
}

export function useDossierDraft(initial: { selectedIds: string[]; query: string }): DossierDraft {
  // The selection and search as they were when the builder opened: the app re-renders (and
  // passes new arrays) on every archive change, which must not undo an order made by hand.
  const [{ selectedIds, query }] = useState(initial);
  const [source, setSource] = useState<SourceKind>(
    selectedIds.length > 1 ? 'selection' : query ? 'query' : selectedIds.length ? 'selection' : 'all',
  );
  const [cover, setCover] = useState<Cover>({ title: '', subtitle: '', organisation: '', period: '', editor: '', classification: 'Internal', summary: '' });
  const [layout, setLayoutState] = useState<Layout>({ paper: 'A4', groupBy: 'none', order: 'date', pagePerClipping: false, showTags: false, printed: 'both' });
  const [error, setError] = useState<DraftError>(null);
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const titleInput = useRef<HTMLInputElement>(null);
  const savedSearch = source.startsWith('saved:') ? saved.find((x) => `saved:${x.id}` === source) : undefined;
  const byHand = layout.order === 'manual' || layout.groupBy === 'hand';

  useSettingsDefaults(setLayoutState, setCover, setSaved);

  const { items, sections, setSections, count } = useDossierItems(selectedIds, query, source, savedSearch, setError);

  const spec = useMemo(() => draftSpec(cover, layout, byHand ? sections : null), [cover, layout, byHand, sections]);

  const chosenSource = (): DossierSource | null => {
    setError(null);
    if (!spec.title) {
      setError({ field: 'title', text: 'A dossier needs a title: it goes on the cover and at the top of every page.' });
      titleInput.current?.focus();
      return null;
    }
    const ids = byHand ? spec.sections?.flatMap((x) => x.ids) : source === 'selection' ? selectedIds : undefined;
    if ((ids && ids.length === 0) || count === 0) {
      setError({ field: null, text: 'There are no clippings to put in it: select some in the list, or search first.' });
      return null;
    }
    if (ids) return { kind: 'ids', ids };
    if (savedSearch) return { kind: 'saved-search', searchId: savedSearch.id };
    return { kind: 'query', query: source === 'query' ? query : '' };
  };

  const requestArgs = (): DossierArgs | null => {
    const from = chosenSource();
    if (!from) return null;
    if (from.kind === 'ids') return { spec, ids: from.ids };
    if (from.kind === 'saved-search') return { spec, savedSearchId: from.searchId };
    return { spec, query: from.query };
  };

  return {
    selectedIds,
    query,
    source,
    setSource,
    saved,
    cover,
    setField: (key, value) => {
      setCover((c) => ({ ...c, [key]: value }));
      if (key === 'title' && error?.field === 'title') setError(null);
    },
    layout,
    setLayout: (change) => setLayoutState((l) => ({ ...l, ...change })),
    byHand,
    items,
    sections,
    setSections,
    count,
    spec,
    error,
    setError,
    titleInput,
    chosenSource,
    requestArgs,
  };
}

/** The paper and organisation set once in Settings, and the saved searches to choose from. */
function useSettingsDefaults(
  setLayout: Dispatch<SetStateAction<Layout>>,
  setCover: Dispatch<SetStateAction<Cover>>,
  setSaved: (saved: SavedSearch[]) => void,
): void {
  useEffect(() => {
    window.cuttings.settings.get().then(
      (s) => {
        setLayout((l) => ({ ...l, paper: s.paper }));
        setCover((c) => (c.organisation ? c : { ...c, organisation: s.organisation.name ?? '' }));
      },
      () => undefined,
    );
    window.cuttings.searches.list().then(setSaved, () => undefined);
  }, [setLayout, setCover, setSaved]);
}

/** The clippings the source names, with what the arrangement shows of each: one call to main. */
function useDossierItems(
  selectedIds: string[],
  query: string,
  source: SourceKind,
  savedSearch: SavedSearch | undefined,
  setError: (error: DraftError) => void,
): { items: ReadonlyMap<string, DossierItem>; sections: ArrangedSection[]; setSections(s: ArrangedSection[]): void; count: number | null } {
  const [items, setItems] = useState<ReadonlyMap<string, DossierItem>>(new Map());
  const [sections, setSections] = useState<ArrangedSection[]>([]);
  const [count, setCount] = useState<number | null>(null);
  const load = useCallback(async (): Promise<void> => {
    const q = source === 'query' ? query : source === 'all' ? '' : savedSearch ? savedSearch.query : null;
    let list: DossierItem[];
    if (q === null) {
      const found = await window.cuttings.clippings.summaries({ ids: selectedIds.slice(0, MAX_CLIPPINGS) });
      list = found.map((c) => ({ id: c.id, title: c.title, source: c.source, date: formatDate(c.publishedAt ?? c.capturedAt) }));
      setCount(selectedIds.length);
    } else {
      const found = await window.cuttings.search.query({ q, limit: MAX_CLIPPINGS, sort: 'date' });
      list = found.hits.map((h) => ({ id: h.id, title: h.title, source: h.source, date: formatDate(h.publishedAt ?? h.capturedAt) }));
      setCount(found.total);
    }
    setItems(new Map(list.map((i) => [i.id, i])));
    setSections([{ key: newSectionKey(), title: 'Coverage', ids: list.map((i) => i.id) }]);
  }, [source, query, selectedIds, savedSearch]);

  useEffect(() => {
    // Started from a resolved promise: every state change lands after the effect has run.
    Promise.resolve()
      .then(load)
      .catch((err: unknown) => setError({ field: null, text: errorText(err) }));
  }, [load, setError]);
  return { items, sections, setSections, count };
}

/** The spec main lays out; `sections` (arranged by hand) when the order or the sections are by hand. */
export function draftSpec(cover: Cover, layout: Layout, sections: ArrangedSection[] | null): DossierSpec {
  const base: DossierSpec = {
    title: cover.title.trim(),
    subtitle: line(cover.subtitle),
    organisation: line(cover.organisation),
    period: line(cover.period),
    editor: line(cover.editor),
    classification: line(cover.classification),
    summary: cover.summary.trim() ? cover.summary : undefined,
    paper: layout.paper,
    groupBy: layout.groupBy === 'hand' ? 'none' : layout.groupBy,
    order: layout.order,
    layout: layout.pagePerClipping ? 'page-per-clipping' : 'review',
    showTags: layout.showTags || undefined,
    printed: layout.printed,
  };
  if (!sections) return base;
  // By hand: the sections as arranged (one untitled-in-print section when not grouped).
  const kept = sections.filter((s) => s.ids.length > 0);
  const grouped = layout.groupBy === 'hand';
  return {
    ...base,
    order: 'manual',
    groupBy: 'none',
    sections: kept.map((s, i) => ({ title: s.title.trim() || (grouped ? `Section ${i + 1}` : 'Coverage'), ids: s.ids })),
  };
}
