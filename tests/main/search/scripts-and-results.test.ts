import { afterAll, describe, expect, it } from 'vitest';
import { RANK_ALL } from '../../../electron/main/search/execute';
import { titleScore } from '../../../electron/main/search/match-text';
import { openSearchIndex } from '../../../electron/main/search/index';
import type { SearchHit } from '../../../shared/clipping';
import { doc, ids, indexWith } from './helpers';

const marked = (hit: SearchHit | undefined): string[] =>
  hit ? hit.highlights.map(([s, e]) => hit.snippet.slice(s, e)) : [];

describe('scripts and accents', () => {
  const { index, cleanup } = indexWith([
    doc({ id: 'fr', title: 'Crème brûlée à la française', text: 'Le café était très fréquenté. Ça déborde.' }),
    doc({ id: 'de', title: 'Straße gesperrt', text: 'Die Hauptstraße in Köln bleibt bis Montag gesperrt.' }),
    doc({ id: 'ru', title: 'Песков о мораторий', text: 'Дмитрий Песков заявил, что Кремль соблюдает мораторий. Ёлка стоит.' }),
    doc({ id: 'el', title: 'Η Ελλάδα και η ενέργεια', text: 'Η ΕΛΛΑΔΑ αυξάνει την παραγωγή ενέργειας.' }),
    doc({ id: 'zh', title: '北京大学研究能源', text: '北京大学的研究人员发表了关于能源转型的报告。' }),
    doc({ id: 'ja', title: '東京の電力需要', text: '東京電力は冬の電力需要が増えると発表した。カタカナもテスト。' }),
    doc({ id: 'pl', title: 'Łódź i Kraków', text: 'Żółta ćma w Łodzi.' }),
  ]);
  afterAll(cleanup);

  it('ignores accents and case in Latin scripts, both ways', () => {
    expect(ids(index, 'creme brulee')).toEqual(['fr']);
    expect(ids(index, 'CRÈME')).toEqual(['fr']);
    expect(ids(index, 'ca deborde')).toEqual(['fr']);
    expect(ids(index, 'strasse')).toEqual(['de']);
    expect(ids(index, 'koln')).toEqual(['de']);
    expect(ids(index, 'lodz krakow')).toEqual(['pl']);
    expect(ids(index, 'zolta')).toEqual(['pl']);
  });

  it('folds Cyrillic case and ё, and Greek case and tonos', () => {
    expect(ids(index, 'песков')).toEqual(['ru']);
    expect(ids(index, 'ПЕСКОВ мораторий')).toEqual(['ru']);
    expect(ids(index, 'елка')).toEqual(['ru']);
    expect(ids(index, 'ελλαδα')).toEqual(['el']);
    expect(ids(index, 'ΕΝΕΡΓΕΙΑ')).toEqual(['el']);
    expect(ids(index, 'ενεργ*')).toEqual(['el']);
  });

  it('finds Chinese and Japanese by substring', () => {
    expect(ids(index, '北京')).toEqual(['zh']);
    expect(ids(index, '京大')).toEqual(['zh']);
    expect(ids(index, '能源')).toEqual(['zh']);
    expect(ids(index, '电力')).toEqual([]);
    expect(ids(index, '電力需要')).toEqual(['ja']);
    expect(ids(index, 'カタカナ')).toEqual(['ja']);
    expect(ids(index, '"東京" 発表')).toEqual(['ja']);
    expect(ids(index, '東電')).toEqual([]);
  });

  it('highlights the original spelling of each match', () => {
    expect(marked(index.search('cafe').hits[0])).toEqual(['café']);
    expect(marked(index.search('hauptstrasse').hits[0])).toEqual(['Hauptstraße']);
    expect(marked(index.search('ελλαδα').hits[0])).toEqual(['ΕΛΛΑΔΑ']);
    expect(marked(index.search('песков').hits[0])).toEqual(['Песков']);
    expect(marked(index.search('电力').hits[0])).toEqual([]);
    expect(marked(index.search('電力').hits[0])).toEqual(['電力', '電力']);
    expect(marked(index.search('"east" OR 研究').hits[0])).toEqual(['研究']);
  });
});

describe('results', () => {
  const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} talks about nothing in particular.`).join(' ');
  const { index, cleanup } = indexWith([
    doc({ id: 'old', title: 'Sanctions package', text: 'The sanctions package was agreed.', publishedAt: '2023-01-01' }),
    doc({ id: 'new', title: 'Weather report', text: 'Sanctions were mentioned once in passing.', publishedAt: '2025-01-01' }),
    doc({ id: 'mid', title: 'Budget debate', text: `${long} Late in the text, the sanctions debate resumed. ${long}`, publishedAt: '2024-01-01' }),
  ]);
  afterAll(cleanup);

  it('sorts by relevance or by date', () => {
    expect(index.search('sanctions').hits[0]?.id).toBe('old');
    expect(index.search('sanctions', { sort: 'date' }).hits.map((h) => h.id)).toEqual(['new', 'mid', 'old']);
    expect(index.search('sanctions', { sort: 'relevance' }).hits.map((h) => h.id)).toContain('mid');
  });

  it('cuts a ~200 character plain-text snippet around the match', () => {
    const hit = index.search('sanctions debate').hits.find((h) => h.id === 'mid');
    expect(hit).toBeDefined();
    expect(hit?.snippet.length).toBeLessThanOrEqual(210);
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet.endsWith('…')).toBe(true);
    expect(marked(hit)).toEqual(['sanctions', 'debate']);
    expect(hit?.snippet).not.toMatch(/\s\s/);
  });

  it('shows the opening of the text for a title-only match', () => {
    const hit = index.search('weather').hits[0];
    expect(hit?.snippet).toBe('Sanctions were mentioned once in passing.');
    expect(hit?.highlights).toEqual([]);
  });

  it('highlights phrases as one span and prefixes as whole words', () => {
    expect(marked(index.search('"package was agreed"').hits[0])).toEqual(['package was agreed']);
    expect(marked(index.search('sanct*').hits.find((h) => h.id === 'old'))).toEqual(['sanctions']);
  });

  it('suggests spellings only from the archive and only when little is found', () => {
    expect(index.search('sanctoins').didYouMean).toBe('sanctions');
    expect(index.search('sanctoins tag:x').didYouMean).toBeNull();
    expect(index.search('Budgit debate').didYouMean).toBe('budget debate');
    expect(index.search('sanctions').didYouMean).toBeNull();
    expect(index.search('xylophone').didYouMean).toBeNull();
  });
});

describe('facets', () => {
  it('lists the top 20 values per facet, most frequent first, over the whole result', () => {
    const docs = Array.from({ length: 60 }, (_, i) =>
      doc({
        id: `f${i}`,
        title: `Item ${i} energy`,
        tags: [`tag${i % 25}`, 'common'],
        source: i % 3 === 0 ? 'Reuters' : 'AFP',
        people: i % 2 ? ['Dmitry Peskov'] : [],
        places: ['Kyiv'],
        publishedAt: `${2020 + (i % 4)}-05-01`,
      }),
    );
    const index = openSearchIndex(':memory:');
    index.upsert(docs);
    const result = index.search('energy', { limit: 5 });
    expect(result.total).toBe(60);
    expect(result.hits).toHaveLength(5);
    expect(result.facets.tags).toHaveLength(20);
    expect(result.facets.tags[0]).toEqual({ value: 'common', count: 60 });
    expect(result.facets.sources).toEqual([
      { value: 'AFP', count: 40 },
      { value: 'Reuters', count: 20 },
    ]);
    expect(result.facets.people).toEqual([{ value: 'Dmitry Peskov', count: 30 }]);
    expect(result.facets.years.map((y) => y.value)).toEqual(['2023', '2022', '2021', '2020']);
    const narrowed = index.search('energy source:reuters');
    expect(narrowed.facets.sources).toEqual([{ value: 'Reuters', count: 20 }]);
    index.close();
  });
});

describe('broad queries', () => {
  it(`ranks title matches first when more than ${RANK_ALL} clippings match`, () => {
    const index = openSearchIndex(':memory:');
    const docs = Array.from({ length: RANK_ALL + 200 }, (_, i) =>
      doc({
        id: `b${String(i).padStart(5, '0')}`,
        // Title matches among the recent ones (broad queries look at the titles of the last 400).
        title: i % 100 === 7 && i >= 850 ? 'Ceasefire holds' : `Routine note ${i}`,
        text: `A ceasefire was mentioned. Entry ${i}.`,
        publishedAt: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    index.rebuild(docs);
    const result = index.search('ceasefire', { limit: 20 });
    expect(result.total).toBe(docs.length);
    const titled = docs.filter((d) => d.title.startsWith('Ceasefire')).map((d) => d.id).sort();
    expect(result.hits.slice(0, titled.length).map((h) => h.id).sort()).toEqual(titled);
    // The rest follows newest first.
    const rest = result.hits.slice(titled.length);
    const days = rest.map((h) => h.publishedAt ?? '');
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set(result.hits.map((h) => h.id)).size).toBe(20);

    // Filters that leave few of the many matches: those few are ranked by BM25 again.
    const few = index.search('ceasefire on:2025-01-08', { limit: 200 });
    expect(few.total).toBe(docs.filter((d) => d.publishedAt === '2025-01-08').length);
    const scores = few.hits.map((h) => h.score);
    expect(scores.every((s) => s > 0)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    index.close();
  });

  it('puts titles with more of the words first, then shorter titles, among many matches', () => {
    const index = openSearchIndex(':memory:');
    const docs = Array.from({ length: RANK_ALL + 100 }, (_, i) =>
      doc({ id: `n${String(i).padStart(5, '0')}`, title: `Routine note ${i}`, text: `Grain exports and the port were discussed. Entry ${i}.` }),
    );
    docs.push(
      doc({ id: 'long', title: 'A long headline about many things including grain, among others, today', text: 'Grain exports and the port.' }),
      doc({ id: 'short', title: 'Grain deal', text: 'Grain exports and the port.' }),
      doc({ id: 'both', title: 'Grain exports through the port resume', text: 'Grain exports and the port.' }),
    );
    index.rebuild(docs);
    const result = index.search('grain port', { limit: 10 });
    expect(result.total).toBe(docs.length);
    expect(result.hits.slice(0, 3).map((h) => h.id)).toEqual(['both', 'short', 'long']);
    // With a filter that leaves many matches, only matching clippings are ranked.
    expect(index.search('grain port -title:deal', { limit: 3 }).hits.map((h) => h.id)).toEqual(['both', 'long', expect.stringMatching(/^n/)]);
    index.close();
  });

  it('scores a title by the share of query words it holds, then by its length', () => {
    const term = (tokens: string[], prefix = false) => ({ tokens, prefix, cjk: false });
    const grain = [term(['grain'])];
    expect(titleScore('Grain deal', grain)).toBeGreaterThan(titleScore('A much longer headline with grain in it', grain));
    expect(titleScore('Café owners protest', [term(['cafe'])])).toBeGreaterThan(titleScore('Owners protest', [term(['cafe'])]));
    expect(titleScore('Energy prices', [term(['energ'], true)])).toBeGreaterThan(0.5);
    expect(titleScore('Grain', [term(['grain']), term(['port'])])).toBeLessThan(titleScore('Grain port strike drags on', [term(['grain']), term(['port'])]));
    expect(titleScore('', grain)).toBe(0);
  });
});
