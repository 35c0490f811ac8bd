import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../electron/main/library';
import { runCli } from './run-cli';

const sunText = readFileSync(path.resolve(import.meta.dirname, '../fixtures/paste/sun-peskov.txt'), 'utf8');

let work: string;
let archive: string;
let id: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-care-'));
  archive = path.join(work, 'archive');
  const r = await runCli(['--archive', archive, 'import', '-', '--tag', 'ukraine', '--json'], { input: sunText });
  id = JSON.parse(r.stdout).id;
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('looking after the archive from the command line', () => {
  it('backs up, lists backups, and restores the newest', async () => {
    const backup = await runCli(['--archive', archive, 'backup', '--json']);
    expect(backup.status).toBe(0);
    const { name } = JSON.parse(backup.stdout);
    expect(existsSync(path.join(archive, 'backups', name))).toBe(true);
    const list = JSON.parse((await runCli(['--archive', archive, 'backup', '--list', '--json'])).stdout);
    expect(list.map((b: { name: string }) => b.name)).toContain(name);

    await runCli(['--archive', archive, 'tag', id, '--add', 'after-backup']);
    const restored = await runCli(['--archive', archive, 'restore', name, '--json']);
    expect(restored.stderr).toBe('');
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: name, clippings: 1 });
    const shown = JSON.parse((await runCli(['--archive', archive, 'show', id, '--json'])).stdout);
    expect(shown.tags).toEqual(['ukraine']);
  });

  it('on a damaged catalogue: says what to run, and repair takes the clippings back from their folders', async () => {
    const damagedDir = path.join(work, 'damaged');
    await runCli(['--archive', damagedDir, 'import', '-', '--tag', 'ukraine'], { input: sunText });
    await runCli(['--archive', damagedDir, 'backup']);
    writeFileSync(path.join(damagedDir, 'catalogue.json'), '{"schemaVersion": 8, "shards": [');
    const listed = await runCli(['--archive', damagedDir, 'list']);
    expect(listed.status).toBe(1);
    expect(listed.stderr).toMatch(/catalogue is not valid JSON/);
    expect(listed.stderr).toMatch(/`cuttings restore \S+-manual\.json\.gz`, or rebuild .* `cuttings repair`/);
    const repaired = await runCli(['--archive', damagedDir, 'repair', '--json']);
    expect(repaired.stderr).toBe('');
    expect(JSON.parse(repaired.stdout)).toMatchObject({ clippings: 1, keptAt: expect.stringMatching(/^kept\//) });
    const list = JSON.parse((await runCli(['--archive', damagedDir, 'list', '--json'])).stdout);
    expect(list.map((c: { title: string; tags: string[] }) => [c.title, c.tags])).toEqual([
      ['Russia sees progress in Ukraine peace talks but US relations strained', ['ukraine']],
    ]);
  });

  it('checks a healthy archive', async () => {
    const ok = await runCli(['--archive', archive, 'check', '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ clippings: 1, ok: true, problems: [] });
  });

  it('moves house: export to a zip, import it into a new folder', async () => {
    const zip = path.join(work, 'archive.zip');
    expect((await runCli(['--archive', archive, 'export', zip])).status).toBe(0);
    const elsewhere = path.join(work, 'elsewhere');
    const imported = await runCli(['--archive', elsewhere, 'import-archive', zip, '--json']);
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout).clippings).toBe(1);
    const hits = JSON.parse((await runCli(['--archive', elsewhere, 'search', 'peskov', '--json'])).stdout);
    expect(hits.map((h: { id: string }) => h.id)).toEqual([id]);

    // The copy is the user's to break: a lost text file is reported, and check exits 1.
    const [text] = (await readdir(elsewhere, { recursive: true })).filter((f) => f.endsWith('text.txt'));
    await rm(path.join(elsewhere, text as string));
    const check = await runCli(['--archive', elsewhere, 'check', '--json']);
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout).problems).toEqual([expect.objectContaining({ kind: 'missing-file', id })]);
  });

  it('refuses a second writer with the owner and pid, while read-only commands still work', async () => {
    const app = await openLibrary(archive, { owner: 'Cuttings' });
    try {
      const write = await runCli(['--archive', archive, 'tag', id, '--add', 'second-writer']);
      expect(write.status).toBe(1);
      expect(write.stderr).toMatch(new RegExp(`open in Cuttings \\(pid ${process.pid}\\)`));
      const read = await runCli(['--archive', archive, 'search', 'peskov', '--json']);
      expect(read.status).toBe(0);
      expect(JSON.parse(read.stdout)).toHaveLength(1);
    } finally {
      await app.close();
    }
    expect(JSON.parse((await runCli(['--archive', archive, 'show', id, '--json'])).stdout).tags).not.toContain('second-writer');
  });
});
