/**
 * Where a value came from, across desks: a title a teammate typed is "entered by a teammate"
 * (`team`) on this desk, never "entered by you" (`user`, which the record replicates with);
 * what this desk typed stays `user`; and relabelling is never itself an edit to send.
 */
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/main/library';
import { parseRemote, syncArchive, type SyncReport } from '../../../electron/main/sync';
import type { StoredClipping } from '../../../electron/main/archive/schema';
import { contentOf, receivedRecord, sharedRecord } from '../../../electron/main/sync/docs';
import { makeArticle } from '../archive/helpers';
import { twoDesks } from './two-desks';

const desks = twoDesks();

const sync = (library: Library, who: 'anna' | 'ben'): Promise<SyncReport> =>
  syncArchive(library, parseRemote(desks.couch.dbUrl(desks.db), who, `pw-${who}`), { device: `${who}-laptop` });

describe('where a value came from, across desks', () => {
  it('labels: a received typed value is the teammate’s unless this desk has the same value typed itself; the team copy says user', () => {
    const rec = (title: string, title_: 'user' | 'team' | 'paste', author: string, author_: 'user' | 'team'): StoredClipping =>
      ({ id: 'x', title, author, provenance: { title: title_, author: author_ } }) as unknown as StoredClipping;
    const local = rec('Mine', 'user', 'Ada', 'team');
    expect(receivedRecord(local, rec('Theirs', 'user', 'Ada', 'user')).provenance).toEqual({ title: 'team', author: 'team' });
    expect(receivedRecord(local, rec('Mine', 'user', 'Ada', 'user')).provenance).toEqual({ title: 'user', author: 'team' });
    expect(receivedRecord(undefined, rec('Theirs', 'paste', 'Bo', 'user')).provenance).toEqual({ title: 'paste', author: 'team' });
    expect(sharedRecord(local).provenance).toEqual({ title: 'user', author: 'user' });
    expect(contentOf('clipping', local).provenance).toEqual({ title: 'user', author: 'user' });
  });

  it('a teammate’s edit arrives as “entered by a teammate”; one’s own stays “entered by you”; nothing is sent back for the label', async () => {
    const { anna, ben } = desks;
    const { clipping } = await anna.add(makeArticle({ title: 'Ferry terminal approved' }));
    const typed = (await anna.add(makeArticle({ title: 'Harbour fees' }))).clipping;
    await anna.update(typed.id, { title: 'Harbour fees rise' }); // typed before its first sync
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    expect((await ben.get(typed.id)).provenance.title).toBe('team');
    expect((await ben.get(clipping.id)).provenance.title).toBe('paste');

    await anna.update(clipping.id, { title: 'Ferry terminal approved, with conditions' });
    await sync(anna, 'anna');
    expect((await sync(ben, 'ben')).received).toBe(1);
    const got = await ben.get(clipping.id);
    expect(got.title).toBe('Ferry terminal approved, with conditions');
    expect(got.provenance.title).toBe('team');
    expect((await anna.get(clipping.id)).provenance.title).toBe('user');

    // Ben types the author: his is "entered by you", Anna's title stays hers; Anna sees the reverse.
    await ben.update(clipping.id, { author: 'Ben Okafor' });
    await sync(ben, 'ben');
    await sync(anna, 'anna');
    expect((await ben.get(clipping.id)).provenance).toMatchObject({ title: 'team', author: 'user' });
    expect((await anna.get(clipping.id)).provenance).toMatchObject({ title: 'user', author: 'team' });
    // The labels are each desk's own: neither desk has anything to send, and the server says user.
    expect((await sync(anna, 'anna')).sent).toBe(0);
    expect((await sync(ben, 'ben')).sent).toBe(0);
    const authorization = `Basic ${Buffer.from('anna:pw-anna').toString('base64')}`;
    const res = await fetch(`${desks.couch.url}/${desks.db}/clipping:${clipping.id}`, { headers: { authorization } });
    const doc = (await res.json()) as { value: StoredClipping };
    expect(doc.value.provenance).toMatchObject({ title: 'user', author: 'user' });
  });
});
