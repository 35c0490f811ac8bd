/**
 * Settings → Text recognition: the languages scans and photos can be read in. Fourteen ship
 * with Cuttings; for another (Russian, Greek…) the user adds Tesseract's `.traineddata` file,
 * which is kept in the archive so the `cuttings` command reads with it too.
 */
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { OcrLanguagesView } from '../../../shared/print';
import { errorText } from '../../lib/errors';
import { languageName } from '../../lib/languages';
import type { SettingsSectionProps } from './section';

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function OcrSection({ fail }: SettingsSectionProps): ReactElement {
  const [view, setView] = useState<OcrLanguagesView | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    void window.cuttings.ocr.languages().then(setView, (err) => fail(errorText(err)));
  }, [fail]);

  const run = async (work: () => Promise<OcrLanguagesView>): Promise<void> => {
    setBusy(true);
    try {
      setView(await work());
    } catch (err) {
      fail(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const add = (file: File | undefined): void => {
    const path = file ? window.cuttings.pathForFile?.(file) : '';
    if (!file) return;
    if (!path) return fail('Language files are added from disk: use the desktop app.');
    void run(() => window.cuttings.ocr.addLanguage({ path }));
  };

  return (
    <div className="ocr-section">
      <p className="settings-text">
        Scans and photos are read in{' '}
        {view ? view.bundled.map(languageName).join(', ') : '…'}, and in the languages you add here. The language of a page
        is recognised from its text, or chosen when you import it.
      </p>
      <h3 className="field-label" id={`${id}-added`}>
        Added languages
      </h3>
      {view && view.added.length === 0 && <p className="field-hint">None yet.</p>}
      <ul className="ocr-added" aria-labelledby={`${id}-added`}>
        {view?.added.map((l) => (
          <li key={l.code}>
            <span className="ocr-code">{l.code}</span> <span className="field-hint">{megabytes(l.bytes)}</span>
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => void run(() => window.cuttings.ocr.removeLanguage({ code: l.code }))}>
              Remove {l.code}
            </button>
          </li>
        ))}
      </ul>
      <div className="settings-row">
        <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
          Add a language file…
        </button>
        <input
          ref={input}
          type="file"
          accept=".traineddata"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Language file to add"
          onChange={(e) => {
            add(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <p className="field-hint">
        A language file is Tesseract’s <code>.traineddata</code> for it, named by its code (<code>rus.traineddata</code> for
        Russian). On Debian or Ubuntu, <code>apt install tesseract-ocr-rus</code> puts it in{' '}
        <code>/usr/share/tesseract-ocr/5/tessdata</code>; a Tesseract installed on this computer is used as it is.
        {view && ` Added files are kept in the archive (${view.folder}).`}
      </p>
    </div>
  );
}
