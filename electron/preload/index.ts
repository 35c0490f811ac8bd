/**
 * The preload: exposes `window.cuttingsBridge`, the intent-level API built from the
 * contract's channel list, answering with main's envelopes (an Error crossing the
 * contextBridge would lose its code; see `shared/ipc/api.ts`). The renderer builds
 * `window.cuttings` on it. No raw `invoke(channel)` reaches the page.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridgeApi } from '../../shared/ipc/api';
import { eventChannel } from '../../shared/ipc/channels';

const api = createBridgeApi(
  (channel, args) => ipcRenderer.invoke(channel, args),
  (event, listener) => {
    const wrapped = (_e: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(eventChannel(event), wrapped);
    return () => ipcRenderer.removeListener(eventChannel(event), wrapped);
  },
  { pathForFile: (file) => webUtils.getPathForFile(file as File) },
);

contextBridge.exposeInMainWorld('cuttingsBridge', api);
