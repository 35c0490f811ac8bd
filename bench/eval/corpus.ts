/**
 * The paste corpus the capture eval reads, with its fixed split (tests/fixtures/paste-split.json).
 *
 * - `paste-real`: 26 articles copied from real pages (Readability's test corpus), with the
 *   title, shown heading, byline and language their pages declare.
 * - `paste-pages`: the 12 saved pages of tests/fixtures/pages rendered in Chromium and copied
 *   the same way (bench/eval/render-pages.ts), with their metadata.
 * - `paste-mercury`: 139 real pages of the Postlight Parser's tests, rendered and copied
 *   (bench/eval/render-mercury.ts), with the title, author and date their tests assert.
 * - `paste-aeb`, `paste-goose`: 181 pages of Zyte's article extraction benchmark and 41 of Goose3's
 *   tests, rendered and copied the same way (bench/eval/render-open.ts), labelled with each page's
 *   own metadata; split by site.
 * - `paste-pages-sel`, `paste-mercury-sel`, `paste-aeb-sel`, `paste-goose-sel`: the same pages as
 *   an article selection (headline to last paragraph, what most readers copy), each page in the
 *   half its select-all copy is in.
 * - `paste-world`, `paste-world-sel`: ~290 pages in the languages and scripts the others lack, from
 *   newspaper3k/4k, trafilatura and GerapyAutoExtractor tests (bench/eval/render-world.ts), both
 *   renderings, labelled with each page's own metadata; split by site.
 * - `paste-wires`: wire items and news pastes in many languages and agencies, written for
 *   Cuttings, with every field given.
 * - `paste-blind`: 156 pastes (wires, zh/ja/ko/ar/he/fa/ru/uk/tr/hi, European and English sites)
 *   written for Cuttings by an engineer who had not read the parser or the other sets; split by
 *   SITE (sha256 of each label's `site`, as paste-aeb), scored but never trained on.
 * - `paste-blind-fresh`: a fresh batch written the same way after paste-blind's tune half had been
 *   read; ALL held (no tune half), so `--failures` never lists it; never trained on.
 *   `paste-blind-fresh2`, `paste-blind-fresh3`, `paste-blind-fresh4` (select-all and phone copies),
 *   `paste-blind-fresh5` (30 languages, regional papers, blogs, live blogs, agencies' own lead-ins):
 *   more such batches, held out the same way. `paste-blind-fresh6`: the session-8 batch kept
 *   unmeasured until landed as the untouched measure (held out the same way).
 *
 * Every fixture is either `tune` or `held` in the split file; one missing from it is an error, so
 * a new fixture is assigned once, deliberately, and never moves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What a page or a writer declares about a paste. Absent (undefined) fields are not scored. */
export interface Expected {
  /** The page's title (may carry the site's name after it). */
  title?: string | null;
  /** The heading shown on the page. */
  headline?: string | null;
  /** The author as the page gives it; null when the page names none. */
  byline?: string | null;
  /** BCP 47 language; null when unknown (then not scored). */
  lang?: string | null;
  /** The publication or agency; not scored when null. */
  siteName?: string | null;
  /** ISO date or timestamp of publication; not scored when null. */
  publishedTime?: string | null;
  /** The dateline place as printed ("GENEVA", "Київ"); null when the paste has none. */
  dateline?: string | null;
}

export interface Fixture {
  set: string;
  name: string;
  split: 'tune' | 'held';
  text: string;
  want: Expected;
}

export const SETS = [
  'paste-real', 'paste-pages', 'paste-wires', 'paste-mercury', 'paste-aeb', 'paste-goose',
  'paste-pages-sel', 'paste-mercury-sel', 'paste-aeb-sel', 'paste-goose-sel', 'paste-world', 'paste-world-sel',
  'paste-blind', 'paste-blind-fresh', 'paste-blind-fresh2', 'paste-blind-fresh3', 'paste-blind-fresh4',
  'paste-blind-fresh5',
  'paste-blind-fresh6',
] as const;

/**
 * The sets whose TUNE halves train the line scorer (bench/train/line-scorer.ts): every set with a
 * tune half but the blind ones (never trained on). paste-world's select-all copies are where the
 * headline is hardest (menus, teaser lists and widgets in many scripts), and each select-all set
 * comes with its article selections, so the scorer sees both ways of copying the same pages.
 */
export const TRAIN_SETS: readonly string[] = ['paste-real', 'paste-pages', 'paste-wires', 'paste-mercury', 'paste-aeb', 'paste-goose', 'paste-world', 'paste-pages-sel', 'paste-mercury-sel', 'paste-aeb-sel', 'paste-goose-sel', 'paste-world-sel'];

type SplitFile = Record<string, { tune: string[]; held: string[] } | string>;

/** Every fixture of the sets, with its split. */
export function loadCorpus(root: string): Fixture[] {
  const split = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/paste-split.json'), 'utf8')) as SplitFile;
  const out: Fixture[] = [];
  for (const set of SETS) {
    const dir = path.join(root, 'tests/fixtures', set);
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    const assigned = split[set];
    if (typeof assigned !== 'object') throw new Error(`paste-split.json has no entry for ${set}`);
    for (const file of files.filter((f) => f.endsWith('.expected.json')).sort()) {
      const name = file.slice(0, -'.expected.json'.length);
      const which = assigned.tune.includes(name) ? 'tune' : assigned.held.includes(name) ? 'held' : null;
      if (which === null) throw new Error(`${set}/${name} is in neither half of paste-split.json: assign it once.`);
      out.push({
        set,
        name,
        split: which,
        text: readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
        want: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Expected,
      });
    }
  }
  return out;
}
