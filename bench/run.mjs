// `npm run bench [-- AREA…] [--quick]`: runs each bench/<area>.bench.ts in its own process
// (so memory figures don't mix), prints one table, and writes bench/results.json (naming areas
// replaces only their rows there).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const wanted = args.filter((a) => !a.startsWith('--'));
const areas = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((a) => wanted.length === 0 || wanted.includes(a));

const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx');
const rows = [];
const failures = [];
for (const area of areas) {
  const out = path.join(here, `results-${area}.json`);
  rmSync(out, { force: true });
  console.log(`\n▶ ${area}${quick ? ' (quick)' : ''}`);
  const result = spawnSync(tsx, ['--expose-gc', path.join(here, `${area}.bench.ts`), ...(quick ? ['--quick'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_OUT: out, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim() },
  });
  if (result.status !== 0 || !existsSync(out)) failures.push(area);
  else rows.push(...JSON.parse(readFileSync(out, 'utf8')));
}

const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3)) : (v ?? ''));
const table = rows.map((r) => ({
  area: r.area,
  measure: r.name,
  value: `${fmt(r.value)} ${r.unit ?? ''}`.trim(),
  baseline: r.baseline === undefined ? '' : `${fmt(r.baseline)} ${r.unit ?? ''}`.trim(),
  ratio: r.ratio === undefined ? '' : `${fmt(r.ratio)}×`,
  target: r.target ?? '',
  ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
}));
console.log('\nSummary');
console.table(table);
// A run of some areas replaces only those areas' rows: the other areas' figures stay as the
// last full run left them (each row keeps the date of the run that measured it).
const date = new Date().toISOString();
const resultsFile = path.join(here, 'results.json');
const previous = wanted.length && existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : null;
const ran = new Set(areas.filter((a) => !failures.includes(a)));
const fresh = rows.map((r) => (previous ? { date, ...(quick ? { quick } : {}), ...r } : r));
const merged = [];
for (const r of previous?.rows ?? []) {
  if (!ran.has(r.area)) merged.push({ date: previous.date, ...r });
  else if (!merged.some((m) => m.area === r.area)) merged.push(...fresh.filter((f) => f.area === r.area));
}
merged.push(...fresh.filter((f) => !merged.includes(f)));
const kept = merged.filter((r) => !ran.has(r.area));
writeFileSync(
  resultsFile,
  JSON.stringify({ date: previous?.date ?? date, quick: previous?.quick ?? quick, node: process.version, rows: merged }, null, 2) + '\n',
);
console.log(
  previous
    ? `Updated bench/results.json: ${rows.length} rows of ${[...ran].join(', ') || 'no area'} replaced, ${kept.length} rows of other areas kept.`
    : `Wrote bench/results.json (${rows.length} rows).`,
);
if (failures.length) {
  console.error(`Benchmarks that failed: ${failures.join(', ')}`);
  process.exit(1);
}
