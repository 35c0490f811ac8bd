/**
 * Main entry: one instance, secure defaults, then each capability set up in order.
 * Everything that is not window, menu, protocol or IPC wiring lives in the pure core.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { fileURLToPath } from 'node:url';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import { broadcast, registerIpc } from './ipc/register';
import { openLibrary, type Library } from './library';
import { defaultArchiveDir } from './library/location';
import { createMainWindow, guardContents, lockDownSession } from './windows/main-window';
import { installMenu } from './windows/menu';
import { handleAppProtocol, handleArchiveProtocol, registerSchemes } from './windows/protocol';

const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerSchemes();
  void start();
}

async function start(): Promise<void> {
  let library: Library | null = null;
  let dispatch: Dispatch | null = null;
  let window: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!library) return;
    event.preventDefault();
    const closing = library;
    library = null;
    void closing.close().finally(() => app.quit());
  });

  await app.whenReady();
  lockDownSession();
  handleAppProtocol(rendererDir);

  const archiveDir = defaultArchiveDir();
  try {
    library = await openLibrary(archiveDir, { owner: 'Cuttings' });
  } catch (err) {
    dialog.showErrorBox('Cuttings cannot open its archive', `${archiveDir}\n\n${(err as Error).message}`);
    app.exit(1);
    return;
  }
  const opened = library;
  dispatch = createDispatcher(opened, { version: app.getVersion() });
  opened.onChange((ids) => broadcast('archive.changed', { ids }));
  handleArchiveProtocol((id) => (opened.archive.summary(id) ? opened.archive.clippingDir(id) : null));
  registerIpc(() => dispatch as Dispatch);
  installMenu(() => opened.dir);
  window = createMainWindow(preload);
}
