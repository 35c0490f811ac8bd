/**
 * The reader's "Details": every metadata field with its value and where it came from, and a
 * form to correct them (`hooks/use-details-edit.ts`). Open or closed is remembered.
 */
import { useId, useRef, type ReactElement } from 'react';
import type { Clipping, Provenance } from '../../../shared/clipping';
import { useDetailsEdit } from '../../hooks/use-details-edit';
import { useChoice } from '../../hooks/use-pref';
import { DetailsForm } from './details-form';
import { FIELDS, provenanceLabel, shownValue } from './fields';
import { SyncHistory } from './sync-history';

export function DetailsPanel({ clipping: c }: { clipping: Clipping }): ReactElement {
  const [shown, setShown] = useChoice('cuttings.reader.detailsOpen', ['0', '1']);
  const open = shown === '1';
  const firstField = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const edit = useDetailsEdit(c, { firstField, editButton });
  const bodyId = useId();
  const formId = useId();
  const captured = c.capturedAt ? new Date(c.capturedAt).toLocaleString() : null;

  return (
    <section className="meta-panel" aria-labelledby="details-heading">
      <div className="meta-bar">
        <h2 id="details-heading" className="meta-heading">
          <button
            type="button"
            className="meta-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setShown(open ? '0' : '1')}
          >
            Details
          </button>
        </h2>
        {!edit.editing && (
          <button
            type="button"
            ref={editButton}
            className="button button-small"
            onClick={() => {
              setShown('1');
              edit.start();
            }}
          >
            Edit details
          </button>
        )}
      </div>
      <div id={bodyId} hidden={!open}>
        {edit.editing ? (
          <DetailsForm id={formId} edit={edit} firstField={firstField} />
        ) : (
          <dl className="details">
            {FIELDS.map((f) => (
              <Detail key={f.key} label={f.label} value={shownValue(c, f.key)} origin={c.provenance[f.key]} />
            ))}
            <Detail label="Captured" value={captured} />
            <SyncHistory id={c.id} />
          </dl>
        )}
      </div>
    </section>
  );
}

function Detail({
  label,
  value,
  origin,
}: {
  label: string;
  value: string | null;
  origin?: Provenance;
}): ReactElement {
  return (
    <div className="detail">
      <dt>{label}</dt>
      <dd>
        {value ? (
          <bdi className="detail-value">{value}</bdi>
        ) : (
          <span className="detail-empty">Not known</span>
        )}
        {value && origin && <span className="detail-origin">{provenanceLabel[origin]}</span>}
      </dd>
    </div>
  );
}
