import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupArchive,
  listBackups,
  openArchive,
  recoverFromBackup,
  restoreBackup,
} from '../../../electron/main/archive';
import { makeArticle, tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

const day = (n: number): Date => new Date(Date.UTC(2026, 0, 1 + n, 9, 30));

describe('backups', () => {
  it('makes one verified daily backup per day and keeps the last seven', async () => {
    for (let d = 0; d < 10; d++) {
      for (let twice = 0; twice < 2; twice++) {
        const a = await openArchive(dir, { now: () => day(d), dailyBackup: 'await' });
        const report = await a.maintenance;
        expect(report.backupError).toBeNull();
        expect(report.backup !== null).toBe(twice === 0);
        if (twice === 0) await a.add(makeArticle(), [`day-${d}`]);
        await a.close();
      }
    }
    const daily = await listBackups(dir);
    expect(daily.map((b) => b.createdAt.slice(0, 10))).toEqual(
      [9, 8, 7, 6, 5, 4, 3].map((d) => day(d).toISOString().slice(0, 10)),
    );
    // The day-9 backup was taken on opening, before that day's clipping was added: it holds nine.
    const newest = JSON.parse(
      gunzipSync(await readFile(path.join(dir, 'backups', daily[0]?.name as string))).toString('utf8'),
    );
    expect(newest).toMatchObject({ format: 'cuttings-snapshot', schemaVersion: 3 });
    expect(newest.clippings).toHaveLength(9);
  });

  it('backs up on request while another process writes, and restores an older backup', async () => {
    const a = await openArchive(dir, { dailyBackup: 'off' });
    const first = (await a.add(makeArticle(), ['one'])).clipping.id;
    const backup = await backupArchive(dir); // the archive is open for writing meanwhile
    expect(backup.kind).toBe('manual');
    const second = (await a.add(makeArticle())).clipping.id;
    await expect(restoreBackup(dir, backup.name)).rejects.toMatchObject({ code: 'locked' });
    await a.close();

    const result = await restoreBackup(dir, backup.name);
    expect(result).toMatchObject({ restored: backup.name, clippings: 1 });
    const b = await openArchive(dir, { dailyBackup: 'off' });
    expect(b.summaries().map((s) => s.id)).toEqual([first]);
    expect(b.tags()).toEqual([{ name: 'one', color: null, count: 1 }]);
    await b.close();
    // What the restore replaced is kept, and still names the second clipping.
    const kept = await readdir(path.join(dir, result.keptAt as string, 'catalogue'));
    const keptText = (
      await Promise.all(
        kept.map((f) => readFile(path.join(dir, result.keptAt as string, 'catalogue', f), 'utf8')),
      )
    ).join('');
    expect(keptText).toContain(second);
  });

  it('skips a corrupt backup when recovering and refuses to restore it by name', async () => {
    const a = await openArchive(dir, { dailyBackup: 'off' });
    await a.add(makeArticle());
    await a.close();
    const good = await backupArchive(dir);
    await new Promise((r) => setTimeout(r, 5));
    const bad = await backupArchive(dir);
    await writeFile(path.join(dir, 'backups', bad.name), 'not gzip at all');
    await expect(restoreBackup(dir, bad.name)).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(restoreBackup(dir, 'no-such-backup.json.gz')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const result = await recoverFromBackup(dir);
    expect(result.restored).toBe(good.name);
  });

  it('says so when there is no backup to recover from', async () => {
    const a = await openArchive(dir, { dailyBackup: 'off' });
    await a.close();
    await expect(recoverFromBackup(dir)).rejects.toMatchObject({ code: 'not-found' });
  });
});
