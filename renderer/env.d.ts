/// <reference types="vite/client" />
/**
 * The one declaration of `window.cuttings`: its type comes from the IPC contract through
 * `shared/ipc/api.ts`, so the renderer can never drift from what main accepts.
 */
import type { CuttingsApi } from '../shared/ipc/api';

declare global {
  interface Window {
    readonly cuttings: CuttingsApi;
  }
}

export {};
