/**
 * `cuttings import FILE.txt --json` and `show ID --json` expose what capture found in a paste:
 * title, source, author, date, dateline and language (also as publishedAt and lang).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const WIRES = path.resolve(import.meta.dirname, '../fixtures/paste-wires');

describe('cuttings import FILE.txt --json', () => {
  let archive: string;
  beforeAll(async () => {
    archive = await mkdtemp(path.join(tmpdir(), 'cuttings-cli-fields-'));
  });
  afterAll(async () => {
    await rm(archive, { recursive: true, force: true });
  });

  it('gives title, source, author, date, dateline and language of a wire, and show gives the same', async () => {
    const imported = await runCli(['--archive', archive, 'import', path.join(WIRES, 'pap-pl-warszawa.txt'), '--json']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const got = JSON.parse(imported.stdout) as Record<string, unknown>;
    expect(got).toMatchObject({
      title: 'Sejm uchwalił nowelizację ustawy o ochronie ludności',
      source: 'PAP',
      author: 'Anna Kowalczyk',
      date: '2025-03-12',
      publishedAt: '2025-03-12',
      dateline: 'Warszawa',
      language: 'pl',
      lang: 'pl',
    });
    const shown = await runCli(['--archive', archive, 'show', String(got.id), '--json']);
    expect(shown.status).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ title: got.title, source: 'PAP', date: '2025-03-12', language: 'pl', dateline: 'Warszawa' });
  });
});
