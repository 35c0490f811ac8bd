/**
 * Issue #17 item 9: a closed output pipe (`cuttings list | head -1`, the reader gone before
 * the command writes) ends the command quietly; an import still saves, says nothing false
 * and releases the archive's lock.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const BIN = path.resolve(import.meta.dirname, '../../bin/cuttings.mjs');
let work: string;
let archive: string;

/** Runs the CLI with its standard output already closed at the reading end (as after `head` exits). */
function runWithClosedStdout(args: string[], input = ''): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, CUTTINGS_ARCHIVE: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdout.destroy(); // the reader is gone: every write the CLI makes gets EPIPE
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-pipe-'));
  archive = path.join(work, 'archive');
  for (const n of [1, 2, 3]) {
    const r = await runCli(['--archive', archive, 'import', '-'], {
      input: `Harbour story ${n}\n\nThe harbour number ${n} reopened on Monday after a long closure, officials said.\n`,
    });
    expect(r.status).toBe(0);
  }
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a closed output pipe', () => {
  it('ends `list` quietly: no stack trace, status 0', async () => {
    const r = await runWithClosedStdout(['--archive', archive, 'list']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('ends `list --json` and `search` quietly too', async () => {
    for (const args of [['list', '--json'], ['search', 'harbour']]) {
      const r = await runWithClosedStdout(['--archive', archive, ...args]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('lets an import finish: the clipping is saved, the status says so, and the lock is released', async () => {
    const r = await runWithClosedStdout(
      ['--archive', archive, 'import', '-'],
      'Harbour story four\n\nA fourth harbour reopened on Tuesday after the storm, the port authority said.\n',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.status).toBe(0);
    expect(existsSync(path.join(archive, 'archive.lock'))).toBe(false);
    const list = await runCli(['--archive', archive, 'list']);
    expect(list.stdout).toMatch(/^4 clippings/);
    expect(list.stdout).toContain('Harbour story four');
  });
});
