/**
 * The bar across the top: the sidebar toggle, the search box (with its syntax help), "Add
 * clipping", "Dossier", tag management, settings, the theme switch and the shortcuts button.
 * Every icon button says its name and shortcut in a tooltip.
 */
import type { KeyboardEvent, ReactElement, Ref } from 'react';
import { IconButton } from '../components/icon-button';
import { Icon } from '../components/icons';
import { QUERY_HELP_ID, QueryHelp } from '../components/query-help';
import type { ThemeChoice } from '../hooks/use-theme';

export interface TopBarProps {
  query: string;
  onQuery(q: string): void;
  /** Whole-query completions for the filter being typed (see `lib/query.ts`). */
  completions: string[];
  searchRef: Ref<HTMLInputElement>;
  /** ArrowDown in the box moves into the results. */
  onEnterList(): void;
  searchDisabled: boolean;
  onAdd(): void;
  onShortcuts(): void;
  /** Opens the dossier builder (with the selection, or the current search). */
  onDossier(): void;
  onTags(): void;
  onSettings(): void;
  theme: ThemeChoice;
  nextTheme: ThemeChoice;
  onTheme(): void;
  sidebarShown: boolean;
  onToggleSidebar(): void;
  /** Nothing to make a dossier of (an empty archive). */
  dossierDisabled: boolean;
}

const themeName: Record<ThemeChoice, string> = { system: 'system', light: 'light', dark: 'dark' };

export function TopBar(props: TopBarProps): ReactElement {
  return (
    <header className="topbar">
      <IconButton
        icon="sidebar"
        label={props.sidebarShown ? 'Hide the sidebar' : 'Show the sidebar'}
        shortcut="Ctrl+B"
        tipAlign="start"
        aria-expanded={props.sidebarShown}
        aria-controls="sidebar"
        onClick={props.onToggleSidebar}
      />
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">Cuttings</span>
      </div>
      <SearchBox {...props} />
      <TopBarActions {...props} />
    </header>
  );
}

type SearchBoxProps = Pick<
  TopBarProps,
  'query' | 'onQuery' | 'completions' | 'searchRef' | 'onEnterList' | 'searchDisabled'
>;

/** The search box: `/` focuses it, ArrowDown or Enter moves into the results, Escape clears. */
function SearchBox({
  query,
  onQuery,
  completions,
  searchRef,
  onEnterList,
  searchDisabled,
}: SearchBoxProps): ReactElement {
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    // While completions are offered, the arrows and Enter belong to them.
    if (completions.length > 0 && (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter')) return;
    if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      onEnterList();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) onQuery('');
      else onEnterList();
    }
  };
  return (
    <div className="search" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search clippings
      </label>
      <Icon name="search" className="search-icon" />
      <input
        id="search-input"
        ref={searchRef}
        type="search"
        className="search-input"
        value={query}
        disabled={searchDisabled}
        placeholder={searchDisabled ? 'Search is not available in the trash' : 'Search clippings'}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-shortcut"
        list={completions.length > 0 ? 'search-completions' : undefined}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <datalist id="search-completions">
        {completions.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <kbd id="search-shortcut" className="search-kbd" aria-label="Shortcut: slash">
        /
      </kbd>
      <button
        type="button"
        className="icon-button search-help has-tip tip-end"
        popoverTarget={QUERY_HELP_ID}
        aria-label="Search syntax"
        data-tip="Search syntax"
      >
        <Icon name="help" />
      </button>
      <QueryHelp />
    </div>
  );
}

/** Add clipping (the primary action), Dossier, then the icon buttons. */
function TopBarActions(props: TopBarProps): ReactElement {
  const { onAdd, onDossier, onTags, onSettings, onShortcuts, theme, nextTheme, onTheme } = props;
  return (
    <div className="topbar-actions">
      <button
        type="button"
        className="button button-primary has-tip tip-end"
        onClick={onAdd}
        aria-label="Add clipping"
        data-tip="Add a clipping"
        data-shortcut="N"
        aria-keyshortcuts="N"
      >
        <Icon name="plus" /> <span className="button-text">Add clipping</span>
      </button>
      <button
        type="button"
        className="button has-tip tip-end"
        onClick={onDossier}
        disabled={props.dossierDisabled}
        aria-label="Dossier"
        data-tip={props.dossierDisabled ? 'Add clippings first' : 'Make a dossier'}
        data-shortcut="Ctrl+Shift+D"
        aria-keyshortcuts="Control+Shift+D"
      >
        <Icon name="dossier" /> <span className="button-text">Dossier</span>
      </button>
      <span className="topbar-divider" aria-hidden="true" />
      <IconButton icon="tag" label="Manage tags" shortcut="Ctrl+Shift+T" onClick={onTags} />
      <IconButton icon="settings" label="Settings" shortcut="Ctrl+," onClick={onSettings} />
      <IconButton
        icon="theme"
        label={`Theme: ${themeName[theme]}. Switch to ${themeName[nextTheme]}`}
        onClick={onTheme}
      />
      <IconButton icon="keyboard" label="Keyboard shortcuts" shortcut="?" onClick={onShortcuts} />
    </div>
  );
}
