/**
 * The source a paste names, as a clean outlet name: the site's name alone on a line at the top or
 * the end of a select-all copy, a meta line naming the outlet, "Source:" lines with or without a
 * colon, what sites add to their name ("and news agencies", "-广东频道", "专讯", an app), the
 * original paper a site reprints, and a known outlet preferred to a guessed one. Pastes made up
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { cleanSource, copyrightOutlet, outletName } from '../../../../electron/main/capture/paste/outlets';

const now = new Date('2026-12-07T12:00:00Z');
const parse = (...lines: string[]): ReturnType<typeof parsePaste> => parsePaste(lines.join('\n'), { now });

const EN = [
  'The city council voted on Tuesday to extend the tram line to the airport, a project that has been discussed for more than a decade.',
  '',
  'Officials said construction would begin next spring and take about four years, with the first trams running in 2031.',
];
const HE = [
  'לדברי השר, הממשלה תמשיך לפעול עם המגזר הפרטי כדי להגדיל את הייצוא בשנה הבאה ולעודד השקעות בצפון.',
  '',
  'התוכנית כוללת הטבות מס לעסקים קטנים ובינוניים והקלות בקבלת אשראי.',
];
const ZH = [
  '会议指出，今年经济社会发展的主要预期目标是国内生产总值增长百分之五左右，城镇新增就业一千二百万人以上。',
  '',
  '代表们表示，将以实际行动推动各项目标任务落到实处，确保全年目标顺利完成。',
];

describe('the lexicon of outlets', () => {
  // Another script is the outlet's edition or transcription there ("Haaretz"): kept as printed.
  const NAMES = { הארץ: 'הארץ', 自由時報電子報: '自由時報', 'NOS Nieuws': 'NOS', 'the guardian': 'The Guardian', 'lemonde.fr': 'Le Monde', Haaretz: 'Haaretz', 'Daily Planet Gazette': null };
  it.each(Object.entries(NAMES))('knows outlets in their own scripts and spellings: %s', (text, name) => {
    expect(outletName(text)).toBe(name);
  });

  it('refuses a name that is also a common word or place as a bare name', () => {
    expect([outletName('Time', true), outletName('الأخبار', true), outletName('Time')]).toEqual([null, null, 'Time']);
  });

  const CLEAN = {
    'Al Jazeera and news agencies': 'Al Jazeera', 'الجزيرة + وكالات': 'الجزيرة', '人民网-广东频道': '人民网', '人民网－人民日报': '人民日报',
    央视新闻客户端: '央视新闻', 'The Guardian - Back to home': 'The Guardian', 'Smalltown Weekly and news agencies': 'Smalltown Weekly',
  };
  it.each(Object.entries(CLEAN))('cleans what sites add to their name: %s', (raw, clean) => {
    expect(cleanSource(raw)).toBe(clean);
  });
});

describe('the source a paste names', () => {
  it('takes the site name alone on the first line of a select-all copy', () => {
    const got = parse('מעריב', 'חדשות', 'הממשלה הודיעה על תוכנית חדשה לעידוד הייצוא', 'דני כהן', '07/12/2026 10:15', ...HE);
    expect(got.source).toBe('מעריב');
  });

  it('takes the site name alone on the last line, after the page furniture', () => {
    const got = parse('Council backs tram extension to the airport', 'By Jane Miller', 'December 7, 2026', ...EN, 'Share this article', 'Le Monde');
    expect(got.source).toBe('Le Monde');
  });

  it('reads a logo link ("… - Back to home") among the navigation', () => {
    const got = parse('Skip to main content', 'Sign in', 'The Guardian - Back to home', 'News', 'Council backs tram extension to the airport', 'Jane Miller', 'Mon 7 Dec 2026 10.15 GMT', ...EN);
    expect(got.source).toBe('The Guardian');
  });

  it('prefers a known outlet to a guessed site name', () => {
    const got = parse('City News', 'Council backs tram extension to the airport', 'Jane Miller', 'December 7, 2026', ...EN, 'Haaretz');
    expect(got.source).toBe('Haaretz');
  });

  it('reads "Source AFP" without its colon, and an agency over an aggregator', () => {
    const got = parse('Council backs tram extension to the airport', 'Source AFP', 'Publié le 07/12/2026 à 12h14', 'Google News', ...EN);
    expect(got.source).toBe('AFP');
  });

  it('cleans a labelled source', () => {
    expect(parse('Council backs tram extension to the airport', ...EN, '', 'Source: Al Jazeera and news agencies').source).toBe('Al Jazeera');
    expect(parse('国务院常务会议部署稳外贸工作', '2026年12月07日16:27 | 来源：人民网-广东频道', ...ZH).source).toBe('人民网');
    expect(parse('国务院常务会议部署稳外贸工作', '2026年12月07日05:52 | 来源：人民网－人民日报', ...ZH).source).toBe('人民日报');
  });

  it('reads the outlet on a meta line and the place before it', () => {
    const got = parse('Council backs tram extension to the airport', 'Cairo: Asharq Al-Awsat', '7 December 2026', ...EN);
    expect(got.source).toBe('Asharq Al-Awsat');
    expect(got.dateline).toBe('Cairo');
    expect(parse('国务院常务会议部署稳外贸工作', '界面新闻记者 | 李彤', '2026/12/07 14:28', ...ZH).source).toBe('界面新闻');
  });

  it("reads a Chinese paper's own lead-ins", () => {
    const [first, , second] = ZH as unknown as [string, string, string];
    const hk = parse('港府擬修例 電動車充電位納新建樓宇規定', `【明報專訊】${first}`, '', second);
    expect(hk.source).toBe('明報');
    expect(hk.text.startsWith('会议指出')).toBe(true);
    const bj = parse('北京今年将新增养老家庭照护床位', `新京报讯（记者吴婷婷）${first}`, '', second);
    expect(bj.source).toBe('新京报');
    expect(bj.text.startsWith('会议指出')).toBe(true);
    const site = parse('广州南沙首条跨江地铁隧道贯通', `人民网广州12月7日电 （记者罗艾桦）${first}`, '', second);
    expect(site.source).toBe('人民网');
    expect(site.dateline).toBe('广州');
  });
});

describe('datelines in the forms wires and sites print them', () => {
  const AR = 'تستضيف دولة قطر الأسبوع المقبل أعمال المؤتمر الدولي للأمن الغذائي بمشاركة وزراء وخبراء من أكثر من أربعين دولة.';
  const FA = 'رئیس سازمان توسعه تجارت گفت صادرات غیرنفتی کشور در دو ماه نخست امسال با رشد دوازده درصدی همراه بود.';
  const MORE_AR = 'وأوضحت الوزارة في بيان أن المؤتمر سيناقش سبل تعزيز سلاسل الإمداد الغذائي والزراعة المستدامة.';
  const MORE_FA = 'وی افزود: چین، عراق و ترکیه مقصد اصلی صادرات کالاهای ایرانی بودند.';

  it.each([
    ['QNA', `الدوحة في 7 ديسمبر /قنا/ ${AR}`, MORE_AR, { source: 'QNA', dateline: 'الدوحة' }],
    ['an Arabic site', `الدوحة- ${AR}`, MORE_AR, { dateline: 'الدوحة' }],
    ['IRNA', `تهران- ایرنا- ${FA}`, MORE_FA, { source: 'IRNA', dateline: 'تهران' }],
    ['a Persian report', `به گزارش خبرنگار اقتصادی ایرنا، ${FA}`, MORE_FA, { source: 'IRNA', dateline: null }],
  ])('reads the lead-in of %s', (_, first, second, fields) => {
    expect(parse('عنوان الخبر عن المؤتمر الدولي', first, '', second)).toMatchObject(fields);
  });

  it('reads an agency dateline glued to its dash ("(Jiji Press)--The")', () => {
    const got = parse('Cabinet approves pension bill', `Tokyo, Dec. 7 (Jiji Press)--${EN[0]}`, '', EN[2] ?? '');
    expect(got).toMatchObject({ source: 'Jiji', dateline: 'Tokyo' });
    expect(got.text.startsWith('The city council')).toBe(true);
  });

  it('reads the dateline a French site prints after the last paragraph, and drops the line', () => {
    const got = parse('Council backs tram extension to the airport', 'Publié le 07/12/2026 à 12h14', ...EN, '', 'Paris (AFP) © 2026 AFP');
    expect(got).toMatchObject({ source: 'AFP', dateline: 'Paris' });
    expect(got.text).not.toContain('©');
  });
});

describe('copyright lines and agencies of more scripts', () => {
  it.each([
    ['ⓒ 동아일보 & donga.com, 무단 전재 및 재배포 금지', '동아일보'],
    ['© כל הזכויות שמורות לישראל היום', 'ישראל היום'],
    ['© EDICIONES EL PAÍS S.L.', 'El País'],
    ['Copyright © 2026 The Bugle Ltd', null],
  ])('reads the outlet a copyright line names: %s', (line, name) => {
    expect(copyrightOutlet(line)).toBe(name);
  });

  it('takes the outlet of a closing copyright line over a guessed name', () => {
    const got = parse('Council backs tram extension to the airport', 'City Desk News', 'December 7, 2026', ...EN, '', 'Copyright © The Mainichi Newspapers. All rights reserved.');
    expect(got.source).toBe('The Mainichi');
  });

  it.each([
    ['KUNA', 'الكويت - 7 - 12 (كونا) -- ', { source: 'KUNA', dateline: 'الكويت' }],
    ['PTI in Hindi', 'नयी दिल्ली, 7 दिसंबर (भाषा) ', { source: 'PTI', dateline: 'नयी दिल्ली' }],
  ])('reads the lead-in of %s', (_, lead, fields) => {
    const first = lead.includes('भाषा')
      ? `${lead}केंद्र सरकार ने सोमवार को निर्यात बढ़ाने के लिए एक नई योजना की घोषणा की और छोटे उद्योगों को कर में छूट दी।`
      : `${lead}أعلنت الحكومة اليوم عن خطة جديدة لدعم الصادرات والاستثمار في القطاع الخاص خلال العام المقبل.`;
    expect(parse('عنوان الخبر', first, '', 'وأوضحت الوزارة في بيان أن الخطة تشمل حوافز ضريبية للشركات الصغيرة.')).toMatchObject(fields);
  });
});

describe('what is no source, and datelines set apart', () => {
  it('gives no source for a stamp read as a name, and cleans a chain of brands', () => {
    expect([cleanSource('Update : 02.05.2025'), cleanSource('وكالات'), cleanSource('澎湃新闻·澎湃号·湃客')]).toEqual([null, null, '澎湃新闻']);
  });

  it('reads "本文来源：" and a dateline standing alone in capitals above the article', () => {
    expect(parse('国务院常务会议部署稳外贸工作', '2026-12-07 08:15', ...ZH, '', '本文来源：澎湃新闻').source).toBe('澎湃新闻');
    const got = parse('Exports up 8% in November', 'Trade minister says exports to the EU rose', 'Jane Miller | 07.12.2026', 'ANKARA', ...EN);
    expect(got.dateline).toBe('ANKARA');
    expect(got.text.startsWith('The city council')).toBe(true);
  });

  it('reads a wire dateline in the third paragraph, after a standfirst and a caption', () => {
    const got = parse('Chipmaker plans third plant', 'Chipmaker eyes a site for an advanced packaging line', 'The plant in Kikuyo. (Photo by Jane Miller)', 'Jane Miller, chief tech correspondent', 'December 7, 2026 16:32 JST', `TAIPEI -- ${EN[0]}`, '', EN[2] ?? '');
    expect(got.dateline).toBe('TAIPEI');
  });
});

describe('more forms of the world press', () => {
  const HI = 'शिक्षा विभाग ने राज्य के सभी सरकारी स्कूलों में गर्मी की छुट्टियों की घोषणा की है और शिक्षकों को नए निर्देश दिए हैं।';
  const HI_MORE = 'आदेश के अनुसार शिक्षकों को अगले महीने से स्कूल आना होगा।';

  it.each([
    ['a desk and a place before the danda', `राज्य ब्यूरो, पटना। ${HI}`, 'पटना'],
    ['a known place before a colon', `नई दिल्ली: ${HI}`, 'नई दिल्ली'],
  ])('reads a Hindi dateline: %s', (_, first, place) => {
    const got = parse('स्कूलों में छुट्टियों की घोषणा', first, '', HI_MORE);
    expect(got.dateline).toBe(place);
    expect(got.text.startsWith('शिक्षा विभाग')).toBe(true);
  });

  it('reads a place on its own line in a script without capitals', () => {
    expect(parse('स्कूलों में छुट्टियों की घोषणा', 'Written by: प्रिया शर्मा', 'नई दिल्ली:', HI, '', HI_MORE).dateline).toBe('नई दिल्ली');
  });

  it("reads a flash agency's lead-in without a place, and a Korean broadcaster's sign-off", () => {
    const [first, , second] = ZH as unknown as [string, string, string];
    expect(parse('工信部：电子信息制造业增加值同比增长', '2026-12-07 10:32:08', `财联社12月7日电，${first}`, '', second)).toMatchObject({ source: '财联社', dateline: null });
    const ko = parse('정부, 여름철 전력수급 대책 발표', '입력 2026.12.07 (10:32)', '정연우 기자', '올여름 최대 전력 수요가 97GW 안팎에 이를 것으로 전망됐습니다. 정부는 추가 발전기를 대기시키기로 했습니다.', '', '산업통상자원부는 오늘 여름철 전력수급 대책을 발표했습니다.', 'KBS 뉴스 정연우입니다.');
    expect(ko.source).toBe('KBS');
  });

  it('gives no source for a byline read as a site name', () => {
    expect(cleanSource('By राजेश कुमार Edited By: अमित सिंह')).toBeNull();
  });
});
