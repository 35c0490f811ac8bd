/** The builder's "Cover" fieldset: title (required), subtitle, organisation, period, editor, classification, summary. */
import type { ReactElement } from 'react';
import type { Cover, DossierDraft } from '../../hooks/use-dossier-draft';

const FIELDS: Array<{ key: Exclude<keyof Cover, 'summary'>; label: string; placeholder: string }> = [
  { key: 'title', label: 'Title', placeholder: 'Ukraine talks: the week in the press' },
  { key: 'subtitle', label: 'Subtitle', placeholder: 'Coverage of the Geneva round' },
  { key: 'organisation', label: 'Organisation', placeholder: 'Set once in Settings → Organisation' },
  { key: 'period', label: 'Period covered', placeholder: '7–13 April 2025' },
  { key: 'editor', label: 'Editor', placeholder: 'Your name' },
  { key: 'classification', label: 'Classification', placeholder: 'Internal' },
];

export function CoverFields({ draft, formId }: { draft: DossierDraft; formId: string }): ReactElement {
  const { cover, setField, error, titleInput } = draft;
  const titleError = error?.field === 'title' ? error.text : null;
  return (
    <fieldset className="dossier-fieldset">
      <legend className="field-label">Cover</legend>
      <div className="dossier-cover">
        {FIELDS.map((f) => (
          <div key={f.key} className={f.key === 'title' ? 'meta-field meta-field-wide' : 'meta-field'}>
            <label htmlFor={`${formId}-${f.key}`} className="meta-label">
              {f.label}
              {f.key === 'title' && <span aria-hidden="true"> *</span>}
            </label>
            <input
              id={`${formId}-${f.key}`}
              ref={f.key === 'title' ? titleInput : undefined}
              className="input"
              value={cover[f.key]}
              placeholder={f.placeholder}
              dir="auto"
              required={f.key === 'title'}
              data-autofocus={f.key === 'title' ? true : undefined}
              aria-invalid={f.key === 'title' && titleError ? true : undefined}
              aria-describedby={f.key === 'title' && titleError ? `${formId}-title-error` : undefined}
              onChange={(e) => setField(f.key, e.target.value)}
            />
            {f.key === 'title' && titleError && (
              <p id={`${formId}-title-error`} className="field-error" role="alert">
                {titleError}
              </p>
            )}
          </div>
        ))}
        <div className="meta-field meta-field-wide">
          <label htmlFor={`${formId}-summary`} className="meta-label">
            Editor’s summary
          </label>
          <textarea
            id={`${formId}-summary`}
            className="input"
            rows={3}
            dir="auto"
            value={cover.summary}
            placeholder="What the reader should take from this week’s coverage (optional)"
            onChange={(e) => setField('summary', e.target.value)}
          />
        </div>
      </div>
    </fieldset>
  );
}
