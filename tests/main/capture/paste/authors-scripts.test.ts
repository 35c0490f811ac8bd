/**
 * Authors in the forms of many scripts and sites (session 7): a writer's label with a comma or a
 * colon ("Author,X", "نویسنده, X"), names in scripts without capitals (Devanagari…), a CJK name
 * glued to its date, an outlet between a name and the word for reporter, a name the lexicon lacks
 * over a date, names followed by what they are; and lines shaped like names that name no one
 * (an acronym, an agency, an outlet, a motto, a topic tag). The eval's scorer counts an agency
 * byline as the source, not a person.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { authorRight } from '../../../../bench/eval/score';

const now = new Date('2025-06-01T12:00:00Z');
const parse = (text: string): ReturnType<typeof parsePaste> => parsePaste(text, { now });
const HEAD = 'Council approves cycle lanes for the centre';
const P1 = 'The city council voted on Tuesday night to approve a network of protected cycle lanes across the centre.';
const P2 = 'The scheme will cost 12 million pounds and the works start in May, the mayor said on Wednesday.';
const article = (...header: string[]): ReturnType<typeof parsePaste> => parse([HEAD, ...header, P1, P2].join('\n\n'));

const HI_HEAD = 'उत्तर प्रदेश में भारी बारिश, कई जिलों में अलर्ट जारी';
const HI_P1 = 'राज्य के कई जिलों में मंगलवार को भारी बारिश हुई। मौसम विभाग ने अगले दो दिनों के लिए अलर्ट जारी किया है।';
const HI_P2 = 'प्रशासन ने लोगों से घरों में रहने और नदियों के पास न जाने की अपील की है।';
const hindi = (...header: string[]): ReturnType<typeof parsePaste> => parse([HI_HEAD, ...header, HI_P1, '', HI_P2].join('\n'));

const FA_HEAD = 'افزایش قیمت نان در چند استان کشور از هفته آینده';
const FA_P1 = 'بر اساس اعلام سازمان حمایت، قیمت نان در چند استان از هفته آینده افزایش می‌یابد و نانوایی‌ها باید نرخ جدید را نصب کنند.';
const FA_P2 = 'مسئولان استانی گفته‌اند که نظارت بر نانوایی‌ها در روزهای آینده بیشتر خواهد شد.';
const persian = (...header: string[]): ReturnType<typeof parsePaste> => parse([FA_HEAD, ...header, FA_P1, '', FA_P2].join('\n'));

const JA_HEAD = '東京都、来年度から保育料を無償化へ 子育て支援を拡充';
const JA_P1 = '東京都は22日、来年度から第1子の保育料を無償化する方針を明らかにした。対象は都内の認可保育所などに通う0～2歳児で、約5万人が見込まれる。';
const JA_P2 = '都の担当者は「子育て世帯の負担を減らし、少子化対策につなげたい」と話している。';
const japanese = (...header: string[]): ReturnType<typeof parsePaste> => parse([JA_HEAD, ...header, JA_P1, '', JA_P2].join('\n'));

describe('a label of the writer with a comma or colon, and names in the Indic scripts', () => {
  it('"Author,NAME" (BBC Hindi) and "Written by: NAME" in Devanagari', () => {
    expect(hindi('Author,सुनील वर्मा', 'पदनाम,बीबीसी हिंदी के लिए, लखनऊ से', '20 मई 2025').author).toBe('सुनील वर्मा');
    expect(hindi('Written by: अनीता गुप्ता', 'देश | मई 22, 2025 18:45 pm IST').author).toBe('अनीता गुप्ता');
  });

  it('"By NAME Edited By: EDITOR Updated: …": the writer, not the editor', () => {
    expect(hindi('By सुनील वर्मा Edited By: रमेश यादव Updated: Wed, 21 May 2025 10:32 AM (IST)').author).toBe('सुनील वर्मा');
  });

  it('"نویسنده, NAME" (BBC Persian) and "خبرنگار: NAME"', () => {
    expect(persian('نویسنده, علی رضایی', 'نقش, بی‌بی‌سی فارسی').author).toBe('علی رضایی');
    expect(persian('خبرنگار: زهرا کریمی').author).toBe('زهرا کریمی');
  });
});

describe('CJK and Korean bylines', () => {
  it('a name glued to its date ("佐藤健一2025年5月22日 17時05分"), not a section glued to one', () => {
    expect(japanese('佐藤健一2025年5月22日 17時05分').author).toBe('佐藤健一');
    expect(japanese('社会2025年5月22日 17時05分').author).toBeNull();
  });

  it('an outlet between the name and the word for reporter ("김민수 한경닷컴 기자")', () => {
    const text = ['서울 아파트값 3주 연속 상승', '김민수 한경닷컴 기자', '서울 아파트값이 3주 연속 올랐다. 한국부동산원에 따르면 이번 주 서울 아파트값은 0.1% 상승했다.', '', '강남 3구의 상승 폭이 컸다.'];
    expect(parse(text.join('\n')).author).toBe('김민수');
  });

  it('a site\'s name before the word for reporter ("界面新闻记者 | 王芳"), and not the editor', () => {
    const text = ['多家银行下调存款利率 最高降幅达25个基点', '界面新闻记者 | 王芳', '界面新闻编辑 | 刘洋', '2025/05/21 14:28', '5月21日，多家国有大行宣布下调人民币存款利率，其中三年期定期存款利率下调25个基点。', '', '业内人士认为，此次下调有助于缓解银行净息差压力。'];
    expect(parse(text.join('\n')).author).toBe('王芳');
  });

  it('a topic tag that repeats the headline\'s words, or a font-size button, beside the date is no writer', () => {
    expect(japanese('2025年5月20日 18時42分', '東京都').author).toBeNull();
    const zh = ['前5月我国外贸进出口同比增长', '2025年05月20日05:52 | 来源：人民网', '小字号', '海关总署20日发布数据，前5个月我国货物贸易进出口总值同比增长2.5%，其中出口增长较快。', '', '专家表示外贸韧性持续显现。'];
    expect(parse(zh.join('\n')).author).toBeNull();
  });
});

describe('names over a date, names followed by what they are', () => {
  it('a given name the lexicon lacks over the date ("Mariia Petrenko — Wednesday, 21 May 2025, 08:45")', () => {
    expect(article('Mariia Petrenko — Wednesday, 21 May 2025, 08:45').author).toBe('Mariia Petrenko');
    expect(article('Олена Шевчук — Вівторок, 20 травня 2025, 10:32').author).toBe('Олена Шевчук');
  });

  it('names in capitals with their roles after them', () => {
    expect(article('CHENG WEI-LING and TARO ITO, Nikkei Asia chief tech correspondent and Nikkei staff writer').author).toBe('Cheng Wei-Ling and Taro Ito');
    expect(article('Robert Burns, Ap National Security Writer', 'Updated 5:27 am CST, Wednesday, November 20, 2019').author).toBe('Robert Burns');
  });

  it('a name whose words the page spells in lower case only inside an address ("trevor@…") stays a name', () => {
    const text = [HEAD, 'Trevor Daugherty', '- Nov. 18th 2019 8:54 am PT', P1, '', P2, 'Trevor Daugherty is the Senior Editor of the site. Contact him direct at trevor@example.com.'];
    expect(parse(text.join('\n')).author).toBe('Trevor Daugherty');
  });
});

describe('shaped like a name, naming no one', () => {
  it.each([['NHK ONE'], ['PTI ABC XYZ DV DV'], ['Nikkei Asia'], ['Democracy Dies in Darkness']])('%s', (line) => {
    expect(article(line).author).toBeNull();
  });
});

describe('the eval counts an agency byline as the source, a role as no one', () => {
  it('an agency or a desk alone is right as no author or as its own name, never as a person', () => {
    for (const byline of ['The Associated Press', 'Associated Press', 'AFP', 'Staff Reports', 'Redacción EC', 'Reuters Staff']) {
      expect(authorRight(null, { byline })).toBe(true);
      expect(authorRight('Jane Doe', { byline })).toBe(false);
    }
    expect(authorRight('The Associated Press', { byline: 'The Associated Press' })).toBe(true);
  });

  it('a role printed after the names is not one of the people', () => {
    expect(authorRight('Robert Burns', { byline: 'ROBERT BURNS, AP National Security Writer' })).toBe(true);
    expect(authorRight(null, { byline: 'ROBERT BURNS, AP National Security Writer' })).toBe(false);
    expect(authorRight('Jane Doe', { byline: 'ROBERT BURNS, AP National Security Writer' })).toBe(false);
  });
});
