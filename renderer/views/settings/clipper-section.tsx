/**
 * Settings → Clip from the browser: off until switched on here; then its port, whether it
 * runs, and the bookmarklet to drag to the bookmarks bar (its token can be regenerated).
 */
import { useState, type ReactElement } from 'react';
import { Bookmarklet } from './bookmarklet';
import type { SettingsSectionProps } from './section';

export function ClipperSection({ settings, busy, change }: SettingsSectionProps): ReactElement {
  const { clipper } = settings;
  return (
    <>
      <p className="settings-text">
        A bookmark in your web browser sends the page you are reading to Cuttings. Cuttings then listens on
        this computer only (127.0.0.1), and only to requests that carry its secret token.
      </p>
      <label className="choice switch">
        <input
          type="checkbox"
          role="switch"
          checked={clipper.enabled}
          disabled={busy}
          onChange={(e) => {
            const clipperEnabled = e.target.checked;
            void change(() => window.cuttings.settings.update({ clipperEnabled }));
          }}
        />
        Browser clipping
      </label>
      {clipper.enabled && (
        <div className="clipper-details">
          <p className="settings-status" role="status">
            {clipper.running
              ? `Listening on 127.0.0.1, port ${clipper.port}.`
              : `Not running: ${clipper.error ?? 'it could not start'}`}
          </p>
          <PortField port={clipper.port} busy={busy} change={change} />
          {clipper.bookmarklet && <BookmarkletRow href={clipper.bookmarklet} busy={busy} change={change} />}
        </div>
      )}
    </>
  );
}

type Change = SettingsSectionProps['change'];

/** The port, saved on Enter or when the field is left; what main then reports replaces the draft. */
function PortField({ port, busy, change }: { port: number; busy: boolean; change: Change }): ReactElement {
  const [draft, setDraft] = useState<string | null>(null);
  const save = (): void => {
    if (draft === null) return;
    const value = Number(draft);
    if (value === port) return setDraft(null);
    void change(async () => {
      if (!Number.isInteger(value) || value < 1024 || value > 65535) {
        throw new Error('The port is a whole number from 1024 to 65535.');
      }
      const next = await window.cuttings.settings.update({ clipperPort: value });
      setDraft(null);
      return next;
    });
  };
  return (
    <div className="settings-row">
      <label htmlFor="clipper-port" className="field-label settings-inline-label">
        Port
      </label>
      <input
        id="clipper-port"
        className="input settings-port"
        inputMode="numeric"
        value={draft ?? String(port)}
        disabled={busy}
        onChange={(e) => setDraft(e.target.value.replace(/\D/g, '').slice(0, 5))}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </div>
  );
}

function BookmarkletRow({
  href,
  busy,
  change,
}: {
  href: string;
  busy: boolean;
  change: Change;
}): ReactElement {
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void change(async () => {
      if (!navigator.clipboard)
        throw new Error('Could not copy: select the bookmark and copy its address instead.');
      await navigator.clipboard.writeText(href).catch(() => {
        throw new Error('Could not copy: select the bookmark and copy its address instead.');
      });
      setCopied(true);
      return null;
    });
  };
  return (
    <>
      <p className="settings-text">
        Drag this button to your browser’s bookmarks bar, then press it on any article:
      </p>
      <div className="settings-row">
        <Bookmarklet href={href} />
        <button type="button" className="button" onClick={copy}>
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
  );
}
