/**
 * Runs {@link capturePrint} in a worker thread, so a 20-page PDF or a batch of scans never
 * blocks the process that asked (the app's main process: its windows stay responsive).
 * Progress comes back as it happens; aborting the signal ends the worker at once.
 *
 * Where the worker script is: beside this module's source when running from TypeScript
 * (tests), else `print-worker.js` beside the app bundle's entry (electron-vite builds it as an
 * entry of its own: electron.vite.config.ts) or `print-worker.mjs` beside the command line's
 * (scripts/build-cli.mjs).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CuttingsError, type ErrorInfo } from '../../../../shared/errors';
import type { CapturedArticle } from '../types';
import type { PrintCaptureOptions, PrintProgress } from './capture';
import type { PagePreview } from './preview';
import type { WorkerJob } from './worker';

type Message<T> =
  | { type: 'progress'; progress: PrintProgress }
  | { type: 'done'; result: T }
  | { type: 'error'; error: ErrorInfo };

function workerScript(): { url: URL; execArgv?: string[] } {
  const here = new URL(import.meta.url);
  here.search = ''; // tsx marks the modules it loads with a query
  if (here.pathname.endsWith('.ts')) return { url: new URL('./worker.ts', here), execArgv: ['--import', 'tsx'] };
  const dir = path.dirname(fileURLToPath(here));
  // A bundled chunk may sit in out/main/chunks/; the worker is emitted in out/main/.
  for (const folder of [dir, path.join(dir, '..')]) {
    for (const name of ['print-worker.js', 'print-worker.mjs']) {
      const candidate = path.join(folder, name);
      if (existsSync(candidate)) return { url: pathToFileURL(candidate) };
    }
  }
  throw new CuttingsError('internal', `The text recognition worker is missing from this installation (looked in ${dir}).`);
}

/** Like {@link capturePrint}, in a worker thread. */
export function capturePrintInWorker(bytes: Uint8Array, name: string, options: PrintCaptureOptions = {}): Promise<CapturedArticle> {
  const { onProgress, signal, now, ...rest } = options;
  return runJob<CapturedArticle>({ kind: 'capture', bytes, name, options: { ...rest, now: now?.toISOString() } }, { onProgress, signal });
}

/** One page of a PDF or an image as a small PNG, rendered in a worker thread. */
export function previewInWorker(bytes: Uint8Array, name: string, page: number, signal?: AbortSignal): Promise<PagePreview> {
  return runJob<PagePreview>({ kind: 'preview', bytes, name, page }, { signal });
}

function runJob<T>(job: WorkerJob, { onProgress, signal }: { onProgress?: (p: PrintProgress) => void; signal?: AbortSignal }): Promise<T> {
  signal?.throwIfAborted();
  const { url, execArgv } = workerScript();
  const worker = new Worker(url, {
    execArgv,
    workerData: job,
    // Room for a 300-dpi page and its copies; the heap is the worker's own.
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
  const name = job.name;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = (): void => finish(() => reject(new CuttingsError('cancelled', `Reading "${name}" was cancelled.`)));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: Message<T>) => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'done') finish(() => resolve(m.result));
      else finish(() => reject(new CuttingsError(m.error.code, m.error.message)));
    });
    worker.on('error', (err) => finish(() => reject(new CuttingsError('internal', `Reading "${name}" failed: ${err.message}`, { cause: err }))));
    worker.on('exit', (code) => finish(() => reject(new CuttingsError('internal', `Reading "${name}" stopped (exit ${code}).`))));
  });
}
