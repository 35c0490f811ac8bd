/**
 * The READMEs' promises about faults, held to the code (issue #17): the shard size the archive
 * README states is the one the archive uses, and the lock the READMEs name is the one that
 * locks (an earlier README credited proper-lockfile, which only the UI tests use). The promise
 * "a failed write leaves the previous state intact" is behaviour, shown by
 * tests/main/archive/failed-write.test.ts and tests/cli/full-disk.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARD_CAPACITY } from '../../electron/main/archive/schema';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

describe("the READMEs' promises about faults", () => {
  it('state the shard size the archive uses', () => {
    const stated = /at most (\d+) clippings per\s+(?:\S+\s+)*?shard/.exec(read('electron/main/archive/README.md'));
    expect(stated?.[1]).toBe(String(SHARD_CAPACITY));
  });

  it('name the lock that locks the archive, and no library the code does not use for it', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/proper-lockfile \| tests only.*`electron\/main\/archive\/lock\.ts`/);
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain('proper-lockfile');
    // git grep lists the app's files that mention it (status 1: none do).
    const shipped = spawnSync('git', ['grep', '-l', 'proper-lockfile', '--', 'electron', 'shared', 'renderer'], { cwd: root, encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .filter((f) => !f.endsWith('.md'));
    expect(shipped).toEqual([]);
    // The lock README describes: created whole (a temp file hard-linked into place), naming its holder.
    const lock = read('electron/main/archive/lock.ts');
    expect(lock).toMatch(/await link\(temp, file\)/);
    expect(read('electron/main/archive/README.md')).toMatch(/`archive\.lock` is created whole \(written to a temp file, hard-linked into place\)/);
  });
});
