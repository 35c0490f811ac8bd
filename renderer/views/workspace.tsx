/**
 * The Cuttings window: top bar, sidebar, list and reader, and the dialogs. Its state and
 * actions live in `hooks/use-workspace.ts`; every read and write goes through
 * `window.cuttings`, and the views refresh when main reports a change.
 */
import type { CSSProperties, ReactElement } from 'react';
import { PaneResizer } from '../components/pane-resizer';
import { useWorkspace, type WorkspaceState } from '../hooks/use-workspace';
import { FacetSidebar } from './facet-sidebar';
import { ListPane } from './list-pane';
import { ReaderPane } from './reader-pane';
import { TopBar } from './top-bar';
import { Welcome } from './welcome';
import { WorkspaceDialogs } from './workspace-dialogs';

export function Workspace(): ReactElement {
  const ws = useWorkspace();
  const { browse, list, dialogs, theme, layout } = ws;
  const { view, setQuery, q, source } = browse;
  // An empty archive shows one welcome where the list and the reader would be.
  const welcome = ws.libraryCount === 0 && view === 'library' && !browse.query.trim();
  return (
    <div className="app">
      <WorkspaceTopBar ws={ws} />
      <div
        className={layout.sidebarShown ? 'workspace with-sidebar' : 'workspace'}
        style={{ '--list-width': `${layout.listWidth}px` } as CSSProperties}
      >
        <FacetSidebar
          hidden={!layout.sidebarShown}
          view={view}
          onView={ws.changeView}
          libraryCount={ws.libraryCount}
          query={q}
          facets={source.kind === 'search' ? list.facets : ws.libraryFacets}
          found={source.kind === 'search' ? list.total : null}
          tags={ws.tags}
          onToggle={browse.narrow}
          onRunQuery={setQuery}
        />
        {welcome ? <Welcome onAdd={dialogs.add} /> : <Panes ws={ws} />}
      </div>
      <WorkspaceDialogs
        dialogs={dialogs}
        dragging={ws.dragging}
        onImported={ws.onImported}
        selectedIds={ws.chosenIds}
        query={view === 'library' ? q : ''}
        libraryCount={ws.libraryCount}
        tags={ws.tags}
        theme={theme.theme}
        onTheme={theme.set}
      />
    </div>
  );
}

function WorkspaceTopBar({ ws }: { ws: WorkspaceState }): ReactElement {
  const { browse, selection, focus, dialogs, theme, layout } = ws;
  const { view, setView, setQuery } = browse;
  return (
    <TopBar
      query={browse.query}
      completions={ws.completions}
      onQuery={(value) => {
        if (view === 'trash') setView('library');
        setQuery(value);
      }}
      searchRef={focus.searchInput}
      onEnterList={() => {
        focus.list();
        // Start at the first result unless the active clipping is among them.
        selection.move(0, false);
      }}
      searchDisabled={view === 'trash'}
      onAdd={() => dialogs.setAdding(true)}
      onShortcuts={() => dialogs.open('help')}
      onDossier={() => dialogs.open('dossier')}
      onTags={() => dialogs.open('tags')}
      onSettings={() => dialogs.open('settings')}
      theme={theme.theme}
      nextTheme={theme.next}
      onTheme={theme.cycle}
      sidebarShown={layout.sidebarShown}
      onToggleSidebar={layout.toggleSidebar}
      dossierDisabled={ws.libraryCount === 0}
    />
  );
}

/** The list, its resize handle and the reader. */
function Panes({ ws }: { ws: WorkspaceState }): ReactElement {
  const { browse, list, selection, focus, layout } = ws;
  const { view, setQuery, q } = browse;
  return (
    <>
      <ListPane
        view={view}
        query={view === 'library' ? q : ''}
        list={list}
        selection={selection}
        listRef={focus.listBox}
        librarySort={browse.librarySort}
        searchSort={browse.searchSort}
        onLibrarySort={browse.setLibrarySort}
        onSearchSort={browse.setSearchSort}
        onQuery={setQuery}
        onOpen={focus.reader}
      />
      <PaneResizer width={layout.listWidth} onWidth={layout.setListWidth} controls="list-pane" />
      <ReaderPane
        activeId={selection.activeId}
        activeRow={selection.activeId ? list.rowAt(list.indexOf(selection.activeId)) : undefined}
        selectedRows={ws.selectedRows}
        knownTags={ws.knownTags}
        headingRef={focus.heading}
        tagInputRef={focus.tagInput}
        onTag={ws.tagClippings}
        onTagOne={ws.tagOne}
        onTrash={(ids) => void ws.trash(ids)}
        onTrashOne={ws.trashOne}
        onRestoreOne={ws.restoreOne}
        onFilter={browse.narrow}
        onClear={() => selection.selectOnly(selection.activeId)}
        onOpenClipping={selection.selectOnly}
      />
    </>
  );
}
