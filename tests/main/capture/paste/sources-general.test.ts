/**
 * The source and dateline rules hold for ANY name, not only those of the outlets lexicon: every
 * outlet here is made up (none is in data/outlets.json, the first test checks) and every place
 * in the dateline cases is one the gazetteer does not know unless the case says so. Each evidence
 * kind a paste shows its publication by is tested on its own: a logo over the site's menu, the
 * headline's site suffix, a host name, a copyright line, a name printed at the top and the foot,
 * a name that calls itself a paper in any script, labelled sources in more languages, an agency's
 * closing credit, an agency reporter's line. Pastes made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { outletName } from '../../../../electron/main/capture/paste/outlets';
import { copyrightName, hostOf, nameShaped, titleSuffix } from '../../../../electron/main/capture/paste/site-evidence';

const now = new Date('2026-12-07T12:00:00Z');
const parse = (...lines: string[]): ReturnType<typeof parsePaste> => parsePaste(lines.join('\n'), { now });

const HEAD = 'Council approves new budget for the harbour';
const EN = [
  'The council approved the budget on Tuesday after a long debate in the chamber, officials said.',
  '',
  'The plan sets aside money for roads, schools and the harbour, and will be reviewed next year by the auditors.',
];
const AR = ['أقر مجلس المدينة يوم الثلاثاء الميزانية الجديدة بعد نقاش طويل في القاعة، حسبما قال مسؤولون في البلدية.', 'وتخصص الخطة أموالا للطرق والمدارس والميناء، وستتم مراجعتها العام المقبل.'];
const RU = ['Городской совет во вторник утвердил новый бюджет после долгих дебатов, сообщили чиновники.', 'План предусматривает средства на дороги, школы и порт.'];

describe('made-up outlets', () => {
  it.each(['Harbour Courier', 'harbourcourier.com', 'Северная газета', '东海日报', '하버신문', 'روزنامه بندر', 'Liman Gazetesi'])('are not in the lexicon: %s', (name) => {
    expect(outletName(name)).toBeNull();
  });
});

describe('a publication the lexicon does not know', () => {
  it('is the logo of a select-all copy, above the site menu, in any script', () => {
    expect(parse('Skip to content', 'Harbour Courier', 'News', 'Sport', 'Opinion', HEAD, 'By Jane Miller', 'May 20, 2025', ...EN).source).toBe('Harbour Courier');
    expect(parse('Перейти к содержанию', 'Северная газета', 'Новости', 'Политика', 'Городской совет утвердил новый бюджет', '20 мая 2025', ...RU).source).toBe('Северная газета');
  });

  it('is the site after the headline: after a pipe, or after a dash when the host agrees', () => {
    expect(parse(`${HEAD} | Harbour Courier`, 'By Jane Miller', 'May 20, 2025', ...EN).source).toBe('Harbour Courier');
    expect(parse('www.harbourcourier.com', `${HEAD} - Harbour Courier`, 'May 20, 2025', ...EN).source).toBe('Harbour Courier');
    expect(titleSuffix(`${HEAD} - Harbour Courier`, [])).toBeNull();
    // A person after the pipe is the author, not the site.
    expect(titleSuffix(`${HEAD} | Jane Miller`, [])).toBeNull();
  });

  it('is a host name, or the name line the host agrees with', () => {
    expect(parse('www.harbourcourier.com', HEAD, 'May 20, 2025', ...EN).source).toBe('harbourcourier.com');
    expect(parse('https://m.harbourcourier.co.uk/news/budget', 'The Harbour Courier', 'Local', HEAD, 'May 20, 2025', ...EN).source).toBe('The Harbour Courier');
    expect(hostOf('https://m.harbourcourier.co.uk/news/budget')).toEqual({ host: 'harbourcourier.co.uk', label: 'harbourcourier' });
  });

  it("is a copyright line's owner, wherever the mark stands and without the company's form", () => {
    expect(parse(HEAD, 'May 20, 2025', ...EN, '© 2025 Harbour Courier Media Ltd. All rights reserved.').source).toBe('Harbour Courier');
    expect(parse('مجلس المدينة يقر الميزانية الجديدة', '20/5/2025', ...AR, 'جميع الحقوق محفوظة © 2025 النهار الجديد').source).toBe('النهار الجديد');
    expect(copyrightName('版权所有 © 东海日报社')).toBe('东海日报');
    expect(copyrightName('© Getty Images')).toBeNull();
  });

  it('is a name printed at the top and again at the foot', () => {
    expect(parse('Harbour Courier', 'Subscribe', HEAD, 'Jane Miller', 'May 20, 2025', ...EN, 'About us', 'Contact', 'Harbour Courier').source).toBe('Harbour Courier');
  });

  it('is a name line that calls itself a paper, in any script', () => {
    expect(parse('시의회, 새 예산안 통과', '하버신문', '입력 2025.05.20 10:32', '시의회는 화요일 긴 토론 끝에 새 예산안을 통과시켰다고 관계자들이 밝혔다.', '이 계획은 도로와 학교, 항만에 예산을 배정하며 내년에 감사를 받는다.').source).toBe('하버신문');
    expect(parse('Harbour Daily News', HEAD, 'May 20, 2025', ...EN).source).toBe('Harbour Daily News');
  });

  it('is named after a source label in more languages', () => {
    expect(parse('Belediye meclisi yeni bütçeyi onayladı', '20.05.2025', 'Belediye meclisi salı günü uzun tartışmaların ardından yeni bütçeyi onayladı, yetkililer açıkladı.', 'Plan yollar, okullar ve liman için kaynak ayırıyor.', 'Kaynak: Liman Gazetesi').source).toBe('Liman Gazetesi');
    expect(parse('شورای شهر بودجه جدید را تصویب کرد', 'شورای شهر روز سه‌شنبه پس از بحث طولانی بودجه جدید را تصویب کرد، مقامات گفتند.', 'این برنامه برای جاده‌ها، مدارس و بندر بودجه اختصاص می‌دهد.', 'منبع: روزنامه بندر').source).toBe('روزنامه بندر');
  });

  it('is never a section, a link or a person', () => {
    expect(nameShaped('Skip to content')).toBe(false);
    expect(nameShaped('Latest News')).toBe(false);
    expect(nameShaped('Updated: May 20, 2025')).toBe(false);
    expect(parse('Menu', 'News', 'Sport', HEAD, 'May 20, 2025', ...EN).source).toBeNull();
  });
});

describe('an agency', () => {
  it("is the credit closing the article's last paragraph", () => {
    expect(parse(HEAD, 'May 20, 2025', EN[0] ?? '', '', `${EN[2] ?? ''} (AFP)`).source).toBe('AFP');
    expect(parse('مجلس المدينة يقر الميزانية الجديدة', '20/5/2025', AR[0] ?? '', `${AR[1] ?? ''} (كونا)`).source).toBe('KUNA');
    expect(parse('مجلس المدينة يقر الميزانية الجديدة', '20/5/2025', AR[0] ?? '', `${AR[1] ?? ''} /قنا/`).source).toBe('QNA');
  });

  it("is the employer on a reporter's line", () => {
    expect(parse(HEAD, 'Xinhua reporter Li Wei', 'May 20, 2025', ...EN).source).toBe('Xinhua');
    expect(parse('Городской совет утвердил новый бюджет', 'Корреспондент ТАСС', '20 мая 2025', ...RU).source).toBe('TASS');
  });

  it('is not the source when a sentence only mentions it', () => {
    expect(parse(HEAD, 'May 20, 2025', 'The council approved the budget on Tuesday, Anadolu Agency reported, after a long debate in the chamber.', '', EN[2] ?? '').source).toBeNull();
  });
});
