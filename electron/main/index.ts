/**
 * Main entry: one instance, secure defaults, then each capability set up in order.
 * Everything that is not window, menu, dialog, protocol or IPC wiring lives in the pure core
 * (the running state is in session/, which is tested without Electron).
 */
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArguments, runBuiltCli } from './cli-mode';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import { broadcast, registerIpc } from './ipc/register';
import { AppSession } from './session';
import { createMainWindow, guardContents, lockDownSession } from './windows/main-window';
import { installMenu } from './windows/menu';
import { handleAppProtocol, handleArchiveProtocol, registerSchemes } from './windows/protocol';
import { electronShell } from './windows/shell';
import { rememberBounds } from './windows/bounds';
import { ensureLogFile, logError } from './windows/log';
import { keychainSecrets } from './windows/keychain';

const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

const cliArgs = cliArguments(process.argv);
if (cliArgs) {
  // `Cuttings --cli …`: a terminal command, no window, no single-instance lock (the app may be open).
  app.dock?.hide();
  runBuiltCli(cliArgs).then(
    (status) => app.exit(status),
    (err: unknown) => {
      console.error(`cuttings: ${(err as Error).message}`);
      app.exit(1);
    },
  );
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerSchemes();
  process.on('uncaughtException', (err) => logError('uncaught exception', err));
  process.on('unhandledRejection', (err) => logError('unhandled rejection', err));
  start().catch((err) => {
    logError('start', err);
    dialog.showErrorBox('Cuttings could not start', `${(err as Error).message}\n\nDetails: ${ensureLogFile()}`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  let session: AppSession | null = null;
  let window: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!session) return;
    event.preventDefault();
    const closing = session;
    session = null;
    void closing.close().finally(() => app.quit());
  });

  // The archive starts opening while Electron gets ready (plain Node: no window needed).
  const starting = AppSession.start({
    settingsFile: path.join(app.getPath('userData'), 'settings.json'),
    secrets: keychainSecrets(path.join(app.getPath('userData'), 'team-passwords.json')),
    emit: broadcast,
  });
  starting.catch(() => undefined); // awaited below
  await app.whenReady();
  lockDownSession();
  handleAppProtocol(rendererDir);

  try {
    session = await starting;
  } catch (err) {
    logError('open archive', err);
    dialog.showErrorBox('Cuttings cannot open its archive', (err as Error).message);
    app.exit(1);
    return;
  }
  const running = session;
  const shell = electronShell(() => window);
  const dispatch: Dispatch = createDispatcher(null, {
    library: () => running.library(),
    version: app.getVersion(),
    shell,
    settings: running.settingsService(() => shell.chooseFolder('Choose or create an archive folder')),
    backups: { restore: (name) => running.restoreBackup(name) },
    // A damaged, missing or newer catalogue: the window shows the recovery screen.
    recovery: running.recoveryService(() => shell.chooseFolder('Open another archive folder')),
    indexing: () => running.indexing,
    emit: broadcast,
    // The window opens while the catalogue is read; its index answers the first list meanwhile.
    opening: () => running.openingEarly,
    team: running.team,
  });
  void running.settled.then(() => {
    if (!running.openError) return;
    logError('open archive', running.openError);
    dialog.showErrorBox('Cuttings cannot open its archive', (running.openError as Error).message);
    app.exit(1);
  });
  handleArchiveProtocol(() => running.library().archive);
  registerIpc(() => dispatch);
  installMenu({
    archiveDir: () => running.archiveDir,
    logFile: ensureLogFile,
    command: (command) => broadcast('menu.command', { command }),
  });
  window = createMainWindow(preload, running.windowBounds);
  // A renderer crash or hang is logged where Help → Show Error Log finds it.
  window.webContents.on('render-process-gone', (_event, details) =>
    logError('renderer gone', new Error(`${details.reason} (exit code ${details.exitCode})`)),
  );
  window.on('unresponsive', () => logError('renderer', new Error('the window stopped responding')));
  rememberBounds(window, (bounds) => running.saveWindowBounds(bounds));
}
