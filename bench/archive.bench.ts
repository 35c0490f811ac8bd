/**
 * Archive benchmark: open time, heap and durable single-tag-edit latency at 10,000 and 100,000
 * clippings (2,000 with --quick), each against a floor measured in the same run:
 *   - open            vs JSON.parse of the same catalogue bytes (target at 100k: ≤ 2×)
 *   - heap            vs the catalogue's size on disk (target: ≤ 3×)
 *   - tag edit p95    target ≤ 100 ms; shown beside a bare durable write of a tiny file (the
 *                     disk's own fsync cost) and beside rewriting the whole catalogue as one
 *                     file, which is what an unsplit lowdb catalogue would do per edit.
 * The corpus (bench/corpus/archive-N/) holds the catalogue only: opening and tag edits never
 * touch clipping files.
 *
 *   npx tsx --expose-gc bench/archive.bench.ts [--quick]      (BENCH_OUT names the JSON file)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openArchive } from '../electron/main/archive';
import { backupInWorker } from '../electron/main/archive/worker-host';
import { CatalogueStore } from '../electron/main/archive/catalogue-store';
import { writeFileAtomic } from '../electron/main/archive/durable-fs';
import { newId } from '../electron/main/archive/ids';
import type { StoredClipping } from '../electron/main/archive/schema';
import { serialiseSnapshot } from '../electron/main/archive/snapshot';
import type { BenchRow } from './row';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [2_000] : [10_000, 100_000];
const OPEN_RUNS = quick ? 3 : 5;
const EDITS = quick ? 40 : 200;
const here = import.meta.dirname;
const gc = (globalThis as { gc?: () => void }).gc;

type Row = BenchRow<'archive'>;
const rows: Row[] = [];

// ---- corpus -------------------------------------------------------------------------------

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const WORDS =
  'harbour council minister budget election strike river museum court vaccine grain tariff railway summit drought festival'.split(
    ' ',
  );
const PEOPLE = [
  'Olaf Scholz',
  'Ursula von der Leyen',
  'Emmanuel Macron',
  'Giorgia Meloni',
  'Pedro Sánchez',
  'Donald Tusk',
  'Mette Frederiksen',
];
const PLACES = [
  'Berlin',
  'Paris',
  'Brussels',
  'Warsaw',
  'Madrid',
  'Rome',
  'Geneva',
  'Odesa',
  'Lagos',
  'Lima',
];
const SOURCES = [
  'The Guardian',
  'Le Monde',
  'Der Spiegel',
  'La Nación',
  'BBC News',
  'Aktuálně.cz',
  'heise online',
  'RTL',
];
const TAGS = Array.from(
  { length: 200 },
  (_, i) => `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}`,
);

/** `count` realistic clipping records captured over eight years, in capture order. */
function corpus(count: number): StoredClipping[] {
  const r = rng(count);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const start = Date.UTC(2018, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const out: StoredClipping[] = [];
  for (let i = 0; i < count; i++) {
    const t = start + Math.floor((span * i) / count);
    const title = Array.from({ length: 6 + Math.floor(r() * 6) }, () => pick(WORDS)).join(' ');
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(TAGS)))];
    const people = [...new Set(Array.from({ length: Math.floor(r() * 4) }, () => pick(PEOPLE)))];
    out.push({
      id: newId(t),
      title: title[0]?.toUpperCase() + title.slice(1),
      titleDerived: r() < 0.05,
      source: pick(SOURCES),
      author:
        r() < 0.7
          ? `${pick(['Anna', 'Marek', 'Luis', 'Chloé', 'Sam'])} ${pick(['Novák', 'García', 'Smith', 'Dubois'])}`
          : null,
      dateline: r() < 0.3 ? pick(PLACES).toUpperCase() : null,
      publishedAt: new Date(t - 86_400_000).toISOString().slice(0, 10),
      capturedAt: new Date(t).toISOString(),
      lang: pick(['en', 'fr', 'de', 'es', 'cs']),
      caption: r() < 0.3 ? `${pick(PEOPLE)} in ${pick(PLACES)} on Tuesday.` : null,
      credit: r() < 0.3 ? 'Photo: Reuters' : null,
      url:
        r() < 0.8
          ? `https://news.example.com/${new Date(t).getUTCFullYear()}/${title.replace(/ /g, '-')}-${i}`
          : null,
      tags,
      entities: {
        people,
        places: [pick(PLACES), pick(PLACES)],
        organisations: r() < 0.5 ? ['European Commission'] : [],
      },
      quotes:
        r() < 0.5
          ? [
              {
                speaker: people[0] ?? null,
                text: `We will ${pick(WORDS)} the ${pick(WORDS)} before the ${pick(WORDS)} ends, whatever it takes.`,
              },
            ]
          : [],
      images:
        r() < 0.3
          ? [
              {
                file: 'img-1.jpg',
                alt: `${pick(WORDS)} ${pick(WORDS)}`,
                originalUrl: 'https://news.example.com/img/1.jpg',
              },
            ]
          : [],
      notes: r() < 0.1 ? 'Follow up with the press office.' : '',
      provenance: { title: 'json-ld', source: 'opengraph', publishedAt: 'json-ld' },
      trashedAt: r() < 0.02 ? new Date(t + 3_600_000).toISOString() : null,
      wordCount: 200 + Math.floor(r() * 1500),
      textHash:
        Math.floor(r() * 2 ** 48)
          .toString(16)
          .padStart(12, '0') + i.toString(16).padStart(20, '0'),
      files: { original: 'original.html', html: true },
    });
  }
  return out;
}

function catalogueFiles(dir: string): string[] {
  const shards = readdirSync(path.join(dir, 'catalogue')).map((f) => path.join(dir, 'catalogue', f));
  return [path.join(dir, 'catalogue.json'), ...shards];
}

// ---- statistics -----------------------------------------------------------------------------

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
};
const median = (xs: number[]): number => quantile(xs, 0.5);

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function row(r: Omit<Row, 'area'>): void {
  rows.push({ area: 'archive', ...r });
}

// ---- the run --------------------------------------------------------------------------------

/** Writes the corpus catalogue; the records become garbage when it returns (not held by `measure`). */
async function writeCorpus(dir: string, size: number): Promise<void> {
  await CatalogueStore.create(dir, {
    root: {
      createdAt: new Date().toISOString(),
      tags: TAGS.map((name) => ({ name, color: null })),
      savedSearches: [],
      dossiers: [],
    },
    clippings: corpus(size),
  });
}

async function measure(size: number): Promise<void> {
  const label = size >= 1000 ? `${size / 1000}k` : String(size);
  const dir = path.join(here, 'corpus', `archive-${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await writeCorpus(dir, size);
  const files = catalogueFiles(dir);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`${label}: ${files.length} catalogue files, ${(bytes / 1e6).toFixed(1)} MB`);

  // Floor: JSON.parse of exactly those bytes (already in memory: no I/O).
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const floors: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) floors.push(await time(() => texts.map((t) => JSON.parse(t))));
  const floor = median(floors);

  const opens: number[] = [];
  for (let i = 0; i < OPEN_RUNS; i++) {
    let a: Awaited<ReturnType<typeof openArchive>> | null = null;
    opens.push(await time(async () => (a = await openArchive(dir, { dailyBackup: 'off' }))));
    await (a as unknown as { close(): Promise<void> }).close();
  }
  const open = median(opens);
  row({
    name: `open ${label} (median of ${OPEN_RUNS})`,
    value: open,
    unit: 'ms',
    baseline: floor,
    ratio: open / floor,
    target: size >= 100_000 ? '≤ 2× JSON.parse' : undefined,
    pass: size >= 100_000 ? open <= 2 * floor : undefined,
    note: 'baseline: JSON.parse of the same catalogue bytes',
  });

  // Heap held by an open archive, measured in a fresh process (this one holds the corpus).
  texts.length = 0;
  const heap = heapProbe(dir);
  const archive = await openArchive(dir, { dailyBackup: 'off' });
  row({
    name: `heap ${label}`,
    value: heap / 1e6,
    unit: 'MB',
    baseline: bytes / 1e6,
    ratio: heap / bytes,
    target: '≤ 3× catalogue size',
    pass: gc ? heap <= 3 * bytes : undefined,
    note: gc ? 'baseline: catalogue size on disk' : 'run with --expose-gc for a clean figure',
  });

  // Durable single-tag edits, one after another (each awaited: the promise resolves once on disk).
  const ids = archive.summaries().map((s) => s.id);
  gc?.(); // start the timed edits from a collected heap

  const r = rng(7);
  const edits: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const id = ids[Math.floor(r() * ids.length)] as string;
    edits.push(await time(() => archive.tag([id], [`bench-${i % 2}`], [`bench-${(i + 1) % 2}`])));
  }
  // The disk's own cost of one durable replace of a tiny file (write, fsync, rename, fsync folder).
  const bare: number[] = [];
  for (let i = 0; i < EDITS; i++)
    bare.push(await time(() => writeFileAtomic(path.join(dir, 'probe.json'), `{"i":${i}}`)));
  rmSync(path.join(dir, 'probe.json'), { force: true });
  const p95 = quantile(edits, 0.95);
  row({
    name: `tag edit ${label} p50`,
    value: median(edits),
    unit: 'ms',
    baseline: median(bare),
    ratio: median(edits) / median(bare),
    note: 'baseline: bare durable write of a tiny file',
  });
  row({
    name: `tag edit ${label} p95`,
    value: p95,
    unit: 'ms',
    baseline: quantile(bare, 0.95),
    ratio: p95 / quantile(bare, 0.95),
    target: '≤ 100 ms',
    pass: p95 <= 100,
    note: `${EDITS} edits; baseline: bare durable write p95`,
  });

  // What one edit would cost with a single-file catalogue: serialise everything, write it durably.
  const snapshot = (archive as unknown as { snapshot(): Parameters<typeof serialiseSnapshot>[0] }).snapshot();
  const whole: number[] = [];
  for (let i = 0; i < (quick ? 3 : 5); i++) {
    whole.push(
      await time(() => writeFileAtomic(path.join(dir, 'single-file.json'), serialiseSnapshot(snapshot))),
    );
  }
  rmSync(path.join(dir, 'single-file.json'), { force: true });
  row({
    name: `single-file rewrite ${label} (median)`,
    value: median(whole),
    unit: 'ms',
    note: 'what each edit would cost without the split catalogue',
  });

  // A verified backup as the daily one runs (in the archive worker, reading the catalogue from
  // disk), and the longest stretch it held this thread's event loop: what a window would feel.
  // Baseline: the longest stretch the same event loop is held while nothing runs (a busy
  // machine deschedules the thread now and then; that is not the backup's doing).
  const idle = monitorEventLoopDelay({ resolution: 5 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, quick ? 1_000 : 5_000));
  idle.disable();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const backup = await time(() => backupInWorker(dir, 'manual', new Date()));
  loop.disable();
  row({
    name: `backup ${label}: longest event-loop block`,
    value: loop.max / 1e6,
    unit: 'ms',
    baseline: idle.max / 1e6,
    ratio: loop.max / idle.max,
    target: size >= 100_000 ? '≤ 50 ms' : undefined,
    pass: size >= 100_000 ? loop.max / 1e6 <= 50 : undefined,
    note: `the backup runs in a worker thread (read, serialise, gzip stream, read back, check); baseline: the same loop idle for ${quick ? 1 : 5} s; load ${loadavg()[0]?.toFixed(1)}`,
  });
  row({
    name: `verified backup ${label}`,
    value: backup,
    unit: 'ms',
    note: 'worker start, read catalogue, serialise, gzip, write, re-read, parse, check',
  });
  await archive.close();
  rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
}

/** Runs this file again with `--heap-probe DIR`: it prints the heap an open archive holds. */
function heapProbe(dir: string): number {
  const out = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', import.meta.filename, '--heap-probe', dir],
    {
      encoding: 'utf8',
    },
  );
  const bytes = Number(/^heap (\d+)$/m.exec(out.stdout)?.[1]);
  if (!Number.isFinite(bytes)) throw new Error(`heap probe failed: ${out.stderr}`);
  return bytes;
}

async function probe(dir: string): Promise<void> {
  const collect = gc ?? ((): void => undefined);
  const settle = (): number => {
    for (let i = 0; i < 3; i++) collect();
    return process.memoryUsage().heapUsed;
  };
  // Open once and close, so that module set-up is not counted; then measure a second open.
  await (await openArchive(dir, { readOnly: true })).close();
  const before = settle();
  const archive = await openArchive(dir, { dailyBackup: 'off' });
  const after = settle();
  console.log(`heap ${after - before}`);
  await archive.close();
}

const probeAt = process.argv.indexOf('--heap-probe');
if (probeAt >= 0) await probe(process.argv[probeAt + 1] as string);
else for (const size of SIZES) await measure(size);

if (probeAt < 0) {
  const fmt = (v: number | undefined): string =>
    v === undefined ? '' : v >= 100 ? v.toFixed(0) : v.toPrecision(3);
  console.table(
    rows.map((r) => ({
      measure: r.name,
      value: `${fmt(r.value)} ${r.unit}`,
      baseline: r.baseline === undefined ? '' : `${fmt(r.baseline)} ${r.unit}`,
      ratio: r.ratio === undefined ? '' : `${fmt(r.ratio)}×`,
      target: r.target ?? '',
      ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
    })),
  );
  const out = process.env.BENCH_OUT ?? path.join(here, 'results-archive.json');
  writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`Wrote ${out}`);
}
