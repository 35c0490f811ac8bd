/**
 * Authors by family (session 8), each family in several scripts: a name without capitals with a
 * date, an outlet or a place beside it on its line ("רונית לוי | 26.05.2025"); a writer's word
 * with a dash ("كتب - X", "रिपोर्ट: X"); a CJK reporter in the lead-in ("本报讯（记者 陈晨）",
 * "【环球网报道 记者 X】", "【…＝田中一郎】") or signed at the end ("（山田太郎）", "（鈴木健記者）");
 * the editor after the writer on one line; names and the place reported from ("刘洋 北京报道");
 * an author card (name, role, date); "By <role> Name", "By Name Outlet", "— Name" at the foot,
 * a wire's "To contact the reporter" line; and what names no writer (a desk, a photo credit, a
 * translator's credit, an editor alone, a headline in a list of stories that ends in a name).
 * The stories are made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { parseByline } from '../../../../electron/main/capture/paste/byline';
import { isPersonName } from '../../../../electron/main/capture/paste/names';
import { authorRight } from '../../../../bench/eval/score';

const now = new Date('2025-06-01T12:00:00Z');
const author = (...lines: string[]): string | null => parsePaste(lines.join('\n'), { now }).author;

const HE = ['בנק ישראל הותיר את הריבית ללא שינוי', 'בנק ישראל הודיע היום על הותרת הריבית ללא שינוי ברמה של 4.5%, זו הפעם העשירית ברציפות.', '', 'כלכלנים צופים הורדת ריבית בסוף השנה.'];
const AR = ['الحكومة تعلن خطة جديدة لدعم الصادرات', 'أعلنت الحكومة اليوم عن خطة جديدة لدعم الصادرات المصرية تستهدف زيادة الصادرات بنسبة 20%.', '', 'وقال وزير التجارة إن الخطة تشمل حوافز للمصدرين.'];
const HI = ['मुंबई में भारी बारिश से लोकल ट्रेनें प्रभावित', 'मुंबई में सोमवार सुबह से हो रही भारी बारिश के कारण लोकल ट्रेन सेवाएं प्रभावित हुई हैं और कई इलाकों में जलभराव है।', '', 'बीएमसी ने लोगों से घरों में रहने की अपील की है।'];
const ZH_HEAD = '成都大运公园今起免费开放';
const ZH_P1 = '5月21日起，位于成都龙泉驿区的大运公园正式对市民免费开放，公园面积约1200亩，设有跑道和球场。';
const ZH_P2 = '市民可通过东门、南门和西门进入。';
const JA_HEAD = '東京都、夏の電力需給ひっ迫に備え節電要請へ';
const JA_P1 = '東京都は10日、今夏の電力需給のひっ迫に備え、都民や事業者に節電への協力を呼びかける方針を明らかにした。';
const JA_P2 = '都は公共施設の照明を一部消灯するなどの対策も進める。';
const EN_HEAD = 'Council approves cycle lanes for the centre';
const EN_P1 = 'The city council voted on Tuesday night to approve a network of protected cycle lanes across the centre.';
const EN_P2 = 'The scheme will cost 12 million pounds and the works start in May, the mayor said on Wednesday.';
const withHeader = (lines: string[], ...header: string[]): string | null => author(lines[0] ?? '', ...header, ...lines.slice(1));

describe('a name without capitals, with a date, an outlet or a place beside it on its line', () => {
  it('Hebrew, Arabic and Devanagari names before a date or an outlet', () => {
    expect(withHeader(HE, 'רונית לוי | 26.05.2025 16:05')).toBe('רונית לוי');
    expect(withHeader(HE, 'נועה שפיגל | הארץ', '20 במאי 2025')).toBe('נועה שפיגל');
    expect(withHeader(AR, 'فهد العتيبي (جدة)', '20 مايو 2025')).toBe('فهد العتيبي');
    expect(withHeader(HI, 'प्रिया मिश्रा | 16 जून 2025, 09:45 AM')).toBe('प्रिया मिश्रा');
    expect(withHeader(HI, 'अमित शर्मा, नई दिल्ली', 'Updated: 28 जून 2025 08:15 PM IST')).toBe('अमित शर्मा');
    expect(author(JA_HEAD, '山本 一郎 : 東洋経済 記者', '2025/05/09 6:00', JA_P1, '', JA_P2)).toBe('山本 一郎');
  });

  it('a desk, a section or a place beside the date is no writer', () => {
    expect(withHeader(HI, 'डिजिटल डेस्क, नई दिल्ली', 'Published: 20 मई 2025 04:10 PM')).toBeNull();
    expect(withHeader(HE, 'ירושלים | 26.05.2025 16:05')).toBeNull();
    expect(withHeader(HE, 'יוסי זמיר | צילום: רויטרס', '26.05.2025')).toBeNull();
  });

  it('an author card: the name, what the writer is, the date', () => {
    expect(withHeader(AR, 'سارة محمد', 'صحافية', 'الأربعاء 21 مايو 2025 10:30')).toBe('سارة محمد');
    expect(author(EN_HEAD, 'Jane Doe and John Roe', 'Economics reporters', 'May 7, 2025', EN_P1, '', EN_P2)).toBe('Jane Doe and John Roe');
  });
});

describe("a writer's word with a dash or colon in scripts without capitals", () => {
  it('"كتب - X", "रिपोर्ट: X", "द्वारा: X"', () => {
    expect(withHeader(AR, 'كتب - محمد أحمد', 'الثلاثاء 20 مايو 2025 10:30 ص')).toBe('محمد أحمد');
    expect(withHeader(HI, 'रिपोर्ट: सुनील यादव', 'पटना, 12 जुलाई 2025')).toBe('सुनील यादव');
    expect(withHeader(HI, 'द्वारा: रवि प्रकाश', 'प्रकाशित: 6 अक्टूबर 2025')).toBe('रवि प्रकाश');
  });
});

describe('CJK reporters in the lead-in, on the meta line and signed at the end', () => {
  it('the lead-in names the reporter ("本报讯（记者 陈晨）", "南都讯 记者X", "【…记者 X】", "【文/outlet X】", "【…＝X】")', () => {
    expect(author(ZH_HEAD, '2025-05-21 08:30 来源：华西都市报', `本报讯（记者 陈晨）${ZH_P1}`, '', ZH_P2)).toBe('陈晨');
    expect(author(ZH_HEAD, '2025-05-21 08:30', `南都讯 记者陈静 ${ZH_P1}`, '', ZH_P2)).toBe('陈静');
    expect(author(ZH_HEAD, '2025-04-10 08:12', `【环球网报道 记者 赵明】${ZH_P1}`, '', ZH_P2)).toBe('赵明');
    expect(author(ZH_HEAD, '2025-04-11 10:30:12 来源：观察者网', `【文/观察者网 李强】${ZH_P1}`, '', ZH_P2)).toBe('李强');
    expect(author(JA_HEAD, '2025年6月6日 10時12分', `【フィラデルフィア（米ペンシルベニア州）5日（日本時間6日）＝田中一郎】${JA_P1}`, '', JA_P2)).toBe('田中一郎');
  });

  it('the writer before the editor, and names before the place they reported from', () => {
    expect(author(ZH_HEAD, '每经记者 王芳 每经编辑 张华', '2025-05-21 18:30', ZH_P1, '', ZH_P2)).toBe('王芳');
    expect(author(ZH_HEAD, '作者：周杰 责编：吴敏', '2025-05-20 15:10:22', ZH_P1, '', ZH_P2)).toBe('周杰');
    expect(author(ZH_HEAD, '刘洋 北京报道', '2025-05-22 09:40', ZH_P1, '', ZH_P2)).toBe('刘洋');
    expect(author(ZH_HEAD, '張家豪、李美玲 / 台北報導', '發佈時間：2025/07/20 11:30', ZH_P1, '', ZH_P2)).toBe('張家豪, 李美玲');
  });

  it('the sign-off at the end ("（山田太郎）", "【佐藤花子】", "（鈴木健記者）"), never "（完）" or an agency', () => {
    expect(author(JA_HEAD, '2025年6月10日 18時30分', JA_P1, '', `${JA_P2}（山田太郎）`)).toBe('山田太郎');
    expect(author(JA_HEAD, '2025年6月10日 18時30分', JA_P1, '', `${JA_P2}【佐藤花子】`)).toBe('佐藤花子');
    expect(author(JA_HEAD, '2025年6月10日 18時30分', JA_P1, '', JA_P2, '', '（鈴木健記者）')).toBe('鈴木健');
    expect(author(JA_HEAD, '2025年6月10日 18時30分', JA_P1, '', `${JA_P2}（共同）`)).toBeNull();
    expect(author(ZH_HEAD, '2025-05-21 08:30', ZH_P1, '', `${ZH_P2}（完）`)).toBeNull();
    expect(author(JA_HEAD, '2025年6月10日 18時30分', JA_P1, '', JA_P2, '関連記事', '創刊23周年御礼の辞（上野宣）')).toBeNull();
  });

  it('a photographer\'s credit is no writer', () => {
    expect(author(ZH_HEAD, '2025-05-20 20:10 来源：新华网', '5月20日，游客在公园参观。新华社记者 张三 摄', ZH_P1, '', ZH_P2)).toBeNull();
  });
});

describe('Latin bylines: a role before the name, an outlet after it, a signature at the foot', () => {
  it('"By state political reporter X", "By X Fox News", "— X" under the last paragraph', () => {
    expect(author(EN_HEAD, 'By state political reporter Sarah Lee', 'Tue 18 Feb 2025 at 2:32pm', EN_P1, '', EN_P2)).toBe('Sarah Lee');
    expect(author(EN_HEAD, 'By Jane Smith Fox News', 'Published May 6, 2025 4:32pm EDT', EN_P1, '', EN_P2)).toBe('Jane Smith');
    expect(author(EN_HEAD, 'May 3, 2025', EN_P1, '', EN_P2, '', '— Jane Doe')).toBe('Jane Doe');
  });

  it('a Vietnamese name at the foot ("Văn" has a vowel: not an acronym)', () => {
    const vi = ['Hà Nội mở rộng tuyến xe buýt điện', '20/5/2025', 'Hà Nội sẽ mở thêm 10 tuyến xe buýt điện trong năm nay, theo Sở Giao thông vận tải thành phố.', '', 'Giá vé không thay đổi.', 'Nguyễn Văn An'];
    expect(author(...vi)).toBe('Nguyễn Văn An');
  });

  it('a wire\'s "To contact the reporter" line names the writer when the header does not', () => {
    const contact = 'To contact the reporter on this story: Jane Doe in London at jdoe@example.com';
    expect(author(EN_HEAD, 'May 3, 2025', EN_P1, '', EN_P2, '', contact)).toBe('Jane Doe');
    expect(author(JA_HEAD, '2025年4月21日 15:32 JST', JA_P1, '', JA_P2, '記事に関する記者への問い合わせ先：東京 山田太郎 tyamada@example.com')).toBe('山田太郎');
  });
});

describe('lines shaped like names that name no writer', () => {
  const options = { now, lang: 'en' };
  it('a product in CamelCase is no name, and a name glued to it is not parted ("Oracle OpenWorld")', () => {
    expect(isPersonName('Oracle OpenWorld')).toBe(false);
    expect(isPersonName('Douglas MacArthur')).toBe(true);
    expect(parseByline('Phoenix LiveDashboard', options)?.author ?? null).toBeNull();
    expect(parseByline('Meg JamesStaff Writer', options)?.author).toBe('Meg James');
    expect(parseByline('Jane DoeMay 3, 2019', options)?.author).toBe('Jane Doe');
  });

  it('a heading and its subtitle, a headline with a date in a list of stories', () => {
    expect(parseByline('Silver Society – The young old people', options)).toBeNull();
    expect(parseByline('Quiniela de HOY, sábado 7 de mayo: resultados de la Nacional y Provincia', { now, lang: 'es' })).toBeNull();
    expect(parseByline('Nicolas Perriault — 2013-09-29— in Code — Permalink — License— flattr this', options)?.author).toBe('Nicolas Perriault');
  });

  it('a subheading followed by more paragraphs, and "VIDEO RECOMENDADO", are not the signature', () => {
    expect(author(EN_HEAD, 'May 3, 2025', EN_P1, '', EN_P2, '', 'Peacock Pavilions', EN_P1, '', EN_P2)).toBeNull();
    expect(author(EN_HEAD, 'May 3, 2025', EN_P1, '', EN_P2, '', 'VIDEO RECOMENDADO')).toBeNull();
  });
});

describe('the eval scorer', () => {
  it('reads a CJK name printed with or without its space, and "and" as a Hebrew or Arabic prefix, as the same people', () => {
    expect(authorRight('比嘉 太郎', { byline: '比嘉太郎' } as never)).toBe(true);
    expect(authorRight('יוסי כהן ודנה לוי', { byline: 'יוסי כהן, דנה לוי' } as never)).toBe(true);
    expect(authorRight('أحمد علي وسارة حسن', { byline: 'أحمد علي، سارة حسن' } as never)).toBe(false);
    expect(authorRight('أحمد علي وسارة حسن', { byline: 'أحمد علي, سارة حسن' } as never)).toBe(true);
    expect(authorRight('记者 张三', { byline: '张三' } as never)).toBe(true);
    expect(authorRight('比嘉 太郎', { byline: '比嘉次郎' } as never)).toBe(false);
  });
});
