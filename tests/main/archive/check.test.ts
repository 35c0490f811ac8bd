import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupArchive, checkArchive, openArchive, restoreBackup } from '../../../electron/main/archive';
import { makeArticle, tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

describe('the consistency check', () => {
  it('finds nothing wrong in a healthy archive', async () => {
    const a = await openArchive(dir, { dailyBackup: 'off' });
    await a.add(makeArticle({ html: '<p>x</p>' }), ['t']);
    await a.close();
    expect(await checkArchive(dir)).toEqual({ clippings: 1, problems: [], ok: true });
  });

  it('reports missing files, moves strays to lost+found and re-adopts a lost clipping', async () => {
    const a = await openArchive(dir, { dailyBackup: 'off' });
    const kept = (await a.add(makeArticle(), ['kept'])).clipping;
    const keptDir = a.clippingDir(kept.id);
    await a.close();
    const backup = await backupArchive(dir);
    const b = await openArchive(dir, { dailyBackup: 'off' });
    const lost = (await b.add(makeArticle(), ['later'])).clipping;
    await b.close();
    // The catalogue goes back to before `lost` was added: its folder is now unknown to it.
    await restoreBackup(dir, backup.name);
    await rm(path.join(keptDir, 'text.txt'));
    const stray = path.join(dir, 'clippings', '2020', '01', 'not-a-clipping');
    await mkdir(stray, { recursive: true });
    await writeFile(path.join(stray, 'note.txt'), 'hello');

    const report = await checkArchive(dir);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.id, p.repaired])).toEqual([
      ['missing-file', kept.id, null],
      ['orphan', null, null],
      ['orphan', lost.id, null],
    ]);

    const repaired = await checkArchive(dir, { repair: true });
    expect(repaired.problems.find((p) => p.id === lost.id)?.repaired).toBe('put back into the catalogue');
    expect(repaired.problems.find((p) => p.kind === 'orphan' && p.id === null)?.repaired).toBe(
      'moved to lost+found/clippings/2020/01/not-a-clipping',
    );
    expect(repaired.problems.find((p) => p.kind === 'missing-file')?.repaired).toBeNull();
    expect(
      await readFile(path.join(dir, 'lost+found/clippings/2020/01/not-a-clipping/note.txt'), 'utf8'),
    ).toBe('hello');

    const c = await openArchive(dir, { dailyBackup: 'off' });
    expect((await c.get(lost.id))?.tags).toEqual(['later']);
    expect(
      c
        .tags()
        .map((t) => t.name)
        .sort(),
    ).toEqual(['kept', 'later']);
    await c.close();
    const after = await checkArchive(dir);
    expect(after.problems.map((p) => p.kind)).toEqual(['missing-file']);
  });
});
