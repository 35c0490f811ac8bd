/** Settings → Appearance: light, dark or the system's theme, and how dense the list is. */
import type { ReactElement } from 'react';
import { useDensity, type Density } from '../../hooks/use-layout';
import type { ThemeChoice } from '../../hooks/use-theme';
import type { SettingsSectionProps } from './section';

const THEMES: Array<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const DENSITIES: Array<{ value: Density; label: string }> = [
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'compact', label: 'Compact (more clippings on screen)' },
];

export function AppearanceSection({ change, theme, onTheme }: SettingsSectionProps): ReactElement {
  const [density, setDensity] = useDensity();
  return (
    <>
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
      <fieldset className="settings-choices settings-choices-next">
        <legend className="field-label">List</legend>
        {DENSITIES.map((d) => (
          <label key={d.value} className="choice">
            <input
              type="radio"
              name="density"
              value={d.value}
              checked={density === d.value}
              onChange={() => setDensity(d.value)}
            />
            {d.label}
          </label>
        ))}
      </fieldset>
    </>
  );
}
