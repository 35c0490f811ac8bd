/**
 * Print benchmark: OCR of A4 pages (a clean 300-dpi scan and a tilted phone photo of articles
 * set in two columns) against Debian's `tesseract` command line on the same page in the same
 * run (interleaved, so both see the same load), with the characters each gets right; PDF text
 * extraction per page against poppler's `pdftotext`; and the peak memory of the process.
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
import { openPdf } from '../electron/main/capture/print/pdf';
import { capturePastedText } from '../electron/main/capture/paste';
import { charAccuracy } from './print/score';
import type { BenchRow } from './row';

type Row = BenchRow<'print'>;

const quick = process.argv.includes('--quick');
const CORPUS = path.join(import.meta.dirname, 'corpus/print');
const PAGES = quick ? ['de-bibliothek'] : ['nytimes-1', 'de-bibliothek', 'es-sequia'];
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

for (const name of PAGES) {
  if (!existsSync(path.join(CORPUS, name, 'truth.json'))) {
    execFileSync('npx', ['tsx', path.join(import.meta.dirname, 'print/make-corpus.ts'), '--only', name], { stdio: 'inherit' });
  }
}

const CODES: Record<string, string> = { en: 'eng', de: 'deu', es: 'spa', fr: 'fra' };

/** Debian's tesseract on the same page, in the article's language (told, not guessed). */
function tesseractCli(file: string, lang: string): { seconds: number; text: string } {
  const started = performance.now();
  const out = spawnSync(TESSERACT, [file, '-', '-l', CODES[lang] ?? 'eng'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return { seconds: (performance.now() - started) / 1000, text: out.stdout ?? '' };
}

async function ocrRows(variant: 'scan.png' | 'photo.jpg', label: string, target: number): Promise<void> {
  const ours: number[] = [];
  const cli: number[] = [];
  const oursRight: number[] = [];
  const cliRight: number[] = [];
  for (const name of PAGES) {
    const truth = JSON.parse(readFileSync(path.join(CORPUS, name, 'truth.json'), 'utf8')) as Truth;
    const file = path.join(CORPUS, name, variant);
    const bytes = new Uint8Array(readFileSync(file));
    const reference = capturePastedText([truth.headline, ...truth.paragraphs].join('\n\n')).text;
    const started = performance.now();
    const article = await capturePrint(bytes, variant);
    ours.push((performance.now() - started) / 1000);
    oursRight.push(charAccuracy(article.text, reference));
    if (existsSync(TESSERACT)) {
      const run = tesseractCli(file, truth.lang);
      cli.push(run.seconds);
      // The command line prints the headline too; the body is compared after it.
      cliRight.push(charAccuracy(run.text.replace(/^[\s\S]*?\n\n/, ''), truth.paragraphs.join('\n\n')));
    }
  }
  const value = median(ours);
  const baseline = cli.length ? median(cli) : undefined;
  rows.push({
    area: 'print',
    name: `OCR ${label}, s per A4 page (median of ${ours.length}; language chosen by a first pass)`,
    value,
    unit: 's',
    ...(baseline ? { baseline, ratio: value / baseline, target: '≤ 4× tesseract CLI', pass: value <= 4 * baseline } : {}),
    note: `${load()}; baseline: Debian tesseract ${variant} -l <lang> (language given)`,
  });
  const right = oursRight.reduce((a, b) => a + b, 0) / oursRight.length;
  const cliMean = cliRight.length ? cliRight.reduce((a, b) => a + b, 0) / cliRight.length : undefined;
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
