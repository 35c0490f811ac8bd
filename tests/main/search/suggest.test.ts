import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../electron/main/search/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions, capped at max + 1', () => {
    expect(editDistance('peskov', 'peskov', 2)).toBe(0);
    expect(editDistance('peskof', 'peskov', 2)).toBe(1); // substitution
    expect(editDistance('pesko', 'peskov', 2)).toBe(1); // insertion
    expect(editDistance('ceasfire', 'ceasefire', 2)).toBe(1);
    expect(editDistance('sanctoins', 'sanctions', 2)).toBe(1); // transposition
    expect(editDistance('kharkov', 'kharkiv', 2)).toBe(1);
    expect(editDistance('stoltenburg', 'stoltenberg', 2)).toBe(1);
    expect(editDistance('negotiatons', 'negotiations', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('zelenskiy', 'zelenskyy', 1)).toBe(1);
  });

  it('gives the same answers whatever was compared before (its rows are reused)', () => {
    const long = 'internationalisation'.repeat(5);
    expect(editDistance(long, `${long}s`, 2)).toBe(1);
    expect(editDistance('cat', 'cut', 2)).toBe(1);
    expect(editDistance('moratorim', 'moratorium', 2)).toBe(1);
    expect(editDistance('Москва', 'Моксва', 2)).toBe(1);
  });
});
