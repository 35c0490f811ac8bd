/**
 * Sharing through the app's session (what the window's Settings → Team drives): restoring a
 * backup pauses the loop, sets the sync state aside, and the reopened archive takes the team's
 * newer values instead of sending the restored older ones.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventName, Events } from '../../../shared/ipc/contract';
import type { TeamView } from '../../../shared/team';
import { backupArchive } from '../../../electron/main/archive';
import { AppSession } from '../../../electron/main/session';
import { parseRemote, syncArchive } from '../../../electron/main/sync';
import { twoDesks } from './two-desks';

const desks = twoDesks();
let session: AppSession | null = null;
let work: string | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
  if (work) await rm(work, { recursive: true, force: true });
});

describe('sharing through the app’s session', () => {
  it('a backup restored in the app defers to the team’s newer values', { timeout: 120_000 }, async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-session-team-'));
    const views: TeamView[] = [];
    const emit = <E extends EventName>(event: E, payload: Events[E]): void => {
      if (event === 'team.status') views.push(payload as TeamView);
    };
    const s = (session = await AppSession.start({ settingsFile: path.join(work, 'user', 'settings.json'), env: { CUTTINGS_ARCHIVE: path.join(work, 'anna') }, emit, dailyBackup: 'off' }));
    await s.opened;
    const settled = (): Promise<void> =>
      vi.waitFor(() => expect(s.team.view()).toMatchObject({ state: 'synced', pending: 0 }), { timeout: 60_000, interval: 25 });
    const { clipping } = await s.library().importText('Ferry terminal approved\n\nThe harbour authority approved the new ferry terminal on Monday after a long debate.');
    await s.team.setup({ server: desks.couch.url, database: desks.db, user: 'anna', password: 'pw-anna', device: 'Anna’s laptop' });
    await settled();
    const backup = await backupArchive(s.library().dir);

    const ben = desks.ben;
    const benSpec = parseRemote(desks.couch.dbUrl(desks.db), 'ben', 'pw-ben');
    await syncArchive(ben, benSpec, { device: 'ben-laptop' });
    await ben.update(clipping.id, { title: 'Harbour: ferry terminal approved' });
    await syncArchive(ben, benSpec, { device: 'ben-laptop' });
    expect((await s.team.syncNow()).state).toBe('synced');
    expect((await s.library().get(clipping.id)).title).toBe('Harbour: ferry terminal approved');

    await s.restoreBackup(backup.name);
    // Reopened, the loop syncs by itself; the restored title does not go over Ben's.
    await vi.waitFor(() => expect(views.filter((v) => v.state === 'synced').length).toBeGreaterThan(2), { timeout: 60_000, interval: 25 });
    await settled();
    expect((await s.library().get(clipping.id)).title).toBe('Harbour: ferry terminal approved');
    await syncArchive(ben, benSpec, { device: 'ben-laptop' });
    expect((await ben.get(clipping.id)).title).toBe('Harbour: ferry terminal approved');
  });
});
