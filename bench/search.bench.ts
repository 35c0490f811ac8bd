/**
 * Search benchmark: the FTS5 index against MiniSearch (the in-memory JavaScript baseline) on
 * the same synthetic corpus, each engine in its own child process so memory figures don't mix.
 *
 *   npx tsx bench/search.bench.ts            10k (both engines) and 100k (FTS5; MiniSearch too
 *                                            with --baseline-100k: ~3 min and ~2 GB)
 *   npx tsx bench/search.bench.ts --quick    2k, a few seconds
 *   … --only=100k                            one size only (also --only=10k, --only=2k)
 *   … --reuse                                keep each FTS5 index under bench/corpus/search-<size>/
 *                                            and query it again on the next run instead of
 *                                            rebuilding (rebuilt when its schema version changed)
 *   … --no-baseline                          skip MiniSearch
 *
 * Every query returns the top 50 with snippets and facet counts; latencies are over 10 different
 * queries per class, each run 5 times after a warm-up pass: p50 of the 50 samples, p95 the median
 * of the five passes' p95 (search-queries.ts says why), the pooled p95 beside it. The index is built
 * three times and the median build reported (with the slowest and fastest). The classes the hot
 * words' bitmaps serve are also timed without them (search-bitmaps.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { fold, normalizeValue } from '../electron/main/search/fold';
import { openSearchIndex } from '../electron/main/search/index';
import { makeSnippet } from '../electron/main/search/snippet';
import { bitmapRows, timeBitmaps } from './search-bitmaps';
import { corpus, makeDoc } from './search-corpus';
import { queryClasses, timeClasses, type Measures } from './search-queries';
import type { BenchRow } from './row';

type Row = BenchRow<'search'>;

function memory(out: Measures): void {
  globalThis.gc?.();
  const m = process.memoryUsage();
  out.rss = m.rss / 2 ** 20;
  out.heap = m.heapUsed / 2 ** 20;
  out.peakRss = process.resourceUsage().maxRSS / 1024;
}

/** Set from --reuse (passed on to the workers): the index is kept and reused between runs. */
const REUSE = process.argv.includes('--reuse');

function benchDir(size: number): string {
  return REUSE ? join(import.meta.dirname, 'corpus', `search-${size}`) : join(tmpdir(), `cuttings-search-bench-${size}`);
}

function cpuMs(since?: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Child process: build the FTS5 index of `size` documents (as `cuttings reindex` would). */
function workerFtsBuild(size: number): Measures {
  const dir = benchDir(size);
  if (REUSE) {
    // An index of this size and of the current schema is already on disk: query it as it is.
    const existing = join(dir, 'search.sqlite');
    if (statSync(existing, { throwIfNoEntry: false })) {
      const index = openSearchIndex(existing);
      const ok = !index.needsRebuild && index.count() === size;
      index.close();
      if (ok) return { reused: 1 };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'search.sqlite');
  // Generating the corpus, timed on its own over a sample, is subtracted from the build time.
  const sample = Math.min(size, 2000);
  const c0 = process.cpuUsage();
  let t = performance.now();
  for (let i = 0; i < sample; i++) makeDoc(i);
  const genMs = ((performance.now() - t) / sample) * size;
  const genCpu = (cpuMs(c0) / sample) * size;
  const index = openSearchIndex(file);
  const c1 = process.cpuUsage();
  t = performance.now();
  index.rebuild(corpus(size));
  const buildMs = performance.now() - t - genMs;
  const buildCpu = cpuMs(c1) - genCpu;
  index.close();
  const bytes = ['', '-wal'].reduce((sum, s) => sum + (statSync(file + s, { throwIfNoEntry: false })?.size ?? 0), 0);
  const out: Measures = { buildRate: size / (buildMs / 1000), buildRateCpu: size / (buildCpu / 1000), sizeMb: bytes / 2 ** 20 };
  out.buildPeakRss = process.resourceUsage().maxRSS / 1024;
  return out;
}

/** Child process: open the index built by {@link workerFtsBuild}, as the app does, and query it. */
function workerFtsQuery(size: number): Measures {
  const dir = benchDir(size);
  const file = join(dir, 'search.sqlite');
  const t = performance.now();
  const index = openSearchIndex(file);
  const out: Measures = { openMs: performance.now() - t };
  Object.assign(out, timeClasses((q) => index.search(q, { limit: 50 }).total));
  memory(out);
  // After the memory figures: this opens a second connection.
  Object.assign(out, timeBitmaps(index, file));
  index.close();
  if (!REUSE) rmSync(dir, { recursive: true, force: true });
  return out;
}

/** Child process: the same corpus and queries through MiniSearch, with the same snippets and facets. */
function workerMiniSearch(size: number): Measures {
  const texts: string[] = [];
  const meta: Array<{ tags: string[]; source: string | null; facetKeys: string[]; day: string }> = [];
  const ms = new MiniSearch<{ n: number; title: string; text: string }>({
    idField: 'n',
    fields: ['title', 'text'],
    processTerm: (term) => fold(term),
    searchOptions: { boost: { title: 3 }, combineWith: 'AND' },
  });
  const sample = Math.min(size, 2000);
  const c0 = process.cpuUsage();
  for (let i = 0; i < sample; i++) makeDoc(i);
  const genCpu = (cpuMs(c0) / sample) * size;
  const c1 = process.cpuUsage();
  const t = performance.now();
  let genMs = 0;
  for (let i = 0; i < size; i++) {
    const g = performance.now();
    const d = makeDoc(i);
    genMs += performance.now() - g;
    texts.push(d.text);
    const day = (d.publishedAt ?? d.capturedAt).slice(0, 10);
    meta.push({
      tags: d.tags.map(normalizeValue),
      source: d.source,
      day,
      facetKeys: [...d.tags.map((x) => `t:${x}`), `s:${d.source}`, ...d.people.map((x) => `p:${x}`), ...d.places.map((x) => `l:${x}`), `y:${day.slice(0, 4)}`],
    });
    ms.add({ n: i, title: d.title, text: d.text });
  }
  const buildMs = performance.now() - t - genMs;
  const out: Measures = { buildRate: size / (buildMs / 1000), buildRateCpu: size / ((cpuMs(c1) - genCpu) / 1000) };
  Object.assign(
    out,
    timeClasses((_q, m) => {
      const filter = (r: { id: number }): boolean => {
        const d = meta[r.id] as (typeof meta)[number];
        if (m.tag && !d.tags.includes(m.tag)) return false;
        if (m.source && d.source !== m.source) return false;
        if (m.after && d.day < m.after) return false;
        if (m.phrase && !fold(texts[r.id] as string).includes(m.text as string)) return false;
        return true;
      };
      const results = m.substring
        ? texts.flatMap((t, id) => (t.includes(m.text as string) ? [{ id }] : []))
        : ms.search(m.text ?? MiniSearch.wildcard, { prefix: m.prefix, fuzzy: m.fuzzy ? 2 : false, filter });
      // Facet counts over the whole result set, then snippets for the first 50.
      const counts = new Map<string, number>();
      for (const r of results) for (const k of (meta[r.id] as (typeof meta)[number]).facetKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
      [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 100);
      const terms = m.text ? [{ tokens: m.substring ? Array.from(m.text) : m.text.split(' '), prefix: !!m.prefix, cjk: !!m.substring }] : [];
      for (const r of results.slice(0, 50)) makeSnippet(texts[r.id] as string, terms);
      return results.length;
    }),
  );
  memory(out);
  return out;
}

function child(engine: 'fts-build' | 'fts-query' | 'minisearch', size: number, heapMb: number): Measures {
  const outFile = join(tmpdir(), `cuttings-search-bench-${engine}-${size}.json`);
  const args = [`--max-old-space-size=${heapMb}`, '--expose-gc', '--import', 'tsx', import.meta.filename, '--worker', engine, String(size), outFile];
  if (REUSE) args.push('--reuse');
  const result = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (result.status !== 0) throw new Error(`${engine} worker for ${size} failed`);
  return JSON.parse(readFileSync(outFile, 'utf8')) as Measures;
}

/**
 * Builds run {@link BUILD_RUNS} times (each from scratch, in its own process) and the build
 * figures are the median run's: on these machines one build's rate varies by a third.
 */
const BUILD_RUNS = 3;

function medianBuild(size: number): Measures {
  const first = child('fts-build', size, 1024);
  if (first.reused || REUSE) return first; // with --reuse, later builds would only find it built
  const runs = [first, ...Array.from({ length: BUILD_RUNS - 1 }, () => child('fts-build', size, 1024))];
  runs.sort((a, b) => (a.buildRate as number) - (b.buildRate as number));
  const median = runs[Math.floor(runs.length / 2)] as Measures;
  console.log(`  build rates of ${runs.length} runs: ${runs.map((r) => Math.round(r.buildRate as number)).join(', ')} docs/s`);
  return { ...median, buildRateMin: runs[0]?.buildRate as number, buildRateMax: runs.at(-1)?.buildRate as number };
}

function main(): void {
  const args = process.argv.slice(2);
  if (args[0] === '--worker') {
    const size = Number(args[2]);
    const out = args[1] === 'fts-build' ? workerFtsBuild(size) : args[1] === 'fts-query' ? workerFtsQuery(size) : workerMiniSearch(size);
    writeFileSync(args[3] as string, JSON.stringify(out));
    return;
  }
  const quick = args.includes('--quick');
  const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
  const loadBefore = load();
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const sizeOf = (label: string): number => Number(label.replace(/k$/i, '000'));
  const sizes = only !== undefined ? [sizeOf(only)] : quick ? [2_000] : [10_000, 100_000];
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--only=${only}: expected a size such as 100k`);
  const rows: Row[] = [];
  for (const size of sizes) {
    const label = size >= 1000 ? `${size / 1000}k` : String(size);
    console.log(`Building and querying ${label} clippings (FTS5)…`);
    const fts = { ...medianBuild(size), ...child('fts-query', size, 1024) };
    if (fts.reused) console.log(`(reused the index in ${benchDir(size)})`);
    const withBaseline = !args.includes('--no-baseline') && (size <= 10_000 || args.includes('--baseline-100k'));
    if (withBaseline) console.log(`… and MiniSearch on the same ${label}`);
    const ms = withBaseline ? child('minisearch', size, 6144) : null;
    const big = size >= 100_000;
    const add = (name: string, unit: string, key: string, target?: [string, (v: number) => boolean], lowerIsBetter = true): void => {
      const value = fts[key] as number;
      const baseline = ms?.[key];
      rows.push({
        area: 'search',
        name: `${name} (${label})`,
        value,
        unit,
        ...(baseline !== undefined ? { baseline, ratio: lowerIsBetter ? baseline / value : value / baseline } : {}),
        ...(target && big ? { target: target[0], pass: target[1](value) } : {}),
        ...(ms ? { note: 'baseline: MiniSearch 7, same corpus, same run; ratio = times better' } : {}),
      });
    };
    if (!fts.reused) {
      add('index build rate', 'docs/s', 'buildRate', ['≥ 3000 docs/s', (v) => v >= 3000], false);
      add('index build rate (CPU time)', 'docs/s', 'buildRateCpu', ['≥ 3000 docs/s', (v) => v >= 3000], false);
      add(`index build rate, slowest of ${BUILD_RUNS} builds`, 'docs/s', 'buildRateMin', undefined, false);
      add(`index build rate, fastest of ${BUILD_RUNS} builds`, 'docs/s', 'buildRateMax', undefined, false);
      add('index size on disk', 'MB', 'sizeMb');
    }
    add('open (load facet cache)', 'ms', 'openMs');
    for (const cls of Object.keys(queryClasses())) {
      const target: [string, (v: number) => boolean] | undefined = cls.startsWith('very') ? undefined : ['p95 ≤ 20 ms', (v) => v <= 20];
      add(`${cls} p50`, 'ms', `${cls} p50`);
      add(`${cls} p95`, 'ms', `${cls} p95`, target);
      add(`${cls} p95 pooled`, 'ms', `${cls} p95 pooled`);
      add(`${cls} p95 (CPU time)`, 'ms', `${cls} cpu p95`, target);
      rows.push({ area: 'search', name: `${cls} mean hits (${label})`, value: fts[`${cls} hits`] as number, unit: 'hits', note: 'average total matches per query' });
    }
    rows.push(...bitmapRows(fts, label, big));
    add('memory RSS after queries', 'MB', 'rss', ['≤ 300 MB', (v) => v <= 300]);
    add('peak RSS while querying', 'MB', 'peakRss');
    if (!fts.reused) add('peak RSS while building', 'MB', 'buildPeakRss');
    add('JS heap used', 'MB', 'heap');
  }
  console.table(
    rows.map((r) => ({
      measure: r.name,
      value: `${r.value.toFixed(r.value < 10 ? 2 : 0)} ${r.unit}`,
      MiniSearch: r.baseline === undefined ? '' : `${r.baseline.toFixed(r.baseline < 10 ? 2 : 0)} ${r.unit}`,
      ratio: r.ratio === undefined ? '' : `${r.ratio.toFixed(1)}×`,
      target: r.target ?? '',
      ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
    })),
  );
  const machine = `load average ${loadBefore} before, ${load()} after, on ${cpus().length} cores`;
  console.log(`Machine: ${machine}. Wall-clock latencies include waiting for a core; CPU-time rows do not.`);
  rows.push({ area: 'search', name: 'machine load (1/5/15 min) at end', value: loadavg()[0] as number, unit: 'load', note: machine });
  const out = process.env.BENCH_OUT ?? join(import.meta.dirname, 'results-search.json');
  writeFileSync(out, JSON.stringify(rows, null, 2) + '\n');
  console.log(`Wrote ${out}`);
}

main();
