/**
 * `npm run eval:print [-- --split tune|held-out|all] [--variant scan,photo,epaper] [--only NAME] [--texts]`:
 * how well print clippings are read, on the corpus `bench/print/make-corpus.ts` builds
 * (articles set in two newspaper columns under a headline; a clean 300-dpi scan, a tilted,
 * noisy phone photo, an e-paper PDF and a scanned PDF — the scan as its only content — of each). Every file goes through `captureFile`, the
 * path `cuttings import FILE` and the app take (worker thread, language chosen by a first pass).
 *
 * Per variant and split: mean and worst character accuracy (1 − edit distance / longer
 * length) of the stored text against
 *   - `ocr`: the known text as Cuttings stores it when given exactly that text (the paste
 *     parser takes a dateline or byline off the body the same way): what reading gets right;
 *   - `raw`: the known paragraphs as set: everything, parser decisions included;
 * the share of headlines found (≥ 95% of their characters right), and seconds per page.
 * Targets (issue #15): scans ≥ 95%, photos ≥ 90%, e-paper ≥ 98%, headline in nearly all.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { captureFile } from '../electron/main/capture/files';
import { capturePastedText } from '../electron/main/capture/paste';
import { charAccuracy, headlineFound } from './print/score';

const CORPUS = path.join(import.meta.dirname, 'corpus/print');
const TARGETS: Record<string, number> = { scan: 0.95, photo: 0.9, hard: 0.9, epaper: 0.98, scanpdf: 0.95 };
const FILES: Record<string, string> = { scan: 'scan.png', photo: 'photo.jpg', hard: 'photo-hard.jpg', epaper: 'epaper.pdf', scanpdf: 'scan.pdf' };

/** A scanned PDF (no text layer: the 300-dpi scan as the page's only content), made with pdfkit. */
async function scannedPdf(dir: string): Promise<void> {
  const out = path.join(dir, 'scan.pdf');
  if (existsSync(out)) return;
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.image(path.join(dir, 'scan.png'), 0, 0, { width: 595.28, height: 841.89 });
  doc.end();
  await done;
  writeFileSync(out, Buffer.concat(chunks));
}

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const split = arg('split') ?? 'all';
const variants = (arg('variant') ?? 'epaper,scan,photo,hard,scanpdf').split(',');
const only = arg('only');

interface Truth {
  name: string;
  lang: string;
  split: 'tune' | 'held-out';
  headline: string;
  paragraphs: string[];
}

interface Result {
  name: string;
  split: string;
  variant: string;
  ocr: number;
  raw: number;
  headline: boolean;
  seconds: number;
  /** CPU seconds (user + system) of the whole process: the OCR worker thread included. */
  cpu: number;
  langs: string[];
  text?: string;
}

if (!existsSync(CORPUS)) {
  console.error('No corpus: build it first with `npx tsx bench/print/make-corpus.ts` (needs Chromium and ImageMagick).');
  process.exit(1);
}
const truths: Truth[] = readdirSync(CORPUS)
  .filter((n) => existsSync(path.join(CORPUS, n, 'truth.json')))
  .map((n) => JSON.parse(readFileSync(path.join(CORPUS, n, 'truth.json'), 'utf8')) as Truth)
  .filter((t) => (split === 'all' || t.split === split) && (!only || t.name === only));

const results: Result[] = [];
for (const truth of truths) {
  const reference = capturePastedText([truth.headline, ...truth.paragraphs].join('\n\n')).text;
  for (const variant of variants) {
    if (variant === 'scanpdf') await scannedPdf(path.join(CORPUS, truth.name));
    const file = path.join(CORPUS, truth.name, FILES[variant] as string);
    const started = performance.now();
    const cpu = process.cpuUsage();
    try {
      const article = await captureFile(file);
      const used = process.cpuUsage(cpu);
      const result: Result = {
        name: truth.name,
        split: truth.split,
        variant,
        ocr: charAccuracy(article.text, reference),
        raw: charAccuracy(article.text, truth.paragraphs.join('\n\n')),
        headline: !article.titleDerived && headlineFound(article.title, truth.headline),
        seconds: (performance.now() - started) / 1000,
        cpu: (used.user + used.system) / 1e6,
        langs: article.print?.ocr?.langs ?? [],
        ...(process.argv.includes('--texts') ? { text: article.text } : {}),
      };
      results.push(result);
      console.log(
        `${truth.name.padEnd(14)} ${truth.split.padEnd(8)} ${variant.padEnd(6)} ocr ${(result.ocr * 100).toFixed(2)}%  raw ${(result.raw * 100).toFixed(2)}%  ` +
          `headline ${result.headline ? 'yes' : `NO (${article.title.slice(0, 50)})`}  ${result.seconds.toFixed(1)} s (CPU ${result.cpu.toFixed(1)} s) ${result.langs.join('+')}`,
      );
    } catch (err) {
      results.push({ name: truth.name, split: truth.split, variant, ocr: 0, raw: 0, headline: false, seconds: 0, cpu: 0, langs: [] });
      console.log(`${truth.name} ${variant}: FAILED ${(err as Error).message}`);
    }
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2) : 0;
};
const summary = [];
console.log('\nvariant  split     n   ocr mean  ocr worst  raw mean  headlines  s/page (median)  CPU s  target');
for (const variant of variants) {
  for (const part of ['tune', 'held-out']) {
    const rs = results.filter((r) => r.variant === variant && r.split === part);
    if (!rs.length) continue;
    const row = {
      variant,
      split: part,
      n: rs.length,
      ocrMean: rs.reduce((s, r) => s + r.ocr, 0) / rs.length,
      ocrWorst: Math.min(...rs.map((r) => r.ocr)),
      rawMean: rs.reduce((s, r) => s + r.raw, 0) / rs.length,
      headlines: rs.filter((r) => r.headline).length / rs.length,
      secondsMedian: median(rs.map((r) => r.seconds)),
      cpuMedian: median(rs.map((r) => r.cpu)),
      target: TARGETS[variant],
    };
    summary.push(row);
    console.log(
      `${variant.padEnd(8)} ${part.padEnd(9)} ${String(rs.length).padStart(2)}  ${(row.ocrMean * 100).toFixed(2).padStart(7)}%  ${(row.ocrWorst * 100).toFixed(2).padStart(8)}%  ` +
        `${(row.rawMean * 100).toFixed(2).padStart(7)}%  ${(row.headlines * 100).toFixed(0).padStart(8)}%  ${row.secondsMedian.toFixed(1).padStart(14)}  ${row.cpuMedian.toFixed(1).padStart(5)}  ≥ ${((row.target ?? 0) * 100).toFixed(0)}% ${row.ocrMean >= (row.target ?? 0) ? 'pass' : 'FAIL'}`,
    );
  }
}
const out = process.env.BENCH_OUT ?? path.join(import.meta.dirname, 'results-print-eval.json');
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), summary, results }, null, 2));
console.log(`Wrote ${path.relative(process.cwd(), out)}`);
