/**
 * `window.cuttings`, built in the page on what the preload exposes (`window.cuttingsBridge`,
 * whose methods answer with main's envelopes): its methods resolve to the value or reject
 * with a CuttingsError that keeps main's code and the field a refusal is about, which an
 * Error thrown across Electron's contextBridge would lose. Imported first by `main.tsx`, so the
 * first paint's requests leave for main before the rest of the app is even evaluated
 * (`lib/first-requests.ts`).
 */
import { apiFromBridge } from '../shared/ipc/api';
import { sendFirstRequests } from './lib/first-requests';

if (!window.cuttingsBridge)
  throw new Error('Cuttings was opened without its preload (window.cuttingsBridge is missing).');
Object.defineProperty(window, 'cuttings', { value: Object.freeze(apiFromBridge(sendFirstRequests(window.cuttingsBridge))) });
