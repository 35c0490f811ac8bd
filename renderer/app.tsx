/**
 * The Cuttings window: sidebar, list and reader. App owns what is shown (view, query,
 * sort), the selection and the dialogs; every read and write goes through
 * `window.cuttings`, and the views refresh when main reports a change.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { ImportOutcome } from '../shared/clipping';
import { ShortcutsOverlay } from './components/shortcuts';
import { ToastProvider, useToasts } from './components/toasts';
import { useArchiveChanged } from './hooks/use-archive-changed';
import { takeNotice } from './hooks/notice';
import { useDrop } from './hooks/use-drop';
import type { Dropped } from './hooks/read-drop';
import { useThrottledValue } from './hooks/use-throttled-value';
import { useLibraryFacets } from './hooks/use-library-facets';
import { useResultList, type LibrarySort, type ListSource, type SearchSort } from './hooks/use-result-list';
import { useSelection } from './hooks/use-selection';
import { useShortcuts } from './hooks/use-shortcuts';
import { useTags } from './hooks/use-tags';
import { useTheme } from './hooks/use-theme';
import { plural } from './lib/format';
import { completions, toggleToken } from './lib/query';
import type { Row } from './lib/rows';
import { AddClippingDialog } from './views/add-clipping-dialog';
import { BulkPanel } from './views/bulk-panel';
import { DossierBuilder } from './views/dossier-builder';
import { FacetSidebar, type View } from './views/facet-sidebar';
import { ListPane } from './views/list-pane';
import { Reader } from './views/reader';
import { SettingsDialog } from './views/settings-dialog';
import { TagManager } from './views/tag-manager';
import { TopBar } from './views/top-bar';

/** At most one search per this many ms while typing; a keystroke after a pause searches at once. */
const SEARCH_INTERVAL_MS = 80;

export function App(): ReactElement {
  return (
    <ToastProvider>
      <Workspace />
    </ToastProvider>
  );
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function Workspace(): ReactElement {
  const toasts = useToasts();
  const theme = useTheme();
  const tags = useTags();
  const knownTags = useMemo(() => tags.map((t) => t.name), [tags]);

  const [view, setView] = useState<View>('library');
  const [query, setQuery] = useState('');
  const [librarySort, setLibrarySort] = useState<LibrarySort>('captured');
  const [searchSort, setSearchSort] = useState<SearchSort>('relevance');
  // false, or open (true) — possibly with text dropped on the window.
  const [adding, setAdding] = useState<boolean | Dropped>(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [dossierOpen, setDossierOpen] = useState(false);
  const [tagsOpen, setTagsOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [libraryCount, setLibraryCount] = useState<number | null>(null);

  const q = useThrottledValue(query.trim(), SEARCH_INTERVAL_MS);
  const source: ListSource =
    view === 'trash'
      ? { kind: 'trash' }
      : q
        ? { kind: 'search', q, sort: searchSort }
        : { kind: 'library', sort: librarySort };
  const list = useResultList(source);
  // Kept while searching too: the query bar completes sources and people from it.
  const libraryFacets = useLibraryFacets(view === 'library');
  const selection = useSelection(list);
  const { selectOnly, selectMany } = selection;
  // Callbacks read the rows through this ref so they keep their identity while pages load.
  const listNow = useRef(list);
  useEffect(() => {
    listNow.current = list;
  });

  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tagInputRef = useRef<HTMLInputElement>(null);

  const refreshCount = useCallback(() => {
    window.cuttings.app.info().then(
      (info) => setLibraryCount(info.clippings),
      () => setLibraryCount(null),
    );
  }, []);
  useEffect(refreshCount, [refreshCount]);
  useArchiveChanged(refreshCount, 250);

  // Entries of the application menu (File → Add Clipping…, Settings…, Help → Keyboard Shortcuts…).
  useEffect(
    () =>
      window.cuttings.on('menu.command', ({ command }) => {
        if (command === 'add') setAdding(true);
        else if (command === 'dossier') setDossierOpen(true);
        else if (command === 'tags') setTagsOpen(true);
        else if (command === 'settings') setSettingsOpen(true);
        else if (command === 'shortcuts') setHelpOpen(true);
        else {
          searchRef.current?.focus();
          searchRef.current?.select();
        }
      }),
    [],
  );

  // Another archive folder, or a restored backup: the window starts afresh on it, then says
  // what happened (the notice was left before the reload).
  useEffect(() => window.cuttings.on('archive.switched', () => window.location.reload()), []);
  useEffect(() => {
    const notice = takeNotice();
    if (notice) toasts.notify({ message: notice });
  }, [toasts]);

  // A page sent from the browser's bookmarklet. No toast action: Ctrl+Z runs the newest one,
  // and it must stay an undo.
  useEffect(
    () =>
      window.cuttings.on('clipper.clipped', ({ title, duplicate }) => {
        toasts.notify({
          message: duplicate ? `From the browser, already in the archive: “${title}”.` : `Clipped from the browser: “${title}”.`,
        });
      }),
    [toasts],
  );

  // Rows of the selection that are loaded (a selection is made from loaded rows).
  const selectedRows: Row[] =
    selection.selected.size > 1 ? list.loaded().filter((r) => selection.selected.has(r.id)) : [];
  const bulk = selectedRows.length > 1;

  const onImported = (outcome: ImportOutcome): void => {
    setAdding(false);
    setView('library');
    setQuery('');
    selectOnly(outcome.clipping.id);
    toasts.notify({
      message: outcome.duplicate
        ? `Already in the archive: “${outcome.clipping.title}”. Showing the copy you have.`
        : `Added “${outcome.clipping.title}”.`,
    });
  };

  const tagClippings = useCallback(
    async (ids: string[], add: string[], remove: string[]): Promise<void> => {
      // Remember who lacked an added tag (or had a removed one) so Undo restores exactly that.
      const wanted = new Set(ids);
      const before = new Map(listNow.current.loaded().filter((r) => wanted.has(r.id)).map((r) => [r.id, r.tags]));
      await window.cuttings.clippings.tag({ ids, add, remove });
      // A clipping not in the list is taken to have had what was removed and lacked what was added.
      const gained = ids.filter((id) => add.some((t) => !(before.get(id)?.includes(t) ?? false)));
      const lost = ids.filter((id) => remove.some((t) => before.get(id)?.includes(t) ?? true));
      // Every change can be undone (from the toast, or with z); a tag already there changed nothing.
      if (gained.length === 0 && lost.length === 0) return;
      const what = add.length
        ? `Tagged ${plural(ids.length, 'clipping')} ${add.join(', ')}`
        : `Removed ${remove.join(', ')} from ${plural(ids.length, 'clipping')}`;
      toasts.notify({
        message: `${what}.`,
        action: {
          label: 'Undo',
          run: async () => {
            if (add.length && gained.length) await window.cuttings.clippings.tag({ ids: gained, remove: add });
            if (remove.length && lost.length) await window.cuttings.clippings.tag({ ids: lost, add: remove });
          },
        },
      });
    },
    [listNow, toasts],
  );

  const trash = useCallback(
    async (ids: string[]): Promise<void> => {
      const list = listNow.current;
      if (ids.length === 0 || view === 'trash') return;
      // The row after the last trashed one becomes active, as in a mail client.
      const indexes = ids.map((id) => list.indexOf(id)).filter((i) => i >= 0);
      let nextId: string | null = null;
      for (let i = Math.max(-1, ...indexes) + 1; i < list.total && !nextId; i++) {
        const row = list.rowAt(i);
        if (row && !ids.includes(row.id)) nextId = row.id;
      }
      for (let i = Math.min(list.total, ...indexes) - 1; i >= 0 && !nextId; i--) {
        const row = list.rowAt(i);
        if (row && !ids.includes(row.id)) nextId = row.id;
      }
      try {
        const { trashed } = await window.cuttings.clippings.trash({ ids });
        selectOnly(nextId);
        toasts.notify({
          message: `Moved ${plural(trashed, 'clipping')} to the trash.`,
          action: {
            label: 'Undo',
            run: async () => {
              await window.cuttings.clippings.restore({ ids });
              selectMany(ids);
            },
          },
        });
      } catch (err) {
        toasts.notify({ tone: 'error', message: errorText(err) });
      }
    },
    [listNow, selectMany, selectOnly, toasts, view],
  );

  const restore = useCallback(
    async (id: string): Promise<void> => {
      try {
        await window.cuttings.clippings.restore({ ids: [id] });
        toasts.notify({ message: 'Restored to the library.' });
      } catch (err) {
        toasts.notify({ tone: 'error', message: errorText(err) });
      }
    },
    [toasts],
  );

  const narrow = useCallback((token: string): void => {
    setView('library');
    setQuery((current) => toggleToken(current, token));
  }, []);

  const changeView = useCallback(
    (next: View): void => {
      setView(next);
      selectOnly(null);
    },
    [selectOnly],
  );
  const tagOne = useCallback((id: string, add: string[], remove: string[]) => tagClippings([id], add, remove), [tagClippings]);
  const trashOne = useCallback((id: string) => void trash([id]), [trash]);
  const restoreOne = useCallback((id: string) => void restore(id), [restore]);

  const focusList = (): void => listRef.current?.focus();
  const open = (): void => {
    if (selection.activeId) headingRef.current?.focus();
  };

  const dragging = useDrop((dropped) => {
    if (typeof dropped === 'string') toasts.notify({ tone: 'error', message: dropped });
    else setAdding(dropped);
  });

  useShortcuts({
    focusSearch: () => {
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    move: (delta, extend) => {
      selection.move(delta, extend);
      if (document.activeElement === document.body) focusList();
    },
    open,
    tag: () => tagInputRef.current?.focus(),
    trash: () => void trash(selection.selected.size ? [...selection.selected] : selection.activeId ? [selection.activeId] : []),
    undo: () => void toasts.runLatestAction(),
    add: () => setAdding(true),
    help: () => setHelpOpen(true),
    selectAll: selection.selectAllLoaded,
    escape: () => {
      if (selection.selected.size > 1) selectOnly(selection.activeId);
      focusList();
    },
  });

  return (
    <div className="app">
      <TopBar
        query={query}
        completions={completions(query, {
          tag: knownTags,
          source: libraryFacets?.sources.map((f) => f.value),
          person: libraryFacets?.people.map((f) => f.value),
          place: libraryFacets?.places.map((f) => f.value),
        })}
        onQuery={(value) => {
          if (view === 'trash') setView('library');
          setQuery(value);
        }}
        searchRef={searchRef}
        onEnterList={() => {
          focusList();
          // Start at the first result unless the active clipping is among them.
          selection.move(0, false);
        }}
        searchDisabled={view === 'trash'}
        onAdd={() => setAdding(true)}
        onShortcuts={() => setHelpOpen(true)}
        onDossier={() => setDossierOpen(true)}
        onTags={() => setTagsOpen(true)}
        onSettings={() => setSettingsOpen(true)}
        theme={theme.theme}
        nextTheme={theme.next}
        onTheme={theme.cycle}
      />
      <div className="workspace">
        <FacetSidebar
          view={view}
          onView={changeView}
          libraryCount={libraryCount}
          query={q}
          facets={source.kind === 'search' ? list.facets : libraryFacets}
          searching={source.kind === 'search'}
          tags={tags}
          onToggle={narrow}
          onRunQuery={setQuery}
        />
        <ListPane
          view={view}
          query={view === 'library' ? q : ''}
          list={list}
          selection={selection}
          listRef={listRef}
          librarySort={librarySort}
          searchSort={searchSort}
          onLibrarySort={setLibrarySort}
          onSearchSort={setSearchSort}
          onQuery={setQuery}
          onOpen={open}
          onAdd={() => setAdding(true)}
        />
        <main className="reader-pane" aria-label="Reader">
          {bulk ? (
            <BulkPanel
              rows={selectedRows}
              knownTags={knownTags}
              tagInputRef={tagInputRef}
              onTag={tagClippings}
              onTrash={(ids) => void trash(ids)}
              onClear={() => selectOnly(selection.activeId)}
            />
          ) : (
            <Reader
              id={selection.activeId}
              knownTags={knownTags}
              headingRef={headingRef}
              tagInputRef={tagInputRef}
              onTag={tagOne}
              onTrash={trashOne}
              onRestore={restoreOne}
              onFilter={narrow}
              onOpenClipping={selectOnly}
            />
          )}
        </main>
      </div>
      <AddClippingDialog
        open={adding !== false}
        initial={typeof adding === 'object' ? adding : undefined}
        onClose={() => setAdding(false)}
        onImported={onImported}
      />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          <p>Drop articles, links or folders to add them</p>
        </div>
      )}
      <ShortcutsOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
      <DossierBuilder
        open={dossierOpen}
        onClose={() => setDossierOpen(false)}
        selectedIds={selection.selected.size > 0 ? [...selection.selected] : selection.activeId ? [selection.activeId] : []}
        query={view === 'library' ? q : ''}
      />
      <TagManager open={tagsOpen} onClose={() => setTagsOpen(false)} tags={tags} />
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} theme={theme.theme} onTheme={theme.set} />
    </div>
  );
}
