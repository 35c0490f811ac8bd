import { describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/main/library';
import { parseRemote, syncArchive, type SyncReport } from '../../../electron/main/sync';
import { makeArticle } from '../archive/helpers';
import { ADMIN } from './couch-server';
import { twoDesks } from './two-desks';

const desks = twoDesks();

const clock = (iso: string) => (): Date => new Date(iso);
const sync = (library: Library, who: 'anna' | 'ben', at = '2026-12-07T09:00:00Z'): Promise<SyncReport> =>
  syncArchive(library, parseRemote(desks.couch.dbUrl(desks.db), who, `pw-${who}`), { device: `${who}-laptop`, now: clock(at) });

async function serverDoc(id: string): Promise<Record<string, unknown>> {
  const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
  const res = await fetch(`${desks.couch.url}/${desks.db}/${encodeURIComponent(id)}?conflicts=true`, { headers: { authorization: auth } });
  return (await res.json()) as Record<string, unknown>;
}

describe('edits made on two desks while both are offline', () => {
  it('merge field by field: one side’s title and the other’s notes both stay; the same field goes to the later edit and the other value is kept', async () => {
    const { anna, ben } = desks;
    const { clipping } = await anna.add(makeArticle({ title: 'Ferry terminal approved' }), ['port']);
    await sync(anna, 'anna');
    await sync(ben, 'ben');

    await anna.update(clipping.id, { title: 'Harbour: ferry terminal approved', author: 'Anna K.' });
    await ben.update(clipping.id, { notes: 'Ask the mayor’s office for a quote.', author: 'B. Reporter' });
    await ben.tag([clipping.id], [], ['port']);
    await sync(anna, 'anna', '2026-12-07T09:12:00Z');
    const late = await sync(ben, 'ben', '2026-12-07T09:30:00Z');
    await sync(anna, 'anna', '2026-12-07T09:40:00Z');

    for (const lib of [anna, ben]) {
      const c = await lib.get(clipping.id);
      expect(c.title).toBe('Harbour: ferry terminal approved');
      expect(c.notes).toBe('Ask the mayor’s office for a quote.');
      expect(c.author).toBe('B. Reporter'); // the later edit
      expect(c.tags).toEqual([]); // Ben removed the tag he saw; nobody added it again
    }
    expect(late.replaced).toMatchObject([{ docId: `clipping:${clipping.id}`, field: 'author', value: 'Anna K.', by: 'anna-laptop', at: '2026-12-07T09:12:00.000Z', replacedBy: 'ben-laptop' }]);
    // The value that lost is kept in the shared document, for every desk to see.
    const doc = await serverDoc(`clipping:${clipping.id}`);
    expect(doc.replaced).toMatchObject([{ field: 'author', value: 'Anna K.', by: 'anna-laptop' }]);
  });

  it('tag colours and saved searches replicate; a tag deleted on one desk while the other used it comes back', async () => {
    const { anna, ben } = desks;
    const { clipping } = await anna.add(makeArticle(), ['budget']);
    await anna.setTagColor('budget', '#1f77b4');
    await anna.saveSearch('Budget', 'tag:budget');
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    expect(ben.tags()).toEqual([{ name: 'budget', color: '#1f77b4', count: 1 }]);
    expect(ben.savedSearches()).toMatchObject([{ name: 'Budget', query: 'tag:budget' }]);

    await anna.deleteTag('budget');
    const other = await ben.add(makeArticle(), ['budget']);
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    await sync(anna, 'anna');
    for (const lib of [anna, ben]) {
      expect((await lib.get(clipping.id)).tags).toEqual([]);
      expect((await lib.get(other.clipping.id)).tags).toEqual(['budget']);
      expect(lib.tags().map((t) => t.name)).toEqual(['budget']);
    }
  });

  it('a desk’s first sync defers to the team’s copy where both differ, and keeps its own value in replaced', async () => {
    const { anna, ben } = desks;
    await anna.add(makeArticle(), ['budget']);
    await anna.setTagColor('budget', '#1f77b4');
    await ben.add(makeArticle(), ['Budget']);
    await ben.setTagColor('Budget', '#ff0000');
    await sync(anna, 'anna');
    const joined = await sync(ben, 'ben', '2026-12-07T10:00:00Z');
    expect(ben.tags()).toMatchObject([{ name: 'Budget', color: '#1f77b4', count: 2 }]);
    expect(joined.replaced).toMatchObject([{ docId: 'tag:budget', field: 'color', value: '#ff0000', by: 'ben-laptop' }]);
    await sync(anna, 'anna');
    expect(anna.tags()).toMatchObject([{ name: 'budget', color: '#1f77b4', count: 2 }]);
  });

  it('a conflict CouchDB itself holds (revisions written by another replicator) is merged by the same rules', async () => {
    const { anna, ben } = desks;
    const { clipping } = await anna.add(makeArticle(), ['a']);
    await sync(anna, 'anna');
    const doc = await serverDoc(`clipping:${clipping.id}`);
    const value = doc.value as Record<string, unknown>;
    // Two sibling revisions of the same parent, as replication from two servers leaves them.
    const [gen, hash] = String(doc._rev).split('-');
    const sibling = (suffix: string, tags: string[], notes: string) => ({
      ...doc,
      _rev: `${Number(gen) + 1}-${suffix.repeat(32)}`,
      _revisions: { start: Number(gen) + 1, ids: [suffix.repeat(32), hash] },
      value: { ...value, tags, notes },
      editedAt: notes === 'later' ? '2026-12-07T10:00:00Z' : '2026-12-07T09:00:00Z',
    });
    const auth = `Basic ${Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64')}`;
    const res = await fetch(`${desks.couch.url}/${desks.db}/_bulk_docs`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ new_edits: false, docs: [sibling('b', ['a', 'x'], 'earlier'), sibling('c', ['a', 'y'], 'later')] }),
    });
    expect(res.ok).toBe(true);
    expect(((await serverDoc(`clipping:${clipping.id}`))._conflicts as string[]).length).toBe(1);

    const report = await sync(ben, 'ben');
    expect(report.serverConflicts).toBe(1);
    const merged = await ben.get(clipping.id);
    expect(merged.tags.sort()).toEqual(['a', 'x', 'y']);
    expect(merged.notes).toBe('later');
    expect((await serverDoc(`clipping:${clipping.id}`))._conflicts).toBeUndefined();
    await sync(anna, 'anna');
    expect((await anna.get(clipping.id)).tags.sort()).toEqual(['a', 'x', 'y']);
  });
});

describe('when the server is not there or says no', () => {
  it('a wrong password is refused in words and changes nothing', async () => {
    const { anna } = desks;
    await anna.add(makeArticle());
    const wrong = syncArchive(anna, parseRemote(desks.couch.dbUrl(desks.db), 'anna', 'not-her-password'));
    await expect(wrong).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringContaining('refused the credentials of anna') });
    const stranger = syncArchive(anna, parseRemote(desks.couch.dbUrl(desks.db)));
    await expect(stranger).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('a server that goes away mid-sync: the error says so, nothing is lost, and the next sync finishes the job', async () => {
    const { anna, ben } = desks;
    for (let i = 0; i < 12; i++) await anna.add(makeArticle(), ['bulk']);
    const spec = parseRemote(desks.couch.dbUrl(desks.db), 'anna', 'pw-anna');
    let stopped = false;
    const cut = syncArchive(anna, spec, {
      batchSize: 4,
      onProgress: (p) => {
        if (p.phase === 'send' && !stopped) {
          stopped = true;
          void desks.couch.stop();
        }
      },
    });
    await expect(cut).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('Could not reach the sync server') });
    expect(anna.list().total).toBe(12);

    await desks.couch.start(); // back, on another port
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    expect(ben.list().total).toBe(12);
    expect(ben.search('tag:bulk').total).toBe(12);
  });

  it('an address where nothing answers is “unreachable”, and plain http to another host is refused', async () => {
    const { anna } = desks;
    await expect(syncArchive(anna, parseRemote('http://127.0.0.1:9/cuttings', 'anna', 'x'))).rejects.toMatchObject({ code: 'unreachable', message: expect.stringContaining('connection refused') });
    expect(() => parseRemote('http://couch.example.org/cuttings')).toThrow(/needs https/);
    expect(() => parseRemote('https://couch.example.org/')).toThrow(/names no database/);
  });
});
