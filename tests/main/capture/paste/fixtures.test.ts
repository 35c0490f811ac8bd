import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { FIXTURE_NOW, loadPasteFixtures } from './fixture-loader';

const fixtures = loadPasteFixtures();

describe('parsePaste over tests/fixtures/paste', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(fixtures)('$name', ({ text, expected }) => {
    const article = parsePaste(text, { now: FIXTURE_NOW });
    const paragraphs = article.text.split('\n\n');

    it('title', () => {
      if (expected.title !== undefined) expect(article.title).toBe(expected.title);
      if (expected.titleStartsWith !== undefined) expect(article.title.startsWith(expected.titleStartsWith)).toBe(true);
      if (expected.titleDerived !== undefined) expect(article.titleDerived).toBe(expected.titleDerived);
      expect(article.provenance.title).toBe(article.titleDerived ? 'derived' : 'paste');
    });

    it.each(['source', 'author', 'dateline', 'caption', 'credit'] as const)('%s', (field) => {
      if (expected[field] === undefined) return;
      expect(article[field]).toBe(expected[field]);
      if (expected[field] !== null) expect(article.provenance[field]).toBe('paste');
    });

    it('date', () => {
      if (expected.date !== undefined) expect(article.publishedAt).toBe(expected.date);
      if (expected.dateMonthDay !== undefined) expect(article.publishedAt?.slice(5)).toBe(expected.dateMonthDay);
    });

    it('body', () => {
      if (expected.bodyStartsWith !== undefined) expect(article.text.startsWith(expected.bodyStartsWith)).toBe(true);
      if (expected.bodyEndsWith !== undefined) expect(article.text.endsWith(expected.bodyEndsWith)).toBe(true);
      for (const banned of expected.mustNotContainInBody ?? []) expect(article.text).not.toContain(banned);
      if (expected.paragraphs !== undefined) expect(paragraphs).toHaveLength(expected.paragraphs);
    });

    it('separates paragraphs by exactly one blank line, with no stray whitespace', () => {
      expect(article.text).not.toMatch(/\n{3,}|^\s|\s$|[ \t]\n|\n[ \t]|\u00A0|\r/);
      for (const p of paragraphs) expect(p.length).toBeGreaterThan(0);
    });
  });
});
