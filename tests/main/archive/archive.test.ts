import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/main/archive';
import { CuttingsError } from '../../../shared/errors';
import { archivePerTest, makeArticle } from './helpers';

const t = archivePerTest();
const open = t.open;
const reopen = t.reopen;

async function catalogueText(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(t.dir, 'catalogue.json'), 'utf8')) as {
    shards: Array<{ file: string }>;
  };
  const shards = await Promise.all(manifest.shards.map((s) => readFile(path.join(t.dir, s.file), 'utf8')));
  return [JSON.stringify(manifest), ...shards].join('\n');
}

describe('adding clippings', () => {
  it('writes the files of a clipping and a catalogue entry without the text', async () => {
    const a = await open();
    const article = makeArticle({
      html: '<p>Hello <b>harbour</b></p>',
      original: { file: 'original.html', data: new TextEncoder().encode('<html>raw</html>') },
      images: [
        {
          file: 'img-1.jpg',
          alt: 'A boat',
          originalUrl: 'https://example.com/boat.jpg',
          data: new Uint8Array([1, 2, 3]),
        },
        { file: 'img-2.png', alt: 'never downloaded', originalUrl: 'https://example.com/x.png', data: null },
      ],
    });
    const { clipping, duplicate } = await a.add(article, ['Harbour']);
    expect(duplicate).toBe(false);
    expect(clipping.text).toBe(article.text);
    expect(clipping.tags).toEqual(['Harbour']);
    expect(clipping.images).toEqual([
      { file: 'img-1.jpg', alt: 'A boat', originalUrl: 'https://example.com/boat.jpg' },
    ]);

    const folder = a.clippingDir(clipping.id);
    const month = clipping.capturedAt.slice(0, 7).replace('-', path.sep);
    expect(folder).toBe(path.join(t.dir, 'clippings', month, clipping.id));
    expect(await readFile(path.join(folder, 'text.txt'), 'utf8')).toBe(article.text);
    expect(await readFile(path.join(folder, 'article.html'), 'utf8')).toBe('<p>Hello <b>harbour</b></p>');
    expect(await readFile(path.join(folder, 'original.html'), 'utf8')).toBe('<html>raw</html>');
    expect([...(await readFile(path.join(folder, 'img-1.jpg')))]).toEqual([1, 2, 3]);

    const catalogue = await catalogueText();
    expect(catalogue).toContain(clipping.id);
    expect(catalogue).not.toContain('second paragraph about the harbour');
    expect(a.summary(clipping.id)?.wordCount).toBe(article.text.split(/\s+/).filter(Boolean).length);
  });

  it('gives short, URL-safe ids that sort by capture time and never repeat', async () => {
    const a = await open();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await a.add(makeArticle())).clipping.id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{15}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const byTime = [...ids].sort((x, y) => x.slice(0, 9).localeCompare(y.slice(0, 9)));
    expect(byTime.map((id) => id.slice(0, 9))).toEqual(ids.map((id) => id.slice(0, 9)));
    expect(a.summaries().map((s) => s.id)).toEqual(ids);
  });

  it('keeps everything across a reopen', async () => {
    let a = await open();
    const { clipping } = await a.add(makeArticle(), ['one', 'two']);
    await a.update(clipping.id, { notes: 'remember this', title: 'A better headline' });
    a = await reopen();
    const back = await a.get(clipping.id);
    expect(back?.notes).toBe('remember this');
    expect(back?.title).toBe('A better headline');
    expect(back?.provenance.title).toBe('user');
    expect(back?.tags).toEqual(['one', 'two']);
    // Undoing the edit puts the old value back with where it came from.
    const original = clipping.provenance.title;
    expect(original).toBeDefined();
    expect(original).not.toBe('user');
    await a.update(clipping.id, { title: clipping.title }, { title: original });
    expect((await a.get(clipping.id))?.provenance.title).toBe(original);
    expect(a.tags().map((t) => [t.name, t.count])).toEqual([
      ['one', 1],
      ['two', 1],
    ]);
  });
});

describe('duplicates', () => {
  it('returns the existing clipping for the same URL, however it is written', async () => {
    const a = await open();
    const first = await a.add(
      makeArticle({ url: 'https://News.Example.com/story/42/?utm_source=x&id=7#top' }),
    );
    for (const url of [
      'HTTPS://news.example.com/story/42?id=7',
      'https://news.example.com/story/42/?id=7&utm_medium=mail&utm_campaign=c',
    ]) {
      const again = await a.add(makeArticle({ url }));
      expect(again.duplicate).toBe(true);
      expect(again.clipping.id).toBe(first.clipping.id);
    }
    const other = await a.add(makeArticle({ url: 'https://news.example.com/story/42?id=8' }));
    expect(other.duplicate).toBe(false);
    expect(a.summaries()).toHaveLength(2);
  });

  it('returns the existing clipping for the same text with other spacing and case, and stores nothing', async () => {
    const a = await open();
    const first = await a.add(makeArticle({ text: 'The Mayor spoke.\n\nThe harbour will reopen.' }));
    const before = await readdir(path.join(t.dir, 'clippings'), { recursive: true });
    const again = await a.add(makeArticle({ text: '  the mayor   SPOKE.\nThe harbour\twill reopen. ' }));
    expect(again).toMatchObject({ duplicate: true, clipping: { id: first.clipping.id } });
    expect(await readdir(path.join(t.dir, 'clippings'), { recursive: true })).toEqual(before);
    expect(a.summaries()).toHaveLength(1);
  });

  it('finds a duplicate added concurrently', async () => {
    const a = await open();
    const article = makeArticle();
    const results = await Promise.all([a.add(article), a.add({ ...article }), a.add({ ...article })]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.clipping.id)).size).toBe(1);
    expect(a.summaries()).toHaveLength(1);
  });
});

describe('errors', () => {
  it('says not-found for unknown ids and changes nothing', async () => {
    const a = await open();
    const x = (await a.add(makeArticle())).clipping;
    expect(await a.get('nosuchid000000')).toBeNull();
    await expect(a.trash([x.id, 'nosuchid000000'])).rejects.toMatchObject({ code: 'not-found' });
    expect(a.summary(x.id)?.trashedAt).toBeNull();
    await expect(a.update('nosuchid000000', { notes: 'x' })).rejects.toBeInstanceOf(CuttingsError);
    await expect(a.text('nosuchid000000')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses writes on a read-only archive and sees the current state', async () => {
    const w = await open();
    const x = (await w.add(makeArticle(), ['seen'])).clipping;
    const r = await openArchive(t.dir, { readOnly: true });
    try {
      expect(r.readOnly).toBe(true);
      expect(r.summary(x.id)?.tags).toEqual(['seen']);
      await expect(r.tag([x.id], ['nope'], [])).rejects.toMatchObject({ code: 'read-only' });
      await expect(r.add(makeArticle())).rejects.toMatchObject({ code: 'read-only' });
    } finally {
      await r.close();
    }
  });

  it('reports a failed write as an io error and keeps memory and disk at the last durable state', async () => {
    const a = await open();
    const x = (await a.add(makeArticle(), ['before'])).clipping;
    const saved = await catalogueText();
    // The shard folder becomes a file: every shard write now fails (ENOTDIR), as a broken disk would.
    const shards = path.join(t.dir, 'catalogue');
    const aside = path.join(t.dir, 'catalogue-aside');
    await rm(aside, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.rename(shards, aside));
    await writeFile(shards, 'not a folder');
    const err = await a.tag([x.id], ['after'], []).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CuttingsError);
    expect((err as CuttingsError).code).toBe('io');
    expect((err as CuttingsError).message).toMatch(/^Could not save the archive: /);
    expect(a.summary(x.id)?.tags).toEqual(['before']);
    expect(a.tags().map((t) => t.name)).toEqual(['before']);
    // Put the folder back: the disk holds exactly the last acknowledged state, and writing works again.
    await rm(shards);
    await import('node:fs/promises').then((fs) => fs.rename(aside, shards));
    expect(await catalogueText()).toBe(saved);
    expect(await a.tag([x.id], ['after'], [])).toBe(1);
    const b = await reopen();
    expect(b.summary(x.id)?.tags).toEqual(['before', 'after']);
  });
});

describe('change events', () => {
  it('tells listeners which clippings changed, after the change is durable', async () => {
    const a = await open();
    const seen: Array<{ ids: string[]; onDisk: boolean }> = [];
    a.onChange((ids) => {
      seen.push({ ids, onDisk: false });
    });
    const x = (await a.add(makeArticle())).clipping;
    await a.tag([x.id], ['t'], []);
    const off = a.onChange(() => {
      throw new Error('a broken listener must not break writes');
    });
    await a.trash([x.id]);
    off();
    expect(seen.map((s) => s.ids)).toEqual([[x.id], [x.id], [x.id]]);
    expect(await catalogueText()).toContain('"trashedAt":"');
  });
});

describe('the archive folder', () => {
  it('creates a fresh archive in an empty folder and documents its layout', async () => {
    await mkdir(path.join(t.dir, 'new'));
    t.adopt(await openArchive(path.join(t.dir, 'new'), { dailyBackup: 'off' }));
    const manifest = JSON.parse(await readFile(path.join(t.dir, 'new', 'catalogue.json'), 'utf8'));
    expect(manifest).toMatchObject({
      schemaVersion: 3,
      tags: [],
      savedSearches: [],
      dossiers: [],
      shards: [],
    });
  });
});
