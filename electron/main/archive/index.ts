/**
 * The archive: a folder the user owns, holding a durable lowdb catalogue and one folder of
 * files per clipping. See README.md for the layout and the guarantees.
 */
export { openArchive } from './open';
export { DamagedArchiveError, NewerArchiveError } from './damage';
export { backupArchive, recoverFromBackup, repairFromFolders, restoreBackup } from './restore';
export { backupCensusInWorker, backupInWorker, repairInWorker, restoreInWorker } from './worker-host';
export { listBackups } from './backups';
export { checkArchive, type CheckProblem, type CheckReport } from './check';
export { exportArchive, type ExportResult } from './transfer';
export { importArchiveZip } from './import-zip';
export type { Archive, ChangeListener, MaintenanceReport, OpenOptions } from './types';
