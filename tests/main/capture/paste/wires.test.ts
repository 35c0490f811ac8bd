/** Wire agencies of the world: their lead-ins leave the body and fill source, dateline and date. */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';

const now = new Date('2025-06-01T12:00:00Z');
const parse = (text: string): ReturnType<typeof parsePaste> => parsePaste(text, { now });

describe('agency lead-ins', () => {
  const LATIN_BODY = 'The council voted on Tuesday night to approve the plan after two years of consultation.';
  it.each([
    ['(ANSA) - ROMA, 04 MAR - ', 'ROMA', 'ANSA', '2025-03-04'],
    ['Hamburg (dpa/lno) - ', 'Hamburg', 'dpa', null],
    ['Praha 12. března (ČTK) - ', 'Praha', 'ČTK', '2025-03-12'],
    ['Budapest, 2025. március 12., szerda (MTI) – ', 'Budapest', 'MTI', '2025-03-12'],
    ['ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - ', 'ΑΘΗΝΑ', 'ANA-MPA', null],
    ['ANKARA (AA) - ', 'ANKARA', 'Anadolu', null],
    ['New Delhi, Mar 12 (PTI) ', 'New Delhi', 'PTI', '2025-03-12'],
    ['Mumbai (Maharashtra) [India], March 12 (ANI): ', 'Mumbai', 'ANI', '2025-03-12'],
    ['KUALA LUMPUR, 12 Mac (Bernama) -- ', 'KUALA LUMPUR', 'Bernama', '2025-03-12'],
    ['Jakarta (ANTARA) - ', 'Jakarta', 'Antara', null],
    ['HELSINKI (STT) ', 'HELSINKI', 'STT', null],
    ['Oslo (NTB): ', 'Oslo', 'NTB', null],
    ['Lisboa, 12 mar 2025 (Lusa) - ', 'Lisboa', 'Lusa', '2025-03-12'],
    ['SEOUL, March 1 (Yonhap) -- ', 'SEOUL', 'Yonhap', '2025-03-01'],
  ])('%s', (leadIn, place, source, date) => {
    const article = parse(`Council approves the plan\n\n${leadIn}${LATIN_BODY}\n\n${LATIN_BODY}`);
    expect(article.dateline).toBe(place);
    expect(article.source).toBe(source);
    expect(article.publishedAt).toBe(date);
    expect(article.text.startsWith('The council voted')).toBe(true);
  });

  it.each([
    ['МОСКВА, 12 марта. /ТАСС/. ', 'МОСКВА', 'TASS'],
    ['МОСКВА, 12 мар — РИА Новости. ', 'МОСКВА', 'RIA Novosti'],
    ['Москва. 12 марта. INTERFAX.RU - ', 'Москва', 'Interfax'],
  ])('%s (Russian agencies)', (leadIn, place, source) => {
    const body = 'Совет директоров Банка России сохранил ключевую ставку на прежнем уровне, говорится в сообщении.';
    const article = parse(`Новость дня\n\n${leadIn}${body}\n\n${body}`);
    expect(article.dateline).toBe(place);
    expect(article.source).toBe(source);
    expect(article.publishedAt).toBe('2025-03-12');
    expect(article.text.startsWith('Совет директоров')).toBe(true);
  });

  it.each([
    ['【札幌共同】', '札幌', 'Kyodo', null],
    ['【ワシントン時事】', 'ワシントン', 'Jiji', null],
    ['[東京 12日 ロイター] - ', '東京', 'Reuters', null],
  ])('%s (Japanese agencies)', (leadIn, place, source, author) => {
    const body = '北海道東部で震度5弱の地震があった。気象庁によると、震源地は釧路沖で、震源の深さは約50キロ。';
    const article = parse(`北海道で震度5弱\n\n${leadIn}${body}\n\n${body}`);
    expect(article.dateline).toBe(place);
    expect(article.source).toBe(source);
    expect(article.author).toBe(author);
    expect(article.text.startsWith('北海道東部')).toBe(true);
  });

  it('reads Yonhap\'s lead-in with its reporter, and Xinhua\'s reporter in brackets', () => {
    const ko = '한국은행 금융통화위원회가 25일 기준금리를 연 3.00%에서 2.75%로 0.25%포인트 내렸다고 밝혔다.';
    const yonhap = parse(`한은, 기준금리 인하\n\n(서울=연합뉴스) 김수진 기자 = ${ko}\n\n${ko}`);
    expect([yonhap.dateline, yonhap.source, yonhap.author]).toEqual(['서울', 'Yonhap', '김수진']);
    expect(yonhap.text.startsWith('한국은행')).toBe(true);
    const zh = '记者12日从中国铁路南昌局集团有限公司获悉，福厦高铁开通运营一年来，累计发送旅客超过2000万人次。';
    const xinhua = parse(`福厦高铁运营满一年\n\n新华社福州3月12日电（记者 张华）${zh}\n\n${zh}`);
    expect([xinhua.dateline, xinhua.source, xinhua.author, xinhua.publishedAt]).toEqual(['福州', 'Xinhua', '张华', '2025-03-12']);
    const paper = parse(`全国两会闭幕\n\n本报北京3月11日电 ${zh}\n\n${zh}`);
    expect([paper.dateline, paper.source]).toEqual(['北京', null]);
  });
});

describe('agency sign-offs and desk codes', () => {
  const BODY = 'The council voted on Tuesday night to approve the plan after two years of consultation.';
  it.each([
    ['(PAP)', 'PAP'],
    ['/ritzau/', 'Ritzau'],
    ['-- BERNAMA', 'Bernama'],
    ['==Kyodo', 'Kyodo'],
    ['【時事通信社】', 'Jiji'],
    ['(©NTB)', 'NTB'],
    ['Riproduzione riservata © Copyright ANSA', 'ANSA'],
    ['(c) Agencia EFE', 'EFE'],
  ])('%s names the source and leaves the body', (signOff, source) => {
    const article = parse(`Council approves the plan\n\n${BODY}\n\nThe works start in May.\n\n${signOff}`);
    expect(article.source).toBe(source);
    expect(article.text).toBe(`${BODY}\n\nThe works start in May.`);
  });

  it('drops desk initials and agency boilerplate', () => {
    for (const tail of ['mpa/ktr/swi', 'bur/gv', 'akw/ mok/', '(END)', '(完)', 'Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır.']) {
      expect(parse(`Council approves the plan\n\n${BODY}\n\n${tail}`).text).toBe(BODY);
    }
  });

  it('reads "This report by The Canadian Press was first published …" as source and date', () => {
    const article = parse(`Council approves the plan\n\nOTTAWA — ${BODY}\n\nThis report by The Canadian Press was first published March 12, 2025.`);
    expect([article.source, article.publishedAt, article.dateline]).toEqual(['The Canadian Press', '2025-03-12', 'OTTAWA']);
    expect(article.text).toBe(BODY);
  });
});
