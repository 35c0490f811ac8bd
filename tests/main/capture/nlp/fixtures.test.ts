import { describe, expect, it } from 'vitest';
import { capturePastedText } from '../../../../electron/main/capture/paste';
import { FIXTURE_NOW, loadPasteFixtures } from '../paste/fixture-loader';

const fixtures = loadPasteFixtures();

describe('analysis over tests/fixtures/paste', () => {
  describe.each(fixtures)('$name', ({ text, expected }) => {
    const article = capturePastedText(text, { now: FIXTURE_NOW });

    it('language', () => {
      if (expected.lang !== undefined) expect(article.lang).toBe(expected.lang);
    });

    it.each(['people', 'places', 'organisations'] as const)('%s: every expected one, once', (kind) => {
      const found = article.entities[kind];
      for (const name of expected[kind] ?? []) expect(found).toContain(name);
      expect(new Set(found).size).toBe(found.length);
    });

    it('people are named once, by their full name', () => {
      for (const person of article.entities.people) {
        const longer = article.entities.people.filter((p) => p !== person && p.endsWith(` ${person}`));
        expect(longer).toEqual([]);
      }
    });

    it('quotes: every expected quotation, with its speaker', () => {
      for (const want of expected.quotes ?? []) {
        const quote = article.quotes.find((q) => q.text.startsWith(want.startsWith));
        expect(quote, `quote "${want.startsWith}"`).toBeDefined();
        expect(quote?.speaker).toBe(want.speaker);
      }
    });
  });

  it('does not take the scare quote in wire-geneva for a statement', () => {
    const geneva = fixtures.find((f) => f.name === 'wire-geneva');
    if (!geneva) return;
    const { quotes } = capturePastedText(geneva.text, { now: FIXTURE_NOW });
    expect(quotes.map((q) => q.text)).not.toContain('captured by producers');
  });
});
