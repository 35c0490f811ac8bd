/**
 * The newsroom a story's opening names (paste/lead-in-source.ts), in the shapes of each script:
 * an agency in the opening bracket with its place and day, glued before the place in unspaced
 * scripts, or among the parts of a lead-in after the place; and the Arabic spellings an agency's
 * name varies by (vowel marks, hamza, Persian or Arabic yeh). Pastes made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { leadInSource } from '../../../../electron/main/capture/paste/lead-in-source';
import { agencyName } from '../../../../electron/main/capture/paste/agencies';
import { nameKey } from '../../../../electron/main/capture/paste/name-key';

const now = new Date('2026-12-07T12:00:00Z');
const parse = (...lines: string[]): ReturnType<typeof parsePaste> => parsePaste(lines.join('\n'), { now });

describe('an agency in the opening bracket, with its place and day glued', () => {
  it.each([
    ['【4月29日 AFP】フランス政府は29日、新たな原子炉の建設計画を発表した。', 'AFP'],
    ['［東京　１０日　ロイター］ - 日銀は10日、短期金利を据え置くことを決めた。', 'Reuters'],
    ['【ソウル聯合ニュース】韓国産業通商資源部は1日、4月の輸出額を発表した。', 'Yonhap'],
    ['【新華社北京4月16日】中国は16日、新型ロケットを打ち上げた。', 'Xinhua'],
    ['（法新社巴黎29日電）法國政府今天宣布新的核能計畫。', 'AFP'],
    ['(TPS) משרד התחבורה הודיע היום על פתיחת כביש חדש בגליל.', 'TPS'],
  ])('%s', (paragraph, agency) => expect(leadInSource(paragraph)).toBe(agency));

  it('glued before the place and day in an unspaced script', () => {
    expect(leadInSource('路透北京4月10日 - 中国人民银行周四维持贷款市场报价利率不变。')).toBe('Reuters');
  });

  it('is no source when the bracket holds a place or a reporter only', () => {
    expect(leadInSource('【ワシントン＝田中一郎】米政府は20日、新たな関税を発表した。')).toBeNull();
    expect(leadInSource('（吉隆坡10日讯）马来西亚政府今天宣布新的措施。')).toBeNull();
  });
});

describe('an agency or outlet among the parts of a lead-in, after its place', () => {
  it.each([
    ['باريس- أ ف ب: أعلنت الحكومة الفرنسية الثلاثاء خطة جديدة لخفض استهلاك الطاقة.', 'AFP'],
    ['طهران/ 10 نيسان/ابريل/ ارنا- افتتح الرئيس الإيراني اليوم محطة جديدة لتوليد الكهرباء.', 'IRNA'],
    ['مسقط في 12 أبريل /العُمانية/ أطلقت وزارة التراث والسياحة اليوم مشروعا سياحيا جديدا.', 'ONA'],
    ['أنقرة/ الأناضول', 'Anadolu'],
    ['دبي - البيان', 'البيان'],
    ['الشارقة: «الخليج»', 'الخليج'],
    ['العربية.نت من دبي: تستضيف الإمارة الأسبوع المقبل قمة للمناخ.', 'العربية'],
  ])('%s', (paragraph, name) => expect(leadInSource(paragraph)).toBe(name));

  it('never takes the place itself, though a city may share a paper\'s name', () => {
    expect(leadInSource('الرياض - أعلنت وزارة الطاقة اليوم عن خطة جديدة للطاقة المتجددة في المملكة.')).toBeNull();
  });

  it('is no source in an ordinary sentence', () => {
    expect(leadInSource('The council approved the budget on Tuesday, officials said, after a long debate.')).toBeNull();
    expect(leadInSource('Speaking to CNN, the minister said the plan would be reviewed.')).toBeNull();
  });
});

describe('in a whole paste', () => {
  it('gives the source of a Japanese wire story with no dateline', () => {
    const a = parse('日銀、金利据え置き', '［東京　１０日　ロイター］ - 日銀は10日の金融政策決定会合で、短期金利を0.5%程度に据え置くことを決めた。市場の予想通りだった。', '', '植田総裁は会見で今後の方針を説明する。');
    expect(a.source).toBe('Reuters');
  });

  it('gives the paper named on an Arabic lead-in line, and keeps its place', () => {
    const a = parse(
      'دبي تطلق مبادرة للنقل الذكي',
      'دبي - البيان',
      'أطلقت هيئة الطرق والمواصلات في دبي اليوم مبادرة جديدة للنقل الذكي تشمل 50 حافلة ذاتية القيادة بحلول نهاية العام.',
      '',
      'وقال المدير العام إن المبادرة جزء من استراتيجية دبي.',
    );
    expect(a.source).toBe('البيان');
    expect(a.dateline).toBe('دبي');
  });
});

describe('Arabic-script names, however they are spelled', () => {
  it('fold vowel marks, hamza and the two yehs', () => {
    expect(nameKey('العُمانية')).toBe(nameKey('العمانية'));
    expect(nameKey('إرنا')).toBe(nameKey('ارنا'));
    expect(nameKey('ايرنا')).toBe(nameKey('ایرنا'));
  });

  it.each([
    ['ارنا', 'IRNA'],
    ['العُمانية', 'ONA'],
    ['وكالة الصحافة الفرنسية', 'AFP'],
    ['مهر', 'Mehr News Agency'],
    ['聯合ニュース', 'Yonhap'],
    ['TTXVN', 'VNA'],
    ['वार्ता', 'UNI'],
  ])('finds the agency %s', (form, agency) => expect(agencyName(form)).toBe(agency));
});
