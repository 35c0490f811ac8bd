/**
 * The sync state kept in memory between runs (the app syncs a second after every change): used
 * only while `sync/state.json` is the very file this process wrote; a file put there by anything
 * else (a restore setting it aside, another program) is read again. And the remembered
 * comparisons still see every edit (records are replaced, never changed in place).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredClipping } from '../../../electron/main/archive/schema';
import { contentOf, entryMatches, type LocalEntry } from '../../../electron/main/sync/docs';
import { freshState, loadState, saveState, stateFile } from '../../../electron/main/sync/state';
import { tempDir } from '../archive/helpers';

const REMOTE = 'http://127.0.0.1:5984/team';
let work: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  work = await tempDir('cuttings-sync-state-');
});
afterEach(async () => {
  await work.cleanup();
});

const entry = (rec: StoredClipping): LocalEntry => ({ kind: 'clipping', value: rec, content: contentOf('clipping', rec) });

describe('the sync state kept between runs', () => {
  it('is used while the file is the one this process wrote; a file replaced or moved away is read again', async () => {
    const state = freshState(REMOTE);
    state.seq = '7-x';
    await saveState(work.dir, state);
    expect(await loadState(work.dir, REMOTE)).toBe(state);
    expect((await loadState(work.dir, 'http://other/db')).seq).toBe(0); // another server starts afresh

    // Another writer puts a different state there (an older copy, say): that one counts.
    const older = { ...JSON.parse(await readFile(stateFile(work.dir), 'utf8')), seq: '3-older' };
    await writeFile(stateFile(work.dir), JSON.stringify(older));
    const read = await loadState(work.dir, REMOTE);
    expect(read).not.toBe(state);
    expect(read.seq).toBe('3-older');

    // Set aside (what a restore does): a fresh start, not the remembered one.
    await saveState(work.dir, state);
    await rename(stateFile(work.dir), path.join(work.dir, 'kept-state.json'));
    expect((await loadState(work.dir, REMOTE)).seq).toBe(0);
  });

  it('remembered comparisons: an edited record (a new object) or a new agreed content is compared again', () => {
    const rec = { id: 'a', title: 'Ferry', tags: ['port'], provenance: { title: 'team' } } as unknown as StoredClipping;
    const base = contentOf('clipping', rec);
    expect(entryMatches(entry(rec), base)).toBe(true);
    expect(entryMatches(entry(rec), base)).toBe(true); // remembered
    expect(entryMatches(entry({ ...rec, title: 'Ferry approved' }), base)).toBe(false);
    expect(entryMatches(entry(rec), contentOf('clipping', { ...rec, tags: ['port', 'budget'] }))).toBe(false);
    expect(entryMatches(entry(rec), null)).toBe(false);
  });
});
