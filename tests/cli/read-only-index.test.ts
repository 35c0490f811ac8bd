/**
 * Issue #17 item 3: a read-only command that finds the search index out of step with the
 * catalogue (after `check --repair` re-adopts a clipping, or a crash between a commit and its
 * index update) answers from a fresh copy built in memory, says so, and writes nothing.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../electron/main/archive';
import { makeArticle } from '../main/archive/helpers';
import { runCli } from './run-cli';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/paste');
let work: string;
let archive: string;

async function indexBytes(): Promise<Buffer> {
  return readFile(path.join(archive, 'index', 'search.sqlite'));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-stale-'));
  archive = path.join(work, 'archive');
  const r = await runCli(['--archive', archive, 'import', path.join(FIXTURES, 'sun-peskov.txt')]);
  expect(r.status).toBe(0);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('read-only commands and an index out of step', () => {
  it('find a clipping the index never saw (a crash right after the commit), say so, and write nothing', async () => {
    // The catalogue commits; the index is not told (as if the writer died right after the commit).
    const a = await openArchive(archive, { dailyBackup: 'off' });
    const { clipping } = await a.add(makeArticle({ title: 'Lighthouse keepers return', text: 'The lighthouse keepers of Skerryvore came back on Tuesday after the storm.' }));
    await a.close();
    const before = await indexBytes();
    const list = await runCli(['--archive', archive, 'list']);
    expect(list.stdout).toMatch(/^2 clippings/);
    const r = await runCli(['--archive', archive, 'search', 'skerryvore', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).map((h: { id: string }) => h.id)).toEqual([clipping.id]);
    expect(r.stderr).toMatch(/^cuttings: note: The search index is behind the archive.*built in memory/);
    expect((await indexBytes()).equals(before)).toBe(true);
    // The same for a clipping check --repair re-adopts (its folder was there, the catalogue had lost it).
    const show = await runCli(['--archive', archive, 'show', clipping.id]);
    expect(show.status).toBe(0);
  });

  it('are told nothing when the index is in step', async () => {
    const w = await runCli(['--archive', archive, 'reindex']);
    expect(w.status).toBe(0);
    const r = await runCli(['--archive', archive, 'search', 'skerryvore']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Lighthouse keepers return');
  });

  it('answer from memory when the index file is unreadable, without replacing it', async () => {
    const file = path.join(archive, 'index', 'search.sqlite');
    await rename(file, `${file}.away`);
    await rm(`${file}-wal`, { force: true });
    await rm(`${file}-shm`, { force: true });
    const r = await runCli(['--archive', archive, 'search', 'peskov']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Russia sees progress');
    expect(r.stderr).toMatch(/could not be read.*built in memory/);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    await rename(`${file}.away`, file);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
