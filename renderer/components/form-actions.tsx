/**
 * The row under a dialog's form: Cancel, then the form's submit button (disabled while the
 * work runs, its label saying what is under way).
 */
import type { ReactElement } from 'react';

interface FormActionsProps {
  onCancel: () => void;
  busy: boolean;
  /** The submit button's words, e.g. "Adding…" while busy and "Add to archive" otherwise. */
  label: string;
}

export function FormActions({ onCancel, busy, label }: FormActionsProps): ReactElement {
  return (
    <div className="form-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={busy}>
        {label}
      </button>
    </div>
  );
}
