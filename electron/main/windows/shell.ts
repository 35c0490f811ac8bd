/**
 * The Electron-backed {@link Shell}: native dialogs, the OS file manager, and printing.
 */
import { BrowserWindow, dialog, shell } from 'electron';
import { pathToFileURL } from 'node:url';
import { CuttingsError } from '../../../shared/errors';
import type { Shell } from '../ipc/services';

export function electronShell(parent: () => BrowserWindow | null): Shell {
  const owner = (): BrowserWindow | undefined => parent() ?? undefined;
  return {
    async chooseFolder(title) {
      const options = { title, properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const win = owner();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(defaultName) {
      const options = { defaultPath: defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const win = owner();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openPath(file) {
      const error = await shell.openPath(file);
      if (error) throw new CuttingsError('io', `Could not open ${file}: ${error}`);
    },
    async reveal(target) {
      shell.showItemInFolder(target);
    },
    async printPdf(file) {
      // Chromium's PDF viewer renders the dossier; print() then shows the system print dialog.
      const win = new BrowserWindow({
        width: 900,
        height: 1100,
        title: 'Print dossier',
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          plugins: true,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      await win.loadURL(pathToFileURL(file).toString());
      await new Promise<void>((resolve, reject) =>
        win.webContents.print({}, (success, reason) =>
          success || reason === 'Print job canceled'
            ? resolve()
            : reject(new CuttingsError('io', `Printing failed: ${reason}`)),
        ),
      );
      if (!win.isDestroyed()) win.close();
    },
  };
}
