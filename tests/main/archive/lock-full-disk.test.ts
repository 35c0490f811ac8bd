/**
 * Issue #17 item 10: when the disk fills while the lock is being taken, no empty
 * `archive.lock.<token>.tmp` is left behind, and the user is told the disk is full.
 */
import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers';

// Files are created, but writing their bytes fails as on a full disk: only for lock files.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (file, ...rest) => {
    const handle = await fs.open(file, ...rest);
    if (!/archive\.lock/.test(String(file))) return handle;
    return new Proxy(handle, {
      get(target, prop, receiver) {
        if (prop === 'writeFile' || prop === 'write') {
          return () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
        }
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

describe('taking the lock on a full disk', () => {
  it('says the disk is full and leaves no lock files behind', async () => {
    const err = await openArchive(dir, { dailyBackup: 'off' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'io' });
    expect((err as Error).message).toMatch(/lock the archive for writing: the disk is full/);
    expect((await readdir(dir)).filter((n) => n.startsWith('archive.lock'))).toEqual([]);
  });
});
