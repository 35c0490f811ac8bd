/**
 * Command-line benchmark: cold start of `cuttings` on a 300-clipping archive, as a script calling
 * it in a loop would see it. Each run is a fresh process: `node bin/cuttings.mjs …` with the
 * SYSTEM's Node (20 here: the launcher re-runs itself with the project's Node 24), against
 * `node -e 0` on Node 24 as the baseline, all interleaved in one run (median of 7; 5 with --quick).
 *   - search "…" --json        target ≤ 8× the baseline
 *   - import FILE --json        a new article each run (capture, then a durable write)
 *
 *   npx tsx bench/cli.bench.ts [--quick]      (BENCH_OUT names the JSON file)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { openLibrary } from '../electron/main/library';
import { capturedArticle } from './captured-corpus';
import { makeDoc } from './search-corpus';
import type { BenchRow } from './row';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 5 : 7;
const CLIPPINGS = 300;
const here = import.meta.dirname;
const root = path.join(here, '..');
const BIN = path.join(root, 'bin', 'cuttings.mjs');
const NODE24 = process.execPath;
const dir = path.join(here, 'corpus', `cli-${CLIPPINGS}`);

type Row = BenchRow<'cli'>;

/** The first `node` on the PATH outside this project (npm scripts put Node 24 first), else /usr/bin/node. */
function systemNode(): string {
  for (const entry of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!entry || entry.includes('node_modules')) continue;
    const candidate = path.join(entry, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return existsSync('/usr/bin/node') ? '/usr/bin/node' : NODE24;
}

async function ensureArchive(): Promise<void> {
  if (existsSync(path.join(dir, '.complete'))) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const library = await openLibrary(dir, { dailyBackup: 'off' });
  for (let i = 0; i < CLIPPINGS; i++) {
    const { article, tags } = capturedArticle(i);
    await library.add(article, tags);
  }
  await library.close();
  writeFileSync(path.join(dir, '.complete'), new Date().toISOString());
}

/** Wall-clock milliseconds of one run; throws when it fails. */
function timed(command: string, args: string[]): number {
  const env: NodeJS.ProcessEnv = { ...process.env, CUTTINGS_ARCHIVE: '' };
  delete env.NODE_OPTIONS; // the bench runner's heap option is not what a user's shell has
  const t0 = performance.now();
  const r = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

async function main(): Promise<void> {
  await ensureArchive();
  const sysNode = systemNode();
  const sysVersion = execFileSync(sysNode, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  // New articles for the import runs (never seen before, so each is a real import).
  const inbox = path.join(here, 'corpus', 'cli-inbox');
  rmSync(inbox, { recursive: true, force: true });
  mkdirSync(inbox, { recursive: true });
  const stamp = Date.now();
  const articles = Array.from({ length: RUNS + 1 }, (_, k) => {
    const d = makeDoc(CLIPPINGS + 1000 + k);
    const file = path.join(inbox, `article-${k}.txt`);
    writeFileSync(file, `${d.title} (${stamp}-${k})\n\nBy ${d.author} · ${d.source}\n\n${d.text}\n`);
    return file;
  });
  const search = [BIN, '--archive', dir, 'search', 'energy talks', '--json'];
  const load = loadavg()[0]?.toFixed(2);

  // Warm-up: builds out/cli if a source changed, fills the OS file cache and Node's compile cache.
  timed(sysNode, search);
  timed(sysNode, [BIN, '--archive', dir, 'import', articles[RUNS] as string, '--json']);

  const samples = { base: [] as number[], search: [] as number[], search24: [] as number[], imp: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    samples.base.push(timed(NODE24, ['-e', '0']));
    samples.search.push(timed(sysNode, search));
    samples.search24.push(timed(NODE24, search));
    samples.imp.push(timed(sysNode, [BIN, '--archive', dir, 'import', articles[i] as string, '--json']));
  }
  const base = median(samples.base);
  const note = `median of ${RUNS}, interleaved; load ${load}; baseline: node -e 0 on ${process.version}`;
  const rows: Row[] = [
    { area: 'cli', name: 'node -e 0 (Node 24)', value: base, unit: 'ms', note: `median of ${RUNS}` },
    {
      area: 'cli',
      name: `cold start: search --json, system Node ${sysVersion}`,
      value: median(samples.search),
      unit: 'ms',
      baseline: base,
      ratio: median(samples.search) / base,
      target: '≤ 8× node -e 0',
      pass: median(samples.search) <= 8 * base,
      note: `${CLIPPINGS} clippings; ${note}`,
    },
    {
      area: 'cli',
      name: `cold start: search --json, Node ${process.versions.node}`,
      value: median(samples.search24),
      unit: 'ms',
      baseline: base,
      ratio: median(samples.search24) / base,
      note,
    },
    {
      area: 'cli',
      name: `cold start: import FILE --json, system Node ${sysVersion}`,
      value: median(samples.imp),
      unit: 'ms',
      baseline: base,
      ratio: median(samples.imp) / base,
      note: `a new 600-word article each run (capture + durable write); ${note}`,
    },
  ];
  rmSync(inbox, { recursive: true, force: true });
  console.table(rows.map((r) => ({ measure: r.name, ms: r.value.toFixed(0), ratio: r.ratio?.toFixed(2) ?? '', ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO' })));
  const out = process.env.BENCH_OUT ?? path.join(here, 'results-cli.json');
  writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
