/**
 * E-mail, Word and MHTML capture: ms per file through the real file capture, each against the
 * bare library it is built on, measured in the same run (interleaved rounds, so both see the
 * same machine load): captureFile(.eml) vs mailparser's simpleParser alone, captureFile(.docx)
 * vs mammoth.convertToHtml alone, captureFile(.mhtml) vs captureHtml of the page inside it.
 * Also: how long a "docx bomb" takes to refuse and how much memory that costs.
 *
 *   npx tsx --expose-gc bench/mail.bench.ts [--quick]      (BENCH_OUT names the JSON file)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import mammoth from 'mammoth';
import { captureFile } from '../electron/main/capture/files';
import { captureHtml } from '../electron/main/capture/html';
import type { BenchRow } from './row';

type Row = BenchRow<'mail'>;

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 15;
const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (...parts: string[]): string => path.join(here, '..', 'tests', 'fixtures', ...parts);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const eml = fixture('mail', 'press-release.eml');
const docx = fixture('documents', 'ferry-timetable.docx');
const mhtml = fixture('documents', 'harbour-ferry.mhtml');
const page = (await simpleParser(readFileSync(mhtml))).html || '';

const cases: Array<{ name: string; ours: () => unknown; baseline: () => unknown; baselineName: string; targetMs: number }> = [
  {
    name: 'e-mail (.eml, HTML + 2 attachments) per file',
    ours: () => captureFile(eml),
    baseline: () => simpleParser(readFileSync(eml)),
    baselineName: 'mailparser simpleParser alone',
    targetMs: 300,
  },
  {
    name: 'Word (.docx, lists + picture) per file',
    ours: () => captureFile(docx),
    baseline: () => mammoth.convertToHtml({ buffer: readFileSync(docx) }),
    baselineName: 'mammoth.convertToHtml alone',
    targetMs: 300,
  },
  {
    name: 'MHTML page per file',
    ours: () => captureFile(mhtml),
    baseline: () => captureHtml(page),
    baselineName: 'captureHtml of the page inside',
    targetMs: 300,
  },
];

// Warm up (JIT, the sanitizer's jsdom window, language models).
for (const c of cases) {
  await c.ours();
  await c.baseline();
}

const rows: Row[] = [];
const load = loadavg()[0]?.toFixed(1);
for (const c of cases) {
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    ours.push(await time(c.ours));
    base.push(await time(c.baseline));
  }
  const value = median(ours);
  const baseline = median(base);
  rows.push({
    area: 'mail',
    name: c.name,
    value,
    unit: 'ms',
    baseline,
    ratio: value / baseline,
    target: `< ${c.targetMs} ms (median of ${ROUNDS})`,
    pass: value < c.targetMs,
    note: `baseline: ${c.baselineName}; load average ${load} when the run started`,
  });
}

// The bomb: 64 MB of zeros packed into 66 KB. Refused while inflating, within a few MB.
// Memory is what one refusal costs: collected before each round, the peak above that start,
// the largest over the rounds (rounds back to back without collecting measured the garbage of
// all of them, which a fast machine piles up faster than the collector runs).
const gc = (globalThis as { gc?: () => void }).gc;
let extra = 0;
const bombMs: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  bombMs.push(
    await time(() =>
      captureFile(fixture('documents', 'bomb.docx')).then(
        () => {
          throw new Error('the bomb was not refused');
        },
        () => undefined,
      ),
    ),
  );
  clearInterval(sampler);
  extra = Math.max(extra, Math.max(peak, process.memoryUsage().rss) - before);
}
const extraMb = extra / (1024 * 1024);
rows.push({
  area: 'mail',
  name: '"docx bomb" (64 MB in 66 KB) refused',
  value: median(bombMs),
  unit: 'ms',
  target: '< 500 ms',
  pass: median(bombMs) < 500,
  note: `load average ${load}`,
});
rows.push({
  area: 'mail',
  name: '"docx bomb" refusal: memory above the start',
  value: extraMb,
  unit: 'MB',
  target: '< 64 MB (less than the bomb unpacks to)',
  pass: extraMb < 64,
  note: `RSS sampled every ms; load average ${load}`,
});

for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.baseline ? ` (baseline ${r.baseline.toFixed(1)})` : ''} ${r.pass ? 'ok' : 'NO'}`);
if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(rows, null, 2));
