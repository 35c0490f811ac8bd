/**
 * The recovery screen: shown instead of the library when the archive's catalogue cannot be
 * opened (damaged, missing, or saved by a newer Cuttings). It says what happened in plain
 * words, lists the backups with their dates and clipping counts, and offers the ways back:
 * restore a backup, repair (take the clippings back from their folders), or open another
 * archive. Nothing here asks the user to go to a terminal.
 */
import type { ReactElement } from 'react';
import type { BackupCensus as RecoveryBackup, RecoveryView } from '../../../shared/backups';
import { useRecovery, type Recovery } from '../../hooks/use-recovery';
import { BACKUP_KIND, backupSize, backupWhen } from '../../lib/backups';
import { plural } from '../../lib/format';

const TITLE: Record<RecoveryView['reason'], string> = {
  damaged: 'This archive’s catalogue cannot be read',
  missing: 'This archive’s catalogue is missing',
  'newer-schema': 'This archive was saved by a newer version of Cuttings',
};

const LEAD: Record<RecoveryView['reason'], string> = {
  damaged:
    'Cuttings keeps the list of your clippings — the catalogue — beside their files. The catalogue is damaged (a crash or a disk fault can do this), so the archive cannot open. The clippings’ own files are untouched.',
  missing:
    'The folder holds clippings, but the catalogue that lists them is gone, so the archive cannot open. The clippings’ own files are untouched.',
  'newer-schema':
    'Update Cuttings to open it as it is. To go on with this version, restore a backup this version made: what changed since that backup is not in it (the newer catalogue is kept, not lost).',
};

export function RecoveryScreen({ state }: { state: RecoveryView }): ReactElement {
  const recovery = useRecovery();
  return (
    <main className="recovery" aria-labelledby="recovery-title" aria-busy={recovery.busy !== null}>
      <div className="recovery-card">
        <h1 id="recovery-title">{TITLE[state.reason]}</h1>
        <p className="recovery-lead">{LEAD[state.reason]}</p>
        <dl className="recovery-facts">
          <dt>Archive folder</dt>
          <dd>
            <code>{state.archiveDir}</code>
          </dd>
          {state.keptAt && (
            <>
              <dt>Kept, unchanged</dt>
              <dd>
                <code>{state.keptAt}</code> inside that folder: the catalogue as it was found. Nothing was
                deleted.
              </dd>
            </>
          )}
        </dl>
        <details className="recovery-details">
          <summary>What Cuttings found</summary>
          <p>{state.message}</p>
        </details>
        <BackupChoices recovery={recovery} />
        <OtherWays recovery={recovery} canRepair={state.reason !== 'newer-schema'} />
        {recovery.busy && (
          <p className="recovery-status" role="status">
            {recovery.busy}
          </p>
        )}
        {recovery.error && (
          <p className="form-error" role="alert">
            {recovery.error}
          </p>
        )}
      </div>
    </main>
  );
}

function BackupChoices({ recovery }: { recovery: Recovery }): ReactElement {
  const { backups } = recovery;
  const newest = backups?.find((b) => b.problem === null)?.name;
  return (
    <section className="recovery-section" aria-labelledby="recovery-backups">
      <h2 id="recovery-backups">Restore a backup</h2>
      <p className="field-hint">
        Cuttings makes a checked backup every day and before every update or restore. Restoring puts the
        catalogue back as it was then; the one it replaces is kept.
      </p>
      {backups === null && <p className="field-hint">Reading the backups…</p>}
      {backups?.length === 0 && (
        <p className="field-hint">There are no backups of this archive. Repair it instead.</p>
      )}
      {backups && backups.length > 0 && (
        <ul className="recovery-backups" aria-label="Backups">
          {backups.map((b) => (
            <BackupRow key={b.name} backup={b} newest={b.name === newest} recovery={recovery} />
          ))}
        </ul>
      )}
    </section>
  );
}

function BackupRow({
  backup,
  newest,
  recovery,
}: {
  backup: RecoveryBackup;
  newest: boolean;
  recovery: Recovery;
}): ReactElement {
  const when = backupWhen.format(new Date(backup.createdAt));
  return (
    <li className="recovery-backup">
      <span className="recovery-backup-when">
        {when}
        {newest && <span className="recovery-badge">Newest</span>}
      </span>
      <span className="recovery-backup-what">
        {BACKUP_KIND[backup.kind]} ·{' '}
        {backup.clippings === null ? 'cannot be read' : plural(backup.clippings, 'clipping')} ·{' '}
        {backupSize(backup.size)}
        {backup.problem && (
          <span className="recovery-backup-problem">Cannot be restored: {backup.problem}.</span>
        )}
      </span>
      <button
        type="button"
        className={newest ? 'button button-primary' : 'button'}
        disabled={recovery.busy !== null || backup.problem !== null}
        aria-label={`Restore this backup, made ${when}`}
        onClick={() => recovery.restore(backup)}
      >
        Restore this backup
      </button>
    </li>
  );
}

function OtherWays({ recovery, canRepair }: { recovery: Recovery; canRepair: boolean }): ReactElement {
  // A newer catalogue is not rebuilt by this version: it could drop what the newer one added.
  return (
    <>
      {canRepair && (
        <section className="recovery-section" aria-labelledby="recovery-repair">
          <h2 id="recovery-repair">Repair</h2>
          <p className="field-hint">
            Rebuild the catalogue from the clipping folders: every clipping comes back with its tags, notes
            and details. Saved searches and saved dossiers are kept only in the catalogue, so restore a backup
            if you need them.
          </p>
          <button
            type="button"
            className="button"
            disabled={recovery.busy !== null}
            onClick={recovery.repair}
          >
            Repair
          </button>
        </section>
      )}
      <section className="recovery-section" aria-labelledby="recovery-other">
        <h2 id="recovery-other">Another archive</h2>
        <p className="field-hint">Open or create an archive in another folder; this one stays as it is.</p>
        <button
          type="button"
          className="button"
          disabled={recovery.busy !== null}
          onClick={recovery.openOther}
        >
          Open another archive…
        </button>
      </section>
    </>
  );
}
