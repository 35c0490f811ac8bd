/** Reading a catalogue's shard files a few at a time, ahead of the checks (archive/load.ts). */
import { readFile } from 'node:fs/promises';
import { errnoCode } from './io-errors';

/** How many shard files are being read ahead of the one being checked. */
const SHARDS_AHEAD = 4;

/**
 * Reads `files` in order, at most `ahead` at a time beyond the one asked for; `get(i)` starts
 * the reads up to i + ahead and resolves with file i (null when it does not exist). Reads not
 * awaited (a check that stopped early) fail silently.
 */
export function readAhead(files: string[], ahead = SHARDS_AHEAD): { get(i: number): Promise<Buffer | null> } {
  const started: Array<Promise<Buffer | null>> = [];
  const start = (i: number): void => {
    const file = files[i];
    if (file === undefined || started[i]) return;
    const read = readFile(file).catch((err: unknown) => {
      if (errnoCode(err) === 'ENOENT') return null;
      throw err;
    });
    read.catch(() => undefined);
    started[i] = read;
  };
  return {
    get(i) {
      for (let j = i; j <= i + ahead; j++) start(j);
      return started[i] as Promise<Buffer | null>;
    },
  };
}
