/**
 * #20's "10,000-clipping first sync" against the real CouchDB-protocol server (until now only in
 * bench/sync.bench.ts): desk A sends 10,000 clippings, the new desk B receives them into its
 * archive and search index, both with progress. The clippings are the bench's (captured-corpus),
 * cut to their first sentence plus a word of their own so the test stays quick.
 */
import { describe, expect, it } from 'vitest';
import { capturedArticle } from '../../../bench/captured-corpus';
import type { Library } from '../../../electron/main/library';
import { parseRemote, syncArchive } from '../../../electron/main/sync';
import type { SyncProgress } from '../../../electron/main/sync/engine';
import { twoDesks } from './two-desks';

const N = 10_000;
const desks = twoDesks();

/** Clipping `i`: the bench's article, short, with a word only it has. */
function shortArticle(i: number): ReturnType<typeof capturedArticle> {
  const { article, tags } = capturedArticle(i);
  const text = `${article.text.split('. ')[0] ?? ''}. Marker mark${i}q.`;
  return { tags, article: { ...article, text, original: { file: 'original.txt', data: new TextEncoder().encode(text) } } };
}

/** The bench's way to fill an archive: `library.add`, 500 at a time. */
async function fill(library: Library): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < N; start += 500) {
    const adds = [];
    for (let i = start; i < Math.min(N, start + 500); i++) {
      const { article, tags } = shortArticle(i);
      adds.push(library.add(article, tags));
    }
    for (const outcome of await Promise.all(adds)) ids.push(outcome.clipping.id);
  }
  return ids;
}

/** Progress of one phase: rising, never past its total, ending at its total. */
function expectRising(seen: SyncProgress[], phase: SyncProgress['phase']): number {
  const steps = seen.filter((p) => p.phase === phase);
  expect(steps.length).toBeGreaterThan(1);
  steps.forEach((p, n) => {
    expect(p.done).toBeLessThanOrEqual(p.total);
    if (n > 0) expect(p.done).toBeGreaterThan((steps[n - 1] as SyncProgress).done);
  });
  const last = steps.at(-1) as SyncProgress;
  expect(last.done).toBe(last.total);
  return last.done;
}

describe('a first sync of 10,000 clippings through a CouchDB-protocol server', () => {
  it('desk A sends them, the empty desk B receives them into its archive and index, both with progress', { timeout: 240_000 }, async () => {
    const { anna, ben } = desks;
    const ids = await fill(anna);
    expect(anna.list().total).toBe(N);
    const spec = (who: 'anna' | 'ben') => parseRemote(desks.couch.dbUrl(desks.db), who, `pw-${who}`);

    const sent: SyncProgress[] = [];
    const out = await syncArchive(anna, spec('anna'), { device: 'anna', onProgress: (p) => sent.push(p) });
    const tagCount = anna.tags().length;
    // Every clipping and every tag went, each counted once, rising to the end.
    expect(out.sent).toBe(N + tagCount);
    expect(expectRising(sent, 'send')).toBe(N + tagCount);

    const received: SyncProgress[] = [];
    const report = await syncArchive(ben, spec('ben'), { device: 'ben', onProgress: (p) => received.push(p) });
    expect(report.newClippings).toBe(N);
    // The feed holds each clipping's record and its files document, and the tags.
    expect(expectRising(received, 'receive')).toBe(2 * N + tagCount);

    expect(ben.list().total).toBe(N);
    // B's index finds a word of a clipping from the middle: that clipping, and only it.
    expect(ben.search('mark5000q').hits.map((h) => h.id)).toEqual([ids[5000]]);
    expect((await ben.get(ids[5000] as string)).text).toContain('mark5000q');
  });
});
