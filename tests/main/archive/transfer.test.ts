import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportArchive, importArchiveZip, openArchive } from '../../../electron/main/archive';
import { makeArticle, tempDir } from './helpers';
import { existsSync } from 'node:fs';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

describe('moving house', () => {
  it('exports the whole archive to one zip and imports it elsewhere, byte for byte', async () => {
    const source = path.join(dir, 'source');
    const a = await openArchive(source, { dailyBackup: 'off' });
    const image = new Uint8Array(Array.from({ length: 3000 }, (_, i) => i % 251));
    const x = (
      await a.add(
        makeArticle({
          html: '<p>Quay</p>',
          images: [{ file: 'img-1.png', alt: 'quay', originalUrl: null, data: image }],
        }),
        ['port'],
      )
    ).clipping;
    const y = (await a.add(makeArticle())).clipping;
    await a.setTagColor('port', '#123456');
    await a.trash([y.id]);
    await a.close();

    const zip = path.join(dir, 'moving.zip');
    expect(await exportArchive(source, zip)).toEqual({ clippings: 2, files: 8, missing: 0 });
    const target = path.join(dir, 'elsewhere');
    expect(await importArchiveZip(zip, target)).toEqual({ clippings: 2, files: 8 });

    const b = await openArchive(target, { dailyBackup: 'off' });
    expect(b.summaries().map((s) => s.id)).toEqual([x.id]);
    expect(b.summaries({ trashed: true }).map((s) => s.id)).toEqual([y.id]);
    expect(b.tags()).toEqual([{ name: 'port', color: '#123456', count: 1 }]);
    expect((await b.get(x.id))?.text).toBe(x.text);
    expect(await readFile(path.join(b.clippingDir(x.id), 'img-1.png'))).toEqual(Buffer.from(image));
    await b.close();
  });

  it('imports only into an empty folder', async () => {
    const source = path.join(dir, 'source');
    const a = await openArchive(source, { dailyBackup: 'off' });
    await a.add(makeArticle());
    await a.close();
    const zip = path.join(dir, 'a.zip');
    await exportArchive(source, zip);
    await expect(importArchiveZip(zip, source)).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('rejects a zip with paths outside the archive and leaves nothing behind', async () => {
    const evil = path.join(dir, 'evil.zip');
    const enc = new TextEncoder();
    await writeFile(
      evil,
      zipSync({
        'cuttings-export.json': enc.encode('{}'),
        'snapshot.json': enc.encode('{}'),
        '../../escape.txt': enc.encode('gotcha'),
      }),
    );
    const target = path.join(dir, 'target');
    await expect(importArchiveZip(evil, target)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(existsSync(target)).toBe(false);
    expect(existsSync(path.join(dir, '..', 'escape.txt'))).toBe(false);
  });
});
