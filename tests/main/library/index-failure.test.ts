/**
 * Issue #17 item 4: once the catalogue has committed a change, a search index that cannot
 * follow (a full disk) must not make the change look failed. The change is reported saved,
 * the user gets a note, and the index is rebuilt on the next open.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StatementSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, type Library } from '../../../electron/main/library';

const PASTE = path.resolve(import.meta.dirname, '../../fixtures/paste');
const read = (name: string): string => readFileSync(path.join(PASTE, name), 'utf8');

let dir: string;
let library: Library;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-index-failure-'));
  library = await openLibrary(path.join(dir, 'archive'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await library?.close();
  await rm(dir, { recursive: true, force: true });
});

/** From now on, every write SQLite is asked to make fails as on a full disk. */
function fillTheDisk(): void {
  vi.spyOn(StatementSync.prototype, 'run').mockImplementation(() => {
    throw Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13, errstr: 'database or disk is full' });
  });
}

describe('an index that cannot follow a committed change', () => {
  it('leaves an import reported as saved, with a note saying the disk is full', async () => {
    fillTheDisk();
    const { clipping, duplicate } = await library.importText(read('sun-peskov.txt'), { tags: ['ukraine'] });
    expect(duplicate).toBe(false);
    expect(library.list().items.map((c) => c.id)).toEqual([clipping.id]);
    expect(library.notices.join('\n')).toMatch(/^Saved, but the search index could not be updated \(.*the disk is full/);
    // A retry is a duplicate: the first import really was saved, and said so.
    vi.restoreAllMocks();
    expect((await library.importText(read('sun-peskov.txt'))).duplicate).toBe(true);
    await library.close();

    library = await openLibrary(path.join(dir, 'archive'));
    expect(library.search('peskov').hits.map((h) => h.id)).toEqual([clipping.id]);
    expect(library.notices).toEqual([]);
  });

  it('leaves a tag edit and a trash reported as done', async () => {
    const { clipping } = await library.importText(read('wire-geneva.txt'));
    fillTheDisk();
    await expect(library.tag([clipping.id], ['plastics'], [])).resolves.toBe(1);
    await expect(library.trash([clipping.id])).resolves.toBe(1);
    expect(library.list({ trashed: true }).items.map((c) => c.id)).toEqual([clipping.id]);
    expect(library.notices.some((n) => n.includes('the disk is full'))).toBe(true);
  });
});
