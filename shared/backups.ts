/**
 * Backups of an archive's catalogue, as the archive, the IPC contract, the CLI and the
 * Settings screen see them: one schema per shape, types derived from it.
 */
import { z } from 'zod';

export const backupKindSchema = z.enum(['daily', 'manual', 'pre-migration', 'pre-restore']);
export type BackupKind = z.infer<typeof backupKindSchema>;

/**
 * A backup's file name in the archive's `backups/` folder: `<UTC stamp>-<kind>.json.gz`.
 * Group 1 is the stamp, group 2 the kind.
 */
export const BACKUP_FILE_NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(daily|manual|pre-migration|pre-restore)\.json\.gz$/;

/** One backup file of the archive. */
export const backupInfoSchema = z.object({
  /** File name inside `backups/`. */
  name: z.string().regex(BACKUP_FILE_NAME),
  kind: backupKindSchema,
  /** ISO timestamp the backup was made. */
  createdAt: z.string(),
  /** Bytes on disk (compressed). */
  size: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** What putting a backup back did. */
export const restoreResultSchema = z.object({
  /** The backup that was restored. */
  restored: z.string(),
  /** Clippings in the restored catalogue. */
  clippings: z.number().int().nonnegative(),
  /** Where the catalogue it replaced was kept (relative to the archive), or null if there was none. */
  keptAt: z.string().nullable(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;
