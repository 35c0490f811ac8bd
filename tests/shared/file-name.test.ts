import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSlug } from '../../shared/file-name';

const bytes = (s: string): number => new TextEncoder().encode(s).length;

describe('fileSlug', () => {
  it('keeps the letters of every script, marks included', () => {
    expect(fileSlug('Переговоры в Москве')).toBe('Переговоры-в-Москве');
    expect(fileSlug('Ελλάδα: η κρίση')).toBe('Ελλάδα-η-κρίση');
    expect(fileSlug('北京大学 新闻')).toBe('北京大学-新闻');
    expect(fileSlug('दिल्ली समाचार')).toBe('दिल्ली-समाचार'); // vowel signs are marks: kept
    expect(fileSlug('مراجعة الصحافة')).toBe('مراجعة-الصحافة');
    expect(fileSlug('Café crème 2026')).toBe('Café-crème-2026');
  });

  it('turns every run of punctuation, separators and control characters into one dash', () => {
    expect(fileSlug('  Ukraine talks: a/b\\c*d?e"f<g>h|i  ')).toBe('Ukraine-talks-a-b-c-d-e-f-g-h-i');
    expect(fileSlug('one\u0000two\ttree.pdf')).toBe('one-two-tree-pdf');
    expect(fileSlug('..')).toBe('dossier');
  });

  it('gives the fallback for a title with nothing to keep, and never a Windows device name', () => {
    expect(fileSlug('')).toBe('dossier');
    expect(fileSlug('— ! —')).toBe('dossier');
    expect(fileSlug('???', 'review')).toBe('review');
    expect(fileSlug('con')).toBe('dossier-con');
    expect(fileSlug('LPT1')).toBe('dossier-LPT1');
    expect(fileSlug('Console')).toBe('Console');
  });

  it('writes composed characters (NFC), whatever form the title came in', () => {
    expect(fileSlug('Cafe\u0301')).toBe('Caf\u00e9');
  });

  it('is safe, bounded and stable for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (title) => {
        const slug = fileSlug(title);
        expect(slug.length).toBeGreaterThan(0);
        expect(bytes(slug)).toBeLessThanOrEqual(200);
        expect(slug).toMatch(/^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u);
        expect(slug).toBe(slug.normalize('NFC'));
        expect(fileSlug(slug)).toBe(slug);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a long title at a character boundary, within 200 bytes', () => {
    const slug = fileSlug('北'.repeat(300));
    expect(bytes(slug)).toBeLessThanOrEqual(200);
    expect(slug).toBe('北'.repeat(66));
  });
});
