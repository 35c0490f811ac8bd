/**
 * The outlets lexicon (paste/data/outlets.json) by region: papers and sites people paste from,
 * found under the name they print, however the paste spaces or spells it. Pastes made up for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { outletName } from '../../../../electron/main/capture/paste/outlets';

const now = new Date('2026-12-07T12:00:00Z');

describe('outlets of every region, by their printed names', () => {
  it.each([
    ['מקור ראשון', 'מקור ראשון'],
    ['bhol.co.il', 'בחדרי חרדים'],
    ['JDN', 'JDN'],
    ['日刊スポーツ', '日刊スポーツ'],
    ['琉球 新報', '琉球新報'],
    ['信濃毎日新聞', '信濃毎日新聞'],
    ['央广网', '央广网'],
    ['澳門日報', '澳門日報'],
    ['부산일보', '부산일보'],
    ['إيلاف', 'إيلاف'],
    ['اندبندنت عربية', 'إندبندنت عربية'],
    ['عصر ایران', 'عصر ایران'],
    ['En Son Haber', 'En Son Haber'],
    ['Gazeta.pl', 'Gazeta.pl'],
    ['Dân Trí', 'Dân trí'],
    ['Taifa Leo', 'Taifa Leo'],
    ['বিবিসি বাংলা', 'বিবিসি বাংলা'],
    ['Liputan6.com', 'Liputan6'],
  ])('%s', (printed, name) => expect(outletName(printed)).toBe(name));

  it('keeps names that are also words for lines that say they name the source', () => {
    expect(outletName('דבר', true)).toBeNull();
    expect(outletName('דבר')).toBe('דבר');
    expect(outletName('Il Giorno', true)).toBeNull();
  });

  it('never takes a writer\'s role or a common word for a paper', () => {
    for (const word of ['Reporter', 'Tech Reporter', 'Staff Writer', 'News', 'Today', 'Information']) expect(outletName(word, true)).toBeNull();
  });
});

describe('in a whole paste', () => {
  it('finds a Hebrew site from its copyright line', () => {
    const a = parsePaste(
      ['הממשלה אישרה את תקציב המדינה', 'הממשלה אישרה הלילה את הצעת התקציב לשנה הבאה, לאחר דיון שנמשך יותר משמונה שעות.', '', 'שר האוצר אמר כי מדובר בתקציב אחראי.', '© כל הזכויות שמורות למקור ראשון'].join('\n'),
      { now },
    );
    expect(a.source).toBe('מקור ראשון');
  });

  it('finds a Japanese local paper from its logo line', () => {
    const a = parsePaste(['琉球 新報', '那覇市で新しいバス路線', '2025年5月20日 10:30', '那覇市は20日、市内に新しいバス路線を開設すると発表した。来月から運行を始める。', '', '市の担当者は利用を呼びかけた。'].join('\n'), { now });
    expect(a.source).toBe('琉球新報');
  });
});
