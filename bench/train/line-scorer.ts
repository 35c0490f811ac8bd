/**
 * Trains the paste parser's line scorer (electron/main/capture/paste/scorer/) on the TUNE halves
 * of the paste corpus (tests/fixtures/paste-split.json), never on the held-out halves.
 *
 * Labels come from the corpus's metadata: a headline candidate is right when its text is the
 * page's title or heading (as the eval scores it, bench/eval/score.ts); a byline candidate is
 * right when its author is the page's byline, and "none" is right when the page names no one.
 * A paste with no right candidate teaches nothing and is left out.
 *
 * Each ranker is a conditional logit (a softmax over one paste's candidates) fitted by plain
 * full-batch gradient descent from zero weights, a fixed number of steps, over standardised
 * features: no randomness, so the same corpus gives the same weights (rounded to 1e-6).
 */
import { loadCorpus, TRAIN_SETS, type Fixture } from '../eval/corpus';
import { authorRight, headlineRight } from '../eval/score';
import { tracePaste } from '../../electron/main/capture/paste/parse';
import { cleanHeadline } from '../../electron/main/capture/title-suffix';
import {
  bylineCandidates, bylineFeatures, headlineCandidates, headlineFeatures, noBylineFeatures, type PasteContext,
} from '../../electron/main/capture/paste/scorer/features';
import { scoreHeadline, type Ranker, type ScorerWeights } from '../../electron/main/capture/paste/scorer/model';

const NOW = new Date('2025-06-01T12:00:00Z');
const STEPS = 2000;
const RATE = 0.5;
const L2 = 0.01;

/** One paste's candidates: their features and which are right. */
interface Group {
  x: number[][];
  right: boolean[];
}

interface Read {
  fixture: Fixture;
  ctx: PasteContext;
  ruleAuthor: number | null;
}

function readTune(root: string): Read[] {
  const out: Read[] = [];
  for (const fixture of loadCorpus(root)) {
    if (fixture.split !== 'tune' || !TRAIN_SETS.includes(fixture.set)) continue;
    try {
      const { trace } = tracePaste(fixture.text, { now: NOW, scorer: 'off' });
      out.push({ fixture, ctx: trace.layout.context, ruleAuthor: trace.ruleAuthor });
    } catch {
      // A paste the parser refuses has no lines to learn from.
    }
  }
  return out;
}

function headlineGroup(r: Read): Group | null {
  const { ctx, fixture } = r;
  if (!fixture.want.title && !fixture.want.headline) return null;
  const group: Group = { x: [], right: [] };
  for (const i of headlineCandidates(ctx)) {
    const text = ctx.lines[i]?.text ?? '';
    group.x.push(headlineFeatures(ctx, i));
    group.right.push(headlineRight(text, fixture.want) || headlineRight(cleanHeadline(text, {}), fixture.want));
  }
  return group.right.includes(true) ? group : null;
}

function bylineGroup(r: Read, headline: number | null): Group | null {
  const { ctx, fixture } = r;
  if (fixture.want.byline === undefined) return null;
  const group: Group = { x: [], right: [] };
  for (const i of bylineCandidates(ctx)) {
    group.x.push(bylineFeatures(ctx, i, headline, r.ruleAuthor));
    group.right.push(authorRight(ctx.lines[i]?.byline?.author ?? null, fixture.want));
  }
  if (group.x.length === 0) return null;
  group.x.push(noBylineFeatures(group.x[0]?.length ?? 0));
  group.right.push(authorRight(null, fixture.want));
  return group.right.includes(true) ? group : null;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

/** Fits one ranker to `groups`. */
export function fit(groups: Group[]): Ranker {
  const width = groups[0]?.x[0]?.length ?? 0;
  const rows = groups.flatMap((g) => g.x);
  const mean = new Array<number>(width).fill(0);
  const scale = new Array<number>(width).fill(0);
  for (const x of rows) for (let k = 0; k < width; k++) mean[k] = (mean[k] ?? 0) + (x[k] ?? 0) / rows.length;
  for (const x of rows) for (let k = 0; k < width; k++) scale[k] = (scale[k] ?? 0) + ((x[k] ?? 0) - (mean[k] ?? 0)) ** 2 / rows.length;
  const sd = scale.map((v) => (v > 1e-9 ? round(Math.sqrt(v)) : 1));
  const mu = mean.map(round);
  const z = groups.map((g) => ({ right: g.right, x: g.x.map((x) => x.map((v, k) => (v - (mu[k] ?? 0)) / (sd[k] ?? 1))) }));
  const w = new Array<number>(width).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map((v) => L2 * v);
    for (const g of z) {
      const s = g.x.map((x) => x.reduce((acc, v, k) => acc + v * (w[k] ?? 0), 0));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const all = e.reduce((a, v) => a + v, 0);
      const good = e.reduce((a, v, c) => a + (g.right[c] ? v : 0), 0);
      for (const [c, x] of g.x.entries()) {
        const coef = (e[c] ?? 0) / all - (g.right[c] ? (e[c] ?? 0) / good : 0);
        for (let k = 0; k < width; k++) grad[k] = (grad[k] ?? 0) + (coef * (x[k] ?? 0)) / z.length;
      }
    }
    for (let k = 0; k < width; k++) w[k] = (w[k] ?? 0) - RATE * (grad[k] ?? 0);
  }
  return { mean: mu, scale: sd, weights: w.map(round) };
}

/** Share of groups whose top-scored candidate is right (on the tune half: a training figure). */
function accuracy(groups: Group[], ranker: Ranker): number {
  let right = 0;
  for (const g of groups) {
    const s = g.x.map((x) => x.reduce((acc, v, k) => acc + (ranker.weights[k] ?? 0) * ((v - (ranker.mean[k] ?? 0)) / (ranker.scale[k] ?? 1)), 0));
    const top = s.indexOf(Math.max(...s));
    if (g.right[top]) right++;
  }
  return groups.length === 0 ? 0 : right / groups.length;
}

/**
 * Five-fold cross-validation inside the tune half (fold = paste index mod 5): how often each
 * ranker's choice is right on tune pastes it was not fitted on. For choosing features without
 * looking at the held-out half.
 */
export function crossValidate(root: string, folds = 5): { headline: number; byline: number; rules: { headline: number; byline: number } } {
  const reads = readTune(root);
  let heads = 0;
  let headsRight = 0;
  let bys = 0;
  let bysRight = 0;
  for (let fold = 0; fold < folds; fold++) {
    const train = reads.filter((_, i) => i % folds !== fold);
    const test = reads.filter((_, i) => i % folds === fold);
    const headline = fit(train.map(headlineGroup).filter((g): g is Group => g !== null));
    const byline = fit(train.map((r) => bylineGroup(r, scoreHeadline(r.ctx, headline))).filter((g): g is Group => g !== null));
    const th = test.map(headlineGroup).filter((g): g is Group => g !== null);
    const tb = test.map((r) => bylineGroup(r, scoreHeadline(r.ctx, headline))).filter((g): g is Group => g !== null);
    heads += th.length;
    headsRight += accuracy(th, headline) * th.length;
    bys += tb.length;
    bysRight += accuracy(tb, byline) * tb.length;
  }
  // The rules' own choice on the same pastes: the candidate flagged as their pick (for a
  // byline, "none" when they picked no line).
  const ruleRight = (groups: Group[], flag: number): number =>
    groups.filter((g) => {
      const at = g.x.findIndex((x) => x[flag] === 1);
      return at >= 0 ? g.right[at] : g.right[g.x.length - 1] === true && flag === 1;
    }).length / groups.length;
  const allHeads = reads.map(headlineGroup).filter((g): g is Group => g !== null);
  const allBys = reads.map((r) => bylineGroup(r, r.ctx.ruleHeadline)).filter((g): g is Group => g !== null);
  return { headline: headsRight / heads, byline: bysRight / bys, rules: { headline: ruleRight(allHeads, 0), byline: ruleRight(allBys, 1) } };
}

/** Trains both rankers from the corpus under `root`; `log` gets one line per ranker. */
export function trainLineScorer(root: string, log: (line: string) => void = () => {}): ScorerWeights {
  const reads = readTune(root);
  const heads = reads.map(headlineGroup).filter((g): g is Group => g !== null);
  const headline = fit(heads);
  log(`headline: ${heads.length} tune pastes, ${heads.reduce((a, g) => a + g.x.length, 0)} candidates, right on tune ${(100 * accuracy(heads, headline)).toFixed(1)} %`);
  const bys = reads.map((r) => bylineGroup(r, scoreHeadline(r.ctx, headline))).filter((g): g is Group => g !== null);
  const byline = fit(bys);
  log(`byline: ${bys.length} tune pastes, ${bys.reduce((a, g) => a + g.x.length, 0)} candidates, right on tune ${(100 * accuracy(bys, byline)).toFixed(1)} %`);
  return { headline, byline };
}
