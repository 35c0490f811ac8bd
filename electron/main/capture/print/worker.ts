/**
 * The print worker's entry (a worker thread): reads a file with {@link capturePrint}, or
 * renders one page for the import dialog ({@link previewPage}), and posts progress, then the
 * result or the error; then waits for the next job (in-worker.ts keeps an idle thread a
 * while, with its OCR engine). Built as `out/main/print-worker.js` (and `out/cli/print-worker.mjs`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../../../shared/errors';
import { capturePrint, type PrintCaptureOptions } from './capture';
import { closeKeptEngine } from './kept-engine';
import { previewPage } from './preview';

export type WorkerJob =
  | { kind: 'capture'; bytes: Uint8Array; name: string; options: Omit<PrintCaptureOptions, 'onProgress' | 'signal' | 'now'> & { now?: string } }
  | { kind: 'preview'; bytes: Uint8Array; name: string; page: number };

/** What the thread is told after its first job: another job, or to close (its kept engine with it). */
export type WorkerRequest = { type: 'job'; job: WorkerJob } | { type: 'close' };

async function run(job: WorkerJob): Promise<void> {
  try {
    if (job.kind === 'preview') {
      const preview = await previewPage(job.bytes, job.name, job.page);
      parentPort?.postMessage({ type: 'done', result: preview }, [preview.png.buffer as ArrayBuffer]);
      return;
    }
    const article = await capturePrint(job.bytes, job.name, {
      ...job.options,
      now: job.options.now ? new Date(job.options.now) : undefined,
      // The thread may be kept for the next file (in-worker.ts): so is its engine.
      keepEngine: true,
      onProgress: (progress) => parentPort?.postMessage({ type: 'progress', progress }),
    });
    const transfer = [article.original.data, ...article.images.map((i) => i.data)].flatMap((d) => (d ? [d.buffer as ArrayBuffer] : []));
    parentPort?.postMessage({ type: 'done', result: article }, [...new Set(transfer)]);
  } catch (err) {
    parentPort?.postMessage({ type: 'error', error: toErrorInfo(err) });
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (request.type === 'job') void run(request.job);
  else void closeKeptEngine().finally(() => parentPort?.close());
});
if (workerData) void run(workerData as WorkerJob);
