/**
 * A CouchDB-protocol server for tests: the stack `pouchdb-server --in-memory` runs (express +
 * express-pouchdb over PouchDB's memory adapter, loaded from pouchdb-server's own
 * dependencies), started in this process on a random local port. It keeps its data while
 * stopped, so a test can take the server away mid-sync and bring it back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const fromServer = createRequire(createRequire(import.meta.url).resolve('pouchdb-server'));

type Handler = (req: unknown, res: unknown, next: unknown) => void;
interface App {
  use(h: Handler): void;
  listen(port: number, host: string, cb: () => void): Server;
}

export const ADMIN = { user: 'admin', password: 'admin-secret' };

export interface CouchServer {
  /** `http://127.0.0.1:PORT` (changes when the server is brought back). */
  url: string;
  /** Address of database `db` with credentials. */
  dbUrl(db: string, user?: string, password?: string): string;
  /** Creates a database that only `members` may use (each with password `pw-<name>`). */
  createDb(db: string, members: string[]): Promise<void>;
  /** Stops answering: open connections are cut. The data stays. */
  stop(): Promise<void>;
  /** Answers again, on a new port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startCouch(): Promise<CouchServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-couch-'));
  const express = fromServer('express') as () => App;
  const PouchDB = (fromServer('pouchdb-core') as { plugin(p: unknown): unknown })
    .plugin(fromServer('pouchdb-adapter-memory')) as { plugin(p: unknown): unknown; defaults(o: object): unknown };
  const Pouch = (PouchDB.plugin(fromServer('pouchdb-adapter-http')) as typeof PouchDB)
    .plugin(fromServer('pouchdb-replication')) as typeof PouchDB;
  const Memory = (Pouch.plugin(fromServer('pouchdb-mapreduce')) as typeof PouchDB).defaults({ adapter: 'memory', prefix: `${dir}/` });
  const expressPouch = fromServer('express-pouchdb') as (db: unknown, opts: object) => Handler;
  const app = express();
  app.use(expressPouch(Memory, { configPath: path.join(dir, 'config.json'), logPath: path.join(dir, 'log.txt'), mode: 'fullCouchDB' }));
  let server: Server | null = null;
  const sockets = new Set<Socket>();
  const users = new Set<string>();
  const self: CouchServer = {
    url: '',
    dbUrl: (db, user, password) => {
      const u = new URL(`${self.url}/${db}`);
      if (user) u.username = user;
      if (password) u.password = password;
      return u.toString();
    },
    async createDb(db, members) {
      const admin = adminFetch(self.url);
      await admin('PUT', `/${db}`);
      for (const name of members.filter((m) => !users.has(m))) {
        users.add(name);
        await admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password: `pw-${name}`, roles: [], type: 'user' });
      }
      await admin('PUT', `/${db}/_security`, { members: { names: members, roles: [] }, admins: { names: [], roles: [] } });
    },
    async start() {
      await new Promise<void>((resolve) => {
        server = app.listen(0, '127.0.0.1', resolve);
        server.on('connection', (s) => {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
        });
      });
      self.url = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
    },
    async stop() {
      const s = server;
      server = null;
      if (!s) return;
      const closed = new Promise<void>((resolve) => s.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async close() {
      await self.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await self.start();
  // Leave "admin party": from now on the server checks who asks, like a CouchDB set up for a team.
  const res = await fetch(`${self.url}/_config/admins/${ADMIN.user}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  if (!res.ok) throw new Error(`could not set the server's admin: ${res.status}`);
  return self;
}

function adminFetch(base: string) {
  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
  return async (method: string, url: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(base + url, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await res.json();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}
