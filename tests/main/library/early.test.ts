/**
 * Opening a library early (library/early.ts, ipc/early.ts): the index answers the window's first
 * list, count and searches while the catalogue is read — the same rows, in the same order, as
 * the library gives once open — and only when it is in step with the catalogue; every other
 * request waits for the archive.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/main/ipc/dispatch';
import { openLibrary, type Library } from '../../../electron/main/library';
import { openLibraryEarly } from '../../../electron/main/library/early';
import { openSearchIndex } from '../../../electron/main/search';
import { makeArticle } from '../archive/helpers';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cuttings-early-'));
  const library = await openLibrary(dir, { dailyBackup: 'off' });
  for (let i = 0; i < 40; i++) {
    const published = i % 7 === 0 ? null : `20${10 + (i % 13)}-0${(i % 9) + 1}-1${i % 10}`;
    await library.add(makeArticle({ title: `Story ${i}`, publishedAt: published, source: i % 2 ? 'AFP' : 'Reuters' }), [`t${i % 3}`]);
  }
  await library.trash([library.list({ limit: 1 }).items[0]?.id as string]);
  await library.close();
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the index as the first list', () => {
  it('gives the same clippings in the same order as the library, for both date orders', async () => {
    const library = await openLibrary(dir, { dailyBackup: 'off', readOnly: true });
    const index = openSearchIndex(path.join(dir, 'index', 'search.sqlite'));
    try {
      for (const sort of ['captured', 'published'] as const) {
        const full = library.list({ sort, limit: 100 });
        const early = index.browse({ sort, limit: 100 });
        expect(early.total).toBe(full.total);
        expect(early.items.map((r) => r.id)).toEqual(full.items.map((r) => r.id));
        expect(early.items[3]).toEqual({
          id: full.items[3]?.id,
          title: full.items[3]?.title,
          source: full.items[3]?.source,
          publishedAt: full.items[3]?.publishedAt,
          capturedAt: full.items[3]?.capturedAt,
          tags: full.items[3]?.tags,
        });
        expect(index.browse({ sort, offset: 10, limit: 5 }).items.map((r) => r.id)).toEqual(full.items.slice(10, 15).map((r) => r.id));
      }
    } finally {
      index.close();
      await library.close();
    }
  });

  it('answers while the catalogue is read, then hands over to the library', async () => {
    const early = await openLibraryEarly(dir, { dailyBackup: 'off' });
    expect(early.answering).toBe(true);
    const page = early.list({ limit: 5 });
    expect(page?.total).toBe(39);
    expect(early.list({ trashed: true })).toBeNull(); // the index has no trash
    expect(early.list({ sort: 'title' })).toBeNull();
    expect((await early.search('story', { limit: 5 }))?.total).toBe(39);
    const library = await early.ready;
    expect(page?.items.map((r) => r.id)).toEqual(library.list({ limit: 5 }).items.map((r) => r.id));
    expect(early.answering).toBe(false);
    expect(early.list({ limit: 5 })).toBeNull();
    await library.close();
  });

  it('reads the catalogue only once asked (the window loads first), then warms the index for searches', async () => {
    const early = await openLibraryEarly(dir, { dailyBackup: 'off' });
    let read = false;
    void early.ready.then(() => (read = true));
    expect(early.list({ limit: 3 })?.total).toBe(39);
    expect(early.count()).toBe(39);
    // Well under the 3 s after which it is read anyway, and far longer than reading 40 clippings takes.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(read).toBe(false);
    // Asks for the read, and is answered from the index file at once, without waiting for the
    // warm-up: the same hits as the library's, without facets (they come with the next search).
    const soon = await early.search('story', { limit: 5, sort: 'date' });
    expect(soon?.facets).toBeNull();
    // A query without free text starts from every document: it waits for the warm index.
    expect((await early.search('', { limit: 1 }))?.facets?.sources.length).toBeGreaterThan(0);
    const library = await early.ready;
    expect(read).toBe(true);
    const { facets, ...rest } = library.search('story', { limit: 5, sort: 'date' });
    expect(soon).toEqual({ ...rest, facets: null });
    expect(facets.sources.length).toBeGreaterThan(0);
    await library.close();
  });

  it('reads the catalogue anyway when nothing asks', async () => {
    const started = performance.now();
    const early = await openLibraryEarly(dir, { dailyBackup: 'off', readAnywayMs: 300 });
    await (await early.ready).close();
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('keeps quiet when the index is out of step with the catalogue', async () => {
    const index = openSearchIndex(path.join(dir, 'index', 'search.sqlite'));
    const generation = index.catalogueGeneration as number;
    index.markInStep(generation - 1);
    index.close();
    try {
      const early = await openLibraryEarly(dir, { dailyBackup: 'off', readOnly: true });
      expect(early.answering).toBe(false);
      expect(early.list({})).toBeNull();
      expect(early.count()).toBeNull();
      await (await early.ready).close();
    } finally {
      const again = openSearchIndex(path.join(dir, 'index', 'search.sqlite'));
      again.markInStep(generation);
      again.close();
    }
  });

  it('lets a damaged catalogue be found by the full open', async () => {
    const broken = await mkdtemp(path.join(os.tmpdir(), 'cuttings-early-broken-'));
    try {
      await (await openLibrary(broken, { dailyBackup: 'off' })).close();
      await writeFile(path.join(broken, 'catalogue.json'), '{"schemaVersion": 8,');
      const early = await openLibraryEarly(broken, { dailyBackup: 'off', readOnly: true });
      expect(early.answering).toBe(false);
      await expect(early.ready).rejects.toMatchObject({ code: 'damaged' });
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});

describe('requests while the archive opens', () => {
  it('answers the first page and the count without starting the catalogue read; any other request starts it', async () => {
    const early = await openLibraryEarly(dir, { dailyBackup: 'off' });
    let asked = 0;
    let open = (): void => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const counted = { ...early, answering: true, readNow: () => (asked++, early.readNow()) };
    let current: Library | null = null;
    const dispatch = createDispatcher(null, {
      library: () => {
        if (!current) throw new Error('not open yet');
        return current;
      },
      opening: () => (current ? null : { early: counted, opened }),
    });
    // What the window sends as its script starts (renderer/lib/first-requests.ts).
    expect(await dispatch('clippings.list', { offset: 0, limit: 50, sort: 'captured', trashed: false })).toMatchObject({ ok: true, value: { total: 39 } });
    expect(await dispatch('app.info', {})).toMatchObject({ ok: true, value: { clippings: 39 } });
    expect(asked).toBe(0);
    const tags = dispatch('tags.list', {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toBe(1);
    current = await early.ready;
    open();
    expect((await tags).ok).toBe(true);
    await current.close();
  });

  it('answers the list from the index at once and holds the rest until the archive is open', async () => {
    const early = await openLibraryEarly(dir, { dailyBackup: 'off' });
    let open = (): void => undefined;
    const opened = new Promise<void>((resolve) => (open = resolve));
    early.readNow();
    const library = await early.ready;
    let current: typeof library | null = null;
    const dispatch = createDispatcher(null, {
      library: () => {
        if (!current) throw new Error('not open yet');
        return current;
      },
      // The early answers are used while this says the archive is opening.
      opening: () => (current ? null : { early: { ...early, answering: true, list: () => ({ total: 1, items: [] }) }, opened }),
    });
    const listed = await dispatch('clippings.list', { limit: 5 });
    expect(listed).toEqual({ ok: true, value: { total: 1, items: [] } });
    let tagsDone = false;
    const tags = dispatch('tags.list', {}).then((r) => {
      tagsDone = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tagsDone).toBe(false);
    current = library;
    open();
    expect(await tags).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ name: 't0' })]) });
    expect((await dispatch('clippings.list', { limit: 5 })).ok).toBe(true);
    await library.close();
  });
});
