/**
 * Relative dates in the languages chrono-node does not read ("před 3 hodinami", "2 godziny temu",
 * "5 घंटे पहले", "3시간 전", "vandaag, 14:32"), counted back from the clock of the paste, and only
 * on a line that is nothing but a date.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { dateLine } from '../../../../electron/main/capture/paste/dates';

const now = new Date('2025-06-01T12:00:00Z');
const iso = (d: { year: number | null; month: number; day: number } | null): string | null =>
  d === null ? null : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const on = (line: string, lang: string | null = null): string | null => iso(dateLine(line, { now, lang }));

describe('relative dates in many languages', () => {
  it('reads an amount of hours or minutes ago as the day of the paste', () => {
    for (const [line, lang] of [
      ['před 3 hodinami', 'cs'], ['2 godziny temu', 'pl'], ['5 घंटे पहले', 'hi'], ['3 saat önce', 'tr'], ['منذ 3 ساعات', 'ar'],
      ['לפני 20 דקות', 'he'], ['3小时前', 'zh'], ['3시간 전', 'ko'], ['2 órája', 'hu'], ['πριν από 2 ώρες', 'el'],
      ['2 giờ trước', 'vi'], ['2 jam yang lalu', 'id'], ['2 timer siden', 'da'], ['۲ ساعت پیش', 'fa'], ['45 minut temu', 'pl'],
    ] as const) {
      expect(on(line, lang), line).toBe('2025-06-01');
    }
  });

  it('counts days and weeks back, and knows today and yesterday', () => {
    expect(on('před 3 dny', 'cs')).toBe('2025-05-29');
    expect(on('2 tygodnie temu', 'pl')).toBe('2025-05-18');
    expect(on('14 saat önce', 'tr')).toBe('2025-05-31');
    expect(on('vandaag, 14:32', 'nl')).toBe('2025-06-01');
    expect(on('wczoraj 09:10', 'pl')).toBe('2025-05-31');
  });

  it('is no date when it is not a relative date or not a date line', () => {
    expect(on('for 2 hours', 'en')).toBeNull();
    expect(on('Der Zug fuhr vor 2 Stunden ab und kam nie an', 'de')).toBeNull();
  });

  it('dates a pasted article that shows only how long ago it was published', () => {
    const article = parsePaste(
      [
        'Vláda schválila nový zákon o stavebním řízení',
        'před 3 hodinami',
        'Vláda ve středu schválila novelu stavebního zákona, která má zrychlit povolování staveb a zjednodušit celý proces pro stavebníky.',
        'Podle ministerstva pro místní rozvoj se doba povolování zkrátí až o polovinu, opozice však návrh kritizuje jako nedomyšlený.',
      ].join('\n\n'),
      { now },
    );
    expect(article.publishedAt).toBe('2025-06-01');
  });

  it('prefers a date the article prints to how long ago the page says it was published', () => {
    const article = parsePaste(
      [
        'दिल्ली में बारिश से पारा गिरा, लोगों को गर्मी से राहत',
        '2 घंटे पहले',
        'लेखक: राहुल कुमार | 20 मई 2025',
        'मौसम विभाग ने प्रदेश के बारह जिलों में बारिश की चेतावनी जारी की है और लोगों को दोपहर में घर से बाहर न निकलने की सलाह दी है।',
        'राजधानी में अधिकतम तापमान चौंतीस डिग्री सेल्सियस दर्ज किया गया, जो इस मौसम का सबसे कम है।',
      ].join('\n\n'),
      { now },
    );
    expect(article.publishedAt).toBe('2025-05-20');
  });
});
