/**
 * The renderer's pure helpers: highlight runs from offsets, query filter edits and
 * completions, and dates as people read them.
 */
import { describe, expect, it } from 'vitest';
import { inRanges, parseUnicodeRange } from '../../renderer/lib/font-loads';
import { formatDate, paragraphs, plural, textDirection } from '../../renderer/lib/format';
import { segments } from '../../renderer/lib/highlight';
import { completions, filterToken, hasToken, splitTags, toggleToken, toTagName } from '../../renderer/lib/query';

describe('segments', () => {
  it('wraps each range and keeps the text around it', () => {
    expect(segments('said Peskov on Friday', [[5, 11]])).toEqual([
      { text: 'said ', mark: false },
      { text: 'Peskov', mark: true },
      { text: ' on Friday', mark: false },
    ]);
  });

  it('merges overlaps, sorts, and ignores empty or out-of-range offsets', () => {
    const runs = segments('abcdefgh', [[6, 20], [1, 3], [2, 4], [5, 5], [-4, 0]]);
    expect(runs).toEqual([
      { text: 'a', mark: false },
      { text: 'bcd', mark: true },
      { text: 'ef', mark: false },
      { text: 'gh', mark: true },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('abcdefgh');
  });
});

describe('query edits', () => {
  it('quotes values that need it', () => {
    expect(filterToken('tag', 'ukraine')).toBe('tag:ukraine');
    expect(filterToken('source', 'The Sun News')).toBe('source:"The Sun News"');
  });

  it('toggles a filter on and off without touching the rest', () => {
    const on = toggleToken('peace talks', 'source:"The Sun News"');
    expect(on).toBe('peace talks source:"The Sun News"');
    expect(hasToken(on, 'source:"The Sun News"')).toBe(true);
    expect(toggleToken(on, 'source:"The Sun News"')).toBe('peace talks');
    expect(hasToken('tag:ukraine-war', 'tag:ukraine')).toBe(false);
  });

  it('completes the filter being typed, keeping the words before it', () => {
    const values = { tag: ['ukraine', 'kremlin', 'energy'], source: ['The Sun News', 'Reuters'] };
    expect(completions('talks tag:kr', values)).toEqual(['talks tag:kremlin']);
    expect(completions('source:"the s', values)).toEqual(['source:"The Sun News"']);
    expect(completions('talks kr', values)).toEqual([]);
  });

  it('turns names and typed text into tags', () => {
    expect(toTagName('Dmitry Peskov')).toBe('dmitry-peskov');
    expect(splitTags(' ukraine, kremlin  ukraine ')).toEqual(['ukraine', 'kremlin']);
  });
});

describe('format', () => {
  it('reads dates without shifting them across time zones', () => {
    const day = formatDate('2025-04-18');
    expect(day).toMatch(/18/);
    expect(day).toMatch(/2025/);
    expect(formatDate('2025')).toBe('2025');
    expect(formatDate(null)).toBeNull();
    expect(formatDate('not a date')).toBeNull();
  });

  it('counts and splits paragraphs', () => {
    expect(plural(1, 'clipping')).toBe('1 clipping');
    expect(plural(2, 'clipping')).toMatch(/^2 clippings$/);
    expect(paragraphs('One.\n\n  \nTwo.\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it("takes a text's direction from its first letter", () => {
    expect(textDirection('محطة تحلية جديدة في العقبة')).toBe('rtl');
    expect(textDirection('2028: «שלום» עכשיו')).toBe('rtl');
    expect(textDirection('« Paris » : عمّان')).toBe('ltr');
    expect(textDirection('Москва')).toBe('ltr');
    expect(textDirection('2025')).toBe('ltr');
  });
});

describe('font subsets', () => {
  it('reads a unicode-range, wildcards included, and tells which characters it covers', () => {
    const ranges = parseUnicodeRange('U+0100-02BA, U+1E00-1E9F,U+20??, U+00E3, nonsense');
    expect(ranges).toEqual([
      [0x100, 0x2ba],
      [0x1e00, 0x1e9f],
      [0x2000, 0x20ff],
      [0xe3, 0xe3],
    ]);
    expect(inRanges('ã'.codePointAt(0) ?? 0, ranges)).toBe(true);
    expect(inRanges('€'.codePointAt(0) ?? 0, ranges)).toBe(true);
    expect(inRanges('a'.codePointAt(0) ?? 0, ranges)).toBe(false);
  });
});
