/**
 * The server: a CouchDB database (Apache CouchDB 3, Cloudant, or pouchdb-server) reached
 * through PouchDB's HTTP adapter, and the errors it gives, in words.
 */
import PouchDB, { type Database } from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import { CuttingsError } from '../../../shared/errors';

PouchDB.plugin(HttpAdapter);

export type RemoteDb = Database;

/** Where to sync: the database's address (never with a password in it) and the credentials. */
export interface RemoteSpec {
  /** `https://host:6984/cuttings`: what the state, the messages and the settings show. */
  url: string;
  /** The database's name (the last part of the path). */
  db: string;
  user: string | null;
  password: string | null;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Reads a server address: `http(s)://[user[:password]@]host[:port]/database`. Credentials may
 * also be given apart (`user`, `password`). Plain http is refused except to this computer:
 * the password and every clipping would cross the network in clear.
 */
export function parseRemote(address: string, user?: string | null, password?: string | null): RemoteSpec {
  let u: URL;
  try {
    u = new URL(address);
  } catch {
    throw new CuttingsError('usage', `“${address}” is not a server address: write it like https://couch.example.org/cuttings.`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    throw new CuttingsError('usage', `“${address}” is not an http(s) address of a CouchDB database.`);
  if (u.protocol === 'http:' && !LOCAL_HOSTS.has(u.hostname))
    throw new CuttingsError('usage', `Sync needs https for ${u.hostname}: over plain http the password and every clipping would cross the network unencrypted (plain http is allowed only to localhost).`);
  const db = decodeURIComponent(u.pathname.replace(/\/+$/, '').split('/').pop() ?? '');
  if (!db) throw new CuttingsError('usage', `“${address}” names no database: add it after the server, as in https://couch.example.org/cuttings.`);
  const name = user ?? (u.username ? decodeURIComponent(u.username) : null);
  const pass = password ?? (u.password ? decodeURIComponent(u.password) : null);
  u.username = '';
  u.password = '';
  u.search = '';
  u.hash = '';
  return { url: u.toString().replace(/\/+$/, ''), db, user: name, password: pass };
}

/** The database at `spec` (never created: that is the administrator's job). */
function database(spec: RemoteSpec): RemoteDb {
  return new PouchDB(spec.url, {
    skip_setup: true,
    ...(spec.user !== null ? { auth: { username: spec.user, password: spec.password ?? '' } } : {}),
  });
}

/** Opens the database and checks it answers to these credentials: never creates it (that is the administrator's job). */
export async function openRemote(spec: RemoteSpec): Promise<RemoteDb> {
  const db = database(spec);
  try {
    await db.info();
    // Reading a document is what the database's members may do (some servers answer `info` to anyone).
    await db.allDocs({ limit: 1 });
  } catch (err) {
    throw remoteError(err, spec);
  }
  return db;
}

/**
 * Calls `onChange` whenever a document is written to the database (a teammate's change, or
 * this desk's own), over CouchDB's live changes feed, until the returned function is called.
 * A feed that fails ends and calls `onEnd` (the server went away): the caller's periodic sync
 * still runs, and may watch again once the server answers.
 */
export function watchRemote(spec: RemoteSpec, onChange: () => void, onEnd: () => void): () => void {
  const db = database(spec);
  const feed = db.changes({ since: 'now', live: true, heartbeat: 30_000 });
  feed.on('change', () => onChange());
  feed.on('error', () => onEnd());
  return () => {
    feed.cancel();
    void db.close().catch(() => undefined);
  };
}

/** A server's or the network's error, as a CuttingsError saying what happened and what to do. */
export function remoteError(err: unknown, spec: RemoteSpec): CuttingsError {
  if (err instanceof CuttingsError) return err;
  const e = (err ?? {}) as { status?: number; reason?: string; message?: string; code?: string; name?: string };
  const reason = e.reason ?? e.message ?? String(err);
  if (e.status === 401)
    return new CuttingsError('unauthorized', `The server ${spec.url} refused the credentials${spec.user ? ` of ${spec.user}` : ' (none were given)'}: ${reason}`);
  if (e.status === 403)
    return new CuttingsError('unauthorized', `The server ${spec.url} does not let ${spec.user ?? 'anonymous users'} use database ${spec.db}: ${reason}`);
  if (e.status === 404 && /no_db_file|Database does not exist|missing/i.test(`${reason} ${e.name ?? ''}`))
    return new CuttingsError('not-found', `There is no database ${spec.db} at ${spec.url}: ask the administrator to create it (docs/team.md).`);
  if (!e.status || e.status >= 500 || /fetch|ECONN|ENOTFOUND|socket|network/i.test(reason))
    return new CuttingsError('unreachable', `Could not reach the sync server ${spec.url}: ${describeNetwork(err)}. Everything stays in this archive; sync again when the server is back.`);
  return new CuttingsError('internal', `The sync server ${spec.url} answered ${e.status}: ${reason}`);
}

function describeNetwork(err: unknown): string {
  let cause: unknown = err;
  for (let i = 0; i < 4 && cause; i++) {
    const code = (cause as { code?: unknown }).code;
    if (code === 'ECONNREFUSED') return 'nothing answers at that address (connection refused)';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the server name is not known (offline, or a typo)';
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was cut';
    if (code === 'ETIMEDOUT') return 'the server did not answer in time';
    cause = (cause as { cause?: unknown }).cause;
  }
  const e = err as { reason?: string; message?: string };
  return e.reason ?? e.message ?? String(err);
}
