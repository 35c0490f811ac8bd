/**
 * kill -9 at random moments: a child writes in a loop (adds, multi-shard tag edits, trash) and
 * prints each acknowledged change; after every kill the archive must open, validate, and hold
 * every acknowledged change. Several lanes (one archive each) run side by side to fit 200+
 * kills in about a minute; each next child also has to take over the dead one's stale lock.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkArchive, openArchive } from '../../../electron/main/archive';
import { startWriter, writerBundle } from './child';
import { tempDir } from './helpers';

const KILLS = 210;
const LANES = 6;
const SHARD_CAPACITY = '4'; // tiny shards: most commits rewrite several shard files

let base: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir: base, cleanup } = await tempDir('cuttings-crash-'));
  await writerBundle();
}, 60_000);
afterAll(async () => cleanup());

interface Expected {
  live: Set<string>;
  tags: Map<string, Set<string>>;
  trashed: Set<string>;
}

function record(expected: Expected, line: string): void {
  const [ack, kind, id = '', tag] = line.split(' ');
  if (ack !== 'ack') return;
  if (kind === 'add') expected.live.add(id);
  if ((kind === 'add' || kind === 'tag') && tag) {
    const set = expected.tags.get(id) ?? new Set<string>();
    set.add(tag);
    expected.tags.set(id, set);
  }
  if (kind === 'trash') expected.trashed.add(id);
}

async function verify(dir: string, expected: Expected): Promise<number> {
  const a = await openArchive(dir, { readOnly: true });
  try {
    for (const id of expected.live) {
      const s = a.summary(id);
      expect(s, `acknowledged clipping ${id} is missing`).toBeDefined();
      for (const tag of expected.tags.get(id) ?? []) expect(s?.tags).toContain(tag);
      if (expected.trashed.has(id)) expect(s?.trashedAt).not.toBeNull();
    }
    return a.summaries().length + a.summaries({ trashed: true }).length;
  } finally {
    await a.close();
  }
}

interface LaneResult {
  acks: number;
  clippings: number;
  /** Kills that hit a child after it had acknowledged at least one write. */
  midWrite: number;
  /** Kills that hit a child before it was ready (while starting or opening the archive). */
  duringOpen: number;
}

async function lane(index: number, kills: number): Promise<LaneResult> {
  const dir = path.join(base, `lane-${index}`);
  await mkdir(dir);
  const expected: Expected = { live: new Set(), tags: new Map(), trashed: new Set() };
  let acks = 0;
  let clippings = 0;
  let midWrite = 0;
  let duringOpen = 0;
  for (let k = 0; k < kills; k++) {
    const child = await startWriter([dir, 'loop', String(index * 1000 + k + 1), SHARD_CAPACITY]);
    // A third of the kills land at a random moment after start (usually while opening); the
    // rest right after the child's m-th acknowledged write, i.e. in the middle of the next one
    // (timed by progress, not by the clock, so a loaded machine still kills mid-write).
    if (k % 3 === 0) await new Promise((r) => setTimeout(r, Math.random() * 300));
    else {
      const m = 1 + Math.floor(Math.random() * 4);
      await child
        .waitFor(() => child.lines.filter((l) => l.startsWith('ack ')).length >= m)
        .catch((err: unknown) => {
          throw new Error(`${(err as Error).message}\nwriter output:\n${child.lines.slice(-5).join('\n')}`);
        });
      await new Promise((r) => setTimeout(r, Math.random() * 20));
    }
    child.proc.kill('SIGKILL');
    await child.exited;
    for (const line of child.lines) {
      if (line.startsWith('{"error"')) throw new Error(`writer failed to open: ${line}`);
      record(expected, line);
    }
    const acked = child.lines.filter((l) => l.startsWith('ack ')).length;
    acks += acked;
    if (acked > 0) midWrite++;
    if (!child.lines.some((l) => l.startsWith('{"ready"'))) duringOpen++;
    clippings = await verify(dir, expected);
  }
  return { acks, clippings, midWrite, duringOpen };
}

it(`holds every acknowledged change across ${KILLS} kill -9 at random moments`, async () => {
  const perLane = Math.ceil(KILLS / LANES);
  const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, perLane)));
  const sum = (f: (r: LaneResult) => number): number => results.reduce((n, r) => n + f(r), 0);
  console.log(
    `kill -9: ${perLane * LANES} kills, ${sum((r) => r.midWrite)} while writing, ${sum((r) => r.duringOpen)} while opening, ${sum((r) => r.acks)} acknowledged changes checked`,
  );
  expect(perLane * LANES).toBeGreaterThanOrEqual(200);
  // The kills really landed at different moments: while opening, and in the middle of writing.
  expect(sum((r) => r.midWrite)).toBeGreaterThanOrEqual(120);
  expect(sum((r) => r.duringOpen)).toBeGreaterThanOrEqual(20);
  // Finally the leftovers of interrupted writes are reported, and repair leaves a consistent archive.
  for (let i = 0; i < LANES; i++) {
    const dir = path.join(base, `lane-${i}`);
    const repaired = await checkArchive(dir, { repair: true });
    expect(repaired.problems.filter((p) => p.kind !== 'orphan')).toEqual([]);
    expect(repaired.ok).toBe(true);
    const again = await checkArchive(dir);
    expect(again.problems).toEqual([]);
    const a = await openArchive(dir, { dailyBackup: 'off' });
    expect(a.summaries().length + a.summaries({ trashed: true }).length).toBeGreaterThanOrEqual(
      results[i]?.clippings ?? 0,
    );
    await a.close();
  }
}, 240_000);
