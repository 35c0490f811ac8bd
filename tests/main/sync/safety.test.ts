import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupArchive, restoreBackup } from '../../../electron/main/archive';
import { openLibrary, type Library } from '../../../electron/main/library';
import { parseRemote, syncArchive, type SyncReport } from '../../../electron/main/sync';
import { makeArticle } from '../archive/helpers';
import { ADMIN } from './couch-server';
import { twoDesks } from './two-desks';

const desks = twoDesks();

const sync = (library: Library, who: 'anna' | 'ben'): Promise<SyncReport> =>
  syncArchive(library, parseRemote(desks.couch.dbUrl(desks.db), who, `pw-${who}`), { device: `${who}-laptop` });

async function serverDoc(id: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
  const res = await fetch(`${desks.couch.url}/${desks.db}/${encodeURIComponent(id)}`, { headers: { authorization: auth } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const gone = (p: string): Promise<boolean> => access(p).then(() => false, () => true);

describe('what could lose a teammate’s work', () => {
  it('a restored backup does not send its older values over the team’s: the desk defers, the old state is kept aside', async () => {
    const { ben } = desks;
    let anna = desks.anna;
    const { clipping } = await anna.add(makeArticle({ title: 'Ferry terminal approved' }), ['port']);
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    const backup = await backupArchive(anna.dir);
    await ben.update(clipping.id, { title: 'Harbour: ferry terminal approved', notes: 'Ben’s note' });
    await sync(ben, 'ben');
    await sync(anna, 'anna');
    expect((await anna.get(clipping.id)).title).toBe('Harbour: ferry terminal approved');

    const dir = anna.dir;
    await anna.close();
    const restored = await restoreBackup(dir, backup.name);
    anna = desks.anna = await openLibrary(dir, { dailyBackup: 'off' });
    expect((await anna.get(clipping.id)).title).toBe('Ferry terminal approved');
    // The state described the catalogue the restore replaced: it went to kept/ with it.
    expect(await gone(path.join(dir, 'sync', 'state.json'))).toBe(true);
    expect(await readdir(path.join(dir, restored.keptAt ?? 'none'))).toContain('sync-state.json');

    const report = await sync(anna, 'anna');
    expect(report.replaced.map((r) => [r.field, r.value])).toContainEqual(['title', 'Ferry terminal approved']);
    await sync(ben, 'ben');
    for (const lib of [anna, ben]) {
      const c = await lib.get(clipping.id);
      expect(c.title).toBe('Harbour: ferry terminal approved');
      expect(c.notes).toBe('Ben’s note');
    }
  });

  it('emptying the trash replicates: the clipping and its files leave the server and the teammate’s archive', async () => {
    const { anna, ben } = desks;
    const keep = await anna.add(makeArticle({ text: 'The harbour authority approved the ferry terminal.' }));
    const doomed = await anna.add(makeArticle({ text: 'Parliament debated the fisheries quota.' }));
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    await anna.trash([doomed.clipping.id]);
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    expect((await ben.get(doomed.clipping.id)).trashedAt).not.toBeNull();
    const benFolder = ben.archive.clippingDir(doomed.clipping.id);

    expect(await anna.emptyTrash()).toBe(1);
    await sync(anna, 'anna');
    expect((await serverDoc(`clipping:${doomed.clipping.id}`)).status).toBe(404);
    expect((await serverDoc(`files:${doomed.clipping.id}`)).status).toBe(404);
    await sync(ben, 'ben');
    await expect(ben.get(doomed.clipping.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await gone(benFolder)).toBe(true);
    expect(ben.list({ trashed: true }).total).toBe(0);
    expect((await ben.get(keep.clipping.id)).trashedAt).toBeNull();
    // Nothing comes back on the next round.
    await sync(anna, 'anna');
    await expect(anna.get(doomed.clipping.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a clipping a teammate took back out of the trash survives the other desk emptying it, files and all', async () => {
    const { anna, ben } = desks;
    const { clipping } = await anna.add(makeArticle({ text: 'The ferry terminal opens in May.' }));
    await anna.trash([clipping.id]);
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    await ben.restore([clipping.id]); // offline
    await anna.emptyTrash();
    await sync(anna, 'anna');
    await sync(ben, 'ben'); // its restore wins over a deletion that never saw it
    expect((await ben.get(clipping.id)).trashedAt).toBeNull();
    const back = await sync(anna, 'anna');
    expect(back.newClippings).toBe(1);
    const copy = await anna.get(clipping.id);
    expect(copy.trashedAt).toBeNull();
    expect(copy.text).toBe('The ferry terminal opens in May.');
    expect(anna.search('ferry').total).toBe(1);
  });
});
