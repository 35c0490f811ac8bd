/** Paste shapes beyond the fixtures: the conventions of other sites, agencies and languages. */
import { describe, expect, it } from 'vitest';
import { capturePastedText, parsePaste } from '../../../../electron/main/capture/paste';
import { CuttingsError } from '../../../../shared/errors';

const now = new Date('2025-06-01T12:00:00Z');
const parse = (text: string): ReturnType<typeof parsePaste> => parsePaste(text, { now });
const BODY = 'The council voted on Tuesday night to approve the plan after two years of consultation and argument.';

describe('wire datelines', () => {
  it.each([
    ['GENEVA, March 3 (Reuters) - ', 'GENEVA', 'Reuters', '2025-03-03'],
    ['Berlin (dpa) - ', 'Berlin', 'dpa', null],
    ['WASHINGTON (AP) — ', 'WASHINGTON', 'AP', null],
    ['MOSCOW: ', 'MOSCOW', null, null],
    ['PARIS (AFP) – ', 'PARIS', 'AFP', null],
    ['МОСКВА, 3 марта (Reuters) - ', 'МОСКВА', 'Reuters', '2025-03-03'],
    ['São Paulo — ', 'São Paulo', null, null],
    ['Madrid, 3 mar (EFE).- ', 'Madrid', 'EFE', '2025-03-03'],
    ['Praha - ', 'Praha', null, null],
  ])('%s', (dateline, place, source, date) => {
    const article = parse(`Council approves the plan\n\n${dateline}${BODY}\n\nA second paragraph follows here.`);
    expect(article.dateline).toBe(place);
    expect(article.source).toBe(source);
    expect(article.publishedAt).toBe(date);
    expect(article.text.startsWith('The council voted')).toBe(true);
  });

  it.each([
    ['القاهرة (رويترز) - ', 'يقول المسؤولون إن المجلس وافق على الخطة بعد عامين من المشاورات والنقاش الطويل في المدينة.', 'القاهرة', 'Reuters'],
    ['دبي (وام) – ', 'أعلنت الهيئة اليوم أن المحطة الجديدة ستفتتح في الربيع بعد تأخير استمر عامين كاملين.', 'دبي', 'WAM'],
    ['東京（ロイター） - ', '政府は火曜日、新しい計画を承認したと発表した。二年間の協議を経ての決定となった。', '東京', 'Reuters'],
    ['ירושלים (רויטרס) - ', 'המועצה אישרה ביום שלישי בלילה את התוכנית לאחר שנתיים של התייעצויות וויכוחים.', 'ירושלים', 'Reuters'],
  ])('%s (a script without capitals)', (dateline, body, place, source) => {
    const article = parse(`Headline\n\n${dateline}${body}\n\n${body}`);
    expect(article.dateline).toBe(place);
    expect(article.source).toBe(source);
    expect(article.text.startsWith(body.slice(0, 10))).toBe(true);
  });

  it.each([
    ['新华社北京3月3日电（记者 王希）', '北京', 'Xinhua'],
    ['中新社香港3月3日电 ', '香港', 'China News Service'],
  ])('%s (Chinese wire copy, the agency first)', (dateline, place, source) => {
    const body = '国务院常务会议三日审议通过了新的能源计划，会议指出，这一计划经过两年的论证和讨论。';
    const article = parse(`国务院通过新的能源计划\n\n${dateline}${body}\n\n${body}`);
    expect(article.dateline).toBe(place);
    expect(article.source).toBe(source);
    expect(article.publishedAt).toBe('2025-03-03');
    expect(article.text.startsWith('国务院常务会议')).toBe(true);
  });

  it('does not take an unknown word ending in 社 for a Chinese agency', () => {
    const body = '出版社北京3月3日电 这是一个测试句子，用来确认不会被当作电头处理的情况。';
    expect(parse(`国务院通过新的能源计划\n\n${body}\n\n${body}`).dateline).toBeNull();
  });

  it('does not take words in a script without capitals for a dateline without a known agency', () => {
    const body = 'وقال المتحدث (في بيان) - إن المجلس وافق على الخطة بعد عامين من المشاورات.';
    expect(parse(`Headline\n\n${body}\n\n${body}`).dateline).toBeNull();
  });

  it('does not take a lead-in label or a person for a dateline', () => {
    for (const lead of ['UPDATE: The council voted', 'Trump: The council voted', 'Analysis — The council voted']) {
      expect(parse(`Headline of the story\n\n${lead} on the plan today, officials said.`).dateline).toBeNull();
    }
  });

  it('takes a year for a dateline without one from options.now, and the year before when that would be the future', () => {
    const january = new Date('2026-01-05T12:00:00Z');
    expect(parsePaste(`LONDON, Dec 30 (Reuters) - ${BODY}`, { now: january }).publishedAt).toBe('2025-12-30');
    expect(parsePaste(`LONDON, Jan 3 (Reuters) - ${BODY}`, { now: january }).publishedAt).toBe('2026-01-03');
  });
});

describe('bylines', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe', null],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe', null],
    ['By JILL LAWLESS, Associated Press', 'Jill Lawless', 'AP'],
    ['Von Anna Schmidt, dpa', 'Anna Schmidt', 'dpa'],
    ['Par Jean Dupont, correspondant à Bruxelles', 'Jean Dupont', null],
    ['Por María López', 'María López', null],
    ['by · The Sun News · Join', null, 'The Sun News'],
    ['Jane Doe | The Daily Planet', 'Jane Doe', 'The Daily Planet'],
    ['BBC News, Kyiv', null, 'BBC News'],
  ])('%s', (byline, author, source) => {
    const article = parse(`Council approves the plan\n\n${byline}\n\n${BODY}`);
    expect(article.author).toBe(author);
    expect(article.source).toBe(source);
    expect(article.text).toBe(BODY);
  });

  it('reads the author from "Reporting by X; Editing by Y" at the end and credits everyone named', () => {
    const article = capturePastedText(
      `${BODY}\n\nReporting by Paul Lindqvist in Geneva; additional reporting by Colleen Howe; Editing by Sara Okafor`,
      { now },
    );
    expect(article.author).toBe('Paul Lindqvist');
    expect(article.text).toBe(BODY);
    expect(article.entities.people).toEqual(expect.arrayContaining(['Paul Lindqvist', 'Colleen Howe', 'Sara Okafor']));
  });

  it('does not read a sentence starting with "By" or "Von" as a byline', () => {
    const article = parse('Headline of the story\n\nBy the end of the week, the council had approved the plan.\n\nVon den Zügen fiel die Hälfte aus.');
    expect(article.author).toBeNull();
    expect(article.text.startsWith('By the end of the week')).toBe(true);
  });
});

describe('captions and credits', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov - REUTERSpix', 'Kremlin spokesman Dmitry Peskov - REUTERSpix', 'REUTERSpix'],
    ['Streikende vor dem Hauptbahnhof (Foto: dpa)', 'Streikende vor dem Hauptbahnhof (Foto: dpa)', 'dpa'],
    ['Rescue workers in Bologna on Friday. Photo: Reuters', 'Rescue workers in Bologna on Friday. Photo: Reuters', 'Reuters'],
    ['Photo: Jane Smith', null, 'Jane Smith'],
    ['AFP/Getty Images', null, 'AFP/Getty Images'],
    ['Image caption, Firefighters at the site', 'Firefighters at the site', null],
  ])('%s', (line, caption, credit) => {
    for (const text of [`${line}\n\nCouncil approves the plan\n\n${BODY}`, `Council approves the plan\n\n${line}\n\n${BODY}`]) {
      const article = parse(text);
      expect(article.title).toBe('Council approves the plan');
      expect(article.caption).toBe(caption);
      expect(article.credit).toBe(credit);
      expect(article.text).toBe(BODY);
    }
  });

  it('takes a caption line out of the body', () => {
    const article = parse(`Council approves the plan\n\n${BODY}\n\nProtesters outside the town hall on Tuesday. REUTERS/Jane Smith\n\nThe works start in May.`);
    expect(article.text).toBe(`${BODY}\n\nThe works start in May.`);
    expect(article.credit).toBe('REUTERS/Jane Smith');
  });
});

describe('headline', () => {
  it('skips a section label above the headline and keeps a question as headline', () => {
    const article = parse(`World\n\nIs the four-day week here to stay?\n\n${BODY}`);
    expect(article.title).toBe('Is the four-day week here to stay?');
    expect(article.titleDerived).toBe(false);
  });

  it('derives the title from the first sentence, without the dateline, when there is no headline', () => {
    const article = parse(`BERLIN (dpa) - ${BODY} The works start in May.`);
    expect(article.titleDerived).toBe(true);
    expect(article.title).toBe(BODY.slice(0, -1));
    expect(article.provenance.title).toBe('derived');
  });

  it('keeps the exclamation mark of a title derived from the first line', () => {
    const article = parse(`Take a tour inside the former Palm Springs retreat of a film star — it's for sale!\n${BODY}`);
    expect(article.title.endsWith('for sale!')).toBe(true);
  });

  it('takes a one-sentence line with a full stop for the headline when a byline follows it, as printed', () => {
    const article = parse(`Council approves the plan.\n\nBy Jane Doe\n\n${BODY}`);
    expect(article.title).toBe('Council approves the plan.');
    expect(article.titleDerived).toBe(false);
    expect(article.text).toBe(BODY);
  });

  it('keeps list items under the headline in the body and drops a one-word label', () => {
    const article = parse(`Council approves the plan\n\nSummary\n\n- Plan approved after two years\n- Works start in May\n\n${BODY}`);
    expect(article.title).toBe('Council approves the plan');
    expect(article.text).toBe(`- Plan approved after two years\n\n- Works start in May\n\n${BODY}`);
  });

  it('keeps "U.S." inside a derived title', () => {
    expect(parse('U.S. President Donald Trump said on Friday that talks would go on. More follows.').title).toBe(
      'U.S. President Donald Trump said on Friday that talks would go on',
    );
  });
});

describe('dates', () => {
  it.each([
    ['17.04.2025, 14:30 Uhr', '2025-04-17'],
    ['Stand: 17.04.2025 14:30 Uhr', '2025-04-17'],
    ['Publié le 3 mars 2025 à 14h30 · Mis à jour le 4 mars 2025 à 09h12', '2025-03-03'],
    ['Actualizado el 12 de mayo de 2025', '2025-05-12'],
    ['Updated 3:45 PM EDT, March 5, 2025', '2025-03-05'],
    ['Sun 9 Jun 2024 22.10 CEST', '2024-06-09'],
    ['March 3, 20258:14 AM GMT+1Updated 2 hours ago', '2025-03-03'],
    ['3. března 2025', '2025-03-03'],
    ['CNNMoney (New York) First published February 1, 2016: 1:28 AM ET', '2016-02-01'],
  ])('%s', (line, date) => {
    const article = parse(`Council approves the plan\n\n${line}\n\n${BODY}`);
    expect(article.publishedAt).toBe(date);
    expect(article.text).toBe(BODY);
  });
});

describe('site furniture', () => {
  it('removes advertising, share, newsletter, app, read-more and copyright lines', () => {
    const furniture = [
      'Advertisement',
      'Advertisement · Scroll to continue',
      'Story continues below advertisement',
      'Share this article',
      'Artikel teilen',
      'Facebook Twitter WhatsApp',
      'Read more: What happens next in France?',
      'Related coverage',
      'Sign up for our daily newsletter',
      'Download the app for breaking news alerts',
      'Our Standards: The Thomson Reuters Trust Principles.',
      '© 2025 The Daily Planet. All rights reserved.',
      'Lesen Sie auch: Was der Streik bedeutet',
      'Listen to this article · 5 min',
      'Powered by SmartAsset.com',
    ];
    const article = parse(['Council approves the plan', BODY, ...furniture, 'The works start in May.'].join('\n\n'));
    expect(article.text).toBe(`${BODY}\n\nThe works start in May.`);
    expect(article.source).toBe('The Daily Planet');
  });
});

describe('whitespace', () => {
  it('joins hard-wrapped lines, keeps single-newline paragraphs apart, cleans CRLF, NBSP and zero-width characters', () => {
    const wrapped =
      'Council approves the plan\r\n\r\nThe city council voted on Tuesday night to approve a network of\r\nprotected cycle lanes across the centre, ending two years of\r\nconsultation and argument between residents and businesses.\r\n\r\nThe scheme will\u00A0cost 12 million\u200B pounds.';
    expect(parse(wrapped).text).toBe(
      'The city council voted on Tuesday night to approve a network of protected cycle lanes across the centre, ending two years of consultation and argument between residents and businesses.\n\nThe scheme will cost 12 million pounds.',
    );
    const single = `Council approves the plan\nBy Jane Doe\n${BODY}\nThe works start in May.`;
    const article = parse(single);
    expect(article.author).toBe('Jane Doe');
    expect(article.text).toBe(`${BODY}\n\nThe works start in May.`);
  });

  it('keeps the zero-width non-joiner and joiner where a script spells with them, and drops them from Latin text', () => {
    // Persian writes "کم‌آبی", "ثبت‌نام" with a ZWNJ; Devanagari and emoji use the ZWJ.
    const head = 'کم\u200Cآبی در تهران؛ ذخایر سدها به پایین\u200Cترین سطح در شش دهه رسید';
    const body = 'به گزارش خبرنگار ما، ذخایر سدهای تهران به کمترین میزان در شش دهه گذشته رسیده و مسئولان خواستار صرفه\u200Cجویی شدند.';
    const article = parse(`${head}\n\n${body}\n\n${body}`);
    expect(article.title).toBe(head);
    expect(article.text).toContain('صرفه\u200Cجویی');
    expect(parse(`Council app\u200Croves the plan\n\n${BODY} 👩\u200D💻`).title).toBe('Council approves the plan');
    expect(parse(`Council approves the plan\n\n${BODY} 👩\u200D💻`).text).toContain('👩\u200D💻');
  });

  it('joins a line that stops mid-sentence with the next one, even when that starts with a number', () => {
    const article = parse(`Council approves the plan\n${BODY}\nThe works start in May, the mayor said, and should be finished by\n2027 at the latest.`);
    expect(article.text).toBe(`${BODY}\n\nThe works start in May, the mayor said, and should be finished by 2027 at the latest.`);
  });

  it('records a URL standing on its own line', () => {
    const article = capturePastedText(`https://example.com/news/plan\n\nCouncil approves the plan\n\n${BODY}`, { now });
    expect(article.url).toBe('https://example.com/news/plan');
    expect(article.provenance.url).toBe('paste');
    expect(article.text).toBe(BODY);
  });
});

describe('capturePastedText', () => {
  it('returns a plain-text CapturedArticle that keeps the paste as original.txt', () => {
    const text = `Council approves the plan\n\n${BODY}`;
    const article = capturePastedText(text, { now });
    expect(article.html).toBeNull();
    expect(article.images).toEqual([]);
    expect(article.url).toBeNull();
    expect(article.original.file).toBe('original.txt');
    expect(new TextDecoder().decode(article.original.data)).toBe(text);
    expect(article.lang).toBe('en');
    expect(article.provenance.lang).toBe('derived');
  });

  it('refuses empty text and text that is only page furniture', () => {
    for (const text of ['', '  \n\t\n ']) {
      expect(() => capturePastedText(text)).toThrow(new CuttingsError('invalid-input', 'Nothing to import: the pasted text is empty.'));
    }
    try {
      capturePastedText('Advertisement\n\nShare this article\n\nRead more');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CuttingsError);
      expect((err as CuttingsError).code).toBe('invalid-input');
      expect((err as CuttingsError).message).toMatch(/no article paragraphs/);
    }
  });

  it('keeps a paste of a few short lines as text rather than refusing it', () => {
    const article = parse('Meeting moved to Friday');
    expect(article.text).toBe('Meeting moved to Friday');
    expect(article.titleDerived).toBe(true);
  });
});

describe('scripts written without spaces between words', () => {
  // Thai has no sentence mark and puts spaces only between phrases: a paragraph used to count as
  // one or two "words" and was dropped as a label, leaving the clipping with its headline alone.
  const paragraphs = [
    'นายกรัฐมนตรีได้ประกาศมาตรการกระตุ้นเศรษฐกิจชุดใหม่ในวันจันทร์ โดยมุ่งเน้นการสนับสนุนธุรกิจขนาดกลางและขนาดย่อม',
    'มาตรการดังกล่าวประกอบด้วยการลดหย่อนภาษีและสินเชื่อดอกเบี้ยต่ำ รัฐบาลคาดว่าจะช่วยให้เศรษฐกิจเติบโตได้มากขึ้นในปีหน้า',
    'นักเศรษฐศาสตร์หลายคนเห็นว่ามาตรการนี้เป็นก้าวที่ถูกต้อง แต่ยังต้องติดตามผลในระยะยาว',
  ];

  it('keeps every Thai paragraph, the last one too', () => {
    const article = parse(['นายกรัฐมนตรีประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจ', ...paragraphs].join('\n\n'));
    expect(article.title).toBe('นายกรัฐมนตรีประกาศมาตรการใหม่เพื่อกระตุ้นเศรษฐกิจ');
    expect(article.text.split('\n\n')).toEqual(paragraphs);
    expect(article.lang).toBe('th');
  });
});
