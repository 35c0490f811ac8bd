/**
 * The preload: exposes `window.cuttings`, the intent-level API built from the contract's
 * channel list. No raw `invoke(channel)` reaches the page.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi } from '../../shared/ipc/api';
import { eventChannel } from '../../shared/ipc/channels';

const api = createApi(
  (channel, args) => ipcRenderer.invoke(channel, args),
  (event, listener) => {
    const wrapped = (_e: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(eventChannel(event), wrapped);
    return () => ipcRenderer.removeListener(eventChannel(event), wrapped);
  },
  { pathForFile: (file) => webUtils.getPathForFile(file as File) },
);

contextBridge.exposeInMainWorld('cuttings', api);
