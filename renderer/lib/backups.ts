/** How backups are named for people: when, what kind, how large (Settings → Backups, the recovery screen). */
import type { BackupInfo } from '../../shared/backups';

export const backupWhen = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const BACKUP_KIND: Record<BackupInfo['kind'], string> = {
  daily: 'Daily',
  manual: 'Made by you',
  'pre-migration': 'Before an update',
  'pre-restore': 'Before a restore',
};

export const backupSize = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
