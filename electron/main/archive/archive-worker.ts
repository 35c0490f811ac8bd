/**
 * The archive worker: a worker thread that makes backups and restores them, so that the
 * app's main process (and its window) never waits while 100,000 clippings are serialised,
 * compressed, read back and checked. Started by worker-host.ts; one job per worker.
 * Built as its own file (out/main/archive-worker.js, out/cli/archive-worker.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CuttingsError, toErrorInfo } from '../../../shared/errors';
import type { ArchiveImpl } from './archive';
import type { BackupCensus, BackupInfo, RepairResult, RestoreResult } from '../../../shared/backups';
import { backupCensus, writeBackup } from './backups';
import { DamagedArchiveError } from './damage';
import { openArchive } from './open';
import { repairFromFolders, restoreBackup } from './restore';
import { serialiseSnapshot } from './snapshot';
import type { ArchiveJob, WorkerReply } from './worker-host';

/**
 * Backs up the catalogue as it is on disk: a read-only open, which works while another process
 * writes (it reads again if a commit lands meanwhile).
 */
async function backupFromDisk(dir: string, kind: BackupInfo['kind'], now: Date): Promise<BackupInfo> {
  const archive = (await openArchive(dir, { readOnly: true })) as ArchiveImpl;
  try {
    return await writeBackup(archive.dir, kind, serialiseSnapshot(archive.snapshot()), now);
  } finally {
    await archive.close();
  }
}

async function perform(job: ArchiveJob): Promise<BackupInfo | RestoreResult | RepairResult | BackupCensus[]> {
  switch (job.op) {
    case 'backup':
      return backupFromDisk(job.dir, job.kind, new Date(job.now));
    case 'census':
      return backupCensus(job.dir);
    case 'repair':
      return repairFromFolders(job.dir, { owner: job.owner });
    case 'restore':
      return restoreBackup(job.dir, job.name, { owner: job.owner, now: job.now ? () => new Date(job.now as string) : undefined });
  }
}

const reply = (message: WorkerReply): void => parentPort?.postMessage(message);

if (parentPort) {
  perform(workerData as ArchiveJob).then(
    (value) => reply({ ok: true, value }),
    (err: unknown) =>
      reply({
        ok: false,
        error: toErrorInfo(err),
        damaged: err instanceof DamagedArchiveError ? { keptAt: err.keptAt, newestBackup: err.newestBackup, reason: err.reason } : undefined,
        internal: err instanceof CuttingsError ? undefined : String((err as Error)?.stack ?? err),
      }),
  );
}
