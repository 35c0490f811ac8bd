/**
 * Runs in the page before the app (as an init script): builds `window.cuttingsBridge` with
 * the same `createBridgeApi` the preload uses, over a Playwright binding to the real
 * main-process dispatcher in the test process; the renderer builds `window.cuttings` on it
 * as in the app. The test pushes events with `window.__cuttingsEmit`.
 */
import { createBridgeApi } from '../../../shared/ipc/api';
import type { Channel, Envelope, EventName } from '../../../shared/ipc/contract';

/** What the harness adds to the page (kept out of the renderer's global types). */
interface BridgeWindow {
  /** The envelope, as JSON (see harness.ts). */
  __cuttingsInvoke(channel: Channel, args: unknown): Promise<string>;
  /** File name → path on disk, for tests of files dropped in the desktop app (`filePaths`). */
  __cuttingsFilePaths?: Record<string, string>;
}

const host = window as unknown as BridgeWindow;
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

const api = createBridgeApi(
  async (channel, args) => JSON.parse(await host.__cuttingsInvoke(channel, args)) as Envelope<unknown>,
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
  // As Electron's webUtils.getPathForFile: the file's path on disk, or '' for one made in the page.
  { pathForFile: (file) => (file instanceof File ? (host.__cuttingsFilePaths?.[file.name] ?? '') : '') },
);

// contextBridge hands the page a frozen copy; do the same so the app cannot patch it.
Object.defineProperty(window, 'cuttingsBridge', { value: Object.freeze(api) });
Object.defineProperty(window, '__cuttingsEmit', {
  value: (event: EventName, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
});
