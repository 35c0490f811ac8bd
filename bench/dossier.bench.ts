/**
 * Dossier benchmark: a 200-clipping press review written by pdfkit (writeDossier) against
 * Chromium printing the same content as HTML to PDF (what desktop note apps do), in the
 * same run. Each pdfkit export runs in a fresh child process so its peak RSS is its own;
 * Chromium's memory is the summed RSS of its process tree, sampled while it prints.
 *
 *   npx tsx bench/dossier.bench.ts [--quick]      (BENCH_OUT names the JSON file)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeDossier, type DossierClipping, type DossierSpec } from '../electron/main/dossier';
import { makeDossierItems } from '../tests/main/dossier/sample-clippings';

const quick = process.argv.includes('--quick');
const COUNT = quick ? 20 : 200;
const RUNS = quick ? 2 : 3;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
  /** pdfkit only: CPU time of the export and RSS before it started. */
  cpuMs?: number;
  baseMB?: number;
}

interface Row {
  area: 'dossier';
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  target?: string;
  pass?: boolean;
  note?: string;
}

function items(dir: string): DossierClipping[] {
  return makeDossierItems(COUNT, path.join(dir, 'images'), 3, { varied: true });
}

/** Child mode: one export, timed from the call to the renamed file; prints a JSON line. */
async function child(dir: string, out: string): Promise<void> {
  const list = items(dir);
  const baseMB = process.memoryUsage().rss / 1024 / 1024;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await writeDossier(SPEC, list, out);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const peakMB = process.resourceUsage().maxRSS / 1024;
  const sample: Sample = { ms, pages: result.pages, peakMB, cpuMs: (used.user + used.system) / 1000, baseMB };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function runChild(dir: string, out: string): Promise<Sample> {
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
      else resolve(JSON.parse(line) as Sample);
    });
  });
}

/** Summed RSS (MB) of `pid` and all its descendants, from /proc. */
function treeRssMB(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pages = Number(fields[21]);
      rss.set(Number(name), (pages * 4096) / 1024 / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function countPages(file: string): number {
  const text = readFileSync(file).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function chromiumRuns(html: string, dir: string): Promise<{ samples: Sample[]; launchMs: number }> {
  const launchStart = performance.now();
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  const browser = await chromium.connect(server.wsEndpoint());
  const launchMs = performance.now() - launchStart;
  const pid = server.process().pid ?? 0;
  const samples: Sample[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const out = path.join(dir, `chromium-${run}.pdf`);
      const page = await browser.newPage();
      let peakMB = treeRssMB(pid);
      const timer = setInterval(() => (peakMB = Math.max(peakMB, treeRssMB(pid))), 25);
      const start = performance.now();
      await page.setContent(html, { waitUntil: 'load' });
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
      peakMB = Math.max(peakMB, treeRssMB(pid));
      await page.close();
      samples.push({ ms, pages: countPages(out), peakMB });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { samples, launchMs };
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);

/**
 * The same dossier as one HTML document, styled like the PDF: cover, contents (without page
 * numbers: HTML print has no way to know them), one clipping per page with its source table,
 * images (as data URLs) and body. Built outside the timed section.
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
        `<li><a href="#c${i}">${escapeHtml(item.clipping.title)}</a><br><small>${escapeHtml(item.clipping.source ?? '')}</small></li>`,
    )
    .join('');
  const articles = list
    .map(({ clipping: c, images: files }, i) => {
      const meta = [
        ['Outlet', c.source],
        ['Published', c.publishedAt],
        ['Author', c.author],
        ['Dateline', c.dateline],
        ['Tags', c.tags.join(', ')],
        ['URL', c.url],
      ]
        .filter(([, v]) => v)
        .map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v ?? '')}</td></tr>`)
        .join('');
      const body = c.text
        .split(/\n\s*\n/)
        .map((p) =>
          /^[“"«]/.test(p) ? `<blockquote>${escapeHtml(p)}</blockquote>` : `<p>${escapeHtml(p)}</p>`,
        )
        .join('');
      const figures = files
        .map(
          (f) =>
            `<figure><img src="${dataUrl(f)}"><figcaption>${escapeHtml(c.caption ?? '')}</figcaption></figure>`,
        )
        .join('');
      return `<article id="c${i}" lang="${c.lang ?? 'en'}"><div class="kicker">${escapeHtml(c.source ?? '')}</div><h2>${escapeHtml(c.title)}</h2><table>${meta}</table>${figures}${body}</article>`;
    })
    .join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(spec.title)}</title><style>
body{font-family:'DejaVu Serif',serif;font-size:10.5pt;line-height:15.5pt;color:#1a1a1a}
.cover{page-break-after:always}.cover h1{font-size:30pt;line-height:36pt}
.toc{page-break-after:always}.toc li{margin:4pt 0}
article{page-break-before:always}.kicker{font:bold 8.5pt 'DejaVu Sans';color:#8c1d18;text-transform:uppercase}
h2{font-size:19pt;line-height:24pt;margin:4pt 0 8pt}
table{background:#f3f4f6;font:7.5pt 'DejaVu Sans';width:100%;padding:8pt}th{text-align:left;width:62pt;color:#5f6368}
figure{margin:10pt 0;text-align:center}img{max-width:100%;max-height:300pt}figcaption{font:7.5pt 'DejaVu Sans';color:#5f6368}
p{margin:0 0 6pt;orphans:2;widows:2}blockquote{margin:0 0 6pt 14pt;font-style:italic;border-left:2.5pt solid #8c1d18;padding-left:11pt}
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

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cuttings-dossier-bench-'));
  try {
    const list = items(dir);
    const loadBefore = loadavg()[0] ?? 0;
    console.log(
      `Dossier of ${COUNT} clippings, ${RUNS} runs each (median, p95). Load average ${loadBefore.toFixed(1)} on ${cpus().length} CPUs.`,
    );
    const pdfkit: Sample[] = [];
    for (let run = 0; run < RUNS; run++)
      pdfkit.push(await runChild(dir, path.join(dir, `pdfkit-${run}.pdf`)));
    const size = statSync(path.join(dir, 'pdfkit-0.pdf')).size;
    const html = dossierHtml(SPEC, list);
    const { samples: chrome, launchMs } = await chromiumRuns(html, dir);

    const pk = {
      ms: median(pdfkit.map((s) => s.ms)),
      p95: quantile(
        pdfkit.map((s) => s.ms),
        0.95,
      ),
    };
    const ch = {
      ms: median(chrome.map((s) => s.ms)),
      p95: quantile(
        chrome.map((s) => s.ms),
        0.95,
      ),
    };
    const pkPeak = Math.max(...pdfkit.map((s) => s.peakMB));
    const chPeak = Math.max(...chrome.map((s) => s.peakMB));
    const pkPages = pdfkit[0]?.pages ?? 0;
    const chPages = chrome[0]?.pages ?? 0;
    const pkRate = pkPages / (pk.ms / 1000);
    const chRate = chPages / (ch.ms / 1000);
    const speedup = ch.ms / pk.ms;
    const rows: Row[] = [
      {
        area: 'dossier',
        name: `pdfkit dossier, ${COUNT} clippings (vs Chromium print-to-PDF)`,
        value: pk.ms,
        unit: 'ms',
        baseline: ch.ms,
        ratio: speedup,
        target: '≥ 5× faster than Chromium (200 clippings)',
        // The targets are set for the full dossier; --quick is a smoke test dominated by start-up.
        pass: quick ? undefined : speedup >= 5,
        note: `p95 pdfkit ${pk.p95.toFixed(0)} ms, Chromium ${ch.p95.toFixed(0)} ms; Chromium launch ${launchMs.toFixed(0)} ms not counted`,
      },
      {
        area: 'dossier',
        name: `pdfkit dossier time, ${COUNT} clippings`,
        value: pk.ms,
        unit: 'ms',
        target: '< 10000 ms',
        pass: quick ? undefined : pk.ms < 10_000,
        note: `${pkPages} pages, ${(size / 1024 / 1024).toFixed(1)} MB file; CPU ${median(pdfkit.map((x) => x.cpuMs ?? 0)).toFixed(0)} ms (median); load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} CPUs`,
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
        note: `pdfkit: maxRSS of a fresh Node process, ${Math.max(...pdfkit.map((x) => x.baseMB ?? 0)).toFixed(0)} MB of it before the export (Node, tsx, modules, clippings); Chromium: summed RSS of its processes`,
      },
      {
        area: 'dossier',
        name: 'pages per second',
        value: pkRate,
        unit: 'pages/s',
        baseline: chRate,
        ratio: pkRate / chRate,
        note: `pdfkit ${pkPages} pages, Chromium ${chPages} pages (no contents page numbers in the HTML)`,
      },
    ];
    console.table(
      rows.map((r) => ({
        measure: r.name,
        value: `${r.value.toFixed(r.unit === 'pages/s' ? 1 : 0)} ${r.unit}`,
        chromium:
          r.baseline === undefined ? '' : `${r.baseline.toFixed(r.unit === 'pages/s' ? 1 : 0)} ${r.unit}`,
        ratio: r.ratio === undefined ? '' : `${r.ratio.toFixed(1)}×`,
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
