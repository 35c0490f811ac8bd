/**
 * Settings: one section per concern (listed in `sections.ts`). The dialog loads what main
 * says the settings are, hands each section a way to change them, and says errors in words.
 * Every change is saved at once through `settings.update`.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import type { SettingsView } from '../../../shared/settings';
import { Modal } from '../../components/modal';
import type { ThemeChoice } from '../../hooks/use-theme';
import { errorText } from '../../lib/errors';
import { SETTINGS_SECTIONS, type SettingsSectionProps } from './sections';

export interface SettingsDialogProps {
  open: boolean;
  onClose(): void;
  theme: ThemeChoice;
  onTheme(choice: ThemeChoice): void;
}

export function SettingsDialog({ open, onClose, theme, onTheme }: SettingsDialogProps): ReactElement {
  const { settings, error, busy, change, setError } = useSettings(open);
  return (
    <Modal open={open} onClose={onClose} title="Settings" className="settings-dialog">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {settings?.warning && (
        <p className="form-notice" role="status">
          {settings.warning}
        </p>
      )}
      {!settings ? (
        <p className="settings-loading" aria-busy="true">
          Loading…
        </p>
      ) : (
        <div className="settings">
          {SETTINGS_SECTIONS.map(({ id, title, Component }) => (
            <section key={id} className="settings-section" aria-labelledby={`settings-${id}`}>
              <h3 id={`settings-${id}`}>{title}</h3>
              <Component
                settings={settings}
                busy={busy}
                change={change}
                fail={setError}
                theme={theme}
                onTheme={onTheme}
              />
            </section>
          ))}
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

interface SettingsState {
  settings: SettingsView | null;
  error: string | null;
  busy: boolean;
  change: SettingsSectionProps['change'];
  setError(message: string | null): void;
}

/** The settings while the dialog is open, and the one way sections change them. */
function useSettings(open: boolean): SettingsState {
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    window.cuttings.settings.get().then(
      (v) => {
        if (!live) return;
        setSettings(v);
        setError(null);
      },
      (err: unknown) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [open]);

  const change = useCallback(async (work: () => Promise<SettingsView | null>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      if (next) setSettings(next);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }, []);

  return { settings, error, busy, change, setError };
}
