/** The form that corrects a clipping's details: Save keeps only what changed, Esc cancels. */
import type { KeyboardEvent, ReactElement, RefObject } from 'react';
import type { DetailsEdit } from '../../hooks/use-details-edit';
import { FIELDS, type FieldSpec } from './fields';

export interface DetailsFormProps {
  id: string;
  edit: DetailsEdit;
  firstField: RefObject<HTMLInputElement | null>;
}

export function DetailsForm({ id, edit, firstField }: DetailsFormProps): ReactElement {
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    edit.stop();
  };
  return (
    <form
      id={id}
      className="meta-form"
      aria-label="Edit details"
      noValidate
      onSubmit={(e) => void edit.save(e, id)}
      onKeyDown={onKeyDown}
    >
      {edit.refusal && !edit.refusal.field && (
        <p className="form-error" role="alert">
          Not saved: {edit.refusal.text}
        </p>
      )}
      {FIELDS.map((f, i) => (
        <Field key={f.key} spec={f} formId={id} edit={edit} inputRef={i === 0 ? firstField : undefined} />
      ))}
      <div className="form-actions form-actions-start meta-actions">
        <button type="submit" className="button button-primary" disabled={edit.busy}>
          {edit.busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={edit.stop}>
          Cancel
        </button>
        <span className="meta-hint">Esc cancels</span>
      </div>
    </form>
  );
}

interface FieldProps {
  spec: FieldSpec;
  formId: string;
  edit: DetailsEdit;
  inputRef?: RefObject<HTMLInputElement | null>;
}

function Field({ spec: f, formId, edit, inputRef }: FieldProps): ReactElement {
  const id = `${formId}-${f.key}`;
  const refusal = edit.refusal?.field === f.key ? edit.refusal : null;
  const describedBy = [refusal ? `${id}-error` : null, f.hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name: f.key,
    value: edit.draft[f.key],
    'aria-invalid': refusal ? true : undefined,
    'aria-describedby': describedBy || undefined,
    className: 'meta-input',
    dir: 'auto' as const,
  };
  return (
    <div className={f.kind === 'long' ? 'meta-field meta-field-wide' : 'meta-field'}>
      <label htmlFor={id} className="meta-label">
        {f.label}
      </label>
      {f.kind === 'long' ? (
        <textarea {...common} rows={2} onChange={(e) => edit.setField(f.key, e.target.value)} />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type={f.kind === 'date' ? 'date' : f.kind === 'url' ? 'url' : 'text'}
          autoComplete="off"
          spellCheck={f.kind === 'text'}
          onChange={(e) => edit.setField(f.key, e.target.value)}
        />
      )}
      {refusal && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {refusal.text}
        </p>
      )}
      {f.hint && !refusal && (
        <p id={`${id}-hint`} className="meta-hint">
          {f.hint}
        </p>
      )}
    </div>
  );
}
