/**
 * Datelines by their shape in every script, not by a list of places: a place-shaped word or two
 * at the start of the first paragraph, then a dateline's separator. The gazetteer confirms a
 * place where it knows it but is not needed for a spaced dash before a whole sentence in scripts
 * without capitals, for a place in capitals before its date, or before an agency. The places
 * marked "unknown" are not in the gazetteer. Pastes made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';
import { canonicalPlace } from '../../../../electron/main/capture/nlp/gazetteer';

const now = new Date('2025-06-01T12:00:00Z');
const SECOND: Record<string, string> = {
  ar: 'وقال مسؤولون في الوزارة إن الخطة ستدخل حيز التنفيذ الشهر المقبل بعد موافقة البرلمان.',
  he: 'לדברי גורמים במשרד, התוכנית תיכנס לתוקף בחודש הבא לאחר אישור הכנסת.',
  ru: 'Об этом сообщили в пресс-службе министерства финансов в среду.',
  zh: '该计划将于下个月开始实施，有关部门表示将加强监督。',
  ja: '計画は来月から実施される見通しで、政府は監督を強化するとしている。',
  es: 'El plan entrará en vigor el mes próximo tras su aprobación en el Congreso, según fuentes oficiales.',
  en: 'The plan will take effect next month after approval by parliament, officials said on Tuesday.',
  hi: 'अधिकारियों ने बताया कि यह योजना अगले महीने से लागू होगी और इसकी निगरानी की जाएगी।',
};
const HEAD: Record<string, string> = {
  ar: 'الحكومة تقر خطة جديدة لدعم المصدرين', he: 'הממשלה אישרה תוכנית חדשה', ru: 'Правительство утвердило новый бюджет', zh: '国家统计局发布最新数据',
  ja: '政府が新たな経済対策を発表', es: 'El Gobierno aprueba un nuevo plan', en: 'Government approves new plan for exporters', hi: 'सरकार ने नई योजना को मंजूरी दी',
};
const parse = (lang: string, first: string): ReturnType<typeof parsePaste> => parsePaste(`${HEAD[lang]}\n${first}\n\n${SECOND[lang]}`, { now });

describe('a place the gazetteer does not know', () => {
  it.each([
    ['ar', 'الزرقاء - أعلنت البلدية يوم الثلاثاء عن خطة جديدة لدعم المصدرين وزيادة الصادرات.', 'الزرقاء', 'أعلنت البلدية'],
    ['he', 'קריית שמונה — המועצה אישרה ביום שלישי תוכנית חדשה לתמיכה בתושבים.', 'קריית שמונה', 'המועצה אישרה'],
    ['ru', 'ТОМСК, 20 мая. Правительство утвердило новый бюджет во вторник.', 'ТОМСК', 'Правительство'],
    ['hi', 'गोरखपुर: सरकार ने मंगलवार को नई योजना को मंजूरी दी और काम शुरू हुआ।', 'गोरखपुर', 'सरकार ने'],
    ['en', 'Tabuk, May 20, 2025, SPA -- The regional council approved a new plan on Tuesday.', 'Tabuk', 'The regional'],
    ['es', 'CIUDAD DE MÉXICO.- El Gobierno aprobó este martes un nuevo plan de apoyo.', 'CIUDAD DE MÉXICO', 'El Gobierno'],
    ['ar', 'الخرطوم 20-5-2025 (سونا)- أعلنت الحكومة عن خطة جديدة لدعم المصدرين.', 'الخرطوم', 'أعلنت الحكومة'],
    ['ar', 'رام الله 20-5-2025 وفا- أعلنت الحكومة عن خطة جديدة.', 'رام الله', 'أعلنت الحكومة'],
  ])('%s: %s', (lang, first, place, rest) => {
    const article = parse(lang, first);
    expect(article.dateline).toBe(place);
    expect(article.text.startsWith(rest)).toBe(true);
  });

  it('is unknown to the gazetteer in these cases', () => {
    expect(['الزرقاء', 'קריית שמונה', 'ТОМСК', 'गोरखपुर', 'Tabuk'].map((p) => canonicalPlace(p))).toEqual([null, null, null, null, null]);
  });
});

describe('agencies before or after the place', () => {
  it.each([
    ['ja', '【北京=共同】中国政府は20日、新たな経済対策を発表した。', '北京', 'Kyodo'],
    ['zh', '据新华社北京5月20日电 国家统计局20日发布数据。', '北京', 'Xinhua'],
    ['es', 'MADRID, 20 (EUROPA PRESS) El Gobierno aprobó este martes un nuevo plan.', 'MADRID', 'Europa Press'],
    ['en', 'New Delhi [India], May 20 (ANI): The government approved a new plan on Tuesday.', 'New Delhi', 'ANI'],
    ['en', 'Riyadh, May 20, 2025, SPA -- The government approved a new plan on Tuesday.', 'Riyadh', 'SPA'],
    ['ar', 'عمّان - أعلنت الحكومة الأردنية يوم الثلاثاء عن خطة جديدة لدعم المصدرين.', 'عمّان', null],
  ])('%s: %s', (lang, first, place, source) => {
    const article = parse(lang, first);
    expect([article.dateline, article.source]).toEqual([place, source]);
  });

  it('takes an agency flash without a place as the source only', () => {
    const article = parse('zh', '中新网5月20日电 据国家统计局网站消息，数据显示。');
    expect([article.dateline, article.source, article.text.startsWith('据国家统计局')]).toEqual([null, 'China News Service', true]);
  });
});

describe('what is no dateline', () => {
  it.each([
    ['ar', 'عاجل - أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم المصدرين وزيادة الصادرات.'],
    ['ar', 'الأهلي - الزمالك في نهائي الكأس'],
    ['hi', 'वह आया। सरकार ने मंगलवार को नई योजना को मंजूरी दी और काम शुरू हुआ।'],
    ['en', 'Windows 10 — The update arrives next week for every user of the system, the company said.'],
    ['en', 'Update: The government approved a new plan on Tuesday after a long debate in parliament.'],
  ])('%s: %s', (lang, first) => {
    expect(parse(lang, first).dateline).toBeNull();
  });
});
