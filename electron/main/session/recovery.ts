/**
 * An archive the app could not open (its catalogue damaged, missing, or written by a newer
 * Cuttings): what the recovery screen shows and does. Everything heavy runs in the archive
 * worker, so the window stays responsive while a large backup is read or restored.
 */
import { backupCensusInWorker, repairInWorker, restoreInWorker, type DamagedArchiveError } from '../archive';
import type { BackupCensus, RecoveryView } from '../../../shared/backups';

/** The recovery screen's view of a {@link DamagedArchiveError} on the archive in `archiveDir`. */
export function recoveryView(archiveDir: string, err: DamagedArchiveError): RecoveryView {
  return { archiveDir, reason: err.reason, message: err.message, keptAt: err.keptAt };
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
