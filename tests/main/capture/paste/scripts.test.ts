/**
 * Bylines, dates, sources and datelines as Arabic, Hebrew, Chinese, Japanese and Korean pages
 * print them: byline words of each language, regional month names and other digits, the Hijri
 * calendar, agencies' lead-ins in each script, names printed bare beside the date, and the
 * labelled meta lines of Chinese sites.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { findDate } from '../../../../electron/main/capture/paste/dates';
import { hijriToGregorian } from '../../../../electron/main/capture/paste/calendars';
import { isFurniture } from '../../../../electron/main/capture/paste/furniture';

const now = new Date('2026-12-07T12:00:00Z');
const parse = (...lines: string[]): ReturnType<typeof parsePaste> => parsePaste(lines.join('\n'), { now });

// Per script: a headline and two paragraphs of an article.
const SAMPLE = {
  ar: [
    'الحكومة تعلن خطة جديدة لدعم الصادرات',
    'وقال الوزير في مؤتمر صحفي إن الحكومة ستواصل العمل مع القطاع الخاص لزيادة الصادرات خلال العام المقبل.\n\nوأضاف أن الخطة تشمل حوافز ضريبية للشركات الصغيرة والمتوسطة وتسهيلات في الحصول على التمويل.',
  ],
  he: [
    'הממשלה הודיעה על תוכנית חדשה לעידוד הייצוא',
    'לדברי השר, הממשלה תמשיך לפעול עם המגזר הפרטי כדי להגדיל את הייצוא בשנה הבאה.\n\nהתוכנית כוללת הטבות מס לעסקים קטנים ובינוניים והקלות בקבלת אשראי.',
  ],
  zh: [
    '国务院常务会议部署稳外贸工作',
    '会议指出，今年经济社会发展的主要预期目标是国内生产总值增长百分之五左右，城镇新增就业一千二百万人以上。\n\n代表们表示，将以实际行动推动各项目标任务落到实处，确保全年目标顺利完成。',
  ],
  ja: [
    '政府、総合経済対策を閣議決定　財政支出２０兆円',
    '政府は７日、物価高対策を盛り込んだ総合経済対策を閣議決定した。財政支出は約２０兆円に上る見通しだ。\n\n首相は記者団に対し「国民生活を守るため、全力で取り組む」と強調した。',
  ],
  ko: [
    '정부, 물가 안정 종합대책 발표',
    '정부는 7일 물가 안정을 위한 종합 대책을 발표했다. 재정 지출은 약 20조 원 규모에 이를 전망이다.\n\n총리는 기자들에게 국민 생활을 지키기 위해 전력을 다하겠다고 강조했다.',
  ],
} as const;
const [AR_HEAD, AR] = SAMPLE.ar;
const [HE_HEAD, HE] = SAMPLE.he;
const [ZH_HEAD, ZH] = SAMPLE.zh;
const [JA_HEAD, JA] = SAMPLE.ja;
const [KO_HEAD, KO] = SAMPLE.ko;

// Levantine, Moroccan and Algerian months, Arabic-Indic digits, a Hijri date beside the Gregorian or alone.
const ARABIC_DATES: Record<string, string> = {
  '7 كانون الأول 2026': '2026-12-07',
  '7 دجنبر 2026': '2026-12-07',
  '7 جانفي 2026': '2026-01-07',
  '٧ ديسمبر ٢٠٢٦ | ١٠:١٥': '2026-12-07',
  'الأحد 26 جمادى الآخرة 1448 هـ - 07 ديسمبر 2026 م': '2026-12-07',
  'الأحد 27 جمادى الآخرة 1448 هـ': '2026-12-07',
};

describe('Arabic', () => {
  it.each(Object.entries(ARABIC_DATES))('reads the date %s', (line, date) => {
    expect(parse(AR_HEAD, line, AR).publishedAt).toBe(date);
  });

  it('converts Hijri dates with the Umm al-Qura calendar', () => {
    expect(hijriToGregorian(1446, 9, 1)).toEqual({ year: 2025, month: 3, day: 1 });
    expect(findDate('22 ذو القعدة 1446 هـ', { now, lang: 'ar' })).toMatchObject({ year: 2025, month: 5, day: 20 });
  });

  it('reads "كتب:" and "بقلم" bylines and a known place before a dash as the dateline', () => {
    expect(parse(AR_HEAD, 'كتب: محمد عبد الله', 'الإثنين 07 ديسمبر 2026 - 10:15 ص', `القاهرة - ${AR}`)).toMatchObject({
      author: 'محمد عبد الله',
      dateline: 'القاهرة',
      publishedAt: '2026-12-07',
    });
    const article = parse(AR_HEAD, 'بقلم: أحمد حسن', AR);
    expect(article.author).toBe('أحمد حسن');
    expect(article.text.startsWith('وقال')).toBe(true);
  });

  it.each([
    ['(رويترز) - ', null, 'Reuters'],
    ['القاهرة (أ ش أ) - ', 'القاهرة', 'MENA'],
    ['بكين 7 ديسمبر 2026 (شينخوا) -- ', 'بكين', 'Xinhua'],
  ])('takes the lead-in "%s" off the body', (lead, place, agency) => {
    const article = parse(AR_HEAD, `${lead}${AR}`);
    expect(article).toMatchObject({ source: agency, dateline: place });
    expect(article.text.startsWith('وقال')).toBe(true);
  });

  it.each([
    ['الرياض - واس', 'الرياض', 'SPA'],
    ['دمشق-سانا', 'دمشق', 'SANA'],
    ['أنقرة/ الأناضول', 'أنقرة', 'Anadolu'],
    ['الرياض 22 ذو القعدة 1446 هـ الموافق 20 مايو 2025 م واس', 'الرياض', 'SPA'],
  ])('reads the place and agency line "%s"', (line, place, agency) => {
    const article = parse(AR_HEAD, line, AR);
    expect(article).toMatchObject({ source: agency, dateline: place });
    expect(article.text.startsWith('وقال')).toBe(true);
  });

  it('takes a bare name beside the date, never a site name', () => {
    expect(parse(AR_HEAD, 'محمد عبد الله', '٧ ديسمبر ٢٠٢٦', AR).author).toBe('محمد عبد الله');
    expect(parse(AR_HEAD, 'الجزيرة نت', 'نشر في 7/12/2026', AR).author).toBeNull();
  });
});

describe('Hebrew', () => {
  it.each([
    ['מאת: דני כהן', '07.12.26 | 10:15'],
    ['כתב: דני כהן | 07/12/2026', null],
    ['דני כהן', 'פורסם: 07.12.26, 10:15'],
    ['דני כהן', '7 בדצמבר 2026'],
  ])('%s / %s', (byline, date) => {
    const lines = date ? [HE_HEAD, byline, date, HE] : [HE_HEAD, byline, HE];
    expect(parse(...lines)).toMatchObject({ author: 'דני כהן', publishedAt: '2026-12-07' });
  });

  it('reads a Hebrew agency lead-in', () => {
    expect(parse(HE_HEAD, `ירושלים (רויטרס) - ${HE}`)).toMatchObject({ source: 'Reuters', dateline: 'ירושלים' });
  });
});

describe('Chinese', () => {
  it('reads "本报记者 X 报道", the source on the date line, and never the editor', () => {
    expect(parse(ZH_HEAD, '2026年12月07日 08:15　来源：人民网－人民日报', '本报记者 张三 李四 报道', ZH, '（责任编辑：王五）')).toMatchObject({
      author: '张三, 李四',
      // The site (人民网) reprints the paper (人民日报) whose reporters wrote it ("本报记者"): the paper.
      source: '人民日报',
      publishedAt: '2026-12-07',
    });
    expect(parse(ZH_HEAD, '2026-12-07 08:15', ZH, '责任编辑：王五').author).toBeNull();
  });

  it.each([
    ['作者：张三　来源：光明日报　2026-12-07 08:15', '张三', '光明日报'],
    ['发布时间：2026-12-07 08:15 | 来源：澎湃新闻 | 记者 张三', '张三', '澎湃新闻'],
  ])('reads the labelled meta line %s', (line, author, source) => {
    expect(parse(ZH_HEAD, line, ZH)).toMatchObject({ author, source, publishedAt: '2026-12-07' });
  });

  it.each([
    ['【环球时报综合报道】', { source: '环球时报', author: null, dateline: null }],
    ['【新华社北京12月7日电】', { source: 'Xinhua', dateline: '北京', publishedAt: '2026-12-07' }],
    ['（中央社記者王小明台北7日電）', { source: 'CNA', author: '王小明', dateline: '台北' }],
    ['〔記者王小明／台北報導〕', { author: '王小明', dateline: '台北' }],
  ])('takes the lead %s off the body', (lead, fields) => {
    const article = parse(ZH_HEAD, '2026-12-07 08:15', `${lead}${ZH}`);
    expect(article).toMatchObject(fields);
    expect(article.text.startsWith('会议指出')).toBe(true);
  });
});

describe('Japanese', () => {
  it('reads a correspondent in brackets, a desk before the name and a bare name over the date', () => {
    const nikkei = parse(JA_HEAD, '2026年12月7日 8:15', `【ニューヨーク＝田中一郎】${JA}`);
    expect(nikkei).toMatchObject({ author: '田中一郎', dateline: 'ニューヨーク' });
    expect(nikkei.text.startsWith('政府は')).toBe(true);
    expect(parse(JA_HEAD, '政治部　田中一郎', '2026/12/07 08:15', JA).author).toBe('田中一郎');
    expect(parse(JA_HEAD, '田中一郎', '2026年12月7日 8時15分', JA).author).toBe('田中一郎');
    expect(parse(JA_HEAD, '国際', '2026年12月7日 8時15分', JA).author).toBeNull();
  });

  it('reads a month and day with its weekday, and agencies in full-width brackets or copyright lines', () => {
    expect(parse(JA_HEAD, '12/7(月) 8:15配信', JA).publishedAt).toBe('2026-12-07');
    expect(parse(JA_HEAD, '2026年12月07日08時15分', JA, '（時事）').source).toBe('Jiji');
    expect(parse(JA_HEAD, '2026/12/7 08:15 (JST)', '©一般社団法人共同通信社', JA).source).toBe('Kyodo');
  });
});

describe('Korean', () => {
  it.each(['[서울=뉴시스]김수진 기자 = ', '【서울=뉴시스】김수진 기자 = '])('reads the lead-in %s', (lead) => {
    const article = parse(KO_HEAD, '등록 2026.12.07 08:15:32', `${lead}${KO}`);
    expect(article).toMatchObject({ author: '김수진', source: 'Newsis', dateline: '서울', publishedAt: '2026-12-07' });
    expect(article.text.startsWith('정부는')).toBe(true);
  });
});

describe('agency boilerplate', () => {
  it('drops a funding note', () => {
    expect(
      isFurniture(
        'The Associated Press’ climate and environmental coverage receives financial support from multiple private foundations. AP is solely responsible for all content. Find AP’s standards for working with philanthropies at AP.org.',
      ),
    ).toBe(true);
    expect(isFurniture('The charity receives support from the city, its director said on Tuesday.')).toBe(false);
  });
});
