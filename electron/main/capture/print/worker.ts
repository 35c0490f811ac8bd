/**
 * The print worker's entry (a worker thread): reads one file with {@link capturePrint} and
 * posts progress, then the article or the error. Built as `out/main/print-worker.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../../../shared/errors';
import { capturePrint, type PrintCaptureOptions } from './capture';

interface Job {
  bytes: Uint8Array;
  name: string;
  options: Omit<PrintCaptureOptions, 'onProgress' | 'signal' | 'now'> & { now?: string };
}

async function run(job: Job): Promise<void> {
  try {
    const article = await capturePrint(job.bytes, job.name, {
      ...job.options,
      now: job.options.now ? new Date(job.options.now) : undefined,
      onProgress: (progress) => parentPort?.postMessage({ type: 'progress', progress }),
    });
    const transfer = [article.original.data, ...article.images.map((i) => i.data)].flatMap((d) => (d ? [d.buffer as ArrayBuffer] : []));
    parentPort?.postMessage({ type: 'done', article }, [...new Set(transfer)]);
  } catch (err) {
    parentPort?.postMessage({ type: 'error', error: toErrorInfo(err) });
  }
}

void run(workerData as Job);
