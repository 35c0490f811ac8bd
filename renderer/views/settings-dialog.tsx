/**
 * Settings: the archive folder, dossier paper, appearance and the browser clipper (off until
 * switched on here; then its port, its state and the bookmarklet to drag to the bookmarks bar).
 * Every change is saved at once through `settings.update`; errors are said in words.
 */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { SettingsView } from '../../shared/settings';
import { Modal } from '../components/modal';
import { leaveNotice } from '../hooks/notice';
import { BackupsSection } from './backups-section';
import type { ThemeChoice } from '../hooks/use-theme';

export interface SettingsDialogProps {
  open: boolean;
  onClose(): void;
  theme: ThemeChoice;
  onTheme(choice: ThemeChoice): void;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

const THEMES: Array<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function SettingsDialog({ open, onClose, theme, onTheme }: SettingsDialogProps): ReactElement {
  const [view, setView] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [port, setPort] = useState('');
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    window.cuttings.settings.get().then(
      (v) => {
        if (!live) return;
        setView(v);
        setPort(String(v.clipper.port));
        setError(null);
      },
      (err: unknown) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [open]);

  /** Runs a settings change; the dialog then shows what main says the settings are. */
  const change = async (work: () => Promise<SettingsView | null>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      if (next) {
        setView(next);
        setPort(String(next.clipper.port));
      }
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const savePort = (): void => {
    const value = Number(port);
    if (!view || value === view.clipper.port) return;
    if (!Number.isInteger(value) || value < 1024 || value > 65535) {
      setError('The port is a whole number from 1024 to 65535.');
      return;
    }
    void change(() => window.cuttings.settings.update({ clipperPort: value }));
  };

  return (
    <Modal open={open} onClose={onClose} title="Settings" className="settings-dialog">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {view?.warning && (
        <p className="form-notice" role="status">
          {view.warning}
        </p>
      )}
      {!view ? (
        <p className="settings-loading" aria-busy="true">
          Loading…
        </p>
      ) : (
        <div className="settings">
          <section className="settings-section" aria-labelledby="settings-archive">
            <h3 id="settings-archive">Archive</h3>
            <p className="settings-text">
              Your clippings, their pictures and verified daily backups live in this folder. You can move it, sync it
              or back it up like any other folder.
            </p>
            <p className="settings-path">
              <code>{view.archiveDir}</code>
            </p>
            <div className="settings-row">
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  void change(async () => {
                    // Switching reloads the window; this is said after it does.
                    leaveNotice('Opened the archive in the folder you chose.');
                    const next = await window.cuttings.settings.chooseArchive().catch((err: unknown) => {
                      leaveNotice(null);
                      throw err;
                    });
                    if (!next) leaveNotice(null);
                    return next;
                  })
                }
              >
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
          </section>

          <BackupsSection />

          <section className="settings-section" aria-labelledby="settings-dossiers">
            <h3 id="settings-dossiers">Dossiers</h3>
            <fieldset className="settings-choices">
              <legend className="field-label">Paper size</legend>
              {(['A4', 'Letter'] as const).map((paper) => (
                <label key={paper} className="choice">
                  <input
                    type="radio"
                    name="paper"
                    value={paper}
                    checked={view.paper === paper}
                    disabled={busy}
                    onChange={() => void change(() => window.cuttings.settings.update({ paper }))}
                  />
                  {paper === 'A4' ? 'A4' : 'US Letter'}
                </label>
              ))}
            </fieldset>
          </section>

          <section className="settings-section" aria-labelledby="settings-appearance">
            <h3 id="settings-appearance">Appearance</h3>
            <fieldset className="settings-choices">
              <legend className="field-label">Theme</legend>
              {THEMES.map((t) => (
                <label key={t.value} className="choice">
                  <input
                    type="radio"
                    name="theme"
                    value={t.value}
                    checked={theme === t.value}
                    onChange={() => {
                      onTheme(t.value);
                      void change(() => window.cuttings.settings.update({ theme: t.value }));
                    }}
                  />
                  {t.label}
                </label>
              ))}
            </fieldset>
          </section>

          <section className="settings-section" aria-labelledby="settings-clipper">
            <h3 id="settings-clipper">Clip from the browser</h3>
            <p className="settings-text">
              A bookmark in your web browser sends the page you are reading to Cuttings. Cuttings then listens on this
              computer only (127.0.0.1), and only to requests that carry its secret token.
            </p>
            <label className="choice switch">
              <input
                type="checkbox"
                role="switch"
                checked={view.clipper.enabled}
                disabled={busy}
                onChange={(e) => {
                  const clipperEnabled = e.target.checked;
                  void change(() => window.cuttings.settings.update({ clipperEnabled }));
                }}
              />
              Browser clipping
            </label>
            {view.clipper.enabled && (
              <div className="clipper-details">
                <p className="settings-status" role="status">
                  {view.clipper.running
                    ? `Listening on 127.0.0.1, port ${view.clipper.port}.`
                    : `Not running: ${view.clipper.error ?? 'it could not start'}`}
                </p>
                <div className="settings-row">
                  <label htmlFor="clipper-port" className="field-label settings-inline-label">
                    Port
                  </label>
                  <input
                    id="clipper-port"
                    className="input settings-port"
                    inputMode="numeric"
                    value={port}
                    disabled={busy}
                    onChange={(e) => setPort(e.target.value.replace(/\D/g, '').slice(0, 5))}
                    onBlur={savePort}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') savePort();
                    }}
                  />
                </div>
                {view.clipper.bookmarklet && (
                  <>
                    <p className="settings-text">Drag this button to your browser’s bookmarks bar, then press it on any article:</p>
                    <div className="settings-row">
                      <Bookmarklet href={view.clipper.bookmarklet} />
                      <button
                        type="button"
                        className="button"
                        onClick={() => {
                          const href = view.clipper.bookmarklet ?? '';
                          void navigator.clipboard?.writeText(href).then(
                            () => setCopied(true),
                            () => setError('Could not copy: select the bookmark and copy its address instead.'),
                          );
                        }}
                      >
                        {copied ? 'Copied' : 'Copy bookmark address'}
                      </button>
                      <button
                        type="button"
                        className="button button-quiet"
                        disabled={busy}
                        onClick={() => {
                          setCopied(false);
                          void change(() => window.cuttings.settings.update({ regenerateClipperToken: true }));
                        }}
                      >
                        Regenerate token
                      </button>
                    </div>
                    <p className="field-hint">
                      A new token stops every bookmark made before it: drag the new one to the bookmarks bar again.
                    </p>
                  </>
                )}
              </div>
            )}
          </section>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Done
        </button>
      </div>
    </Modal>
  );
}

/**
 * The bookmarklet link. React refuses `javascript:` URLs in `href` (it renders a throwing stub
 * in their place), so the address is set on the element directly; it is main's own
 * bookmarklet, never user input, and the link is only dragged, not followed here (a click is
 * prevented).
 */
function Bookmarklet({ href }: { href: string }): ReactElement {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    ref.current?.setAttribute('href', href);
  }, [href]);
  return (
    <a
      ref={ref}
      className="button bookmarklet"
      draggable
      title="Drag to the bookmarks bar"
      onClick={(e) => e.preventDefault()}
    >
      Clip to Cuttings
    </a>
  );
}
