/** Issue #17 item 10: bad option values get our own one-line usage error. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-usage-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('usage errors', () => {
  it('answers `list --limit -1` with one line of its own and exit status 2', async () => {
    const r = await runCli(['--archive', path.join(work, 'a'), 'list', '--limit', '-1']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'cuttings: --limit takes a whole number from 1 to 100000, not "-1".',
    ]);
  });

  it('keeps any message from the argument parser to one line', async () => {
    const r = await runCli(['--archive', path.join(work, 'a'), 'search', 'x', '--limit', '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^cuttings: .*--limit.*Run cuttings search --help\.\n$/);
  });
});
