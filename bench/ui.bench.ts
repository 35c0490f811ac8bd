/**
 * UI benchmark: the built renderer in Debian's Chromium over a real archive (the same
 * harness as the UI tests), measuring with performance marks
 *   - opening the archive → first list painted (by the page's clock), the app's own order:
 *     the session starts while the page loads, the index answers the first page, a search is
 *     sent at once; against the same window opening an empty archive as the baseline;
 *   - opening → searchable: when that search, sent as soon as the list is painted, is answered
 *     (target ≤ 1 s like the paint), against the same search in the empty archive;
 *   - keystroke in the query bar → results painted (the renderer marks `cuttings:results`
 *     when a result set is on screen; "painted" is the next animation frame after it),
 *     against the bare `search.query` round trip from the same page as the baseline;
 *   - frames while scrolling the virtualized list fast, against idle frames as the baseline;
 *   - a jump to the middle of the list until its rows are filled in.
 *
 *   npx tsx bench/ui.bench.ts            100,000 clippings (built once into bench/corpus/, ~20-30 min)
 *   npx tsx bench/ui.bench.ts --quick    2,000 clippings (a few seconds once built)
 *
 * Set UI_BENCH_CORPUS to keep the archive elsewhere. Rows go to $BENCH_OUT (default
 * bench/results-ui.json).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CuttingsApi } from '../shared/ipc/api';
import { buildArchive } from './archive-corpus';
import { CHROMIUM, ensureRendererBuilt, launchChromium, openApp } from '../tests/renderer/harness';
import { capturedArticle as article } from './captured-corpus';
import type { BenchRow } from './row';

type Row = BenchRow<'ui'>;

const quick = process.argv.includes('--quick');
const COUNT = quick ? 2_000 : 100_000;
const corpusDir = process.env.UI_BENCH_CORPUS ?? path.join(import.meta.dirname, 'corpus', `ui-${COUNT}`);
/** Queries typed one key at a time; every prefix is measured. */
const QUERIES = quick ? ['peskov', 'energy', 'tag:ukraine'] : ['peskov', 'energy talks', 'sanctions', 'tag:ukraine', 'kremlin', 'moratorium'];
/** Pause between keys: a brisk typist (≈ 8 keys a second). */
const KEY_GAP_MS = 120;

/** Builds the synthetic archive once; a `.complete` marker says it is whole. */
async function ensureCorpus(): Promise<void> {
  const marker = path.join(corpusDir, '.complete');
  if (existsSync(marker)) return;
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  console.log(`Building a ${COUNT.toLocaleString()}-clipping archive in ${corpusDir} (once)…`);
  await buildArchive(corpusDir, COUNT, article);
  writeFileSync(marker, new Date().toISOString());
}

/** The machine's 1-minute load average, said beside each figure (these machines are shared). */
const load = (): string => `load ${loadavg()[0]?.toFixed(1) ?? '?'}`;

const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};

/** Listens for keystrokes in the search box and for the renderer's results mark. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __samples: Array<{ q: string; ms: number }> };
    w.__samples = [];
    const input = document.getElementById('search-input') as HTMLInputElement;
    let pending: { t0: number; q: string } | null = null;
    input.addEventListener('keydown', () => (pending = { t0: performance.now(), q: input.value.trim() }), true);
    input.addEventListener('input', () => pending && (pending.q = input.value.trim()), true);
    new PerformanceObserver((entries) => {
      for (const mark of entries.getEntries()) {
        if (mark.name !== 'cuttings:results' || !pending) continue;
        const source = JSON.parse((mark as PerformanceMark).detail.key) as { kind: string; q?: string };
        if ((source.kind === 'search' ? source.q : '') !== pending.q) continue;
        const { t0, q } = pending;
        pending = null;
        // Painted: the frame after the commit, then a task after that frame.
        requestAnimationFrame(() => setTimeout(() => w.__samples.push({ q, ms: performance.now() - t0 }), 0));
      }
    }).observe({ type: 'mark' });
  });
}

async function typingLatency(page: Page): Promise<{ ui: number[]; raw: number[] }> {
  await installProbe(page);
  const input = page.getByLabel('Search clippings');
  const ui: number[] = [];
  const raw: number[] = [];
  for (const query of QUERIES) {
    await input.fill('');
    await page.waitForTimeout(300);
    await input.focus();
    for (let i = 0; i < query.length; i++) {
      const ch = query[i] as string;
      const before = await page.evaluate(() => (window as unknown as { __samples: unknown[] }).__samples.length);
      await page.keyboard.press(ch === ' ' ? 'Space' : ch);
      if (ch === ' ') {
        await page.waitForTimeout(KEY_GAP_MS); // the trimmed query does not change
        continue;
      }
      await page.waitForFunction((n) => (window as unknown as { __samples: unknown[] }).__samples.length > n, before, {
        timeout: 10_000,
      });
      const sample = await page.evaluate(() => (window as unknown as { __samples: Array<{ ms: number }> }).__samples.at(-1));
      ui.push(sample?.ms ?? NaN);
      await page.waitForTimeout(KEY_GAP_MS);
    }
    // Baseline: the same prefixes as bare API calls from the page (no React, no paint).
    for (let i = 1; i <= query.length; i++) {
      const q = query.slice(0, i).trim();
      if (!q || query[i - 1] === ' ') continue;
      raw.push(
        await page.evaluate(async (text) => {
          const t0 = performance.now();
          const api = (window as unknown as { cuttings: CuttingsApi }).cuttings;
          await api.search.query({ q: text, limit: 100 }).catch(() => undefined);
          return performance.now() - t0;
        }, q),
      );
    }
  }
  await input.fill('');
  return { ui, raw };
}

/** Frame durations over `frames` animation frames, scrolling the list by `step` px each frame. */
async function frames(page: Page, count: number, step: number): Promise<{ deltas: number[]; longTasks: number; placeholders: number }> {
  return page.evaluate(
    async ({ count, step }) => {
      const list = document.querySelector('[role="listbox"]') as HTMLElement;
      const deltas: number[] = [];
      let longTasks = 0;
      let placeholders = 0;
      const observer = new PerformanceObserver((l) => (longTasks += l.getEntries().length));
      observer.observe({ type: 'longtask' });
      await new Promise<void>((resolve) => {
        let last = 0;
        let n = 0;
        const tick = (t: number): void => {
          if (last) deltas.push(t - last);
          last = t;
          if (step) placeholders += list.querySelectorAll('.row-placeholder').length > 0 ? 1 : 0;
          if (n++ >= count) return resolve();
          if (step) list.scrollTop += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      observer.disconnect();
      return { deltas, longTasks, placeholders };
    },
    { count, step },
  );
}

async function jumpToMiddle(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const list = document.querySelector('[role="listbox"]') as HTMLElement;
    const t0 = performance.now();
    list.scrollTop = list.scrollHeight / 2;
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const rows = list.querySelectorAll('[role="option"]').length;
        if (rows > 0 && list.querySelectorAll('.row-placeholder').length === 0) resolve();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    return performance.now() - t0;
  });
}

/** How many times the archive is opened for the open row (the first in a browser just launched). */
const OPENS = 5;

/** What the page searches for as soon as the first list is painted (39,052 of the 100,000-clipping corpus match it). */
const SEARCH_ON_PAINT = 'peskov';

/**
 * Turns the open row into a median: the archive opened {@link OPENS} times in all, each
 * followed by the same window opening an empty archive (the baseline), so neither side
 * alone gets the just-launched browser. The first (cold) open stays in the note. Returns the
 * "searchable" row: when the search sent at paint was answered, against the same search sent
 * at paint in the empty archive.
 */
async function openAgain(browser: Awaited<ReturnType<typeof launchChromium>>, open: Row, first: { painted: number; searched?: number }): Promise<Row> {
  const painted = [first.painted];
  const searched = [first.searched ?? Number.NaN];
  const empty: number[] = [];
  const emptySearched: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const blank = await openApp(browser, { session: true, dailyBackup: 'off', viewport: { width: 1360, height: 860 }, searchOnPaint: SEARCH_ON_PAINT });
    empty.push(blank.openedIn.painted);
    emptySearched.push(blank.openedIn.searched ?? Number.NaN);
    await blank.dispose();
    if (i === OPENS - 1) break;
    const again = await openApp(browser, { dir: corpusDir, session: true, dailyBackup: 'off', viewport: { width: 1360, height: 860 }, searchOnPaint: SEARCH_ON_PAINT });
    painted.push(again.openedIn.painted);
    searched.push(again.openedIn.searched ?? Number.NaN);
    await again.close();
  }
  open.value = quantile(painted, 0.5);
  open.baseline = quantile(empty, 0.5);
  open.ratio = open.value / open.baseline;
  open.pass = open.target === undefined ? undefined : open.value <= 1000;
  open.note = `median of ${OPENS} opens (${painted.map((v) => v.toFixed(0)).join(', ')} ms; the first in a just-launched browser), each followed by an empty archive's open (baseline, median); ${open.note ?? ''}`;
  const value = quantile(searched, 0.5);
  return {
    area: 'ui',
    name: `open ${COUNT.toLocaleString()} clippings → searchable (a search sent at paint answered)`,
    value,
    unit: 'ms',
    baseline: quantile(emptySearched, 0.5),
    ratio: value / quantile(emptySearched, 0.5),
    target: COUNT >= 100_000 ? '≤ 1000 ms' : undefined,
    pass: COUNT >= 100_000 ? value <= 1000 : undefined,
    note: `median of the same ${OPENS} opens (${searched.map((v) => v.toFixed(0)).join(', ')} ms), from the session's start: the page searches "${SEARCH_ON_PAINT}" (limit 50) as soon as it has painted the first list, answered by the page's clock (as painted); answered before the index's warm-up ends from the file alone (search/cold-search.ts; facets follow); baseline: the same search sent at paint in an empty archive (median, same runs); ${load()}`,
  };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium).`);
  await ensureCorpus();
  await ensureRendererBuilt();
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    // As the app opens: the session starts, the window loads while the catalogue is read, and
    // the first list comes from the search index (electron/main/library/early.ts).
    const app = await openApp(browser, { dir: corpusDir, session: true, dailyBackup: 'off', viewport: { width: 1360, height: 860 }, searchOnPaint: SEARCH_ON_PAINT });
    const openMs = app.openedIn.painted;
    try {
      const { page } = app;
      // tsx keeps function names with a `__name` helper that does not exist in the page.
      await page.evaluate('globalThis.__name = (fn) => fn');
      // Honest only if the first list showed clippings (the count and their rows).
      const heading = await page.locator('#list-heading').textContent();
      if (!heading?.includes(COUNT.toLocaleString('en-GB')) || (await page.locator('#list-pane [role="option"]').count()) === 0)
        throw new Error(`The first list did not show the archive: "${heading}"`);
      rows.push({
        area: 'ui',
        name: `open ${COUNT.toLocaleString()} clippings → first list painted`,
        value: openMs,
        unit: 'ms',
        target: COUNT >= 100_000 ? '≤ 1000 ms' : undefined,
        pass: COUNT >= 100_000 ? openMs <= 1000 : undefined,
        note: `session start + page load + first page (from the index); baseline: an empty archive; painted by the page's clock (this process heard at ${app.openedIn.noticed.toFixed(0)} ms); a search sent then answered at ${app.openedIn.searched?.toFixed(0)} ms; the catalogue was fully read at ${app.openedIn.complete.toFixed(0)} ms; load ${loadavg()[0]?.toFixed(1)}`,
      });

      const typing = await typingLatency(page);
      const p95 = quantile(typing.ui, 0.95);
      const rawP95 = quantile(typing.raw, 0.95);
      rows.push({
        area: 'ui',
        name: 'keystroke → results painted p50',
        value: quantile(typing.ui, 0.5),
        unit: 'ms',
        baseline: quantile(typing.raw, 0.5),
        ratio: quantile(typing.ui, 0.5) / quantile(typing.raw, 0.5),
        note: `${typing.ui.length} keystrokes; baseline: bare search.query round trip`,
      });
      rows.push({
        area: 'ui',
        name: 'keystroke → results painted p95',
        value: p95,
        unit: 'ms',
        baseline: rawP95,
        ratio: p95 / rawP95,
        target: '≤ 60 ms',
        pass: p95 <= 60,
        note: `max ${Math.max(...typing.ui).toFixed(0)} ms; ${load()}`,
      });

      const idle = await frames(page, 120, 0);
      await page.getByRole('listbox').focus();
      const scroll = await frames(page, 360, 160);
      const maxFrame = Math.max(...scroll.deltas);
      rows.push({
        area: 'ui',
        name: 'scrolling: longest frame',
        value: maxFrame,
        unit: 'ms',
        baseline: Math.max(...idle.deltas),
        ratio: maxFrame / Math.max(...idle.deltas),
        target: '≤ 33 ms',
        pass: maxFrame <= 33,
        note: `360 frames at 160 px/frame; baseline: idle frames; ${load()}`,
      });
      rows.push({
        area: 'ui',
        name: 'scrolling: frame p95',
        value: quantile(scroll.deltas, 0.95),
        unit: 'ms',
        baseline: quantile(idle.deltas, 0.95),
        ratio: quantile(scroll.deltas, 0.95) / quantile(idle.deltas, 0.95),
        note: `${scroll.longTasks} long tasks; placeholders on ${scroll.placeholders} of 360 frames`,
      });
      rows.push({ area: 'ui', name: 'jump to the middle → rows filled', value: await jumpToMiddle(page), unit: 'ms', note: 'fetches the page at offset ≈ N/2' });
      if (app.errors.length) console.warn('page errors:', app.errors);
    } finally {
      await app.close();
    }
    rows.splice(1, 0, await openAgain(browser, rows[0] as Row, app.openedIn));
  } finally {
    await browser.close();
  }

  console.table(
    rows.map((r) => ({
      measure: r.name,
      value: `${r.value.toFixed(1)} ${r.unit}`,
      baseline: r.baseline === undefined ? '' : `${r.baseline.toFixed(1)} ${r.unit}`,
      ratio: r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
      target: r.target ?? '',
      ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
      note: r.note ?? '',
    })),
  );
  const out = process.env.BENCH_OUT ?? path.join(import.meta.dirname, 'results-ui.json');
  writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
