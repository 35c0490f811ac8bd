/** The application menu: the usual entries and shortcuts. */
import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';

export function installMenu(paths: { archiveDir: () => string; logFile: () => string }): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Archive Folder…', click: () => void shell.openPath(paths.archiveDir()) },
        { label: 'Reveal Archive in File Manager', click: () => shell.showItemInFolder(paths.archiveDir()) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
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
        { label: 'Show Error Log', click: () => shell.showItemInFolder(paths.logFile()) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
