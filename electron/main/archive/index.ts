/**
 * The archive: a folder the user owns, holding a durable lowdb catalogue and one folder of
 * files per clipping. See README.md for the layout and the guarantees.
 */
export { openArchive } from './open';
export { DamagedArchiveError, type DamageReason } from './damage';
export { backupArchive, recoverFromBackup, repairFromFolders, restoreBackup, type RepairResult, type RestoreResult } from './restore';
export { backupCensusInWorker, backupInWorker, repairInWorker, restoreInWorker } from './worker-host';
export { listBackups, type BackupCensus, type BackupInfo, type BackupKind } from './backups';
export { checkArchive, type CheckProblem, type CheckReport } from './check';
export { exportArchive, type ExportResult } from './transfer';
export { importArchiveZip } from './import-zip';
export type { Archive, AddResult, ChangeListener, MaintenanceReport, OpenOptions } from './types';
