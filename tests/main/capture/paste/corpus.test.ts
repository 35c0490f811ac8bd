/**
 * The paste corpus of `npm run eval:capture` (real pastes, rendered pages, written wires, the
 * Postlight Parser's pages) as a
 * regression floor: each set must keep at least the share of fields it reaches today. The figures
 * and their per-language tables are in the eval's output; this only stops a change that loses ground.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../bench/eval/corpus';
import { scoreArticle } from '../../../../bench/eval/score';
import { capturePastedText } from '../../../../electron/main/capture/paste';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const now = new Date('2025-06-01T12:00:00Z');

/** The floor per set, in % of fields right (tune and held halves together). */
const FLOORS: Record<string, number> = { 'paste-real': 91, 'paste-pages': 65, 'paste-wires': 99, 'paste-mercury': 73 };

describe('paste corpus', () => {
  const corpus = loadCorpus(ROOT);

  it('assigns every fixture to one half of the fixed split', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((f) => f.split))).toEqual(new Set(['tune', 'held']));
  });

  it.each(Object.entries(FLOORS))('%s keeps at least %d % of fields right', { timeout: 120_000 }, (set, floor) => {
    let right = 0;
    let total = 0;
    for (const f of corpus.filter((c) => c.set === set)) {
      let got = null;
      try {
        got = capturePastedText(f.text, { now });
      } catch {
        // A refused paste scores nothing.
      }
      for (const v of scoreArticle(got, f.want)) {
        total++;
        if (v.right) right++;
      }
    }
    expect(total).toBeGreaterThan(0);
    expect((100 * right) / total).toBeGreaterThanOrEqual(floor);
  });
});
