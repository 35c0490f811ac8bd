/**
 * The recovery screen's state and actions. Main answers `recovery.state` with null when the
 * archive is open; otherwise with what went wrong, and the screen offers the ways back. After a
 * restore, a repair or another archive, the window starts afresh (a notice says what happened).
 */
import { useCallback, useEffect, useState } from 'react';
import type { BackupCensus as RecoveryBackup, RecoveryView } from '../../shared/backups';
import { backupWhen } from '../lib/backups';
import { errorText } from '../lib/errors';
import { plural } from '../lib/format';
import { leaveNotice } from './notice';

/** undefined while asking main, null when the archive is open. */
export function useRecoveryState(): RecoveryView | null | undefined {
  const [state, setState] = useState<RecoveryView | null | undefined>(undefined);
  useEffect(() => {
    window.cuttings.recovery.state().then(setState, () => setState(null));
  }, []);
  return state;
}

export interface Recovery {
  backups: RecoveryBackup[] | null;
  /** What is under way (said to screen readers too), or null. */
  busy: string | null;
  error: string | null;
  restore(backup: RecoveryBackup): void;
  repair(): void;
  openOther(): void;
}

export function useRecovery(): Recovery {
  const [backups, setBackups] = useState<RecoveryBackup[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    window.cuttings.recovery.backups().then(
      (list) => live && setBackups(list),
      (err: unknown) => {
        if (!live) return;
        setBackups([]);
        setError(errorText(err));
      },
    );
    return () => {
      live = false;
    };
  }, []);

  /** Runs an action; on success the window reloads (with `notice` shown after), on failure says why. */
  const act = useCallback(async (doing: string, action: () => Promise<string | null>): Promise<void> => {
    setBusy(doing);
    setError(null);
    try {
      const notice = await action();
      if (notice === null) return setBusy(null); // cancelled
      leaveNotice(notice);
      window.location.reload();
    } catch (err) {
      setError(errorText(err));
      setBusy(null);
    }
  }, []);

  return {
    backups,
    busy,
    error,
    restore: (backup) =>
      void act(`Restoring the backup of ${backupWhen.format(new Date(backup.createdAt))}…`, async () => {
        const done = await window.cuttings.recovery.restore({ name: backup.name });
        return `Restored the backup of ${backupWhen.format(new Date(backup.createdAt))} (${plural(done.clippings, 'clipping')}).${keptNote(done.keptAt)}`;
      }),
    repair: () =>
      void act('Rebuilding the catalogue from the clipping folders…', async () => {
        const done = await window.cuttings.recovery.repair();
        return `Rebuilt the catalogue: ${plural(done.clippings, 'clipping')} taken back from their folders.${keptNote(done.keptAt)}`;
      }),
    openOther: () =>
      void act('Opening another archive…', async () => {
        const opened = await window.cuttings.recovery.openOther();
        return opened ? `Opened the archive in ${opened.archiveDir}.` : null;
      }),
  };
}

const keptNote = (keptAt: string | null): string =>
  keptAt ? ` The catalogue it replaced is kept unchanged in the archive's ${keptAt} folder.` : '';
