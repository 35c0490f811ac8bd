/**
 * Runs archive jobs (backups, restores) in the archive worker (archive-worker.ts) and gives
 * back their result, or their error as the same {@link CuttingsError} the job threw.
 *
 * The worker file is found beside this module's own file: `archive-worker.ts` in the sources
 * (run through tsx's loader: tests, benchmarks), `archive-worker.js` beside `out/main/index.js`
 * in the app, `archive-worker.mjs` in `out/cli` for the command line.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CuttingsError, type ErrorInfo } from '../../../shared/errors';
import type { BackupCensus, BackupInfo, BackupKind, DamageReason, RepairResult, RestoreResult } from '../../../shared/backups';
import { DamagedArchiveError } from './damage';
import type { OpenOptions } from './types';

export type ArchiveJob =
  | { op: 'backup'; dir: string; kind: BackupKind; now: string }
  | { op: 'census'; dir: string }
  | { op: 'repair'; dir: string; owner?: OpenOptions['owner'] }
  | { op: 'restore'; dir: string; name: string; owner?: OpenOptions['owner']; now?: string };

export type WorkerReply =
  | { ok: true; value: BackupInfo | RestoreResult | RepairResult | BackupCensus[] }
  | { ok: false; error: ErrorInfo; damaged?: { keptAt: string | null; newestBackup: string | null; reason: DamageReason }; internal?: string };

const CANDIDATES = ['./archive-worker.js', './archive-worker.mjs', '../archive-worker.js', '../archive-worker.mjs'];

/** The worker's entry: a built file, or the TypeScript source started through tsx. */
function workerEntry(): URL {
  for (const candidate of CANDIDATES) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  const source = new URL('./archive-worker.ts', import.meta.url);
  if (existsSync(fileURLToPath(source))) {
    // Development only (tsx is a devDependency): register its loader in the worker, then load the source.
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
    const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source.href)});`;
    return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
  }
  throw new CuttingsError('internal', `The archive worker is missing beside ${fileURLToPath(import.meta.url)}. Reinstall Cuttings.`);
}

function run<T>(job: ArchiveJob): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(workerEntry(), { workerData: job });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.value as T);
      else if (reply.damaged) reject(new DamagedArchiveError(reply.error.message, reply.damaged.keptAt, reply.damaged.newestBackup, reply.damaged.reason));
      else reject(new CuttingsError(reply.error.code, reply.error.message, { cause: reply.internal }));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(new CuttingsError('internal', `The archive worker failed: ${err.message}`, { cause: err }));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new CuttingsError('internal', `The archive worker stopped (exit ${code}) before it finished.`));
    });
  });
}

/** Writes a verified backup of the catalogue on disk, in the worker. */
export function backupInWorker(dir: string, kind: BackupKind, now: Date = new Date()): Promise<BackupInfo> {
  return run<BackupInfo>({ op: 'backup', dir, kind, now: now.toISOString() });
}

/** {@link restoreBackup} in the worker (the caller has closed the archive: the restore takes its lock). */
export function restoreInWorker(dir: string, name: string, options: { owner?: OpenOptions['owner']; now?: Date } = {}): Promise<RestoreResult> {
  return run<RestoreResult>({ op: 'restore', dir, name, owner: options.owner, now: options.now?.toISOString() });
}

/** Every backup with its clipping count, newest first (the recovery screen's list), in the worker. */
export function backupCensusInWorker(dir: string): Promise<BackupCensus[]> {
  return run<BackupCensus[]>({ op: 'census', dir });
}

/** {@link repairFromFolders} in the worker. */
export function repairInWorker(dir: string, options: { owner?: OpenOptions['owner'] } = {}): Promise<RepairResult> {
  return run<RepairResult>({ op: 'repair', dir, owner: options.owner });
}
