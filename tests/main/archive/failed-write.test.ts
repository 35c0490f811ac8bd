/**
 * The README's promise: "A failed write says so and leaves the previous state intact." The
 * hardest case: the new catalogue is renamed into place, then flushing its folder fails (EIO).
 * The change is reported failed, so what the disk holds afterwards must be the previous state.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeArticle, tempDir } from './helpers';

/** When set, the next flush of this folder fails as a failing disk would. */
const fault = vi.hoisted(() => ({ folder: null as string | null }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (file, flags, ...rest) => {
    const handle = await fs.open(file, flags, ...rest);
    if (flags !== 'r' || fault.folder === null || path.resolve(String(file)) !== fault.folder) return handle;
    fault.folder = null;
    return new Proxy(handle, {
      get(target, prop, receiver) {
        if (prop === 'sync') return () => Promise.reject(Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' }));
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...fs, default: { ...fs, open }, open };
});

const { openArchive } = await import('../../../electron/main/archive');

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => cleanup());

describe('a write that fails after the catalogue was renamed into place', () => {
  it('is reported failed and leaves the previous catalogue on disk; the archive goes on working', async () => {
    const a = await openArchive(dir, { dailyBackup: 'off' });
    const { clipping } = await a.add(makeArticle(), ['before']);
    const manifestBefore = await readFile(path.join(dir, 'catalogue.json'), 'utf8');

    fault.folder = path.resolve(dir);
    const err = await a.tag([clipping.id], ['lost'], []).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'io' });
    expect((err as Error).message).toMatch(/input\/output error/);
    expect(await readFile(path.join(dir, 'catalogue.json'), 'utf8')).toBe(manifestBefore);
    expect(a.summary(clipping.id)?.tags).toEqual(['before']);

    // Not stuck: the next change is saved.
    await a.tag([clipping.id], ['after'], []);
    await a.close();
    const b = await openArchive(dir, { readOnly: true });
    expect(b.summary(clipping.id)?.tags).toEqual(['before', 'after']);
    await b.close();
  });
});
