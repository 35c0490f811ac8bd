import { afterAll, describe, expect, it } from 'vitest';
import { CuttingsError } from '../../../shared/errors';
import { doc, ids, indexWith } from './helpers';

const corpus = [
  doc({
    id: 'kremlin',
    title: 'Kremlin rejects the energy moratorium claims',
    text: 'Dmitry Peskov told reporters the energy moratorium was respected.\n\nHe spoke in Moscow on Tuesday.',
    tags: ['russia', 'energy'],
    source: 'TASS',
    author: 'Ivan Petrov',
    people: ['Dmitry Peskov'],
    places: ['Moscow'],
    organisations: ['Kremlin'],
    lang: 'en',
    publishedAt: '2025-04-10',
    hasQuote: true,
  }),
  doc({
    id: 'grid',
    title: 'Grid repairs continue in Kharkiv',
    text: 'Engineers restored power to the energy grid after strikes on Monday.',
    tags: ['ukraine', 'energy', 'grid'],
    source: 'The Sun News',
    author: 'Olena Kovalenko',
    places: ['Kharkiv'],
    organisations: ['Ukrenergo'],
    lang: 'en',
    publishedAt: '2025-03-02',
  }),
  doc({
    id: 'talks',
    title: 'Talks in Geneva end without a deal',
    text: 'Diplomats said talks on a ceasefire would resume. Putin and Peskov were not present.',
    tags: ['diplomacy'],
    source: 'Reuters',
    people: ['Vladimir Putin', 'Dmitry Peskov'],
    places: ['Geneva'],
    lang: 'en',
    publishedAt: null,
    capturedAt: '2024-11-20T08:00:00Z',
  }),
  doc({
    id: 'zeitung',
    title: 'Energiepreise steigen in Zürich',
    text: 'Die Energiepreise in Zürich und Genf stiegen im Winter. Grüße aus der Schweiz.',
    tags: ['Économie'],
    source: 'Neue Zürcher Zeitung',
    places: ['Zürich'],
    lang: 'de',
    publishedAt: '2023-12-24',
    isDuplicate: true,
  }),
];

describe('query language', () => {
  const { index, cleanup } = indexWith(corpus);
  afterAll(cleanup);

  it('requires every word', () => {
    expect(ids(index, 'energy moratorium')).toEqual(['kremlin']);
    expect(ids(index, 'energy')).toEqual(['grid', 'kremlin']);
  });

  it('matches exact phrases only in order', () => {
    expect(ids(index, '"energy moratorium"')).toEqual(['kremlin']);
    expect(ids(index, '"moratorium energy"')).toEqual([]);
    expect(ids(index, '“energy grid”')).toEqual(['grid']);
  });

  it('combines with OR, AND, parentheses and exclusion', () => {
    expect(ids(index, 'ceasefire OR Kharkiv')).toEqual(['grid', 'talks']);
    expect(ids(index, 'peskov AND ceasefire')).toEqual(['talks']);
    expect(ids(index, 'peskov -ceasefire')).toEqual(['kremlin']);
    expect(ids(index, 'peskov NOT ceasefire')).toEqual(['kremlin']);
    expect(ids(index, '(ceasefire OR moratorium) peskov')).toEqual(['kremlin', 'talks']);
    expect(ids(index, '-energy')).toEqual(['talks', 'zeitung']);
    expect(ids(index, 'energy -tag:russia')).toEqual(['grid']);
    expect(ids(index, 'tag:energy OR ceasefire')).toEqual(['grid', 'kremlin', 'talks']);
    expect(ids(index, '-(energy OR ceasefire)')).toEqual(['zeitung']);
  });

  it('matches prefixes', () => {
    expect(ids(index, 'energ*')).toEqual(['grid', 'kremlin', 'zeitung']);
    expect(ids(index, 'mora*')).toEqual(['kremlin']);
    expect(ids(index, 'tag:ukr*')).toEqual(['grid']);
  });

  it('filters by tag, source, author, person, place, org and lang', () => {
    expect(ids(index, 'tag:energy')).toEqual(['grid', 'kremlin']);
    expect(ids(index, 'tag:ENERGY')).toEqual(['grid', 'kremlin']);
    expect(ids(index, 'tag:economie')).toEqual(['zeitung']);
    expect(ids(index, 'source:reuters')).toEqual(['talks']);
    expect(ids(index, 'source:"the sun news"')).toEqual(['grid']);
    expect(ids(index, 'source:sun')).toEqual(['grid']);
    expect(ids(index, 'source:"neue zurcher zeitung"')).toEqual(['zeitung']);
    expect(ids(index, 'author:kovalenko')).toEqual(['grid']);
    expect(ids(index, 'person:peskov')).toEqual(['kremlin', 'talks']);
    expect(ids(index, 'person:"vladimir putin"')).toEqual(['talks']);
    expect(ids(index, 'place:zurich')).toEqual(['zeitung']);
    expect(ids(index, 'org:ukrenergo')).toEqual(['grid']);
    expect(ids(index, 'lang:de')).toEqual(['zeitung']);
    expect(ids(index, 'lang:DE')).toEqual(['zeitung']);
    // A tag is a label: part of it does not match.
    expect(ids(index, 'tag:ener')).toEqual([]);
  });

  it('searches the title alone', () => {
    expect(ids(index, 'title:moratorium')).toEqual(['kremlin']);
    expect(ids(index, 'title:energy')).toEqual(['kremlin']);
    expect(ids(index, 'title:"without a deal"')).toEqual(['talks']);
  });

  it('filters by date, falling back to the capture date', () => {
    expect(ids(index, 'after:2025')).toEqual(['grid', 'kremlin']);
    expect(ids(index, 'after:2025-04')).toEqual(['kremlin']);
    expect(ids(index, 'after:2025-04-10')).toEqual(['kremlin']);
    expect(ids(index, 'after:2025-04-11')).toEqual([]);
    expect(ids(index, 'before:2025')).toEqual(['talks', 'zeitung']);
    expect(ids(index, 'before:2024-12')).toEqual(['talks', 'zeitung']);
    expect(ids(index, 'on:2024-11')).toEqual(['talks']);
    expect(ids(index, 'on:2023-12-24')).toEqual(['zeitung']);
    expect(ids(index, 'on:2023')).toEqual(['zeitung']);
    expect(ids(index, 'after:2024 before:2025-04')).toEqual(['grid', 'talks']);
  });

  it('filters by quote and duplicate flags', () => {
    expect(ids(index, 'has:quote')).toEqual(['kremlin']);
    expect(ids(index, 'is:duplicate')).toEqual(['zeitung']);
    expect(ids(index, 'energ* -is:duplicate')).toEqual(['grid', 'kremlin']);
  });

  it('combines a word with several filters', () => {
    expect(ids(index, 'energy tag:energy after:2025-04 source:tass')).toEqual(['kremlin']);
    expect(ids(index, 'peskov place:geneva OR place:moscow')).toEqual(['kremlin', 'talks']);
  });

  it('ignores case and accents in words, and highlights the accented form', () => {
    expect(ids(index, 'ZURICH')).toEqual(['zeitung']);
    expect(ids(index, 'grusse')).toEqual(['zeitung']);
    const hit = index.search('zurich').hits[0];
    expect(hit?.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toEqual(['Zürich']);
  });

  it('treats punctuation-only parts as nothing, not as an error', () => {
    expect(index.search('& , .').total).toBe(4);
    expect(ids(index, 'energy &')).toEqual(['grid', 'kremlin']);
  });
});

describe('malformed queries', () => {
  const { index, cleanup } = indexWith(corpus);
  afterAll(cleanup);

  const message = (query: string): string => {
    try {
      index.search(query);
    } catch (err) {
      expect(err).toBeInstanceOf(CuttingsError);
      expect((err as CuttingsError).code).toBe('bad-query');
      return (err as CuttingsError).message;
    }
    throw new Error(`no error for ${query}`);
  };

  it.each([
    ['"energy moratorium', /quote .* is not closed/],
    ['(energy OR grid', /'\(' is not closed/],
    ['energy)', /'\)' without a matching '\('/],
    ['()', /parentheses '\(\)' are empty/],
    ['tag:', /'tag:' needs a value, as in tag:ukraine/],
    ['source: energy', /'source:' needs a value/],
    ['after:2025-13', /'after:2025-13' is not a date\. Use YYYY, YYYY-MM or YYYY-MM-DD/],
    ['before:2025-02-30', /'before:2025-02-30' is not a date/],
    ['on:yesterday', /'on:yesterday' is not a date/],
    ['colour:red', /^Unknown filter 'colour:'\. Filters: tag:, source:, author:/],
    ['OR', /OR needs something to search on both sides/],
    ['energy OR', /OR needs something to search on both sides/],
    ['OR energy', /OR needs something to search on both sides/],
    ['energy OR OR grid', /OR needs something to search on both sides/],
    ['-', /'-' must be followed directly by what to leave out/],
    ['energy - grid', /'-' must be followed directly/],
    ['energy NOT', /must be followed by what to leave out/],
    ['AND energy', /AND needs something to search on both sides/],
    ['*', /'\*' must follow the start of a word/],
    ['has:pictures', /'has:pictures' is not a filter\. Use has:quote/],
    ['is:new', /'is:new' is not a filter\. Use is:duplicate/],
    ['tag:"!!"', /'tag:!!' has nothing to look for/],
  ])('%s', (query, expected) => {
    expect(message(query)).toMatch(expected);
  });

  it('lets URLs and times through as words', () => {
    expect(() => index.search('https://example.com/a')).not.toThrow();
    expect(() => index.search('10:30')).not.toThrow();
  });
});
