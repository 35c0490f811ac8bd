/**
 * Dossier benchmark: a 200-clipping press review in many scripts (Latin, Cyrillic, Greek,
 * Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari, Thai) with pictures, written by pdfkit (writeDossier) against
 * Chromium printing the same content as HTML to PDF (what desktop note apps do), in the
 * same run. Each pdfkit run is a fresh child process (so its peak RSS is its own) making two
 * exports: the first pays for JIT warm-up and font loading (the first export after the app
 * starts), the second is the steady state of a running app. Chromium is launched once (not
 * timed) and prints each run in a new page; its memory and CPU are summed over its processes.
 *
 *   npx tsx bench/dossier.bench.ts [--quick]      (BENCH_OUT names the JSON file)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeDossier, type DossierClipping, type DossierSpec } from '../electron/main/dossier';
import { fallbackFile } from '../electron/main/dossier/fonts';
import type { Family } from '../electron/main/dossier/scripts';
import { makeDossierItems } from '../tests/main/dossier/sample-clippings';
import { mixScripts } from '../tests/main/dossier/world-clippings';
import { chromiumLaunch } from '../tests/renderer/chromium';
import type { BenchRow } from './row';

const quick = process.argv.includes('--quick');
const COUNT = quick ? 20 : 200;
const RUNS = quick ? 2 : 5;
const SPEC: DossierSpec = {
  title: 'Morning Press Review',
  subtitle: 'Black Sea grain negotiations',
  organisation: 'Ministry of Foreign Affairs — Press Office',
  period: 'November 2026',
  editor: 'Duty editor',
  classification: 'For internal use only',
  summary: 'Talks in Geneva moved forward.\n\nMarkets stayed cautious.',
  groupBy: 'tag',
};

interface Sample {
  ms: number;
  pages: number;
  peakMB: number;
  /** CPU time of the export (Chromium: all its processes). */
  cpuMs?: number;
  /** pdfkit only: RSS before the export started. */
  baseMB?: number;
}

type Row = BenchRow<'dossier'>;

function items(dir: string): DossierClipping[] {
  return mixScripts(makeDossierItems(COUNT, path.join(dir, 'images'), 3, { varied: true }));
}

interface ChildReport {
  cold: Sample;
  warm: Sample;
}

async function timedExport(list: DossierClipping[], out: string): Promise<Sample> {
  const baseMB = process.memoryUsage().rss / 1024 / 1024;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await writeDossier(SPEC, list, out);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  return { ms, pages: result.pages, peakMB, cpuMs: (used.user + used.system) / 1000, baseMB };
}

/** Child mode: a first and a second export in one process; prints one JSON line. */
async function child(dir: string, out: string): Promise<void> {
  const list = items(dir);
  const cold = await timedExport(list, out);
  const warm = await timedExport(list, `${out}.again.pdf`);
  const report: ChildReport = { cold, warm };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(dir: string, out: string): Promise<ChildReport> {
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [...process.execArgv, self, '--child', dir, out, ...(quick ? ['--quick'] : [])],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`pdfkit child failed (${code}): ${stdout}`));
      else resolve(JSON.parse(line) as ChildReport);
    });
  });
}

/** Summed RSS (MB) and CPU time (ms) of `pid` and all its descendants, from /proc. */
function treeUsage(pid: number): { rssMB: number; cpuMs: number } {
  const children = new Map<number, number[]>();
  const usage = new Map<number, { rssMB: number; cpuMs: number }>();
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      usage.set(Number(name), {
        rssMB: (Number(fields[21]) * 4096) / 1024 / 1024,
        cpuMs: (Number(fields[11]) + Number(fields[12])) * tick,
      });
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const total = { rssMB: 0, cpuMs: 0 };
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    total.rssMB += usage.get(p)?.rssMB ?? 0;
    total.cpuMs += usage.get(p)?.cpuMs ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function countPages(file: string): number {
  const text = readFileSync(file).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function chromiumRuns(html: string, dir: string): Promise<{ samples: Sample[]; launchMs: number }> {
  // From a file, so that its @font-face rules may load the same TTFs pdfkit embeds.
  const htmlFile = path.join(dir, 'dossier.html');
  writeFileSync(htmlFile, html);
  const launchStart = performance.now();
  const server = await chromium.launchServer(chromiumLaunch('--allow-file-access-from-files'));
  const browser = await chromium.connect(server.wsEndpoint());
  const launchMs = performance.now() - launchStart;
  const pid = server.process().pid ?? 0;
  const samples: Sample[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const out = path.join(dir, `chromium-${run}.pdf`);
      const page = await browser.newPage();
      const before = treeUsage(pid);
      let peakMB = before.rssMB;
      const timer = setInterval(() => (peakMB = Math.max(peakMB, treeUsage(pid).rssMB)), 25);
      const start = performance.now();
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.pdf({
        path: out,
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font:7px 'DejaVu Sans';color:#5f6368;width:100%;margin:0 70px">${SPEC.title}</div>`,
        footerTemplate:
          '<div style="font:7px \'DejaVu Sans\';color:#5f6368;width:100%;margin:0 70px;display:flex;justify-content:space-between">' +
          `<span>${SPEC.classification}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
        margin: { top: '104px', bottom: '99px', left: '93px', right: '93px' }, // the PDF's 78/74/70 pt
      });
      const ms = performance.now() - start;
      clearInterval(timer);
      const after = treeUsage(pid);
      peakMB = Math.max(peakMB, after.rssMB);
      await page.close();
      samples.push({ ms, pages: countPages(out), peakMB, cpuMs: after.cpuMs - before.cpuMs });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { samples, launchMs };
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);

/** @font-face rules for the Noto faces the PDF embeds, so Chromium sets the same glyphs. */
function fontFaces(): string {
  const families: Array<[string, Family, boolean]> = [
    ['Noto SC', 'sc', false],
    ['Noto TC', 'tc', false],
    ['Noto JP', 'jp', false],
    ['Noto KR', 'kr', false],
    ['Noto Naskh', 'arabic', true],
    ['Noto Arabic', 'arabic', false],
    ['Noto Hebrew', 'hebrew', false],
    ['Noto Devanagari', 'devanagari', false],
    ['Noto Thai', 'thai', false],
  ];
  return families
    .flatMap(([name, family, serif]) =>
      [false, true].map(
        (bold) =>
          `@font-face{font-family:'${name}';font-weight:${bold ? 700 : 400};src:url('${pathToFileURL(fallbackFile(family, bold, serif)).href}')}`,
      ),
    )
    .join('\n');
}

/**
 * The same dossier as one HTML document, styled like the PDF: cover, contents (without page
 * numbers: HTML print has no way to know them), clippings running on with a rule between them,
 * a line of facts, images (as data URLs) and body, every paragraph with dir="auto" and the
 * same fonts. Built outside the timed section.
 */
function dossierHtml(spec: DossierSpec, list: DossierClipping[]): string {
  const images = new Map<string, string>();
  const dataUrl = (file: string): string => {
    let url = images.get(file);
    if (!url) images.set(file, (url = `data:image/png;base64,${readFileSync(file).toString('base64')}`));
    return url;
  };
  const toc = list
    .map(
      (item, i) =>
        `<li><a href="#c${i}" dir="auto">${escapeHtml(item.clipping.title)}</a><br><small dir="auto">${escapeHtml(item.clipping.source ?? '')}</small></li>`,
    )
    .join('');
  const articles = list
    .map(({ clipping: c, images: files }, i) => {
      const meta = [c.publishedAt, c.author, `${c.text.split(/\s+/).length} words`].filter(Boolean).join(' · ');
      const body = c.text
        .split(/\n\s*\n/)
        .map((p) => `<p dir="auto">${escapeHtml(p)}</p>`)
        .join('');
      const figures = files
        .map(
          (f) =>
            `<figure><img src="${dataUrl(f)}"><figcaption>${escapeHtml(c.caption ?? '')} Photo: ${escapeHtml(c.credit ?? '')}</figcaption></figure>`,
        )
        .join('');
      return `<article id="c${i}" lang="${c.lang ?? 'en'}"><div class="kicker" dir="auto">${escapeHtml(c.source ?? '')}</div><h2 dir="auto">${escapeHtml(c.title)}</h2><div class="meta">${escapeHtml(meta)}</div>${figures}${body}</article>`;
    })
    .join('<hr>');
  const stack = "'Noto SC','Noto JP','Noto KR','Noto TC','Noto Hebrew','Noto Devanagari','Noto Thai'";
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(spec.title)}</title><style>
${fontFaces()}
body{font-family:'DejaVu Serif','Noto Naskh',${stack},serif;font-size:10.5pt;line-height:15.5pt;color:#1a1a1a}
.cover{page-break-after:always}.cover h1{font-size:30pt;line-height:36pt}
.toc{page-break-after:always}.toc li{margin:4pt 0}
article{break-inside:auto}hr{border:0;border-top:0.6pt solid #c9ccd1;margin:16pt 0}
.kicker{font:bold 8.5pt 'DejaVu Sans','Noto Arabic',${stack};color:#8c1d18;text-transform:uppercase}
h2{font-size:19pt;line-height:24pt;margin:4pt 0 5pt}
.meta{font:8pt 'DejaVu Sans',${stack};color:#5f6368;margin-bottom:10pt}
figure{margin:10pt 0;text-align:center}img{max-width:100%;max-height:300pt}figcaption{font:7.5pt 'DejaVu Sans',${stack};color:#5f6368}
p{margin:0 0 6pt;orphans:2;widows:2}
</style></head><body><section class="cover"><p>${escapeHtml(spec.organisation ?? '')}</p><h1>${escapeHtml(spec.title)}</h1><p>${escapeHtml(spec.subtitle ?? '')}</p><p>${escapeHtml(spec.summary ?? '')}</p></section>
<nav class="toc"><h1>Contents</h1><ol>${toc}</ol></nav>${articles}</body></html>`;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const fmt = (n: number, digits = 0): string => n.toFixed(digits);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cuttings-dossier-bench-'));
  try {
    const list = items(dir);
    const loadBefore = loadavg()[0] ?? 0;
    console.log(
      `Dossier of ${COUNT} clippings, ${RUNS} runs each (median, p95). Load average ${fmt(loadBefore, 1)} on ${cpus().length} CPUs.`,
    );
    const reports: ChildReport[] = [];
    for (let run = 0; run < RUNS; run++)
      reports.push(await runChild(dir, path.join(dir, `pdfkit-${run}.pdf`)));
    const size = statSync(path.join(dir, 'pdfkit-0.pdf')).size;
    const { samples: chrome, launchMs } = await chromiumRuns(dossierHtml(SPEC, list), dir);
    const chSize = statSync(path.join(dir, 'chromium-0.pdf')).size;

    const stats = (samples: Sample[]): { ms: number; p95: number; cpu: number } => ({
      ms: median(samples.map((x) => x.ms)),
      p95: quantile(
        samples.map((x) => x.ms),
        0.95,
      ),
      cpu: median(samples.map((x) => x.cpuMs ?? 0)),
    });
    const cold = stats(reports.map((r) => r.cold));
    const warm = stats(reports.map((r) => r.warm));
    const ch = stats(chrome);
    const pkPeak = Math.max(...reports.map((r) => r.warm.peakMB));
    const pkBase = Math.max(...reports.map((r) => r.cold.baseMB ?? 0));
    const chPeak = Math.max(...chrome.map((x) => x.peakMB));
    const pkPages = reports[0]?.cold.pages ?? 0;
    const chPages = chrome[0]?.pages ?? 0;
    const chromeNote = `Chromium p95 ${fmt(ch.p95)} ms, CPU ${fmt(ch.cpu)} ms over its processes; launch ${fmt(launchMs)} ms not counted`;
    // The targets are set for the full dossier; --quick is a smoke test dominated by start-up.
    const judge = (ok: boolean): boolean | undefined => (quick ? undefined : ok);
    const rows: Row[] = [
      {
        area: 'dossier',
        name: `pdfkit ${COUNT}-clipping dossier, first export in a fresh process (vs Chromium)`,
        value: cold.ms,
        unit: 'ms',
        baseline: ch.ms,
        ratio: ch.ms / cold.ms,
        target: '≥ 5× faster than Chromium',
        pass: judge(ch.ms / cold.ms >= 5),
        note: `p95 ${fmt(cold.p95)} ms, CPU ${fmt(cold.cpu)} ms; ${chromeNote}`,
      },
      {
        area: 'dossier',
        name: `pdfkit ${COUNT}-clipping dossier, next export in the same process (vs Chromium)`,
        value: warm.ms,
        unit: 'ms',
        baseline: ch.ms,
        ratio: ch.ms / warm.ms,
        target: '≥ 5× faster than Chromium',
        pass: judge(ch.ms / warm.ms >= 5),
        note: `p95 ${fmt(warm.p95)} ms, CPU ${fmt(warm.cpu)} ms`,
      },
      {
        area: 'dossier',
        name: `pdfkit ${COUNT}-clipping dossier time (first export)`,
        value: cold.ms,
        unit: 'ms',
        target: '< 10000 ms',
        pass: judge(cold.ms < 10_000),
        note: `${pkPages} pages, ${fmt(size / 1024 / 1024, 1)} MB file; load average ${fmt(loadBefore, 1)} → ${fmt(loadavg()[0] ?? 0, 1)} on ${cpus().length} CPUs`,
      },
      {
        area: 'dossier',
        name: 'pdfkit dossier peak RSS (process)',
        value: pkPeak,
        unit: 'MB',
        baseline: chPeak,
        ratio: chPeak / pkPeak,
        target: '< 500 MB',
        pass: pkPeak < 500,
        note: `maxRSS of the Node process over both exports, ${fmt(pkBase)} MB of it before the first (Node, tsx, modules, clippings); Chromium: summed RSS of its processes`,
      },
      {
        area: 'dossier',
        name: `pdfkit ${COUNT}-clipping dossier file size`,
        value: size / 1024 / 1024,
        unit: 'MB',
        baseline: chSize / 1024 / 1024,
        note: `fonts subset; ${pkPages} pages; Chromium's PDF of the same content for comparison`,
      },
      {
        area: 'dossier',
        name: 'pages per second (first export)',
        value: pkPages / (cold.ms / 1000),
        unit: 'pages/s',
        baseline: chPages / (ch.ms / 1000),
        ratio: ch.ms / cold.ms,
        note: `pdfkit ${pkPages} pages, Chromium ${chPages} pages (its contents has no page numbers)`,
      },
    ];
    console.table(
      rows.map((r) => ({
        measure: r.name,
        value: `${fmt(r.value, r.unit === 'ms' ? 0 : 1)} ${r.unit}`,
        chromium: r.baseline === undefined ? '' : `${fmt(r.baseline, r.unit === 'ms' ? 0 : 1)} ${r.unit}`,
        ratio: r.ratio === undefined ? '' : `${fmt(r.ratio, 1)}×`,
        target: r.target ?? '',
        ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
      })),
    );
    for (const r of rows) if (r.note) console.log(`  ${r.name}: ${r.note}`);
    const outFile =
      process.env.BENCH_OUT ??
      path.join(path.dirname(fileURLToPath(import.meta.url)), 'results-dossier.json');
    writeFileSync(outFile, `${JSON.stringify(rows, null, 2)}\n`);
    console.log(`Wrote ${outFile}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(process.argv[childAt + 1] ?? '', process.argv[childAt + 2] ?? '');
else await main();
