/**
 * Capture benchmark: web pages imported per second by captureHtml (Readability on linkedom,
 * page metadata, sanitizing with DOMPurify, text analysis) against the plain pipeline most
 * apps use, `new JSDOM(html)` + `new Readability(doc).parse()`, measured in the same run over
 * the page fixtures (interleaved rounds, so both see the same machine load). Also: a gallery
 * page with 10,000 images, and ms per pasted article (capturePastedText).
 *
 *   npx tsx bench/capture.bench.ts [--quick]      (BENCH_OUT names the JSON file)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { captureHtml } from '../electron/main/capture/html';
import { capturePastedText } from '../electron/main/capture/paste';
import type { BenchRow } from './row';

type Row = BenchRow<'capture'>;

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 1 : 7;
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, '..', 'tests', 'fixtures');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const pagesDir = path.join(fixtures, 'pages');
const pageSize = (name: string): number => statSync(path.join(pagesDir, name, 'source.html')).size;
const pages = readdirSync(pagesDir)
  .filter((name) => statSync(path.join(pagesDir, name)).isDirectory())
  // --quick: the four smallest pages, so a smoke test takes seconds.
  .sort((a, b) => (quick ? pageSize(a) - pageSize(b) : a.localeCompare(b)))
  .slice(0, quick ? 4 : undefined)
  .map((name) => {
    const bytes = new Uint8Array(readFileSync(path.join(pagesDir, name, 'source.html')));
    return { name, bytes, text: Buffer.from(bytes).toString('utf8') };
  });

const ours = (p: (typeof pages)[number]): Promise<unknown> => captureHtml(p.bytes);
const baseline = (p: (typeof pages)[number]): unknown =>
  new Readability(new JSDOM(p.text).window.document).parse();
const linkedomOnly = (p: (typeof pages)[number]): unknown =>
  new Readability(parseHTML(p.text).document as unknown as Document).parse();

// Warm up both pipelines (JIT, jsdom window of the sanitizer, language models).
for (const p of pages) {
  await ours(p);
  baseline(p);
  linkedomOnly(p);
}

const oursRate: number[] = [];
const baseRate: number[] = [];
const linkedomRate: number[] = [];
const perPage: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let oursMs = 0;
  let baseMs = 0;
  let linkedomMs = 0;
  for (const p of pages) {
    const ms = await time(() => ours(p));
    perPage.push(ms);
    oursMs += ms;
    baseMs += await time(() => baseline(p));
    linkedomMs += await time(() => linkedomOnly(p));
  }
  oursRate.push(pages.length / (oursMs / 1000));
  baseRate.push(pages.length / (baseMs / 1000));
  linkedomRate.push(pages.length / (linkedomMs / 1000));
}

const rows: Row[] = [];
const rate = median(oursRate);
const baseRateMedian = median(baseRate);
const ratio = rate / baseRateMedian;
rows.push({
  area: 'capture',
  name: 'HTML pages imported per second (captureHtml)',
  value: rate,
  unit: 'pages/s',
  baseline: baseRateMedian,
  ratio,
  target: '≥ 2× JSDOM + Readability',
  pass: ratio >= 2,
  note: `median of ${ROUNDS} round(s) over ${pages.length} page fixtures; baseline = new JSDOM(html) + Readability.parse() (no metadata, sanitizing or analysis)`,
});
rows.push({
  area: 'capture',
  name: 'ms per HTML page (captureHtml)',
  value: median(perPage),
  unit: 'ms',
  note: `p95 ${p95(perPage).toFixed(0)} ms over ${perPage.length} captures`,
});
rows.push({
  area: 'capture',
  name: 'Readability alone on linkedom (for reference)',
  value: median(linkedomRate),
  unit: 'pages/s',
  baseline: baseRateMedian,
  ratio: median(linkedomRate) / baseRateMedian,
  note: 'what the parser switch alone gives; captureHtml adds metadata, image rewriting, sanitizing and analysis',
});

// A gallery page with 10,000 images.
const pictures = Array.from(
  { length: 10_000 },
  (_, i) => `<img src="https://cdn.example/p/${i}.jpg" alt="Picture ${i}">`,
).join('');
const gallery = `<!DOCTYPE html><html lang="en"><head><title>Gallery</title></head><body><article><h1>All the pictures</h1><p>${'A paragraph about the pictures below, long enough to count as text. '.repeat(4)}</p>${pictures}<p>${'And a closing paragraph after them all. '.repeat(4)}</p></article></body></html>`;
const galleryMs: number[] = [];
for (let i = 0; i < (quick ? 1 : 3); i++) galleryMs.push(await time(() => captureHtml(gallery)));
rows.push({
  area: 'capture',
  name: 'page with 10,000 <img> (captureHtml)',
  value: median(galleryMs),
  unit: 'ms',
  target: '< 5000 ms',
  pass: median(galleryMs) < 5000,
  note: `median of ${galleryMs.length}; images capped at 50`,
});

// Pasted articles: the product owner's fixtures (the measure), the wire corpus (news-sized
// items in 22 languages) and the real pastes (blog posts and long reads, several times longer).
const readPastes = (dir: string): string[] =>
  readdirSync(path.join(fixtures, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(fixtures, dir, f), 'utf8'));
for (const [dir, label, target] of [
  ['paste', 'ms per pasted article (capturePastedText)', 10],
  ['paste-wires', 'ms per pasted wire item, 62 in 22 languages (capturePastedText)', 10],
  ['paste-real', 'ms per real paste, 26 long pages (capturePastedText)', null],
  ['paste-mercury', 'ms per select-all page copy, 139 pages (capturePastedText)', null],
] as const) {
  const pastes = readPastes(dir);
  const pasteMs: number[] = [];
  // Baseline, interleaved: the same capture with the hand rules alone (the trained line scorer off).
  const rulesMs: number[] = [];
  for (const text of pastes) capturePastedText(text);
  const rounds = quick ? 1 : dir === 'paste' ? 20 : dir === 'paste-mercury' ? 2 : 5;
  for (let round = 0; round < rounds; round++) {
    for (const text of pastes) {
      pasteMs.push(await time(() => capturePastedText(text)));
      rulesMs.push(await time(() => capturePastedText(text, { scorer: 'off' })));
    }
  }
  rows.push({
    area: 'capture',
    name: label,
    value: median(pasteMs),
    unit: 'ms',
    baseline: median(rulesMs),
    ratio: median(pasteMs) / median(rulesMs),
    ...(target === null ? {} : { target: `≤ ${target} ms median`, pass: median(pasteMs) <= target }),
    note: `p95 ${p95(pasteMs).toFixed(1)} ms over ${pasteMs.length} captures of ${pastes.length} fixtures; baseline: the same without the trained line scorer`,
  });
}

console.table(
  rows.map((r) => ({
    measure: r.name,
    value: `${r.value.toFixed(r.value >= 100 ? 0 : 2)} ${r.unit}`,
    baseline: r.baseline === undefined ? '' : `${r.baseline.toFixed(2)} ${r.unit}`,
    ratio: r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    target: r.target ?? '',
    ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  })),
);
console.log(`captureHtml vs JSDOM + Readability: ${ratio.toFixed(2)}× the throughput`);
const out = process.env.BENCH_OUT ?? path.join(here, 'results-capture.json');
writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), out)}`);
