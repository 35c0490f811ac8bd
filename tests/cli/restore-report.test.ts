/** Issue #17 item 11: `cuttings restore` says what changed since the backup and what `check --repair` brings back. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-restore-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const article = (n: number): string => `Harbour report ${n}\n\nThe harbour number ${n} reopened on Monday after a long closure, officials said.\n`;

describe('cuttings restore', () => {
  it('names the clippings added since the backup, which check --repair puts back, and the edits it cannot', async () => {
    const archive = path.join(work, 'a');
    const cli = (...args: string[]) => runCli(['--archive', archive, ...args]);
    const first = JSON.parse((await runCli(['--archive', archive, 'import', '-', '--json'], { input: article(1) })).stdout).id as string;
    expect((await cli('backup')).status).toBe(0);
    expect((await runCli(['--archive', archive, 'import', '-'], { input: article(2) })).status).toBe(0);
    expect((await cli('tag', first, '--add', 'since')).status).toBe(0);

    const r = await cli('restore');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 clipping added since that backup is not in it, but its folder is still here: `cuttings check --repair` puts it back/);
    expect(r.stdout).toMatch(/1 clipping had tags, notes or details changed since that backup.*`cuttings restore \S+-pre-restore\.json\.gz`/);
    expect((await cli('list')).stdout).toMatch(/^1 clipping\n/);
    expect((await cli('check', '--repair')).status).toBe(0);
    expect((await cli('list')).stdout).toMatch(/^2 clippings\n/);
    // check --repair brought the search index up to date too: no copy in memory, no note.
    const search = await cli('search', 'harbour');
    expect(search.stderr).toBe('');
    expect(search.stdout).toMatch(/^2 clippings\n/);
  });
});
