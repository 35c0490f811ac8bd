/**
 * The app's sync loop (Settings → Team) against the CouchDB-protocol server: set up (checked
 * with the server before anything is saved), a change here reaches a teammate without anyone
 * pressing a button, an offline server is said and retried, Stop sharing forgets the settings
 * and the password. The password store is in memory (the keychain is Electron's); the archive is real.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TeamView } from '../../../shared/team';
import { parseRemote, syncArchive } from '../../../electron/main/sync';
import { memorySecrets } from '../../../electron/main/sync/secrets';
import { loadTeam } from '../../../electron/main/sync/team-config';
import { TeamSync } from '../../../electron/main/sync/team-sync';
import { makeArticle } from '../archive/helpers';
import { twoDesks } from './two-desks';

const desks = twoDesks();
let loop: TeamSync | null = null;
afterEach(async () => {
  await loop?.detach();
  loop = null;
});

function startLoop(): { loop: TeamSync; views: TeamView[]; secrets: ReturnType<typeof memorySecrets> } {
  const views: TeamView[] = [];
  const secrets = memorySecrets();
  loop = new TeamSync({ secrets, emit: (v) => views.push(v), device: 'anna-laptop', timing: { afterChange: 30, retry: 1000, maxRetry: 4000 } });
  return { loop, views, secrets };
}

/** The latest status from `from` on that passes `test`, once there is one. */
const until = (views: TeamView[], test: (v: TeamView) => boolean, from = 0): Promise<TeamView> =>
  vi.waitFor(
    () => {
      const found = views.slice(from).findLast(test);
      if (!found) throw new Error(`no status yet: ${views.at(-1)?.message ?? 'none'}`);
      return found;
    },
    { timeout: 30_000, interval: 20 },
  );

const setupFor = (db: string, password = 'pw-anna'): { server: string; database: string; user: string; password: string } => ({
  server: desks.couch.url,
  database: db,
  user: 'anna',
  password,
});

describe('sharing while the app is open', () => {
  it('checks the server before saving anything: a wrong password, a missing database and plain http elsewhere are refused in words', async () => {
    const { loop, secrets } = startLoop();
    await loop.attach(desks.anna);
    expect(loop.view()).toMatchObject({ state: 'off', address: null });
    await expect(loop.setup(setupFor(desks.db, 'wrong'))).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringContaining('refused the credentials of anna') });
    await expect(loop.setup(setupFor('no-such-db'))).rejects.toMatchObject({ code: 'not-found' });
    await expect(loop.setup({ ...setupFor(desks.db), server: 'http://couch.example.org' })).rejects.toMatchObject({ message: expect.stringContaining('needs https') });
    expect(await loadTeam(desks.anna.dir)).toBeNull();
    expect(await secrets.get(`couchdb anna ${desks.couch.dbUrl(desks.db)}`)).toBeNull();
    expect(loop.view().state).toBe('off');
  });

  it('syncs on setup and after each change, without a button; a teammate receives it; status says when and how many', async () => {
    const { anna, ben } = desks;
    await anna.add(makeArticle({ text: 'The harbour authority approved the ferry terminal.' }));
    const { loop, views } = startLoop();
    await loop.attach(anna);
    const set = await loop.setup(setupFor(desks.db));
    expect(set.address).toBe(desks.couch.dbUrl(desks.db));
    await until(views, (v) => v.state === 'synced' && v.pending === 0);
    expect(loop.view().lastSync).not.toBeNull();
    expect(await loadTeam(anna.dir)).toMatchObject({ user: 'anna', device: 'anna-laptop' });

    const before = views.length;
    const { clipping } = await anna.add(makeArticle({ text: 'Parliament debated the fisheries quota.' }), ['politics']);
    // Counted at once, sent a moment later by the loop itself.
    await until(views, (v) => v.pending > 0, before);
    const counted = views.length;
    await until(views, (v) => v.state === 'syncing', counted);
    await until(views, (v) => v.state === 'synced' && v.pending === 0, counted);
    const report = await syncArchive(ben, parseRemote(desks.couch.dbUrl(desks.db), 'ben', 'pw-ben'), { device: 'ben-laptop' });
    expect(report.newClippings).toBe(2);
    expect(ben.search('fisheries').hits.map((h) => h.id)).toEqual([clipping.id]);

    // Ben's change comes back with Sync now, and the status counts it.
    await ben.tag([clipping.id], ['fish'], []);
    await syncArchive(ben, parseRemote(desks.couch.dbUrl(desks.db), 'ben', 'pw-ben'), { device: 'ben-laptop' });
    const now = await loop.syncNow(); // the clipping, and the tag new to anna
    expect(now).toMatchObject({ state: 'synced', pending: 0, message: expect.stringContaining('received 2 changes')  });
    expect((await anna.get(clipping.id)).tags.sort()).toEqual(['fish', 'politics']);
  });

  it('with both desks running, a teammate’s import arrives by itself within seconds (the live changes feed), not at the next minute', async () => {
    const { anna, ben } = desks;
    const { loop, views } = startLoop();
    await loop.attach(anna);
    await loop.setup(setupFor(desks.db));
    await until(views, (v) => v.state === 'synced');
    const benViews: TeamView[] = [];
    const benLoop = new TeamSync({ secrets: memorySecrets(), emit: (v) => benViews.push(v), device: 'ben-laptop', timing: { afterChange: 30 } });
    try {
      await benLoop.attach(ben);
      await benLoop.setup({ ...setupFor(desks.db, 'pw-ben'), user: 'ben' });
      await until(benViews, (v) => v.state === 'synced');
      const started = Date.now();
      const { clipping } = await anna.add(makeArticle({ text: 'The harbour authority approved the ferry terminal.' }));
      // Both loops poll only every minute here: the hit comes from the feed.
      await vi.waitFor(() => expect(ben.search('ferry').hits.map((h) => h.id)).toEqual([clipping.id]), { timeout: 30_000, interval: 50 });
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await benLoop.detach();
    }
  });

  it('an unreachable server: the status says offline and tries again, waiting longer each time; Stop sharing forgets settings and password', async () => {
    const { anna } = desks;
    const { loop, views, secrets } = startLoop();
    await loop.attach(anna);
    await loop.setup(setupFor(desks.db));
    const address = desks.couch.dbUrl(desks.db);
    await until(views, (v) => v.state === 'synced');
    await desks.couch.stop();
    try {
      await anna.add(makeArticle());
      const offline = await until(views, (v) => v.state === 'offline');
      expect(offline.message).toMatch(/Could not reach the sync server .*Trying again in 1 second\./);
      // Retried by itself, with a longer wait.
      const again = await until(views, (v) => v.state === 'offline' && v.message !== offline.message);
      expect(again.pending).toBeGreaterThan(0);
      expect(anna.list().total).toBe(1);
    } finally {
      await desks.couch.start();
    }
    const stopped = await loop.stop();
    expect(stopped).toMatchObject({ state: 'off', address: null });
    expect(await loadTeam(anna.dir)).toBeNull();
    expect(await secrets.get(`couchdb anna ${address}`)).toBeNull();
    // The archive keeps everything, and what sync remembered (sharing again goes on from there).
    expect(anna.list().total).toBe(1);
    await access(path.join(anna.dir, 'sync', 'state.json'));
  });
});
