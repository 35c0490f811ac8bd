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
  /**
   * What changed between the backup and the catalogue it replaced (absent when that catalogue
   * could not be read): clippings added since (and how many `check --repair` can re-adopt from
   * their folders), clippings edited since, and the pre-restore backup that undoes the restore.
   */
  sinceBackup: z
    .object({
      added: z.number().int().nonnegative(),
      readoptable: z.number().int().nonnegative(),
      edited: z.number().int().nonnegative(),
      undo: z.string().nullable(),
    })
    .optional(),
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

/** What rebuilding a catalogue from the clipping folders did (the recovery screen's Repair, `cuttings repair`). */
export const repairResultSchema = z.object({
  /** Clippings taken back from their folders into the new catalogue. */
  clippings: z.number().int().nonnegative(),
  /** Where the catalogue it replaced was kept (relative to the archive), or null if there was none. */
  keptAt: z.string().nullable(),
});
export type RepairResult = z.infer<typeof repairResultSchema>;

/** A backup as the recovery screen lists it: with how many clippings it holds. */
export const backupCensusSchema = backupInfoSchema.extend({
  /** Clippings in the backup, or null when it cannot be read. */
  clippings: z.number().int().nonnegative().nullable(),
  /** Why it cannot be restored, or null. */
  problem: z.string().nullable(),
});
export type BackupCensus = z.infer<typeof backupCensusSchema>;

/** Why a catalogue cannot be opened: unreadable, gone (the clippings are there), or saved by a newer Cuttings. */
export const damageReasonSchema = z.enum(['damaged', 'missing', 'newer-schema']);
export type DamageReason = z.infer<typeof damageReasonSchema>;

/** An archive the app could not open, as the recovery screen shows it. */
export const recoveryViewSchema = z.object({
  archiveDir: z.string(),
  reason: damageReasonSchema,
  /** What happened, in words for people. */
  message: z.string(),
  /** Where the catalogue that could not be opened was kept (relative to the archive), or null. */
  keptAt: z.string().nullable(),
});
export type RecoveryView = z.infer<typeof recoveryViewSchema>;
