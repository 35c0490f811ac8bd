/**
 * Settings → Team: sharing this archive with colleagues through a CouchDB server. Not shared:
 * the server, database, user and password (checked with the server before anything is kept;
 * the password goes to the system's keychain). Shared: where, the status in words (last sync,
 * changes not yet sent, what went wrong), Sync now and Stop sharing. Syncing itself runs in
 * main while the app is open (electron/main/sync/team-sync.ts).
 */
import { useId, useState, type ComponentProps, type FormEvent, type ReactElement } from 'react';
import type { TeamView } from '../../../shared/team';
import { useTeam, type TeamControls } from '../../hooks/use-team';

export function TeamSection(): ReactElement {
  const team = useTeam();
  const [editing, setEditing] = useState(false);
  const { view } = team;
  const shared = view?.address != null;
  return (
    <>
      <p className="settings-text">
        Colleagues who share a database on your organisation’s CouchDB server see each other’s clippings, tags, saved searches
        and dossiers. Everyone keeps a whole archive and works offline; changes travel while Cuttings is open.
      </p>
      {team.error && (
        <p className="form-error team-error" role="alert">
          {team.error}
        </p>
      )}
      {view && shared && <TeamStatus view={view} />}
      {view && (!shared || editing) ? (
        <TeamForm view={view} team={team} onDone={() => setEditing(false)} onCancel={shared ? () => setEditing(false) : undefined} />
      ) : (
        view &&
        shared && (
          <div className="settings-row">
            <button type="button" className="button button-primary" disabled={team.busy || view.state === 'syncing'} onClick={() => void team.syncNow()}>
              {view.state === 'syncing' ? 'Syncing…' : 'Sync now'}
            </button>
            <button type="button" className="button" disabled={team.busy} onClick={() => setEditing(true)}>
              Change…
            </button>
            <button type="button" className="button button-quiet" disabled={team.busy} onClick={() => void team.stop()}>
              Stop sharing
            </button>
          </div>
        )
      )}
    </>
  );
}

const time = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Where the archive is shared, and how it stands, in words. */
function TeamStatus({ view }: { view: TeamView }): ReactElement {
  const facts = [view.lastSync ? `Last synced ${time(view.lastSync)}.` : 'Not synced yet.'];
  if (view.pending > 0) facts.push(`${view.pending} ${view.pending === 1 ? 'change' : 'changes'} here not yet sent.`);
  const progress = view.progress && `${view.progress.phase === 'receive' ? 'Receiving' : 'Sending'}: ${view.progress.done} of ${view.progress.total}.`;
  const trouble = view.state === 'offline' || view.state === 'error';
  return (
    <div className="team-status">
      <p className="settings-text">
        Shared with <code>{view.address}</code> as <strong>{view.user}</strong>, from “{view.device}”.
      </p>
      <p className={trouble ? 'form-notice' : 'settings-status'} role="status">
        {view.message} {progress} {facts.join(' ')}
      </p>
    </div>
  );
}

/** The server's address without the database (the form has a field for it). */
function serverOf(address: string | null): string {
  return address ? address.replace(/\/[^/]*$/, '') : '';
}

function TeamForm({ view, team, onDone, onCancel }: { view: TeamView; team: TeamControls; onDone(): void; onCancel?: () => void }): ReactElement {
  const id = useId();
  const [server, setServer] = useState(serverOf(view.address));
  const [database, setDatabase] = useState(view.address ? decodeURIComponent(view.address.split('/').pop() ?? '') : '');
  const [user, setUser] = useState(view.user ?? '');
  const [password, setPassword] = useState('');
  const [device, setDevice] = useState(view.address ? view.device : '');
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void team.setup({ server, database, user, password, device }).then((ok) => {
      if (!ok) return;
      setPassword('');
      onDone();
    });
  };
  const field = (name: string, label: string, value: string, set: (v: string) => void, extra: ComponentProps<'input'> = {}, required = true): ReactElement => (
    <div className="meta-field">
      <label htmlFor={`${id}-${name}`} className="meta-label">
        {label}
      </label>
      <input id={`${id}-${name}`} className="input" value={value} required={required} disabled={team.busy} onChange={(e) => set(e.target.value)} {...extra} />
    </div>
  );
  return (
    <form className="team-form" onSubmit={submit} aria-label="Team server">
      {field('server', 'Server address', server, setServer, { placeholder: 'https://couch.example.org', inputMode: 'url', spellCheck: false })}
      {field('database', 'Database', database, setDatabase, { placeholder: 'press-office', spellCheck: false })}
      {field('user', 'User', user, setUser, { autoComplete: 'username', spellCheck: false })}
      {field('password', 'Password', password, setPassword, { type: 'password', autoComplete: 'current-password' })}
      {field('device', 'This computer, as teammates see it', device, setDevice, { placeholder: view.device, maxLength: 100 }, false)}
      <p className="field-hint team-form-wide">
        The address must start with https:// (plain http only to this computer). The password is kept in this computer’s
        keychain; the server checks it before anything is saved.
      </p>
      <div className="settings-row team-form-wide">
        <button type="submit" className="button button-primary" disabled={team.busy}>
          {team.busy ? 'Connecting…' : view.address ? 'Save and sync' : 'Share this archive'}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
