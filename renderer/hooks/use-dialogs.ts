/**
 * Which of the window's dialogs are open, and the application menu's entries that open them
 * (File → Add Clipping…, New Dossier…, Edit → Manage Tags…, Settings…, Help → Keyboard
 * Shortcuts…; Find focuses the search box).
 */
import { useEffect, useState } from 'react';
import type { Dropped } from './read-drop';

export type DialogName = 'help' | 'dossier' | 'tags' | 'settings';
/** The tabs of Add clipping. */
export type AddTab = 'paste' | 'url' | 'files';

export interface Dialogs {
  /** Add clipping: closed (false), open (true), or open with what was dropped on the window. */
  adding: boolean | Dropped;
  setAdding(value: boolean | Dropped): void;
  /** The tab Add clipping opens on, when it is not decided by what was dropped. */
  addTab: AddTab;
  /** Opens Add clipping on a tab. */
  add(tab: AddTab): void;
  isOpen(name: DialogName): boolean;
  open(name: DialogName): void;
  close(name: DialogName): void;
}

export function useDialogs(focusSearch: () => void): Dialogs {
  const [adding, setAdding] = useState<boolean | Dropped>(false);
  const [addTab, setAddTab] = useState<AddTab>('paste');
  const [open, setOpen] = useState<ReadonlySet<DialogName>>(new Set());
  const toggle = (name: DialogName, on: boolean): void =>
    setOpen((now) => {
      if (now.has(name) === on) return now;
      const next = new Set(now);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  useEffect(
    () =>
      window.cuttings.on('menu.command', ({ command }) => {
        if (command === 'add') setAdding(true);
        else if (command === 'dossier') toggle('dossier', true);
        else if (command === 'tags') toggle('tags', true);
        else if (command === 'settings') toggle('settings', true);
        else if (command === 'shortcuts') toggle('help', true);
        else focusSearch();
      }),
    [focusSearch],
  );

  return {
    adding,
    setAdding: (value) => {
      if (value === true) setAddTab('paste');
      setAdding(value);
    },
    addTab,
    add: (tab) => {
      setAddTab(tab);
      setAdding(true);
    },
    isOpen: (name) => open.has(name),
    open: (name) => toggle(name, true),
    close: (name) => toggle(name, false),
  };
}
