/**
 * The stored-clipping check is the only check of a record's shape (no zod schema mirrors it),
 * so this test breaks every field of a real record in turn: a field added to the record and
 * forgotten by the check fails here.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/main/archive';
import { checkStoredClipping } from '../../../electron/main/archive/record-check';
import { makeArticle, tempDir } from './helpers';

let record: Record<string, unknown>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await tempDir();
  cleanup = temp.cleanup;
  const archive = await openArchive(temp.dir, { dailyBackup: 'off' });
  const { clipping } = await archive.add(
    makeArticle({ images: [{ file: 'img-1.jpg', alt: 'A harbour', originalUrl: null, data: new Uint8Array([0xff, 0xd8, 0xff]) }] }),
    ['harbour'],
  );
  await archive.update(clipping.id, { notes: 'seen' });
  await archive.close();
  const shards = path.join(temp.dir, 'catalogue');
  const [file] = await readdir(shards);
  const doc = JSON.parse(await readFile(path.join(shards, file as string), 'utf8')) as { clippings: Array<Record<string, unknown>> };
  record = doc.clippings[0] as Record<string, unknown>;
});
afterAll(() => cleanup());

/** A value of the wrong type for `value`. */
const wrongFor = (value: unknown): unknown => (typeof value === 'number' ? 'many' : 42);

describe('checkStoredClipping', () => {
  it('accepts a record the archive wrote', () => {
    expect(checkStoredClipping(record)).toBeNull();
    expect(Object.keys(record).length).toBeGreaterThan(20);
  });

  it('names every top-level field that has the wrong type or is missing', () => {
    for (const key of Object.keys(record)) {
      expect(checkStoredClipping({ ...record, [key]: wrongFor(record[key]) }), `${key} of the wrong type`).not.toBeNull();
      const { [key]: _dropped, ...without } = record;
      expect(checkStoredClipping(without), `${key} missing`).not.toBeNull();
    }
  });

  it('looks inside the nested parts', () => {
    const broken: Array<[string, unknown]> = [
      ['entities', { ...(record.entities as object), places: [1] }],
      ['quotes', [{ speaker: 3, text: 'x' }]],
      ['images', [{ alt: null }]],
      ['files', { original: 'original.txt' }],
      ['id', 'NOT-AN-ID'],
      ['capturedAt', 'yesterday'],
      ['wordCount', -1],
    ];
    for (const [key, value] of broken) expect(checkStoredClipping({ ...record, [key]: value }), key).not.toBeNull();
    expect(checkStoredClipping(null)).toBe('not an object');
    expect(checkStoredClipping([record])).toBe('not an object');
  });
});
