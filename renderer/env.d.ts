/// <reference types="vite/client" />
/**
 * The one declaration of `window.cuttings` (and the preload's `cuttingsBridge` it is built on):
 * its type comes from the IPC contract through
 * `shared/ipc/api.ts`, so the renderer can never drift from what main accepts.
 */
import type { BridgeApi, CuttingsApi } from '../shared/ipc/api';

declare global {
  interface Window {
    /** Built by `bridge.ts` on the preload's `cuttingsBridge`. */
    readonly cuttings: CuttingsApi;
    /** What the preload exposes: the same methods, answering with envelopes. */
    readonly cuttingsBridge?: BridgeApi;
  }
}

export {};
