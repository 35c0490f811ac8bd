import { gunzipSync } from 'node:zlib';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkArchive, listBackups, openArchive } from '../../../electron/main/archive';
import { migrate, v1ToV2, v2ToV3 } from '../../../electron/main/archive/migrations';
import { V1_CLIPPINGS, writeV1Archive } from './fixtures/v1-archive';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

describe('migrating a version 1 catalogue', () => {
  it('backs up the old catalogue, migrates it on open and validates the result', async () => {
    const original = await writeV1Archive(dir);
    const a = await openArchive(dir, { dailyBackup: 'off' });
    try {
      const [harbour, old] = V1_CLIPPINGS.map((c) => c.id) as [string, string];
      expect(a.summaries().map((s) => s.id)).toEqual([harbour]);
      expect(a.summaries({ trashed: true }).map((s) => s.id)).toEqual([old]);
      const clipping = await a.get(harbour);
      expect(clipping).toMatchObject({
        title: 'Harbour to reopen',
        tags: ['Ports', 'economy'],
        notes: 'check the figures',
        text: 'The harbour will reopen soon.',
        entities: { people: [], places: [], organisations: [] },
        trashedAt: null,
      });
      expect(a.tags()).toEqual([
        { name: 'Ports', color: '#336699', count: 1 },
        { name: 'economy', color: null, count: 1 },
      ]);
      // The migrated catalogue is written in the current schema and writes keep working.
      await a.tag([harbour], ['migrated'], []);
    } finally {
      await a.close();
    }
    const manifest = JSON.parse(await readFile(path.join(dir, 'catalogue.json'), 'utf8'));
    expect(manifest.schemaVersion).toBe(3);
    const backups = await listBackups(dir);
    expect(backups.map((b) => b.kind)).toEqual(['pre-migration']);
    const kept = gunzipSync(await readFile(path.join(dir, 'backups', backups[0]?.name as string))).toString(
      'utf8',
    );
    expect(kept).toBe(original);
    const report = await checkArchive(dir);
    expect(report.problems).toEqual([]);
  });

  it('shows a migrated view read-only without touching the old catalogue', async () => {
    const original = await writeV1Archive(dir);
    const a = await openArchive(dir, { readOnly: true });
    expect(a.summaries()).toHaveLength(1);
    await a.close();
    expect(await readFile(path.join(dir, 'catalogue.json'), 'utf8')).toBe(original);
    expect(await listBackups(dir)).toEqual([]);
  });

  it('keeps a version 1 catalogue of the wrong shape aside instead of migrating it', async () => {
    await writeV1Archive(dir);
    const broken = '{"schemaVersion":1,"clippings":"oops"}';
    await writeFile(path.join(dir, 'catalogue.json'), broken);
    const err = await openArchive(dir).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'damaged' });
    expect((err as Error).message).toMatch(/schema 1 catalogue that cannot be migrated/);
    const keptAt = (err as { keptAt: string }).keptAt;
    expect(await readFile(path.join(dir, keptAt, 'catalogue.json'), 'utf8')).toBe(broken);
  });

  it('v1ToV2 is a pure step: deleted clippings go to the trash, new fields are empty', () => {
    const now = new Date('2024-01-01T00:00:00.000Z');
    const out = v1ToV2({ schemaVersion: 1, createdAt: 'x', tags: [], clippings: V1_CLIPPINGS }, now);
    expect(out.clippings.map((c) => c.trashedAt)).toEqual([null, now.toISOString()]);
    expect(out.clippings[1]?.files).toEqual({ original: 'original.html', html: true });
    expect(out).toMatchObject({ schemaVersion: 2, savedSearches: [], dossiers: [] });
  });
});

describe('migrating a version 2 catalogue', () => {
  it('turns an old dossier record into a whole spec with an ids source', () => {
    const v2 = {
      schemaVersion: 2 as const,
      format: 'cuttings-snapshot' as const,
      createdAt: '2025-01-01T00:00:00.000Z',
      tags: [],
      savedSearches: [{ id: 's1', name: 'Kremlin', query: 'peskov' }],
      dossiers: [{ id: 'd1', title: ' Weekly ', clippingIds: ['abc12345'], createdAt: '2025-02-01T00:00:00.000Z' }],
      clippings: [],
    };
    expect(v2ToV3(v2).dossiers).toEqual([
      {
        id: 'd1',
        spec: { title: 'Weekly' },
        source: { kind: 'ids', ids: ['abc12345'] },
        createdAt: '2025-02-01T00:00:00.000Z',
        updatedAt: '2025-02-01T00:00:00.000Z',
      },
    ]);
    const migrated = migrate(v2, 2, new Date());
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.savedSearches).toEqual(v2.savedSearches);
  });
});
