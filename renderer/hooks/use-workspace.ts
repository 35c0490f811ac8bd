/**
 * The state and actions of the Cuttings window, composed from smaller hooks: what is shown
 * (`use-browse`), the list and its selection, tag and trash actions with undo, the dialogs,
 * the places the keyboard jumps to, and the window-wide shortcuts.
 */
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Facets, ImportOutcome, TagInfo } from '../../shared/clipping';
import { useToasts } from '../components/toasts';
import { completions } from '../lib/query';
import type { Row } from '../lib/rows';
import { useBrowse, type Browse, type View } from './use-browse';
import { useDialogs, type Dialogs } from './use-dialogs';
import { useDrop } from './use-drop';
import { useDensity, useLayout, type Layout } from './use-layout';
import { useLibraryCount } from './use-library-count';
import { useLibraryFacets } from './use-library-facets';
import { useResultList, type ResultList } from './use-result-list';
import { useSelection, type Selection } from './use-selection';
import { useShortcuts } from './use-shortcuts';
import { useTagActions, type TagClippings } from './use-tag-actions';
import { useTags } from './use-tags';
import { useTheme } from './use-theme';
import { useTrash, type TrashActions } from './use-trash';
import { useWindowEvents } from './use-window-events';

export interface WorkspaceState {
  theme: ReturnType<typeof useTheme>;
  layout: Layout;
  tags: TagInfo[];
  knownTags: string[];
  browse: Browse;
  list: ResultList;
  /** Facets of the whole library (null in the trash, or until loaded). */
  libraryFacets: Facets | null;
  /** Completions for the filter being typed in the search box. */
  completions: string[];
  selection: Selection;
  /** The loaded rows of a selection of more than one (else empty). */
  selectedRows: Row[];
  /** The clippings a new dossier starts from: the selection, or else the active one. */
  chosenIds: string[];
  focus: Focus;
  dialogs: Dialogs;
  libraryCount: number | null;
  /** Something is being dragged over the window. */
  dragging: boolean;
  tagClippings: TagClippings;
  tagOne(id: string, add: string[], remove: string[]): Promise<void>;
  trash: TrashActions['trash'];
  trashOne(id: string): void;
  restoreOne(id: string): void;
  changeView(view: View): void;
  onImported(outcome: ImportOutcome): void;
}

export function useWorkspace(): WorkspaceState {
  const toasts = useToasts();
  const theme = useTheme();
  const layout = useLayout();
  useDensity();
  const tags = useTags();
  const knownTags = useMemo(() => tags.map((t) => t.name), [tags]);
  const browse = useBrowse();
  const { view, setView, setQuery } = browse;
  const list = useResultList(browse.source);
  // Kept while searching too: the query bar completes sources and people from it.
  const libraryFacets = useLibraryFacets(view === 'library');
  const selection = useSelection(list);
  const { selectOnly } = selection;
  const listNow = useLatest(list);
  const focus = useFocus(selection.activeId);
  const dialogs = useDialogs(focus.search);
  const libraryCount = useLibraryCount();
  useWindowEvents();
  const tagClippings = useTagActions(listNow);
  const { trash, restore } = useTrash(listNow, selection, view === 'trash');
  const dragging = useDrop((dropped) => {
    if (typeof dropped === 'string') toasts.notify({ tone: 'error', message: dropped });
    else dialogs.setAdding(dropped);
  });
  const state: WorkspaceState = {
    theme,
    layout,
    tags,
    knownTags,
    browse,
    list,
    libraryFacets,
    completions: completions(browse.query, {
      tag: knownTags,
      source: libraryFacets?.sources.map((f) => f.value),
      person: libraryFacets?.people.map((f) => f.value),
      place: libraryFacets?.places.map((f) => f.value),
    }),
    selection,
    selectedRows:
      selection.selected.size > 1 ? list.loaded().filter((r) => selection.selected.has(r.id)) : [],
    chosenIds:
      selection.selected.size > 0 ? [...selection.selected] : selection.activeId ? [selection.activeId] : [],
    focus,
    dialogs,
    libraryCount,
    dragging,
    tagClippings,
    tagOne: useCallback(
      (id: string, add: string[], remove: string[]) => tagClippings([id], add, remove),
      [tagClippings],
    ),
    trash,
    trashOne: useCallback((id: string) => void trash([id]), [trash]),
    restoreOne: useCallback((id: string) => void restore(id), [restore]),
    changeView: useCallback((next: View) => (setView(next), selectOnly(null)), [setView, selectOnly]),
    onImported: (outcome) => {
      dialogs.setAdding(false);
      setView('library');
      setQuery('');
      selectOnly(outcome.clipping.id);
      toasts.notify({
        message: outcome.duplicate
          ? `Already in the archive: “${outcome.clipping.title}”. Showing the copy you have.`
          : `Added “${outcome.clipping.title}”.`,
      });
    },
  };
  useWorkspaceShortcuts(state);
  useActiveAmongResults(list, selection, browse.source.kind === 'search');
  return state;
}

/**
 * A new search that does not find the clipping being read leaves the reader empty, rather
 * than showing a clipping that is not among the results.
 */
function useActiveAmongResults(list: ResultList, selection: Selection, searching: boolean): void {
  const checked = useRef<string | null>(null);
  const { activeId, selectOnly } = selection;
  useEffect(() => {
    if (list.loading || checked.current === list.key) return;
    checked.current = list.key;
    if (searching && activeId && list.indexOf(activeId) < 0) selectOnly(null);
  }, [list, searching, activeId, selectOnly]);
}

/** j/k, Enter, t, Delete, z, n, ?, Ctrl+A and Escape, for the window as a whole. */
function useWorkspaceShortcuts({ selection, focus, trash, dialogs, layout }: WorkspaceState): void {
  const toasts = useToasts();
  const { selectOnly } = selection;
  useShortcuts({
    focusSearch: focus.search,
    move: (delta, extend) => {
      selection.move(delta, extend);
      if (document.activeElement === document.body) focus.list();
    },
    open: focus.reader,
    tag: () => focus.tagInput.current?.focus(),
    trash: () =>
      void trash(
        selection.selected.size ? [...selection.selected] : selection.activeId ? [selection.activeId] : [],
      ),
    undo: () => void toasts.runLatestAction(),
    add: () => dialogs.setAdding(true),
    help: () => dialogs.open('help'),
    selectAll: selection.selectAllLoaded,
    toggleSidebar: layout.toggleSidebar,
    escape: () => {
      if (selection.selected.size > 1) selectOnly(selection.activeId);
      focus.list();
    },
  });
}

/** A ref that always holds the latest value, for callbacks that must keep their identity. */
function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

export interface Focus {
  searchInput: RefObject<HTMLInputElement | null>;
  listBox: RefObject<HTMLDivElement | null>;
  heading: RefObject<HTMLHeadingElement | null>;
  tagInput: RefObject<HTMLInputElement | null>;
  search(): void;
  list(): void;
  /** Moves focus to the reader's headline (Enter on a clipping). */
  reader(): void;
}

/** The places the keyboard jumps to: the search box, the list, the reader, the tag field. */
function useFocus(activeId: string | null): Focus {
  const searchInput = useRef<HTMLInputElement>(null);
  const listBox = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const tagInput = useRef<HTMLInputElement>(null);
  const search = useCallback(() => {
    searchInput.current?.focus();
    searchInput.current?.select();
  }, []);
  const list = useCallback(() => listBox.current?.focus(), []);
  const reader = useCallback(() => {
    if (activeId) heading.current?.focus();
  }, [activeId]);
  return { searchInput, listBox, heading, tagInput, search, list, reader };
}
