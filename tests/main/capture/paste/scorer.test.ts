/**
 * The trained line scorer (electron/main/capture/paste/scorer/): its committed weights are what
 * `npm run train:capture` gives from the tune halves of the corpus, and the parser uses it: on
 * select-all copies the hand rules alone get wrong, the scorer's choice is the page's headline.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainLineScorer } from '../../../../bench/train/line-scorer';
import { parsePaste } from '../../../../electron/main/capture/paste';
import type { ScorerWeights } from '../../../../electron/main/capture/paste/scorer/model';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const now = new Date('2025-06-01T12:00:00Z');
const committed = JSON.parse(
  readFileSync(path.join(ROOT, 'electron/main/capture/paste/data/line-scorer.json'), 'utf8'),
) as ScorerWeights;
const fixture = (name: string, set = 'paste-mercury'): string => readFileSync(path.join(ROOT, 'tests/fixtures', set, `${name}.txt`), 'utf8');

const P1 = 'The city council voted on Tuesday night to approve a network of protected cycle lanes across the centre of town.';
const P2 = 'The scheme will cost 12 million pounds and the works on the cycle lanes start in May, the mayor said on Wednesday.';

describe('line scorer', () => {
  it('has the weights training gives (npm run train:capture)', { timeout: 120_000 }, () => {
    const trained = trainLineScorer(ROOT);
    for (const which of ['headline', 'byline'] as const) {
      expect(committed[which].weights.length).toBeGreaterThan(10);
      expect(committed[which].weights.some((w) => Math.abs(w) > 0.1)).toBe(true);
      expect(trained[which].weights.length).toBe(committed[which].weights.length);
      trained[which].weights.forEach((w, k) => expect(w).toBeCloseTo(committed[which].weights[k] ?? NaN, 3));
      trained[which].mean.forEach((m, k) => expect(m).toBeCloseTo(committed[which].mean[k] ?? NaN, 4));
    }
  });

  it('takes the headline the article is about over breadcrumbs and menu teasers (tune-half pages)', () => {
    for (const [name, title] of [
      ['sect.iij.ad.jp', 'Masscan と ZMap によるスキャンの違い'],
      ['www.theverge.com', 'AT&T just declared war on an open internet (and us)'],
    ] as const) {
      expect(parsePaste(fixture(name), { now, scorer: 'off' }).title).not.toBe(title);
      expect(parsePaste(fixture(name), { now }).title).toBe(title);
    }
  });

  it('learned from the pages of other extractors\' tests: a headline over its standfirst, a glued breadcrumb, a menu label (tune-half pages)', () => {
    // All three went wrong with the weights trained before paste-aeb's and paste-goose's tune halves were added.
    for (const [set, name, title] of [
      ['paste-aeb', 'theverge.com-785aff', 'Star Trek 4 eyes Fargo, Legion creator Noah Hawley to direct'],
      ['paste-aeb', 'linknaija.com-34a732', 'Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos'],
      ['paste-goose', 'get_canonical_url', 'Marketplace Tech for Friday, April 19, 2013'],
    ] as const) {
      expect(parsePaste(fixture(name, set), { now }).title).toBe(title);
    }
  });

  it('takes the headline over a teaser list or a "most read" box (tune-half pages; learned from every set\'s tune half)', () => {
    // All went wrong while the scorer learned from paste-world's and the article selections' tune halves not at all.
    for (const [set, name, title] of [
      ['paste-goose', 'yahoo', 'Apple says Steve Jobs resigning as CEO'],
      ['paste-goose', 'businessWeek3', "Here Comes Apple's Real TV"],
      ['paste-world', 'np-reuters.com2', 'Indonesia expands search for missing AirAsia jet, U.S. sends warship'],
      ['paste-world', 'np-glamour.com2', '6 Wedding Dresses With Zero Fluff, for Brides Who Don’t Want to Look Like a Damn Cupcake'],
    ] as const) {
      expect(parsePaste(fixture(name, set), { now }).title).toBe(title);
    }
  });

  it('finds a headline standing under a browser warning the rules took for the first paragraph', () => {
    const paste = `Home\nNews\nWeather\nYou are using an older browser version. Please use a supported version for the best experience.\nCouncil approves new cycle lanes across the centre\n Daily Planet 9/21/2016 Jane Doe\n\n${P1}\n\n${P2}`;
    expect(parsePaste(paste, { now, scorer: 'off' }).title).not.toBe('Council approves new cycle lanes across the centre');
    const article = parsePaste(paste, { now });
    expect(article.title).toBe('Council approves new cycle lanes across the centre');
    expect(article.text).toBe(`${P1}\n\n${P2}`);
  });
});
