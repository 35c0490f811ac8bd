/** Settings → Dossiers: the paper size dossiers are laid out on. */
import type { ReactElement } from 'react';
import type { SettingsSectionProps } from './section';

const PAPERS = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'US Letter' },
] as const;

export function PaperSection({ settings, busy, change }: SettingsSectionProps): ReactElement {
  return (
    <fieldset className="settings-choices">
      <legend className="field-label">Paper size</legend>
      {PAPERS.map(({ value: paper, label }) => (
        <label key={paper} className="choice">
          <input
            type="radio"
            name="paper"
            value={paper}
            checked={settings.paper === paper}
            disabled={busy}
            onChange={() => void change(() => window.cuttings.settings.update({ paper }))}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
