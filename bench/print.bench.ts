/**
 * Print benchmark: OCR of A4 pages (a clean 300-dpi scan and a tilted phone photo of articles
 * set in two columns) against Debian's `tesseract` command line on the same page in the same
 * run (interleaved, so both see the same load): wall time against the CLI on every core, CPU
 * seconds against the CLI on one thread (what tesseract.js has) for a file read alone (a new
 * engine) and for the next file of a batch (the engine kept), and the characters each gets
 * right; PDF text extraction per page against poppler's `pdftotext`; and the peak memory of
 * the process.
 * The pages come from the print corpus (bench/print/make-corpus.ts builds the few it needs
 * when they are missing: Chromium and ImageMagick).
 *
 *   npx tsx bench/print.bench.ts [--quick]      (BENCH_OUT names the JSON file)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { capturePrint } from '../electron/main/capture/print';
import { closeKeptEngine } from '../electron/main/capture/print/kept-engine';
import { openPdf } from '../electron/main/capture/print/pdf';
import { capturePastedText } from '../electron/main/capture/paste';
import { charAccuracy } from './print/score';
import type { BenchRow } from './row';

type Row = BenchRow<'print'>;

const quick = process.argv.includes('--quick');
const CORPUS = path.join(import.meta.dirname, 'corpus/print');
const PAGES = quick ? ['de-bibliothek'] : ['nytimes-1', 'de-bibliothek', 'es-sequia'];
/** A page in another script: its language pass reads the non-Latin models, Japanese and Chinese among them. */
const NON_LATIN = 'ru-metro';
const TESSERACT = '/usr/bin/tesseract';
const rows: Row[] = [];
const load = (): string => `load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Truth {
  lang: string;
  headline: string;
  paragraphs: string[];
}

for (const name of quick ? PAGES : [...PAGES, NON_LATIN]) {
  if (!existsSync(path.join(CORPUS, name, 'truth.json'))) {
    execFileSync('npx', ['tsx', path.join(import.meta.dirname, 'print/make-corpus.ts'), '--only', name], { stdio: 'inherit' });
  }
}

const CODES: Record<string, string> = { en: 'eng', de: 'deu', es: 'spa', fr: 'fra', ru: 'rus' };

const TIME = '/usr/bin/time';

interface CliRun {
  seconds: number;
  /** User + system CPU seconds, when GNU time is there to measure them. */
  cpu: number | null;
  text: string;
}

/**
 * Debian's tesseract on the same page, in the article's language (told, not guessed). By
 * default it runs on every core (OpenMP); `oneThread` holds it to one, like tesseract.js.
 */
function tesseractCli(file: string, lang: string, oneThread = false): CliRun {
  const args = [file, '-', '-l', CODES[lang] ?? 'eng'];
  const timed = existsSync(TIME);
  const env = oneThread ? { ...process.env, OMP_THREAD_LIMIT: '1' } : process.env;
  const started = performance.now();
  const out = timed
    ? spawnSync(TIME, ['-f', 'CPU %U %S', TESSERACT, ...args], { encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 })
    : spawnSync(TESSERACT, args, { encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(out.stderr ?? '');
  return { seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, text: out.stdout ?? '' };
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Reads a page as the print worker does (its engine kept for the next file): wall and CPU seconds. */
async function timedCapture(bytes: Uint8Array, variant: string): Promise<{ wall: number; cpu: number; text: string }> {
  const started = performance.now();
  const cpu = process.cpuUsage(); // the whole process: the OCR worker thread included
  const article = await capturePrint(bytes, variant, { keepEngine: true });
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6, text: article.text };
}

async function ocrRows(variant: 'scan.png' | 'photo.jpg', label: string, target: number): Promise<void> {
  const ours = { wall: [] as number[], cpu: [] as number[], right: [] as number[], batchCpu: [] as number[], same: 0 };
  const cli = { wall: [] as number[], cpu: [] as number[], right: [] as number[] };
  for (const name of PAGES) {
    const truth = JSON.parse(readFileSync(path.join(CORPUS, name, 'truth.json'), 'utf8')) as Truth;
    const file = path.join(CORPUS, name, variant);
    const bytes = new Uint8Array(readFileSync(file));
    const reference = capturePastedText([truth.headline, ...truth.paragraphs].join('\n\n')).text;
    // One file alone: a new engine (started, warmed up). Then the same page again, as the next
    // file of a batch finds the engine the one before kept.
    await closeKeptEngine();
    const alone = await timedCapture(bytes, variant);
    const next = await timedCapture(bytes, variant);
    ours.wall.push(alone.wall);
    ours.cpu.push(alone.cpu);
    ours.batchCpu.push(next.cpu);
    if (next.text === alone.text) ours.same++;
    ours.right.push(charAccuracy(alone.text, reference));
    if (existsSync(TESSERACT)) {
      const run = tesseractCli(file, truth.lang);
      cli.wall.push(run.seconds);
      // The command line prints the headline too; the body is compared after it.
      cli.right.push(charAccuracy(run.text.replace(/^[\s\S]*?\n\n/, ''), truth.paragraphs.join('\n\n')));
      const single = tesseractCli(file, truth.lang, true);
      if (single.cpu !== null) cli.cpu.push(single.cpu);
    }
  }
  const wall = median(ours.wall);
  const cliWall = cli.wall.length ? median(cli.wall) : undefined;
  rows.push({
    area: 'print',
    name: `OCR ${label}, s per A4 page (median of ${ours.wall.length}; language chosen by a first pass)`,
    value: wall,
    unit: 's',
    ...(cliWall ? { baseline: cliWall, ratio: wall / cliWall, target: '≤ 4× tesseract CLI', pass: wall <= 4 * cliWall } : {}),
    note: `${load()}; baseline: Debian tesseract ${variant} -l <lang> (language given, on every core); wall time: on a loaded machine a program with more threads gets more of the CPU`,
  });
  const cliCpu = cli.cpu.length ? median(cli.cpu) : undefined;
  const cpuRow = (what: string, values: number[], note: string): void => {
    const value = median(values);
    rows.push({
      area: 'print',
      name: `OCR ${label}, CPU s per A4 page, ${what} (median of ${values.length}; user + system, language pass included)`,
      value,
      unit: 's',
      ...(cliCpu ? { baseline: cliCpu, ratio: value / cliCpu, target: '≤ 4× tesseract CLI', pass: value <= 4 * cliCpu } : {}),
      note: `${load()}; ${note}; baseline: Debian tesseract on one thread (OMP_THREAD_LIMIT=1, as tesseract.js runs; its start included too), CPU seconds from GNU time`,
    });
  };
  cpuRow('one file alone', ours.cpu, 'a new OCR engine started and warmed up for the file (~1 s)');
  cpuRow('in a batch', ours.batchCpu, `the same page again: the engine the file before kept, switched to this file's languages (a new one only after a language whose settings outlast a switch, Japanese or Chinese; the print worker keeps its thread a minute between files); same text as alone on ${ours.same} of ${ours.batchCpu.length} pages`);
  const right = mean(ours.right);
  const cliMean = cli.right.length ? mean(cli.right) : undefined;
  rows.push({
    area: 'print',
    name: `OCR ${label}, characters right (mean)`,
    value: right * 100,
    unit: '%',
    ...(cliMean !== undefined ? { baseline: cliMean * 100, ratio: right / cliMean } : {}),
    target: `≥ ${target}%`,
    pass: right * 100 >= target,
    note: 'baseline: the tesseract CLI reads the two columns interleaved where it cannot tell them apart',
  });
}

/**
 * The scan of a Russian page, read alone: the first reading in English reads poorly, so each
 * other script's model reads the sample; after Japanese or Chinese (whose settings would outlast
 * a switch) the engine is started anew for the next language. Informational: no target.
 */
async function nonLatinRow(): Promise<void> {
  const truth = JSON.parse(readFileSync(path.join(CORPUS, NON_LATIN, 'truth.json'), 'utf8')) as Truth;
  const file = path.join(CORPUS, NON_LATIN, 'scan.png');
  const bytes = new Uint8Array(readFileSync(file));
  await closeKeptEngine();
  const ours = await timedCapture(bytes, 'scan.png');
  await closeKeptEngine();
  const cli = existsSync(TESSERACT) ? tesseractCli(file, truth.lang, true).cpu : null;
  const reference = capturePastedText([truth.headline, ...truth.paragraphs].join('\n\n')).text;
  rows.push({
    area: 'print',
    name: `OCR scan of a Russian page, CPU s, one file alone (the language pass reads every script's model; a new engine after Japanese/Chinese)`,
    value: ours.cpu,
    unit: 's',
    ...(cli !== null ? { baseline: cli, ratio: ours.cpu / cli } : {}),
    note: `${load()}; ${NON_LATIN}; ${(charAccuracy(ours.text, reference) * 100).toFixed(1)}% of characters right; baseline: Debian tesseract -l rus on one thread (language given, no pass); informational, no target`,
  });
}

async function pdfRows(): Promise<void> {
  const names = readdirSync(CORPUS).filter((n) => existsSync(path.join(CORPUS, n, 'epaper.pdf')));
  const ours: number[] = [];
  const poppler: number[] = [];
  for (const name of names.slice(0, quick ? 3 : names.length)) {
    const file = path.join(CORPUS, name, 'epaper.pdf');
    const bytes = new Uint8Array(readFileSync(file));
    let started = performance.now();
    const pdf = await openPdf(bytes, 'epaper.pdf');
    await pdf.text(1);
    await pdf.close();
    ours.push(performance.now() - started);
    started = performance.now();
    spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    poppler.push(performance.now() - started);
  }
  const value = median(ours);
  const baseline = median(poppler);
  rows.push({
    area: 'print',
    name: `PDF text in reading order, ms per page (median of ${ours.length} e-paper pages)`,
    value,
    unit: 'ms',
    baseline,
    ratio: value / baseline,
    target: '≤ 1,000 ms',
    pass: value <= 1000,
    note: `${load()}; baseline: poppler pdftotext (a process per page, no column order)`,
  });
}

await pdfRows();
await ocrRows('scan.png', 'clean 300-dpi scan', 95);
await ocrRows('photo.jpg', 'tilted phone photo', 90);
if (!quick) await nonLatinRow();
await closeKeptEngine();
rows.push({
  area: 'print',
  name: 'peak memory of the process (RSS) over the OCR runs',
  value: process.resourceUsage().maxRSS / 1024,
  unit: 'MB',
  target: '≤ 1,500 MB',
  pass: process.resourceUsage().maxRSS / 1024 <= 1500,
  note: 'pages of 8.7 megapixels; the OCR engine runs in its own worker thread inside this process',
});

const out = process.env.BENCH_OUT ?? path.join(import.meta.dirname, 'results-print.json');
writeFileSync(out, JSON.stringify(rows, null, 2));
for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(2)} ${r.unit}${r.baseline !== undefined ? ` (baseline ${r.baseline.toFixed(2)})` : ''} ${r.pass === false ? 'FAIL' : ''}`);
