/**
 * Runs {@link capturePrint} in a worker thread, so a 20-page PDF or a batch of scans never
 * blocks the process that asked (the app's main process: its windows stay responsive).
 * Progress comes back as it happens; aborting the signal ends the worker at once. A thread
 * that finished its job is kept a minute for the next (a batch of scans), with its OCR
 * engine: the next file then needs no engine start.
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
import type { WorkerJob, WorkerRequest } from './worker';

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

/** A thread done with its job, kept for the next with its OCR engine (one at most). */
let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;
/** An idle thread is let go after this long: it holds some 300 MB. */
const IDLE_MS = 60_000;

/** Whether a thread is kept, idle, for the next file. */
export function printWorkerKept(): boolean {
  return idle !== null;
}

function startWorker(): Worker {
  if (idle) {
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  const { url, execArgv } = workerScript();
  // Room for a 300-dpi page and its copies; the heap is the worker's own.
  return new Worker(url, { execArgv, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
}

/** Lets a thread go: asked to close, it closes its engine (and the engine's folder) first; ended if it does not. */
function closeWorker(worker: Worker): void {
  worker.unref();
  worker.postMessage({ type: 'close' } satisfies WorkerRequest);
  setTimeout(() => void worker.terminate(), 5_000).unref();
}

/** Keeps a thread that finished its job for the next one; it keeps no process alive meanwhile. */
function keepWorker(worker: Worker): void {
  if (idle) {
    closeWorker(worker);
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker !== worker) return;
    idle = null;
    closeWorker(worker);
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer };
  worker.once('exit', () => {
    if (idle?.worker === worker) idle = null;
  });
}

function runJob<T>(job: WorkerJob, { onProgress, signal }: { onProgress?: (p: PrintProgress) => void; signal?: AbortSignal }): Promise<T> {
  signal?.throwIfAborted();
  const worker = startWorker();
  const name = job.name;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    /** Ends the job; the thread is kept when it answered, ended when it was cancelled or broke. */
    const finish = (fn: () => void, keep: boolean): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      fn();
      if (keep) keepWorker(worker);
      else void worker.terminate();
    };
    const onAbort = (): void => finish(() => reject(new CuttingsError('cancelled', `Reading "${name}" was cancelled.`)), false);
    const onMessage = (m: Message<T>): void => {
      if (m.type === 'progress') onProgress?.(m.progress);
      else if (m.type === 'done') finish(() => resolve(m.result), true);
      else finish(() => reject(new CuttingsError(m.error.code, m.error.message)), true);
    };
    const onError = (err: Error): void => finish(() => reject(new CuttingsError('internal', `Reading "${name}" failed: ${err.message}`, { cause: err })), false);
    const onExit = (code: number): void => finish(() => reject(new CuttingsError('internal', `Reading "${name}" stopped (exit ${code}).`)), false);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ type: 'job', job } satisfies WorkerRequest);
  });
}
