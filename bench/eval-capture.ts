/**
 * `npm run eval:capture [-- --quick] [-- --failures] [-- --rules]`: how well capture reads the
 * fixtures, field by field, and how long a pasted article takes. `--rules` scores the paste
 * corpus with the hand rules alone (the trained line scorer off), for a before/after.
 *
 * - The paste corpus (bench/eval/corpus.ts): real pastes, rendered saved pages, written wires,
 *   the Postlight Parser's pages, Zyte's benchmark pages and Goose3's test pages,
 *   each in its fixed tune/held split, scored on headline, author, source, date, dateline and
 *   language (bench/eval/score.ts), per field and per language. `--failures` lists what the
 *   TUNE halves get wrong (the held-out halves are only counted).
 * - Pasted text: every field of tests/fixtures/paste/NAME.expected.json, scored over the
 *   fixtures that give it; entity lists as recall (expected names found) and precision (names
 *   returned that were expected), quotes as found-with-the-right-speaker.
 * - Web pages (when electron/main/capture/html exists): title, byline→author, siteName→source,
 *   lang and publishedTime from tests/fixtures/pages/NAME/expected-metadata.json.
 * - Timing: median and p95 ms per capturePastedText over the paste fixtures, against
 *   parsePaste alone (the same run's baseline: what language, entity and quote analysis adds).
 *
 * Rows go to BENCH_OUT (default bench/results-capture-eval.json) as { area: 'capture', … }.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { capturePastedText, parsePaste } from '../electron/main/capture/paste';
import type { CapturedArticle } from '../electron/main/capture/types';
import { loadCorpus } from './eval/corpus';
import { scoreArticle } from './eval/score';
import { loadEntitySample, scoreEntities, type EntityTally } from './eval/entities';
import { printCorpus, scoreCorpus, type Row as CorpusRow } from './eval/report';

type Row = CorpusRow & { baseline?: number; ratio?: number };

const quick = process.argv.includes('--quick');
const root = fileURLToPath(new URL('..', import.meta.url));
const NOW = new Date('2025-06-01T12:00:00Z');
const rows: Row[] = [];

/** Right/total per field; lists add one per expected (recall) or returned (precision) item. */
class Score {
  private readonly tally = new Map<string, { right: number; total: number }>();
  add(field: string, right: boolean): void {
    const t = this.tally.get(field) ?? { right: 0, total: 0 };
    t.right += right ? 1 : 0;
    t.total += 1;
    this.tally.set(field, t);
  }
  entries(): Array<[string, { right: number; total: number }]> {
    return [...this.tally.entries()];
  }
}

const norm = (s: string | null | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function scorePaste(score: Score, article: CapturedArticle, want: Record<string, unknown>): void {
  const has = (k: string): boolean => want[k] !== undefined;
  const paragraphs = article.text.split('\n\n');
  if (has('title')) score.add('title', article.title === want.title);
  if (has('titleStartsWith')) score.add('title', article.title.startsWith(String(want.titleStartsWith)));
  if (has('titleDerived')) score.add('titleDerived', article.titleDerived === want.titleDerived);
  for (const field of ['source', 'author', 'dateline', 'caption', 'credit', 'lang'] as const) {
    if (has(field)) score.add(field, article[field] === want[field]);
  }
  if (has('date')) score.add('date', article.publishedAt === want.date);
  if (has('dateMonthDay')) score.add('date', article.publishedAt?.slice(5) === want.dateMonthDay);
  if (has('bodyStartsWith')) score.add('body start', article.text.startsWith(String(want.bodyStartsWith)));
  if (has('bodyEndsWith')) score.add('body end', article.text.endsWith(String(want.bodyEndsWith)));
  for (const banned of (want.mustNotContainInBody as string[] | undefined) ?? []) {
    score.add('furniture removed', !article.text.includes(banned));
  }
  if (has('paragraphs')) score.add('paragraphs', paragraphs.length === want.paragraphs);
  for (const kind of ['people', 'places', 'organisations'] as const) {
    const expected = want[kind] as string[] | undefined;
    if (!expected) continue;
    for (const name of expected) score.add(`${kind} recall`, article.entities[kind].includes(name));
    for (const name of article.entities[kind]) score.add(`${kind} precision`, expected.includes(name));
  }
  const quotes = want.quotes as Array<{ speaker: string | null; startsWith: string }> | undefined;
  for (const q of quotes ?? []) {
    const found = article.quotes.find((c) => c.text.startsWith(q.startsWith));
    score.add('quotes found', found !== undefined);
    score.add('quote speakers', found?.speaker === q.speaker);
  }
}

function pasteFixtures(): Array<{ name: string; text: string; want: Record<string, unknown> }> {
  const dir = `${root}tests/fixtures/paste/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const want = JSON.parse(readFileSync(`${dir}${name}.expected.json`, 'utf8')) as Record<string, unknown>;
      return { name, text: readFileSync(dir + f, 'utf8'), want };
    });
}

function report(label: string, score: Score, fixtures: number): void {
  console.log(`\n${label} (${fixtures} fixtures)`);
  const table = score.entries().map(([field, t]) => {
    const value = (100 * t.right) / t.total;
    rows.push({ area: 'capture', name: `${label}: ${field}`, value, unit: '%', note: `${t.right}/${t.total}` });
    return { field, accuracy: `${value.toFixed(0)} %`, right: `${t.right}/${t.total}` };
  });
  console.table(table);
}

async function evalPages(): Promise<void> {
  const modulePath = `${root}electron/main/capture/html/index.ts`;
  if (!existsSync(modulePath)) {
    console.log('\nWeb pages: skipped (electron/main/capture/html is not there yet)');
    return;
  }
  const html = (await import('../electron/main/capture/html/index')) as {
    captureHtml?: (input: string | Uint8Array, options?: object) => Promise<CapturedArticle>;
  };
  if (typeof html.captureHtml !== 'function') {
    console.log('\nWeb pages: skipped (captureHtml is not exported)');
    return;
  }
  const dir = `${root}tests/fixtures/pages/`;
  const score = new Score();
  let count = 0;
  for (const name of readdirSync(dir).sort()) {
    const metaFile = `${dir}${name}/expected-metadata.json`;
    if (!existsSync(metaFile)) continue;
    const want = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, string | null>;
    count++;
    let got: CapturedArticle | null = null;
    try {
      got = await html.captureHtml(readFileSync(`${dir}${name}/source.html`));
    } catch (err) {
      console.log(`  ${name}: ${(err as Error).message}`);
    }
    // Readability's expectations leave a field null when it found nothing there, which says
    // nothing about the page: only fields it gives are scored. Bylines and site names are
    // compared loosely, since one may carry extras ("(avec …)", ".fr").
    const loose = (a: string | null | undefined, b: string): boolean =>
      !!a && (norm(a) === norm(b) || norm(a).includes(norm(b)) || norm(b).includes(norm(a)));
    // The page's title, or the title without its site or author suffix (as for pastes).
    if (want.title) score.add('title', scoreArticle(got, { title: want.title }).every((v) => v.right));
    if (want.byline) score.add('author', loose(got?.author, want.byline));
    if (want.siteName) score.add('source', loose(got?.source, want.siteName));
    if (want.lang) score.add('lang', (got?.lang ?? null) === want.lang.split('-')[0]?.toLowerCase());
    if (want.publishedTime) score.add('publishedAt', got?.publishedAt?.slice(0, 10) === want.publishedTime.slice(0, 10));
  }
  report('Web pages', score, count);
}

/** Entity precision and recall on the 40 hand-labelled clippings (target: precision ≥ 90 %). */
function evalEntitySample(): void {
  const tally = new Map<string, EntityTally>();
  for (const [name, labels] of loadEntitySample(root)) {
    const text = readFileSync(`${root}tests/fixtures/paste-wires/${name}.txt`, 'utf8');
    scoreEntities(tally, name, capturePastedText(text, { now: NOW }).entities, labels);
  }
  console.log('\nEntities on the 40 hand-labelled clippings');
  const table: Record<string, Record<string, string>> = {};
  for (const [kind, t] of tally) {
    const precision = (100 * t.returnedRight) / Math.max(1, t.returned);
    const recall = (100 * t.labelledFound) / Math.max(1, t.labelled);
    table[kind] = { precision: `${precision.toFixed(1)} % (${t.returnedRight}/${t.returned})`, recall: `${recall.toFixed(1)} % (${t.labelledFound}/${t.labelled})` };
    rows.push({ area: 'capture', name: `entities (40 labelled): ${kind} precision`, value: precision, unit: '%', note: `${t.returnedRight}/${t.returned}`, ...(kind === 'all' ? { target: '≥ 90 %', pass: precision >= 90 } : {}) });
    rows.push({ area: 'capture', name: `entities (40 labelled): ${kind} recall`, value: recall, unit: '%', note: `${t.labelledFound}/${t.labelled}` });
  }
  console.table(table);
  if (process.argv.includes('--failures')) for (const w of tally.get('all')?.wrong ?? []) console.log(`  ✗ ${w}`);
}

function time(fn: () => void, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function timing(fixtures: ReturnType<typeof pasteFixtures>): void {
  const runs = quick ? 5 : 40;
  // Warm up the JIT and the lazily built tables (gazetteers, compromise's lexicon) first.
  for (const f of fixtures) capturePastedText(f.text, { now: NOW });
  const full: number[] = [];
  const parse: number[] = [];
  for (const f of fixtures) {
    full.push(...time(() => capturePastedText(f.text, { now: NOW }), runs));
    parse.push(...time(() => parsePaste(f.text, { now: NOW }), runs));
  }
  full.sort((a, b) => a - b);
  parse.sort((a, b) => a - b);
  const median = quantile(full, 0.5);
  const baseline = quantile(parse, 0.5);
  const p95 = quantile(full, 0.95);
  const target = 50;
  rows.push({
    area: 'capture', name: 'capturePastedText median', value: median, unit: 'ms', baseline, ratio: median / baseline,
    target: `< ${target} ms`, pass: median < target, note: `baseline: parsePaste alone; ${runs} runs × ${fixtures.length} fixtures`,
  });
  rows.push({ area: 'capture', name: 'capturePastedText p95', value: p95, unit: 'ms', baseline: quantile(parse, 0.95) });
  console.log(`\nPasted article timing (${runs} runs × ${fixtures.length} fixtures)`);
  console.table([
    { measure: 'capturePastedText', median: `${median.toFixed(2)} ms`, p95: `${p95.toFixed(2)} ms` },
    { measure: 'parsePaste (baseline)', median: `${baseline.toFixed(2)} ms`, p95: `${quantile(parse, 0.95).toFixed(2)} ms` },
  ]);
}

async function main(): Promise<void> {
  const fixtures = pasteFixtures();
  const score = new Score();
  for (const f of fixtures) {
    try {
      scorePaste(score, capturePastedText(f.text, { now: NOW }), f.want);
    } catch (err) {
      console.log(`  ${f.name}: ${(err as Error).message}`);
    }
  }
  report('Pasted text', score, fixtures.length);
  const corpus = loadCorpus(root);
  // `--rules`: the hand rules alone (the trained line scorer off), to compare in one run.
  const scorer = process.argv.includes('--rules') ? 'off' : 'all';
  if (scorer === 'off') console.log('\nThe trained line scorer is OFF (--rules): the hand rules alone.');
  printCorpus(scoreCorpus(corpus, (text) => capturePastedText(text, { now: NOW, scorer }), process.argv.includes('--failures')), rows);
  evalEntitySample();
  await evalPages();
  timing(fixtures);
  const out = process.env.BENCH_OUT ?? `${root}bench/results-capture-eval.json`;
  writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`\n${rows.length} rows written to ${out}`);
}

await main();
