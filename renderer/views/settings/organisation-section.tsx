/**
 * Settings → Organisation: the name and logo every dossier cover carries (a dossier may name
 * another organisation in the builder). The logo is read here and sent to main, which checks
 * it (PNG or JPEG, under 1 MB) and keeps a copy, so moving the original does not lose it.
 */
import { useId, useState, type ReactElement } from 'react';
import type { SettingsSectionProps } from './section';

/** The file's bytes as base64, in slices (spreading a megabyte into one call would overflow). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function OrganisationSection({ settings, busy, change, fail }: SettingsSectionProps): ReactElement {
  const id = useId();
  const saved = settings.organisation.name ?? '';
  const chooseLogo = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (!/^image\/(png|jpeg)$/.test(file.type)) {
      fail(`“${file.name}” is not a PNG or JPEG picture: a PDF cover can hold only those.`);
      return;
    }
    const data = await base64Of(file);
    await change(() => window.cuttings.settings.setLogo({ data }));
  };
  const logo = settings.organisation.logo;
  return (
    <>
      <p className="settings-text">Printed at the top of every dossier cover.</p>
      {/* Keyed by the saved name: a name saved elsewhere starts the field afresh. */}
      <NameField key={saved} id={`${id}-name`} saved={saved} save={(name) => void change(() => window.cuttings.settings.update({ organisation: name }))} />
      <div className="settings-row organisation-logo">
        {logo ? <img src={logo} alt="The organisation's logo" className="organisation-logo-preview" /> : <span className="settings-text">No logo</span>}
        <label className={`button${busy ? ' is-disabled' : ''}`}>
          {logo ? 'Change logo…' : 'Choose a logo…'}
          <input
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            disabled={busy}
            aria-label={logo ? 'Change logo' : 'Choose a logo'}
            onChange={(e) => {
              const input = e.currentTarget;
              void chooseLogo(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        {logo && (
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => void change(() => window.cuttings.settings.setLogo({ data: null }))}>
            Remove logo
          </button>
        )}
      </div>
    </>
  );
}

/** The organisation's name, saved when the field is left or Enter is pressed. */
function NameField({ id, saved, save }: { id: string; saved: string; save(name: string): void }): ReactElement {
  const [name, setName] = useState(saved);
  const commit = (): void => {
    if (name.trim() !== saved) save(name);
  };
  return (
    <div className="meta-field">
      <label htmlFor={id} className="meta-label">
        Name
      </label>
      <input
        id={id}
        className="input"
        value={name}
        maxLength={200}
        dir="auto"
        placeholder="Ministry of Foreign Affairs, Press Office"
        onChange={(e) => setName(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
