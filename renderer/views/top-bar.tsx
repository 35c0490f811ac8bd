/**
 * The bar across the top: the search box (with its syntax help), "Add clipping", "Dossier",
 * tag management, settings, the theme switch and the shortcuts button.
 */
import type { ReactElement, Ref } from 'react';
import { Icon, type IconName } from '../components/icons';
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
}

const themeIcon: Record<ThemeChoice, IconName> = { system: 'system', light: 'sun', dark: 'moon' };
const themeName: Record<ThemeChoice, string> = { system: 'system', light: 'light', dark: 'dark' };

export function TopBar(props: TopBarProps): ReactElement {
  const { query, onQuery, completions, searchRef, onEnterList, searchDisabled, onAdd, onShortcuts, onDossier, onTags, onSettings, theme, nextTheme, onTheme } =
    props;
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">Cuttings</span>
      </div>
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
          list="search-completions"
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
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
          }}
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
          className="icon-button search-help"
          popoverTarget={QUERY_HELP_ID}
          aria-label="Search syntax"
          title="Search syntax"
        >
          <Icon name="help" />
        </button>
        <QueryHelp />
      </div>
      <div className="topbar-actions">
        <button type="button" className="button button-primary" onClick={onAdd}>
          <Icon name="plus" /> Add clipping
        </button>
        <button type="button" className="button" onClick={onDossier} title="Make a dossier (D)">
          <Icon name="dossier" /> Dossier
        </button>
        <button type="button" className="icon-button" onClick={onTags} aria-label="Manage tags" title="Manage tags">
          <Icon name="tag" />
        </button>
        <button type="button" className="icon-button" onClick={onSettings} aria-label="Settings" title="Settings (Ctrl+,)">
          <Icon name="settings" />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onTheme}
          aria-label={`Theme: ${themeName[theme]}. Switch to ${themeName[nextTheme]}`}
          title={`Theme: ${themeName[theme]} (switch to ${themeName[nextTheme]})`}
        >
          <Icon name={themeIcon[theme]} />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={onShortcuts}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          <Icon name="keyboard" />
        </button>
      </div>
    </header>
  );
}
