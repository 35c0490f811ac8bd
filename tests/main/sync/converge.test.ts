import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/main/library';
import { parseRemote, syncArchive, type SyncReport } from '../../../electron/main/sync';
import { makeArticle } from '../archive/helpers';
import { twoDesks } from './two-desks';

const desks = twoDesks();

const sync = (library: Library, who: 'anna' | 'ben'): Promise<SyncReport> =>
  syncArchive(library, parseRemote(desks.couch.dbUrl(desks.db), who, `pw-${who}`), { device: `${who}-laptop` });

describe('two archives syncing through a CouchDB-protocol server', () => {
  it('converge: imports (with their files), tags added on both sides, trash; search finds the other desk’s import', async () => {
    const { anna, ben } = desks;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const a = await anna.add(
      makeArticle({ text: 'The harbour authority approved the new ferry terminal.', images: [{ file: 'img-1.png', alt: 'Ferry', originalUrl: null, data: png }], html: '<p>The harbour authority approved the new ferry terminal.</p>' }),
      ['port'],
    );
    const b = await ben.add(makeArticle({ text: 'Parliament debated the fisheries quota until midnight.' }));
    await sync(anna, 'anna');
    const first = await sync(ben, 'ben');
    expect(first.newClippings).toBe(1);
    await sync(anna, 'anna');

    // Search on each desk finds what the other imported.
    expect(ben.search('ferry').hits.map((h) => h.id)).toEqual([a.clipping.id]);
    expect(anna.search('fisheries').hits.map((h) => h.id)).toEqual([b.clipping.id]);
    // The files came along: text, picture, page.
    const copy = await ben.get(a.clipping.id);
    expect(copy.text).toBe('The harbour authority approved the new ferry terminal.');
    expect(copy.images.map((i) => i.file)).toEqual(['img-1.png']);
    expect(new Uint8Array(await import('node:fs/promises').then((fs) => fs.readFile(path.join(ben.archive.clippingDir(a.clipping.id), 'img-1.png'))))).toEqual(png);
    expect(await ben.articleHtml(a.clipping.id, 'x://')).toContain('ferry terminal');
    expect(ben.tags().map((t) => t.name)).toEqual(['port']);

    // Both tag the same clipping while apart: both tags survive; a removal wins over what it saw.
    await anna.tag([a.clipping.id], ['shipping'], ['port']);
    await ben.tag([a.clipping.id], ['infrastructure'], []);
    await ben.trash([b.clipping.id]);
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    await sync(anna, 'anna');
    for (const lib of [anna, ben]) {
      expect((await lib.get(a.clipping.id)).tags.sort()).toEqual(['infrastructure', 'shipping']);
      expect((await lib.get(b.clipping.id)).trashedAt).not.toBeNull();
      expect(lib.search('fisheries').total).toBe(0);
      expect(lib.search('tag:infrastructure').total).toBe(1);
    }
    // Restore replicates too.
    await anna.restore([b.clipping.id]);
    await sync(anna, 'anna');
    await sync(ben, 'ben');
    expect((await ben.get(b.clipping.id)).trashedAt).toBeNull();
    expect(ben.search('fisheries').total).toBe(1);
  });

  it('a first sync shows progress, can be cancelled between batches, and the next one goes on from there', async () => {
    const { anna, ben } = desks;
    for (let i = 0; i < 30; i++) await anna.add(makeArticle(), ['bulk']);
    await sync(anna, 'anna');
    const stop = new AbortController();
    const seen: string[] = [];
    const first = syncArchive(ben, parseRemote(desks.couch.dbUrl(desks.db), 'ben', 'pw-ben'), {
      batchSize: 40, // the feed holds the 30 files: documents first, then the records
      signal: stop.signal,
      onProgress: (p) => {
        seen.push(`${p.phase} ${p.done}/${p.total}`);
        stop.abort();
      },
    });
    await expect(first).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen).toEqual([expect.stringMatching(/^receive 40\/\d+$/)]);
    const part = ben.list().total;
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(30);
    const rest = await sync(ben, 'ben');
    expect(rest.newClippings).toBe(30 - part);
    expect(ben.search('tag:bulk').total).toBe(30);
  });
});
