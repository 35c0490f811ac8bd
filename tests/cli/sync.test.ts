import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, type CouchServer } from '../main/sync/couch-server';
import { runCli } from './run-cli';

let couch: CouchServer;
let work: string;

beforeAll(async () => {
  couch = await startCouch();
  await couch.createDb('press', ['anna', 'ben']);
  work = await mkdtemp(path.join(os.tmpdir(), 'cuttings-cli-sync-'));
});
afterAll(async () => {
  await couch?.close();
  await rm(work, { recursive: true, force: true });
});

describe('cuttings sync URL', () => {
  it('sends one archive’s clippings and the other receives them, then exits; --json gives the report', async () => {
    const anna = path.join(work, 'anna');
    const ben = path.join(work, 'ben');
    const imported = await runCli(['--archive', anna, 'import', '-', '--tag', 'budget', '--json'], {
      input: 'Budget vote delayed\n\nThe council postponed the budget vote to Thursday after a long debate about school funding.',
    });
    expect(imported.status, imported.stderr).toBe(0);
    const sent = await runCli(['--archive', anna, 'sync', couch.dbUrl('press', 'anna', 'pw-anna')]);
    expect(sent.status, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/^Synced with http:\/\/127\.0\.0\.1:\d+\/press: received 0 changes \(0 new clippings\), sent 2\./);
    expect(sent.stdout).not.toContain('pw-anna'); // the clipping and its tag (its files travel in a document of their own)

    const got = await runCli(['--archive', ben, 'sync', couch.dbUrl('press'), '--user', 'ben', '--json'], { env: { CUTTINGS_SYNC_PASSWORD: 'pw-ben' } });
    expect(got.status, got.stderr).toBe(0);
    expect(JSON.parse(got.stdout)).toMatchObject({ newClippings: 1, sent: 0, replaced: [], skipped: [] });
    const found = await runCli(['--archive', ben, 'search', 'school funding', '--json']);
    expect(JSON.parse(found.stdout)).toMatchObject([{ title: 'Budget vote delayed', tags: ['budget'] }]);
  });

  it('exits 1 with one clear line for a wrong password or a server that does not answer', async () => {
    const dir = path.join(work, 'carl');
    const wrong = await runCli(['--archive', dir, 'sync', couch.dbUrl('press', 'anna', 'guess')]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toMatch(/refused the credentials of anna/);
    const gone = await runCli(['--archive', dir, 'sync', 'http://127.0.0.1:9/press']);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toMatch(/Could not reach the sync server http:\/\/127\.0\.0\.1:9\/press: nothing answers/);
    const usage = await runCli(['--archive', dir, 'sync']);
    expect(usage.status).toBe(2);
  });
});
