/** Settings → Archive: the folder the clippings live in, another one, and a way to see it. */
import type { ReactElement } from 'react';
import { leaveNotice } from '../../hooks/notice';
import type { SettingsSectionProps } from './section';

export function ArchiveSection({ settings, busy, change }: SettingsSectionProps): ReactElement {
  const choose = (): Promise<void> =>
    change(async () => {
      // Switching reloads the window; this is said after it does.
      leaveNotice('Opened the archive in the folder you chose.');
      const next = await window.cuttings.settings.chooseArchive().catch((err: unknown) => {
        leaveNotice(null);
        throw err;
      });
      if (!next) leaveNotice(null);
      return next;
    });
  return (
    <>
      <p className="settings-text">
        Your clippings, their pictures and verified daily backups live in this folder. You can move it, sync
        it or back it up like any other folder.
      </p>
      <p className="settings-path">
        <code>{settings.archiveDir}</code>
      </p>
      <div className="settings-row">
        <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
          Choose another folder…
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void change(async () => (await window.cuttings.app.revealArchive(), null))}
        >
          Reveal in file manager
        </button>
      </div>
    </>
  );
}
