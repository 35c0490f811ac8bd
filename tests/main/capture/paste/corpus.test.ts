/**
 * The paste corpus of `npm run eval:capture` (real pastes, rendered pages, written wires, the
 * Postlight Parser's pages, Zyte's benchmark pages and Goose3's test pages) as a
 * regression floor: each set must keep at least the share of fields it reaches today. The figures
 * and their per-language tables are in the eval's output; this only stops a change that loses ground.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../../bench/eval/corpus';
import { authorRight, scoreArticle } from '../../../../bench/eval/score';
import { capturePastedText } from '../../../../electron/main/capture/paste';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const now = new Date('2025-06-01T12:00:00Z');

/** The floor per set, in % of fields right (tune and held halves together). */
const FLOORS: Record<string, number> = {
  'paste-real': 93, 'paste-pages': 69.5, 'paste-wires': 99.5, 'paste-mercury': 80, 'paste-aeb': 82, 'paste-goose': 81.5,
  'paste-pages-sel': 76.5, 'paste-mercury-sel': 85.5, 'paste-aeb-sel': 86, 'paste-goose-sel': 93,
  'paste-world': 79, 'paste-world-sel': 87, 'paste-blind': 94,
  'paste-blind-fresh': 90, 'paste-blind-fresh2': 90, 'paste-blind-fresh3': 88.5, 'paste-blind-fresh4': 95.5, 'paste-blind-fresh5': 86.5,
};

describe('paste corpus', () => {
  const corpus = loadCorpus(ROOT);

  it('assigns every fixture to one half of the fixed split', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((f) => f.split))).toEqual(new Set(['tune', 'held']));
  });

  it('splits the pages of other extractors\' tests by site, as fixed before tuning (sha256 of the host)', () => {
    for (const set of ['paste-aeb', 'paste-goose', 'paste-aeb-sel', 'paste-goose-sel', 'paste-world', 'paste-world-sel']) {
      const pages = corpus.filter((f) => f.set === set);
      expect(pages.length).toBeGreaterThan(30);
      const halves = new Map<string, Set<string>>();
      for (const f of pages) {
        const { url } = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures', set, `${f.name}.expected.json`), 'utf8')) as { url: string };
        const host = new URL(url).hostname.replace(/^www\./u, '');
        const digit = parseInt(createHash('sha256').update(host).digest('hex').charAt(0), 16);
        expect(f.split).toBe(digit >= 8 ? 'held' : 'tune');
        halves.set(host, (halves.get(host) ?? new Set()).add(f.split));
      }
      expect([...halves.values()].every((h) => h.size === 1)).toBe(true);
    }
  });

  it('splits the blind set (written without reading the parser) by site, as fixed before any result', () => {
    const pastes = corpus.filter((f) => f.set === 'paste-blind');
    expect(pastes.length).toBeGreaterThanOrEqual(80);
    for (const f of pastes) {
      const { site } = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/paste-blind', `${f.name}.expected.json`), 'utf8')) as { site: string };
      const digit = parseInt(createHash('sha256').update(site).digest('hex').charAt(0), 16);
      expect(f.split).toBe(digit >= 8 ? 'held' : 'tune');
    }
  });

  it.each(['paste-blind-fresh', 'paste-blind-fresh2', 'paste-blind-fresh3', 'paste-blind-fresh4', 'paste-blind-fresh5', 'paste-blind-fresh6'])('holds out the whole fresh blind batch %s (no tune half: --failures never lists it)', (set) => {
    const pastes = corpus.filter((f) => f.set === set);
    expect(pastes.length).toBeGreaterThanOrEqual(20);
    expect(pastes.filter((f) => f.split !== 'held')).toEqual([]);
  });

  it('keeps each article selection in the half of its select-all copy, labelled alike', () => {
    for (const set of ['paste-pages', 'paste-mercury', 'paste-aeb', 'paste-goose', 'paste-world']) {
      const copies = new Map(corpus.filter((f) => f.set === set).map((f) => [f.name, f]));
      const selections = corpus.filter((f) => f.set === `${set}-sel`);
      expect(selections.length).toBeGreaterThan(copies.size * 0.8);
      let selected = 0;
      let copied = 0;
      for (const f of selections) {
        expect(copies.get(f.name)?.split).toBe(f.split);
        expect(f.want).toEqual(copies.get(f.name)?.want);
        selected += f.text.length;
        copied += copies.get(f.name)?.text.length ?? 0;
      }
      // A selection leaves out the menus and teasers a select-all copy holds.
      expect(selected).toBeLessThan(copied * 0.9);
    }
  });

  it("holds none of Mozilla Readability's test pages in the sets built from other projects' tests", () => {
    const file = path.join(ROOT, 'bench/eval/readability-exclude.json');
    const known = (JSON.parse(readFileSync(file, 'utf8')) as { pages: Array<{ name: string; title: string | null; urls: string[] }> }).pages;
    expect(known.length).toBeGreaterThan(100);
    const titles = new Set(known.flatMap((p) => (p.title ? [p.title.trim().toLowerCase()] : [])));
    const urls = new Set(known.flatMap((p) => p.urls));
    const names = new Set(known.map((p) => p.name));
    const world = corpus.filter((f) => f.set === 'paste-world' || f.set === 'paste-world-sel');
    expect(world.length).toBeGreaterThan(250);
    for (const f of world) {
      expect(names.has(f.name.replace(/^(?:np|traf|gerapy)-/u, ''))).toBe(false);
      expect(titles.has((f.want.title ?? '').trim().toLowerCase())).toBe(false);
      const { url } = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures', f.set, `${f.name}.expected.json`), 'utf8')) as { url: string };
      expect(urls.has(url)).toBe(false);
    }
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

describe('what counts as the right author', () => {
  it('reads the people a byline names, not its e-mail, brackets, translator or the site', () => {
    expect(authorRight('Mike Cason', { byline: 'Mike Cason | mcason@al.com' })).toBe(true);
    expect(authorRight('Diogo Carleto', { byline: '作者： Diogo Carleto 翻訳者 中村 真子' })).toBe(true);
    expect(authorRight('Paul Wiseman, Fatima Hussein', { byline: 'Paul WisemanFatima Hussein, The Associated Press' }, 'AP')).toBe(true);
    expect(authorRight('田中宏昌', { byline: '[田中宏昌，ITmedia]' }, 'ITmedia')).toBe(true);
  });

  it('takes a newsroom signing as no author or as itself, never as another person', () => {
    expect(authorRight(null, { byline: 'ZDNet Japan Staff' })).toBe(true);
    expect(authorRight('Jane Doe', { byline: 'ZDNet Japan Staff' })).toBe(false);
    expect(authorRight(null, { byline: 'Jane Doe' })).toBe(false);
  });

  it('is not lenient: a missing, extra or different person is wrong, and the site alone is not the writer', () => {
    expect(authorRight('Paul Wiseman', { byline: 'Paul WisemanFatima Hussein, The Associated Press' }, 'AP')).toBe(false);
    expect(authorRight('田中宏昌', { byline: '[田中宏昌，ITmedia]' })).toBe(false);
    expect(authorRight('Mike Cason, Jane Doe', { byline: 'Mike Cason | mcason@al.com' })).toBe(false);
    expect(authorRight(null, { byline: '[田中宏昌，ITmedia]' }, 'ITmedia')).toBe(false);
    expect(authorRight('McDonald Smith', { byline: 'Mc Donald Smith' })).toBe(false);
  });
});
