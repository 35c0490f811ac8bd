/**
 * The trained line scorer: two linear rankers (conditional logit) over the numbers of
 * features.ts, one choosing the headline among the lines the rules allow, one choosing the byline
 * (or none). The weights in ../data/line-scorer.json are written by `npm run train:capture`
 * (bench/train/line-scorer.ts) from the TUNE halves of the paste corpus only; the rules keep their
 * vetoes (which lines may be chosen at all) and their own choice is one of the features.
 */
import weights from '../data/line-scorer.json';
import {
  bylineCandidates, bylineFeatures, headlineCandidates, headlineFeatures, noBylineFeatures, type PasteContext,
} from './features';

/** One ranker's weights over standardised features. */
export interface Ranker {
  mean: number[];
  scale: number[];
  weights: number[];
}

/** The committed weights file. */
export interface ScorerWeights {
  headline: Ranker;
  byline: Ranker;
}

const model = weights as ScorerWeights;

/** A candidate's score under `ranker` (higher is likelier). */
export function rank(ranker: Ranker, x: number[]): number {
  let s = 0;
  for (let k = 0; k < x.length; k++) s += (ranker.weights[k] ?? 0) * (((x[k] ?? 0) - (ranker.mean[k] ?? 0)) / (ranker.scale[k] ?? 1));
  return s;
}

function best(candidates: Array<{ at: number | null; x: number[] }>, ranker: Ranker): number | null | undefined {
  let top: { at: number | null; s: number } | undefined;
  for (const c of candidates) {
    const s = rank(ranker, c.x);
    if (top === undefined || s > top.s) top = { at: c.at, s };
  }
  return top?.at;
}

/**
 * The headline the scorer prefers, or the rules' own when no line may be chosen.
 * @param refused lines never to take, whatever their score (not seen in training: the ranker ranks
 * them like any other line, and the next best is taken in their place)
 */
export function scoreHeadline(ctx: PasteContext, ranker: Ranker = model.headline, refused: (i: number) => boolean = () => false): number | null {
  if (ranker.weights.length === 0) return ctx.ruleHeadline;
  const candidates = headlineCandidates(ctx).filter((i) => !refused(i)).map((i) => ({ at: i, x: headlineFeatures(ctx, i) }));
  const pick = best(candidates, ranker);
  return pick === undefined ? ctx.ruleHeadline : pick;
}

/** The byline line the scorer prefers under `headline`, or null for none in the header. */
export function scoreByline(ctx: PasteContext, headline: number | null, ruleAuthor: number | null, ranker: Ranker = model.byline): number | null {
  if (ranker.weights.length === 0) return ruleAuthor;
  const candidates: Array<{ at: number | null; x: number[] }> = bylineCandidates(ctx).map((i) => ({ at: i, x: bylineFeatures(ctx, i, headline, ruleAuthor) }));
  if (candidates.length === 0) return null;
  candidates.push({ at: null, x: noBylineFeatures(candidates[0]?.x.length ?? 0) });
  return best(candidates, ranker) ?? null;
}
