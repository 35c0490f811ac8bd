/** Settings → Appearance: light, dark or the system's theme. */
import type { ReactElement } from 'react';
import type { ThemeChoice } from '../../hooks/use-theme';
import type { SettingsSectionProps } from './section';

const THEMES: Array<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function AppearanceSection({ change, theme, onTheme }: SettingsSectionProps): ReactElement {
  return (
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
  );
}
