/**
 * The window's dialogs (Add clipping, Keyboard shortcuts, Dossier, Tags, Settings) and the
 * hint shown while something is dragged over the window.
 */
import type { ReactElement } from 'react';
import type { ImportOutcome } from '../../shared/clipping';
import { ShortcutsOverlay } from '../components/shortcuts';
import type { Dialogs } from '../hooks/use-dialogs';
import type { TagInfo } from '../../shared/clipping';
import type { ThemeChoice } from '../hooks/use-theme';
// Each dialog's code loads the first time it opens (or once the window has shown its first list).
import { AddClippingDialog, DossierBuilder, SettingsDialog, TagManager } from './lazy-views';

export interface WorkspaceDialogsProps {
  dialogs: Dialogs;
  dragging: boolean;
  onImported(outcome: ImportOutcome): void;
  /** The clippings a new dossier starts from: the selection, or else the active one. */
  selectedIds: string[];
  /** The search a new dossier starts from ('' for none). */
  query: string;
  /** Clippings in the library (null while unknown): with none, no dossier builder. */
  libraryCount: number | null;
  tags: TagInfo[];
  theme: ThemeChoice;
  onTheme(choice: ThemeChoice): void;
}

export function WorkspaceDialogs(props: WorkspaceDialogsProps): ReactElement {
  const { dialogs, dragging } = props;
  const { adding } = dialogs;
  return (
    <>
      <AddClippingDialog
        open={adding !== false}
        initial={typeof adding === 'object' ? adding : undefined}
        startOn={dialogs.addTab}
        onClose={() => dialogs.setAdding(false)}
        onImported={props.onImported}
      />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          <p>Drop articles, links or folders to add them</p>
        </div>
      )}
      <ShortcutsOverlay open={dialogs.isOpen('help')} onClose={() => dialogs.close('help')} />
      <DossierBuilder
        open={dialogs.isOpen('dossier')}
        onClose={() => dialogs.close('dossier')}
        selectedIds={props.selectedIds}
        query={props.query}
        libraryCount={props.libraryCount}
      />
      <TagManager open={dialogs.isOpen('tags')} onClose={() => dialogs.close('tags')} tags={props.tags} />
      <SettingsDialog
        open={dialogs.isOpen('settings')}
        onClose={() => dialogs.close('settings')}
        theme={props.theme}
        onTheme={props.onTheme}
      />
    </>
  );
}
