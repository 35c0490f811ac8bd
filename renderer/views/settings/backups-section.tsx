/**
 * Settings → Backups: the archive's verified backups, newest first, a button to make one now,
 * and Restore with a confirmation that says what it does. Main makes a backup of the
 * catalogue it replaces first and keeps the catalogue itself, so a restore can be undone.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { BackupInfo } from '../../../shared/backups';
import { leaveNotice } from '../../hooks/notice';
import { BACKUP_KIND as KIND, backupSize as size, backupWhen as when } from '../../lib/backups';
import { errorText } from '../../lib/errors';

/** The backups, and making or restoring one (one at a time); what happened is said. */
function useBackups(): {
  backups: BackupInfo[] | null;
  error: string | null;
  status: string | null;
  busy: boolean;
  backUp(): Promise<void>;
  restore(backup: BackupInfo): Promise<void>;
} {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    (): Promise<void> =>
      window.cuttings.backups.list().then(
        (list) => setBackups(list),
        (err: unknown) => setError(errorText(err)),
      ),
    [],
  );
  useEffect(() => {
    let live = true;
    window.cuttings.backups.list().then(
      (list) => live && setBackups(list),
      (err: unknown) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, []);

  const backUp = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const made = await window.cuttings.backups.create();
      setStatus(`Backed up (${when.format(new Date(made.createdAt))}).`);
      await load();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const restore = async (backup: BackupInfo): Promise<void> => {
    setBusy(true);
    setError(null);
    // The window reloads once the archive is back; this is said after it does.
    leaveNotice(
      `Restored the backup of ${when.format(new Date(backup.createdAt))}. The catalogue it replaced was backed up first.`,
    );
    try {
      await window.cuttings.backups.restore({ name: backup.name });
    } catch (err) {
      leaveNotice(null);
      setError(errorText(err));
      setBusy(false);
    }
  };

  return { backups, error, status, busy, backUp, restore };
}

export function BackupsSection(): ReactElement {
  const { backups, error, status, busy, backUp, restore } = useBackups();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <>
      <p className="settings-text">
        Cuttings backs up the catalogue once a day (the last 7 are kept) and before every update or restore.
        Each backup is checked after it is written.
      </p>
      <div className="settings-row">
        <button type="button" className="button" disabled={busy} onClick={() => void backUp()}>
          Back up now
        </button>
        {status && (
          <span className="field-hint" role="status">
            {status}
          </span>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {backups && backups.length === 0 && (
        <p className="field-hint">No backups yet: the first is made today.</p>
      )}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label="Backups">
          {backups.map((b) => (
            <BackupRow
              key={b.name}
              backup={b}
              busy={busy}
              confirming={confirming === b.name}
              onConfirm={(on) => setConfirming(on ? b.name : null)}
              onRestore={() => void restore(b)}
            />
          ))}
        </ul>
      )}
    </>
  );
}

/** One backup: when, why, how big, and Restore… (which asks before it restores). */
function BackupRow(props: {
  backup: BackupInfo;
  busy: boolean;
  confirming: boolean;
  onConfirm(on: boolean): void;
  onRestore(): void;
}): ReactElement {
  const { backup: b, busy, confirming, onConfirm, onRestore } = props;
  return (
    <li className="backup-row">
      <span className="backup-when">{when.format(new Date(b.createdAt))}</span>
      <span className="backup-kind">{KIND[b.kind]}</span>
      <span className="backup-size">{size(b.size)}</span>
      {confirming ? (
        <span className="backup-confirm" role="group" aria-label="Confirm the restore">
          <span className="field-hint">
            Put the archive back as it was then? What changed since is set aside, not lost.
          </span>
          <button type="button" className="button" onClick={() => onConfirm(false)}>
            Cancel
          </button>
          <button type="button" className="button button-danger" disabled={busy} onClick={onRestore}>
            Restore
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-label={`Restore the backup of ${when.format(new Date(b.createdAt))}`}
          onClick={() => onConfirm(true)}
        >
          Restore…
        </button>
      )}
    </li>
  );
}
