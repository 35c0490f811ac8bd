/**
 * The application menu: the usual entries and shortcuts. Entries that open a screen of the
 * window send it a `menu.command` event; the renderer decides what that screen is.
 */
import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/ipc/contract';

export interface MenuPaths {
  archiveDir: () => string;
  /** The error log, created if missing. */
  logFile: () => string;
  /** Asks the window to open a screen. */
  command: (command: MenuCommand) => void;
}

export function installMenu(paths: MenuPaths): void {
  const isMac = process.platform === 'darwin';
  const send = (command: MenuCommand) => () => paths.command(command);
  const settings: MenuItemConstructorOptions = { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: send('settings') };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac
      ? [
          {
            role: 'appMenu' as const,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              settings,
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              { role: 'quit' as const },
            ],
          },
        ]
      : []),
    {
      label: '&File',
      submenu: [
        { label: 'Add Clipping…', accelerator: 'CmdOrCtrl+N', click: send('add') },
        { label: 'New Dossier…', accelerator: 'CmdOrCtrl+Shift+D', click: send('dossier') },
        { type: 'separator' },
        { label: 'Open Archive Folder…', click: () => void shell.openPath(paths.archiveDir()) },
        { label: 'Reveal Archive in File Manager', click: () => shell.showItemInFolder(paths.archiveDir()) },
        ...(isMac ? [] : [{ type: 'separator' as const }, settings]),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find Clippings', accelerator: 'CmdOrCtrl+F', click: send('search') },
        { label: 'Manage Tags…', accelerator: 'CmdOrCtrl+Shift+T', click: send('tags') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'Shift+/', click: send('shortcuts') },
        { label: 'Show Error Log', click: () => shell.showItemInFolder(paths.logFile()) },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'about' as const }]),
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
