/**
 * Sync benchmark: a new member's first sync, and an import reaching a teammate's search.
 * The server (pouchdb-server's stack, in memory) runs in a process of its own; the desks here.
 *   - first sync of N clippings (10,000; 1,000 with --quick): desk A sends them (time), desk B
 *     receives them into its archive and index (clippings/s, peak RSS) — baseline: desk A
 *     importing the same clippings locally (the same archive and index work, no network)
 *   - import on desk A → found by search on desk B: A imports, A syncs, B syncs, B searches
 *     (median of 7) — baseline: an import and a search on one desk
 *   - the same with both apps running: each desk's sync loop (Settings → Team's, its default
 *     timing: half a second after a change here, a quarter of a second after the server's live feed
 *     says a teammate wrote) carries the import; nobody presses anything (median of 7)
 *
 *   npx tsx --expose-gc bench/sync.bench.ts [--quick]      (BENCH_OUT names the JSON file)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import PouchDB from 'pouchdb-core';
import { openLibrary, type Library } from '../electron/main/library';
import { parseRemote, syncArchive } from '../electron/main/sync';
import { memorySecrets } from '../electron/main/sync/secrets';
import { TeamSync } from '../electron/main/sync/team-sync';
import { capturedArticle } from './captured-corpus';
import type { BenchRow } from './row';

const quick = process.argv.includes('--quick');
const N = quick ? 1000 : 10_000;
const here = import.meta.dirname;
type Row = BenchRow<'sync'>;

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, [path.join(here, 'sync', 'server.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return { url: (JSON.parse(line) as { url: string }).url, stop: () => child.stdin.end() };
}

async function fill(library: Library, count: number): Promise<void> {
  for (let start = 0; start < count; start += 500) {
    const adds = [];
    for (let i = start; i < Math.min(count, start + 500); i++) {
      const { article, tags } = capturedArticle(i);
      adds.push(library.add(article, tags));
    }
    await Promise.all(adds);
  }
}

/** Reads every document and every clipping's files from the server, storing nothing. */
async function rawRead(url: string): Promise<number> {
  const db = new PouchDB(url, { skip_setup: true, auth: { username: 'ben', password: 'pw-ben' } });
  const t = performance.now();
  const all = await db.allDocs({ include_docs: true });
  const files = all.rows.filter((r) => r.key.startsWith('files:')).map((r) => ({ id: r.key }));
  for (let i = 0; i < files.length; i += 25) await db.bulkGet({ docs: files.slice(i, i + 25), attachments: true, binary: true });
  await db.close();
  return performance.now() - t;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'cuttings-sync-bench-'));
  const server = await startServer();
  const rows: Row[] = [];
  const load = (): string => os.loadavg()[0]?.toFixed(2) ?? '?';
  try {
    const spec = (who: 'anna' | 'ben') => parseRemote(`${server.url}/press`, who, `pw-${who}`);
    const anna = await openLibrary(path.join(work, 'anna'), { dailyBackup: 'off' });
    let t = performance.now();
    await fill(anna, N);
    const local = performance.now() - t;
    t = performance.now();
    await syncArchive(anna, spec('anna'), { device: 'anna' });
    const send = performance.now() - t;

    const ben = await openLibrary(path.join(work, 'ben'), { dailyBackup: 'off' });
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    t = performance.now();
    const report = await syncArchive(ben, spec('ben'), { device: 'ben' });
    const receive = performance.now() - t;
    clearInterval(sampler);
    if (report.newClippings !== N || ben.search('tag:' + (ben.tags()[0]?.name ?? '')).total === 0) throw new Error(`received ${report.newClippings} of ${N}`);
    const raw = await rawRead(`${server.url}/press`);
    const rate = N / (receive / 1000);
    const localRate = N / (local / 1000);
    rows.push(
      { area: 'sync', name: `first sync: send ${N} clippings`, value: send / 1000, unit: 's', note: `desk A → server, files first; load ${load()}` },
      {
        area: 'sync',
        name: `first sync: receive ${N} clippings (archive + index)`,
        value: rate,
        unit: 'clippings/s',
        baseline: localRate,
        ratio: rate / localRate,
        target: '≥ 0.5× the local import rate',
        pass: rate >= 0.5 * localRate,
        note: `${(receive / 1000).toFixed(1)} s; baseline: the same clippings imported on desk A (library.add, 500 at a time: ${(local / 1000).toFixed(1)} s); reading them from the server without storing them takes ${(raw / 1000).toFixed(1)} s; load ${load()}`,
      },
      {
        area: 'sync',
        name: `first sync: peak RSS growth receiving ${N}`,
        value: (peak - rssBefore) / 2 ** 20,
        unit: 'MiB',
        target: '≤ 512 MiB',
        pass: peak - rssBefore <= 512 * 2 ** 20,
        note: `RSS before ${(rssBefore / 2 ** 20).toFixed(0)} MiB (desk A open in the same process); sampled every 50 ms`,
      },
    );

    // An import on one desk, found by search on the other (both running, one sync each).
    const hops: number[] = [];
    const locals: number[] = [];
    for (let k = 0; k < 7; k++) {
      const word = `zebrafinch${k}q`;
      const { article } = capturedArticle(N + 100 + k);
      t = performance.now();
      await anna.add({ ...article, text: `${article.text}\n\nA ${word} was seen.`, url: null });
      await syncArchive(anna, spec('anna'), { device: 'anna' });
      await syncArchive(ben, spec('ben'), { device: 'ben' });
      if (ben.search(word).total !== 1) throw new Error(`${word} not found on desk B`);
      hops.push(performance.now() - t);
      const local = `localfinch${k}q`;
      t = performance.now();
      await ben.add({ ...capturedArticle(N + 200 + k).article, text: `A ${local} was seen here.`, url: null });
      if (ben.search(local).total !== 1) throw new Error('local import not found');
      locals.push(performance.now() - t);
    }
    rows.push({
      area: 'sync',
      name: `import on desk A → search hit on desk B (${N} clippings each)`,
      value: median(hops),
      unit: 'ms',
      baseline: median(locals),
      ratio: median(locals) / median(hops),
      target: '≤ 2000 ms (one sync on each desk)',
      pass: median(hops) <= 2000,
      note: `median of 7: A imports, A syncs, B syncs, B searches; baseline: import + search on one desk; load ${load()}`,
    });
    rows.push(await bothRunning(anna, ben, server.url, load));
    await anna.close();
    await ben.close();
  } finally {
    server.stop();
    rmSync(work, { recursive: true, force: true });
  }
  for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.baseline !== undefined ? ` (baseline ${r.baseline.toFixed(1)})` : ''} — ${r.note ?? ''}`);
  writeFileSync(process.env.BENCH_OUT ?? path.join(here, 'results-sync.json'), `${JSON.stringify(rows, null, 2)}\n`);
}

/** An import on desk A found on desk B while both run the app's sync loop. */
async function bothRunning(anna: Library, ben: Library, url: string, load: () => string): Promise<Row> {
  const loops = [anna, ben].map((library, n) => ({ library, loop: new TeamSync({ secrets: memorySecrets(), emit: () => undefined, device: n ? 'ben' : 'anna' }) }));
  for (const [n, { library, loop }] of loops.entries()) {
    const who = n ? 'ben' : 'anna';
    await loop.attach(library);
    await loop.setup({ server: url, database: 'press', user: who, password: `pw-${who}` });
    await loop.syncNow();
  }
  const hops: number[] = [];
  try {
    for (let k = 0; k < 7; k++) {
      const word = `livefinch${k}q`;
      const t = performance.now();
      await anna.add({ ...capturedArticle(N + 300 + k).article, text: `A ${word} was seen.`, url: null });
      while (ben.search(word).total !== 1) {
        if (performance.now() - t > 120_000) throw new Error(`${word} not found on desk B within 2 minutes`);
        await new Promise((r) => setTimeout(r, 20));
      }
      hops.push(performance.now() - t);
    }
  } finally {
    for (const { loop } of loops) await loop.detach();
  }
  return {
    area: 'sync',
    name: `import on desk A → search hit on desk B, both apps running (${N} clippings each)`,
    value: median(hops),
    unit: 'ms',
    target: '≤ 2000 ms',
    pass: median(hops) <= 2000,
    note: `median of 7 (${hops.map((h) => Math.round(h)).join(', ')} ms); the loops' own timing: 0.5 s after the import, then A's sync, the live feed, 0.25 s, B's sync; load ${load()}`,
  };
}

await main();
