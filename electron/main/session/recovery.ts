/**
 * An archive the app could not open (its catalogue damaged, missing, or written by a newer
 * Cuttings): what the recovery screen shows and does. Everything heavy runs in the archive
 * worker, so the window stays responsive while a large backup is read or restored.
 */
import { backupCensusInWorker, DamagedArchiveError, NewerArchiveError, repairInWorker, restoreInWorker } from '../archive';
import type { BackupCensus, RecoveryView } from '../../../shared/backups';

/** The recovery screen's view of why the archive in `archiveDir` cannot be opened, or null when it is not a reason for recovery. */
export function recoveryView(archiveDir: string, err: unknown): RecoveryView | null {
  if (err instanceof DamagedArchiveError) return { archiveDir, reason: err.reason, message: err.message, keptAt: err.keptAt };
  if (err instanceof NewerArchiveError) return { archiveDir, reason: 'newer-schema', message: err.message, keptAt: null };
  return null;
}

/** The archive's backups, newest first, with how many clippings each holds. */
export async function recoveryBackups(archiveDir: string): Promise<BackupCensus[]> {
  return (await backupCensusInWorker(archiveDir)).map(({ name, kind, createdAt, size, clippings, problem }) => ({
    name,
    kind,
    createdAt,
    size,
    clippings,
    problem,
  }));
}

export const restoreForRecovery = (archiveDir: string, name: string): ReturnType<typeof restoreInWorker> =>
  restoreInWorker(archiveDir, name, { owner: 'Cuttings' });

export const repairForRecovery = (archiveDir: string): ReturnType<typeof repairInWorker> =>
  repairInWorker(archiveDir, { owner: 'Cuttings' });
