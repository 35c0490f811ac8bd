/**
 * Wires the dispatcher to Electron's ipcMain. The only IPC file that touches Electron.
 * Calls are accepted only from the app's own windows showing the app's own pages.
 */
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS, eventChannel } from '../../../shared/ipc/channels';
import type { EventName, Events } from '../../../shared/ipc/contract';
import { APP_ORIGIN } from '../windows/protocol';
import type { Dispatch } from './dispatch';

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false; // main frames only
  if (!BrowserWindow.fromWebContents(event.sender)) return false; // our windows only
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** Registers one ipcMain handler per contract channel. Returns a function that removes them. */
export function registerIpc(getDispatch: () => Dispatch): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!trustedSender(event)) {
        return { ok: false, error: { code: 'usage', message: 'Request refused: unknown sender.' } };
      }
      return getDispatch()(channel, args);
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Sends a push event to every window of the app. */
export function broadcast<E extends EventName>(event: E, payload: Events[E]): void {
  for (const win of BrowserWindow.getAllWindows()) {
    const contents: WebContents = win.webContents;
    if (!contents.isDestroyed()) contents.send(eventChannel(event), payload);
  }
}
