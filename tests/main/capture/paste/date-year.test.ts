/**
 * The publication date when the paste prints it without a year, glued to its time, far from the
 * headline or among other dates; and dates in scripts with vowel signs and their own digits.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { findDate } from '../../../../electron/main/capture/paste/dates';

const now = new Date('2025-06-01T12:00:00Z');
const BODY = [
  'The council voted on Tuesday night to approve the plan after two years of consultation with residents.',
  'Opponents said the decision ignored the concerns raised at three public meetings earlier this year.',
].join('\n\n');
const paste = (...lines: string[]): string => lines.join('\n\n');

describe('the year of a date printed without one', () => {
  it('takes the year the same stamp prints after its day ("Published Monday, November 18, 2019 8:22AM EST")', () => {
    const article = parsePaste(paste('Study sees future for hibernating astronauts', 'Published Monday, November 18, 2019 8:22AM EST', BODY), { now });
    expect(article.publishedAt).toBe('2019-11-18');
  });

  it('reads a year glued to the time after it ("NOV 20 20194:29 AM EST")', () => {
    const article = parsePaste(paste('Emirates inks $9 billion order for 30 Boeing 787 jets', 'PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO', BODY), { now });
    expect(article.publishedAt).toBe('2019-11-20');
  });

  it('takes the year of the same day printed with one elsewhere in the paste (an embedded post)', () => {
    const article = parsePaste(
      paste('South Dakota doubles down on its anti-drug campaign', 'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM', BODY, '— Jane Roe (@janeroe) November 18, 2019'),
      { now },
    );
    expect(article.publishedAt).toBe('2019-11-18');
    expect(article.provenance.publishedAt).toBe('derived');
  });

  it('takes the page\'s copyright year when nothing else gives one', () => {
    const article = parsePaste(paste('Housing prices climb for a fifth month', 'Dec 22 at 3:00 PM', BODY, '© 2016 Example Media LLC. All Rights Reserved.'), { now });
    expect(article.publishedAt).toBe('2016-12-22');
    const range = parsePaste(paste('Housing prices climb for a fifth month', 'Dec 22 at 3:00 PM', BODY, 'Copyright 2001 - 2015 Example Media, Inc.'), { now });
    expect(range.publishedAt).toBe('2015-12-22');
  });

  it('keeps the newest past year when the paste gives none (a paste of today\'s page)', () => {
    expect(parsePaste(paste('Housing prices climb for a fifth month', 'May 22 at 3:00 PM', BODY), { now }).publishedAt).toBe('2025-05-22');
  });

  it('reads a year of two digits after an apostrophe ("14 January \'15")', () => {
    expect(findDate("14 January '15, 11:57pm", { now, lang: 'en' })).toMatchObject({ year: 2015, month: 1, day: 14 });
  });
});

describe('relative dates', () => {
  it('reads "an hour ago" against the day it is pasted', () => {
    expect(parsePaste(paste('Housing prices climb for a fifth month', 'Published 1 day ago', BODY), { now }).publishedAt).toBe('2025-05-31');
  });

  it('gives no date for "1 day ago" on a page whose copyright says it was shown years before', () => {
    const article = parsePaste(paste('Housing prices climb for a fifth month', 'Published 1 day ago', BODY, '© 2019 Example Media LLC'), { now });
    expect(article.publishedAt).toBeNull();
  });
});

describe('which date is the article\'s', () => {
  it('prefers the date under the headline to the masthead\'s day far above it', () => {
    const article = parsePaste(
      paste('Saturday 03 January 2015', 'News', 'World', 'Asia', 'Indonesia', 'AirAsia plane found in Java Sea', 'By Harriet Alexander', '5:00PM GMT 31 Dec 2014', BODY),
      { now },
    );
    expect(article.publishedAt).toBe('2014-12-31');
  });

  it('prefers the stamp under the headline to related stories\' dates at the end', () => {
    const article = parsePaste(
      paste('商品の改造が商標法違反に！？', 'by ライトハウス国際特許事務所 ／ 2016.12.01', '先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。',
        '報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。もちろん、Apple社は「脱獄」を認めていません。',
        'ではなぜ、不正に改造したiPhoneを販売すると、商標権侵害になるのでしょうか。商標には、商品の出所を表示する機能があります。',
        '通常、権利者により正規のルートで販売された商品をそのまま転売する場合は、商標権侵害にはなりません。',
        '2013年04月09日', '商標の判決シリーズ', '2016年08月03日'),
      { now },
    );
    expect(article.publishedAt).toBe('2016-12-01');
  });

  it('does not read the minutes of a time as a day ("09:31 August 20, 2019")', () => {
    expect(findDate('North Korea 09:31 August 20, 2019', { now, lang: 'en' })).toMatchObject({ year: 2019, month: 8, day: 20 });
  });
});

describe('dates in scripts with vowel signs and their own digits', () => {
  it.each([
    ['26 အောက်တိုဘာ 2018', 'my', 2018, 10, 26],
    ['၂၀၁၈ အောက်တိုဘာ ၂၆', 'my', 2018, 10, 26],
    ['15 अक्टूबर 2025', 'hi', 2025, 10, 15],
    ['१५ अक्टूबर २०२५', 'hi', 2025, 10, 15],
    ['১৫ অক্টোবর, ২০২৫', 'bn', 2025, 10, 15],
    ['15 ตุลาคม 2568', 'th', 2025, 10, 15],
    ['15 ოქტომბერი, 2025', 'ka', 2025, 10, 15],
  ])('%s (%s)', (text, lang, year, month, day) => {
    expect(findDate(text, { now, lang })).toMatchObject({ year, month, day });
  });
});
