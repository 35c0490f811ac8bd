import { describe, expect, it } from 'vitest';
import { planSections, type DossierClipping } from '../../../electron/main/dossier';
import {
  isCrosshead,
  lengthLabel,
  paragraphs,
  publishedLabel,
  wordCount,
} from '../../../electron/main/dossier/format';
import { makeClipping } from './sample-clippings';

function item(i: number, fields: Parameters<typeof makeClipping>[1]): DossierClipping {
  return { clipping: makeClipping(i, fields), images: [] };
}

const a = item(1, { source: 'Reuters', tags: ['energy'], publishedAt: '2026-11-03T09:00:00Z' });
const b = item(2, { source: 'Le Monde', tags: ['diplomacy', 'energy'], publishedAt: '2026-11-01' });
const c = item(3, { source: null, tags: [], publishedAt: null, capturedAt: '2026-11-02T08:00:00Z' });
const d = item(4, { source: 'Le Monde', tags: ['energy'], publishedAt: '2026-11-03T07:00:00+02:00' });
const ids = (list: DossierClipping[]): string[] => list.map((x) => x.clipping.id);

describe('planSections', () => {
  it('keeps one untitled section, oldest first, when not grouping', () => {
    const sections = planSections({ title: 't' }, [a, b, c, d], 'en-GB');
    expect(sections).toHaveLength(1);
    expect(sections[0]?.title).toBeNull();
    expect(ids(sections[0]?.items ?? [])).toEqual(ids([b, c, d, a]));
  });

  it('groups by first tag, capitalised, untagged last', () => {
    const sections = planSections({ title: 't', groupBy: 'tag' }, [a, b, c, d], 'en-GB');
    expect(sections.map((s) => s.title)).toEqual(['Diplomacy', 'Energy', 'Untagged']);
    expect(ids(sections[1]?.items ?? [])).toEqual(ids([d, a]));
  });

  it('groups by source alphabetically and by publication day in date order', () => {
    const bySource = planSections({ title: 't', groupBy: 'source' }, [a, b, c, d], 'en-GB');
    expect(bySource.map((s) => s.title)).toEqual(['Le Monde', 'Reuters', 'Unknown source']);
    const byDay = planSections({ title: 't', groupBy: 'day' }, [a, b, c, d], 'en-GB');
    // Day titles carry the weekday (ICU decides the punctuation between the parts).
    expect(byDay.map((s) => s.title)).toEqual([
      expect.stringMatching(/^Sunday\W+1 November 2026$/),
      expect.stringMatching(/^Monday\W+2 November 2026$/),
      expect.stringMatching(/^Tuesday\W+3 November 2026$/),
    ]);
    expect(ids(byDay[2]?.items ?? [])).toEqual(ids([d, a]));
  });

  it('orders by outlet, then date, or keeps the given order', () => {
    expect(ids(planSections({ title: 't', order: 'source' }, [a, b, c, d], 'en-GB')[0]?.items ?? [])).toEqual(
      ids([b, d, a, c]),
    );
    expect(ids(planSections({ title: 't', order: 'manual' }, [d, a, c, b], 'en-GB')[0]?.items ?? [])).toEqual(
      ids([d, a, c, b]),
    );
  });

  it('uses sections made by hand, ignoring unknown ids and repeats', () => {
    const spec = {
      title: 't',
      order: 'manual' as const,
      sections: [
        { title: 'Top', ids: [d.clipping.id, 'missing', a.clipping.id] },
        { title: 'Again', ids: [a.clipping.id] },
      ],
    };
    const sections = planSections(spec, [a, b, c, d], 'en-GB');
    expect(sections.map((s) => s.title)).toEqual(['Top', 'Other clippings']);
    expect(ids(sections[0]?.items ?? [])).toEqual(ids([d, a]));
    expect(ids(sections[1]?.items ?? [])).toEqual(ids([b, c]));
  });
});

describe('format helpers', () => {
  it('splits paragraphs on blank lines and joins soft wraps', () => {
    expect(paragraphs('One\nline.\n\n\nTwo\u00ad words.\r\n\r\nThree')).toEqual([
      'One line.',
      'Two words.',
      'Three',
    ]);
  });

  it('recognises crossheads in plain text, not short sentences', () => {
    const next =
      'Le contrôle de cette surveillance sera confié à une nouvelle autorité administrative indépendante, la Commission nationale.';
    expect(isCrosshead('La Commission de contrôle', next)).toBe(true);
    expect(isCrosshead('Les « boîtes noires »', next)).toBe(true);
    expect(isCrosshead('« Nous ne céderons pas. »', next)).toBe(false); // a quotation, not a heading
    expect(isCrosshead('Revivez le direct du vote.', next)).toBe(false);
    expect(isCrosshead('La Commission de contrôle', 'Short.')).toBe(false);
    expect(isCrosshead('la suite sans majuscule', next)).toBe(false);
  });

  it('counts words in any script and prints dates as the outlet wrote them', () => {
    expect(wordCount('Министр заявил, что переговоры продолжатся — in Geneva.')).toBe(7);
    // Chinese and Japanese are counted in characters, as their press does; Thai by dictionary words.
    expect(lengthLabel('国务院总理李强3日在北京会见。', 'en-GB')).toBe('14 characters');
    expect(lengthLabel('東京都は3日、新しい計画を発表した。', 'en-GB')).toBe('16 characters');
    expect(lengthLabel('One two three.', 'en-GB')).toBe('3 words');
    expect(lengthLabel('วันนี้อากาศดีมาก', 'en-GB')).toMatch(/^[3-6] words$/);
    const clipping = makeClipping(1, { publishedAt: '2026-11-24T23:30:00-05:00' });
    expect(publishedLabel(clipping, 'en-GB')).toBe('24 November 2026, 23:30');
    expect(publishedLabel(makeClipping(1, { publishedAt: '2026-11-24' }), 'en-GB')).toBe('24 November 2026');
  });
});
