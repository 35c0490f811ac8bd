/** Dates as the world's papers print them, on a line of their own under the headline. */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { dateLine, findDate } from '../../../../electron/main/capture/paste/dates';

const now = new Date('2025-06-01T12:00:00Z');

describe('date lines in many languages', () => {
  it.each([
    ['Publié le 12 mars 2025 à 14h32', 'fr'],
    ['Le 12 mars 2025 à 07h00, modifié le 12 mars 2025 à 09h15', 'fr'],
    ['12.03.2025, 11:47 Uhr', 'de'],
    ['12 marzo 2025', 'it'],
    ['2025. március 12., szerda 10:15', 'hu'],
    ['12 марта 2025, 14:32', 'ru'],
    ['14:30, 12 марта 2025', 'ru'],
    ['12 березня 2025, 14:32', 'uk'],
    ['12 marca 2025, 10:15', 'pl'],
    ['12. marts 2025 kl. 10.45', 'da'],
    ['Publisert 12.03.2025 12:30', 'no'],
    ['Publicerad 12 mars 2025 kl 09.30', 'sv'],
    ['12.3.2025 14:05', 'fi'],
    ['12 maart 2025, 11:02', 'nl'],
    ['12.mar.2025 às 19h45', 'pt'],
    ['Actualizado el 12 de marzo de 2025', 'es'],
    ['Rabu, 12 Maret 2025 15:20 WIB', 'id'],
    ['12 Mac 2025 04:35 PM', 'ms'],
    ['12.03.2025 - Güncelleme : 12.03.2025', 'tr'],
    ['12 Μαρτίου 2025 13:40', 'el'],
    ['12.03.25 | 18:40', 'he'],
    ['12 مارس 2025', 'ar'],
    ['2025年03月12日 16:20', 'zh'],
    ['2025年3月12日午後 3:35 GMT+9', 'ja'],
    ['입력 2025.03.12 14:20', 'ko'],
    ['송고2025-03-12 10:12', 'ko'],
    ['Updated 9:41 PM GMT+1, March 12, 2025', 'en'],
    ['Wed 12 Mar 2025 06.00 GMT', 'en'],
    ['3/12/2025 7:11 AM PST', 'en'],
  ])('%s (%s)', (line, lang) => {
    const article = parsePaste(`Headline of the story here\n\n${line}\n\nThe council voted on Tuesday night to approve the plan after two years of consultation.`, { now });
    expect(article.publishedAt).toBe('2025-03-12');
    expect(dateLine(line, { now, lang })).not.toBeNull();
  });

  it('reads day and month in the order of the article\'s language on slashed dates', () => {
    expect(findDate('12/03/2025', { now, lang: 'fr' })).toMatchObject({ month: 3, day: 12 });
    expect(findDate('3/12/2025', { now, lang: 'en' })).toMatchObject({ month: 3, day: 12 });
    expect(findDate('13/03/2025', { now, lang: 'en' })).toMatchObject({ month: 3, day: 13 });
  });

  it('does not read prose or a count as a date', () => {
    expect(dateLine('10 out of 12 people agreed with the plan', { now, lang: 'en' })).toBeNull();
    expect(findDate('10 out of 12 people agreed', { now, lang: 'en' })).toBeNull();
    expect(dateLine('Kraków wprowadza strefę czystego transportu od lipca', { now, lang: 'pl' })).toBeNull();
    expect(findDate('The 5 million people of 2025', { now, lang: 'en' })).toBeNull();
  });

  it('reads a year-first date with a month name ("2016 Sep 27") and a Japanese era year', () => {
    expect(findDate('2016 Sep 27', { now, lang: 'en' })).toMatchObject({ year: 2016, month: 9, day: 27 });
    expect(findDate('2016-Sep-27', { now, lang: 'en' })).toMatchObject({ year: 2016, month: 9, day: 27 });
    expect(findDate('平成31年4月25日', { now, lang: 'ja' })).toMatchObject({ year: 2019, month: 4, day: 25 });
    expect(findDate('令和元年5月1日', { now, lang: 'ja' })).toMatchObject({ year: 2019, month: 5, day: 1 });
  });

  it('takes the publication, the earliest, of dates glued together or printed with an update', () => {
    expect(dateLine('December 10, 2021April 9, 2019', { now, lang: 'en' })).toMatchObject({ year: 2019, month: 4, day: 9 });
    expect(dateLine('Updated March 4, 2025 · Published March 3, 2025', { now, lang: 'en' })).toMatchObject({ month: 3, day: 3 });
  });

  it('reads a month name in the article\'s language first (listopad is November in Czech, October in Croatian)', () => {
    expect(findDate('12. listopadu 2024', { now, lang: 'cs' })?.month).toBe(11);
    expect(findDate('12. listopada 2024', { now, lang: 'hr' })?.month).toBe(10);
  });
});
