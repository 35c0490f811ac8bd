/**
 * Who changed what, for Details: the replaced value and the desk that wrote the kept revision,
 * read on each desk from its own sync state (offline). And with the times edits were made
 * (what the app records), "the later edit" is the one MADE later, not the one synced later.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/main/library';
import { parseRemote, syncArchive, type SyncReport } from '../../../electron/main/sync';
import { clippingHistory } from '../../../electron/main/sync/history';
import { makeArticle } from '../archive/helpers';
import { twoDesks } from './two-desks';

const desks = twoDesks();

const sync = (library: Library, who: 'anna' | 'ben', at: string, editTimes?: Map<string, string>): Promise<SyncReport> =>
  syncArchive(library, parseRemote(desks.couch.dbUrl(desks.db), who, `pw-${who}`), { device: `${who}-laptop`, now: () => new Date(at), editTimes });

describe('who changed what', () => {
  it('the edit made later wins even when it is synced first; both desks can show the replaced value and who wrote it', async () => {
    const { anna, ben } = desks;
    const { clipping } = await anna.add(makeArticle({ title: 'Ferry terminal approved' }));
    await sync(anna, 'anna', '2026-12-07T08:00:00Z');
    await sync(ben, 'ben', '2026-12-07T08:01:00Z');
    expect(await clippingHistory(ben.dir, clipping.id)).toMatchObject({ editedBy: 'anna-laptop', replaced: [] });

    // Anna edits at 09:12 but syncs at 10:00; Ben edits at 09:40 and syncs at 09:45.
    await anna.update(clipping.id, { title: 'Anna’s title' });
    await ben.update(clipping.id, { title: 'Ben’s title' });
    const doc = `clipping:${clipping.id}`;
    await sync(ben, 'ben', '2026-12-07T09:45:00Z', new Map([[doc, '2026-12-07T09:40:00.000Z']]));
    const late = await sync(anna, 'anna', '2026-12-07T10:00:00Z', new Map([[doc, '2026-12-07T09:12:00.000Z']]));
    await sync(ben, 'ben', '2026-12-07T10:05:00Z');

    for (const lib of [anna, ben]) expect((await lib.get(clipping.id)).title).toBe('Ben’s title');
    expect(late.replaced).toMatchObject([{ field: 'title', value: 'Anna’s title', by: 'anna-laptop', at: '2026-12-07T09:12:00.000Z', replacedBy: 'ben-laptop' }]);
    for (const lib of [anna, ben]) {
      const history = await clippingHistory(lib.dir, clipping.id);
      expect(history?.replaced).toEqual([
        { field: 'title', value: 'Anna’s title', by: 'anna-laptop', at: '2026-12-07T09:12:00.000Z', replacedBy: 'ben-laptop', replacedAt: expect.any(String) },
      ]);
    }
    // The revision that only carries the replaced value still names the edit that was kept.
    expect(await clippingHistory(anna.dir, clipping.id)).toMatchObject({ editedBy: 'ben-laptop', editedAt: '2026-12-07T09:40:00.000Z' });
    expect(await clippingHistory(anna.dir, 'not-shared-id')).toBeNull();
  });
});
