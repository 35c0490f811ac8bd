/** Tags and the trash: names, counts, bulk edits in one durable write, undoable trash. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { archivePerTest, makeArticle } from './helpers';

const t = archivePerTest();
const open = t.open;
const reopen = t.reopen;

describe('tags', () => {
  it('keeps the first spelling of a tag and counts only clippings outside the trash', async () => {
    const a = await open();
    const x = (await a.add(makeArticle(), ['  Climate   Policy '])).clipping;
    const y = (await a.add(makeArticle(), ['climate policy', 'EU'])).clipping;
    expect(y.tags).toEqual(['Climate Policy', 'EU']);
    expect(a.tags()).toEqual([
      { name: 'Climate Policy', color: null, count: 2 },
      { name: 'EU', color: null, count: 1 },
    ]);
    await a.trash([x.id]);
    expect(a.tags().find((t) => t.name === 'Climate Policy')?.count).toBe(1);
  });

  it('counts tags normalising each spelling once, not every clipping\'s tags', async () => {
    const a = await open();
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await a.add(makeArticle(), i % 3 ? ['Energy', 'EU'] : ['energy'])).clipping.id);
    await a.setTagColor('eu', '#AA0000'); // a tag edit: the counts are computed afresh
    const normalize = vi.spyOn(String.prototype, 'normalize');
    try {
      expect(a.tags()).toEqual([
        { name: 'energy', color: null, count: 30 },
        { name: 'EU', color: '#aa0000', count: 20 },
      ]);
      // Two spellings met in the clippings and two names in the tag list (it was two a tag a clipping: 102).
      expect(normalize.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      normalize.mockRestore();
    }
  });

  it('tags many clippings in one durable write', async () => {
    const a = await open();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await a.add(makeArticle())).clipping.id);
    const before = JSON.parse(await readFile(path.join(t.dir, 'catalogue.json'), 'utf8')).generation as number;
    expect(await a.tag(ids, ['batch', 'Batch'], [])).toBe(5);
    const after = JSON.parse(await readFile(path.join(t.dir, 'catalogue.json'), 'utf8')).generation as number;
    expect(after).toBe(before + 1);
    expect(await a.tag(ids.slice(0, 2), [], ['BATCH'])).toBe(2);
    expect(a.tags()).toEqual([{ name: 'batch', color: null, count: 3 }]);
  });

  it('coalesces a burst of edits into few commits, each promise resolving once durable', async () => {
    const a = await open();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await a.add(makeArticle())).clipping.id);
    const before = JSON.parse(await readFile(path.join(t.dir, 'catalogue.json'), 'utf8')).generation as number;
    await Promise.all(ids.map((id, i) => a.tag([id], [`t${i}`], [])));
    const after = JSON.parse(await readFile(path.join(t.dir, 'catalogue.json'), 'utf8')).generation as number;
    expect(after - before).toBeLessThan(ids.length);
    const b = await reopen();
    expect(ids.map((id) => b.summary(id)?.tags)).toEqual(ids.map((_, i) => [`t${i}`]));
  });

  it('renames, merges, colours and deletes tags', async () => {
    let a = await open();
    const x = (await a.add(makeArticle(), ['econ', 'money'])).clipping;
    const y = (await a.add(makeArticle(), ['Economy'])).clipping;
    await a.setTagColor('economy', '#AA0000');
    expect(await a.renameTag('econ', 'Economics')).toBe(1);
    await expect(a.renameTag('Economics', 'ECONOMY')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await a.renameTag('Economics', 'ECONOMICS')).toBe(1);
    expect(await a.mergeTags(['ECONOMICS', 'money'], 'economy')).toBe(1);
    a = await reopen();
    expect(a.summary(x.id)?.tags).toEqual(['Economy']);
    expect(a.summary(y.id)?.tags).toEqual(['Economy']);
    expect(a.tags()).toEqual([{ name: 'Economy', color: '#aa0000', count: 2 }]);
    await expect(a.setTagColor('Economy', 'red')).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await a.deleteTag('economy')).toBe(2);
    expect(a.tags()).toEqual([]);
    expect(a.summary(x.id)?.tags).toEqual([]);
    await expect(a.deleteTag('economy')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('rejects empty tag names without changing anything', async () => {
    const a = await open();
    const x = (await a.add(makeArticle(), ['kept'])).clipping;
    await expect(a.tag([x.id], ['ok', '   '], [])).rejects.toMatchObject({ code: 'invalid-input' });
    expect(a.summary(x.id)?.tags).toEqual(['kept']);
    expect(a.tags().map((t) => t.name)).toEqual(['kept']);
  });
});

describe('trash', () => {
  it('hides trashed clippings, lists them on request, restores and empties', async () => {
    let a = await open();
    const x = (await a.add(makeArticle())).clipping;
    const y = (await a.add(makeArticle())).clipping;
    expect(await a.trash([x.id, x.id])).toBe(1);
    expect(await a.trash([x.id])).toBe(0);
    expect(a.summaries().map((s) => s.id)).toEqual([y.id]);
    expect(a.summaries({ trashed: true }).map((s) => s.id)).toEqual([x.id]);
    expect((await a.get(x.id))?.trashedAt).toMatch(/^\d{4}-/);
    a = await reopen();
    expect(a.summaries({ trashed: true }).map((s) => s.id)).toEqual([x.id]);
    expect(await a.restore([x.id])).toBe(1);
    expect(a.summaries().map((s) => s.id)).toEqual([x.id, y.id]);

    const folder = a.clippingDir(y.id);
    await a.trash([y.id]);
    expect(await a.emptyTrash()).toBe(1);
    expect(existsSync(folder)).toBe(false);
    expect(a.summary(y.id)).toBeUndefined();
    a = await reopen();
    expect(a.summaries().map((s) => s.id)).toEqual([x.id]);
  });
});

