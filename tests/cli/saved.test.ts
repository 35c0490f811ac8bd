import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/paste');
let work: string;
let archive: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-saved-'));
  archive = path.join(work, 'archive');
  const text = readFileSync(path.join(FIXTURES, 'sun-peskov.txt'), 'utf8');
  const r = await runCli(['--archive', archive, 'import', '-', '--tag', 'ukraine'], { input: text });
  expect(r.status, r.stderr).toBe(0);
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('cuttings searches and dossiers', () => {
  it('saves, lists, uses and deletes a saved search', async () => {
    const saved = await runCli(['--archive', archive, 'search', 'tag:ukraine', '--save', 'Ukraine']);
    expect(saved.status, saved.stderr).toBe(0);
    const list = await runCli(['--archive', archive, 'searches', '--json']);
    expect(JSON.parse(list.stdout)).toMatchObject([{ name: 'Ukraine', query: 'tag:ukraine' }]);

    const out = path.join(work, 'saved.pdf');
    const d = await runCli(['--archive', archive, 'dossier', '--saved-search', 'ukraine', '--title', 'Review', '--lang', 'en', '--save', '-o', out, '--json']);
    expect(d.status, d.stderr).toBe(0);
    const { dossierId, clippings } = JSON.parse(d.stdout);
    expect(clippings).toBe(1);
    const dossiers = await runCli(['--archive', archive, 'dossiers', '--json']);
    expect(JSON.parse(dossiers.stdout)).toMatchObject([{ id: dossierId, spec: { title: 'Review', lang: 'en' }, source: { kind: 'saved-search' } }]);

    const again = path.join(work, 'again.pdf');
    const re = await runCli(['--archive', archive, 'dossier', '--id', dossierId, '-o', again, '--json']);
    expect(re.status, re.stderr).toBe(0);
    expect(JSON.parse(re.stdout).clippings).toBe(1);
    expect((await readFile(again)).subarray(0, 5).toString()).toBe('%PDF-');

    const del = await runCli(['--archive', archive, 'searches', '--delete', 'Ukraine']);
    expect(del.status, del.stderr).toBe(0);
    const none = await runCli(['--archive', archive, 'searches', '--delete', 'Ukraine']);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/no saved search/);
  });

  it('names the PDF after the title in its own script, and checks options with the app\'s schema', async () => {
    const cwd = await mkdtemp(path.join(work, 'cwd-'));
    const r = await runCli(['--archive', archive, 'dossier', '--query', 'tag:ukraine', '--title', 'Обзор прессы: Украина', '--paper', 'letter'], { cwd });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual(['Обзор-прессы-Украина.pdf']);

    const bad = await runCli(['--archive', archive, 'dossier', '--query', 'x', '--title', 'T', '--group-by', 'week'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--group-by: .*"none"/);
    const untitled = await runCli(['--archive', archive, 'dossier', '--query', 'x', '--title', '  '], { cwd });
    expect(untitled.status).toBe(2);
    expect(untitled.stderr).toMatch(/--title: a dossier needs a title/);
  });

  it('rejects an empty name as a usage or input error', async () => {
    const r = await runCli(['--archive', archive, 'search', 'x', '--save', '  ']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/needs a name/);
  });
});
