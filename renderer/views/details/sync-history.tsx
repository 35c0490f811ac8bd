/**
 * Details of a clipping shared with a team: the desk that changed it last, and each value a
 * merge replaced — “Title: ‘Ferry terminal approved’, changed on anna-laptop at 09:12,
 * replaced by ben-laptop’s edit” — so nothing a teammate wrote is lost from sight. Rows of
 * the Details list; nothing for a clipping that was never synced.
 */
import type { ReactElement } from 'react';
import type { ReplacedValue } from '../../../shared/team';
import { useClippingHistory } from '../../hooks/use-clipping-history';
import { FIELDS } from './fields';

/** At most this many replaced values are listed (newest first). */
const SHOWN = 8;

const OTHER_FIELDS: Record<string, string> = {
  notes: 'Notes',
  'entities.people': 'People',
  'entities.places': 'Places',
  'entities.organisations': 'Organisations',
  trashedAt: 'In the trash',
  titleDerived: 'Title (worked out)',
};

const label = (field: string): string => FIELDS.find((f) => f.key === field)?.label ?? OTHER_FIELDS[field] ?? field;

const when = (iso: string): string => {
  const d = new Date(iso);
  return iso && !Number.isNaN(d.getTime()) ? ` at ${d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}` : '';
};

export function SyncHistory({ id }: { id: string }): ReactElement | null {
  const history = useClippingHistory(id);
  if (!history) return null;
  const replaced = [...history.replaced].sort((a, b) => (a.replacedAt < b.replacedAt ? 1 : -1));
  return (
    <>
      {history.editedBy && (
        <div className="detail">
          <dt>Team</dt>
          <dd>
            <span className="detail-value">
              Last changed on <bdi>{history.editedBy}</bdi>
              {when(history.editedAt ?? '')}
            </span>
          </dd>
        </div>
      )}
      {replaced.slice(0, SHOWN).map((r, n) => (
        <Replaced key={`${r.field} ${r.replacedAt} ${n}`} r={r} />
      ))}
      {replaced.length > SHOWN && (
        <div className="detail">
          <dt>Replaced</dt>
          <dd className="detail-origin">and {replaced.length - SHOWN} older values (kept in the team’s database)</dd>
        </div>
      )}
    </>
  );
}

function Replaced({ r }: { r: ReplacedValue }): ReactElement {
  return (
    <div className="detail">
      <dt>Replaced</dt>
      <dd>
        <span className="detail-value">
          {label(r.field)}: {r.value ? <bdi>“{r.value}”</bdi> : <span className="detail-empty">empty</span>}
        </span>
        <span className="detail-origin">
          changed on <bdi>{r.by}</bdi>
          {when(r.at)}, replaced by <bdi>{r.replacedBy}</bdi>’s edit
        </span>
      </dd>
    </div>
  );
}
