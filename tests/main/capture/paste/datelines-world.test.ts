/**
 * The lead-in families of the world's agencies and papers, each written as the agency or paper
 * prints it, and what must stay out of a dateline (labels, a headline with a colon). The lead-in
 * leaves the body; the source comes from the agency. Pastes made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';

const now = new Date('2025-06-01T12:00:00Z');
const SECOND: Record<string, string> = {
  en: 'The plan will take effect next month after approval by parliament, officials said on Tuesday.',
  ru: 'Об этом сообщили в пресс-службе министерства финансов в среду.',
  uk: 'Про це повідомили в пресс-службі міністерства фінансів у середу.',
  bg: 'Това съобщиха от пресслужбата на министерството на финансите в сряда.',
  ro: 'Planul va intra în vigoare luna viitoare, după aprobarea parlamentului, au declarat oficialii.',
  zh: '该计划将于下个月开始实施，有关部门表示将加强监督。',
  ja: '計画は来月から実施される見通しで、政府は監督を強化するとしている。',
  ar: 'وقال مسؤولون في الوزارة إن الخطة ستدخل حيز التنفيذ الشهر المقبل بعد موافقة البرلمان.',
  ur: 'حکام کا کہنا ہے کہ یہ منصوبہ اگلے ماہ سے نافذ ہو گا اور اس کی نگرانی کی جائے گی۔',
  id: 'Rencana itu akan berlaku bulan depan setelah disetujui parlemen, kata para pejabat pada hari Selasa.',
  hi: 'अधिकारियों ने बताया कि यह योजना अगले महीने से लागू होगी और इसकी निगरानी की जाएगी।',
};
const HEAD: Record<string, string> = {
  en: 'Government approves new plan for exporters', ru: 'Правительство утвердило новый бюджет', uk: 'Уряд ухвалив новий бюджет',
  bg: 'Правителството одобри нов план', ro: 'Guvernul aprobă un nou plan', zh: '国家统计局发布最新数据', ja: '政府が新たな経済対策を発表',
  ar: 'الحكومة تقر خطة جديدة لدعم المصدرين', ur: 'حکومت نے نیا منصوبہ منظور کر لیا', id: 'Pemerintah setujui rencana baru', hi: 'सरकार ने नई योजना को मंजूरी दी',
};
const parse = (lang: string, ...paragraphs: string[]): ReturnType<typeof parsePaste> =>
  parsePaste(`${HEAD[lang]}\n${paragraphs.join('\n\n')}\n\n${SECOND[lang]}`, { now });

describe('agency lead-ins the issue lists, as each prints them', () => {
  it.each([
    ['en', 'PARIS (AFP) - The government approved a new plan on Tuesday after a long debate.', 'PARIS', 'AFP'],
    ['en', 'LONDON, May 20 (Reuters) - The government approved a new plan on Tuesday.', 'LONDON', 'Reuters'],
    ['en', 'Hamburg (dpa/lno) - Die Regierung hat am Dienstag einen neuen Plan beschlossen.', 'Hamburg', 'dpa'],
    ['en', '(ANSA) - ROMA, 20 MAG - Il governo ha approvato martedì un nuovo piano di sostegno.', 'ROMA', 'ANSA'],
    ['en', 'DEN HAAG (ANP) - Het kabinet heeft dinsdag een nieuw plan goedgekeurd.', 'DEN HAAG', 'ANP'],
    ['en', 'Praha 20. května (ČTK) - Vláda v úterý schválila nový plán podpory vývozců.', 'Praha', 'ČTK'],
    ['en', 'ATHENS (ANA-MPA) - The government approved a new plan on Tuesday.', 'ATHENS', 'ANA-MPA'],
    ['ru', 'МОСКВА, 20 мая. ИНТЕРФАКС - Правительство утвердило новый бюджет во вторник.', 'МОСКВА', 'Interfax'],
    ['uk', 'Київ, 20 травня. Укрінформ. Уряд ухвалив новий бюджет у вівторок.', 'Київ', 'Ukrinform'],
    ['ro', 'București, 20 mai /AGERPRES/ - Guvernul a aprobat marți un nou plan de sprijin.', 'București', 'Agerpres'],
    ['zh', '路透北京5月20日 - 中国政府周二公布了新的经济计划，以支持出口企业。', '北京', 'Reuters'],
    ['ja', '［東京 20日 ロイター］ - 政府は20日、新たな経済対策を発表した。', '東京', 'Reuters'],
    ['ja', '【5月20日 AFP】フランス政府は20日、新たな経済対策を発表した。', null, 'AFP'],
    ['en', 'Tokyo, May 20 (Jiji Press)--The government approved a new plan on Tuesday.', 'Tokyo', 'Jiji'],
    ['hi', 'नयी दिल्ली, 20 मई (भाषा) सरकार ने मंगलवार को नई योजना को मंजूरी दी और काम शुरू हुआ।', 'नयी दिल्ली', 'PTI'],
    ['id', 'Jakarta (ANTARA) - Pemerintah menyetujui rencana baru pada hari Selasa untuk eksportir.', 'Jakarta', 'Antara'],
    ['en', 'HELSINKI (STT) Hallitus hyväksyi tiistaina uuden suunnitelman viejien tukemiseksi.', 'HELSINKI', 'STT'],
  ])('%s: %s', (lang, first, place, source) => {
    const article = parse(lang, first);
    expect([article.dateline, article.source]).toEqual([place, source]);
    expect(article.text.startsWith(first.slice(0, 12))).toBe(false);
  });

  it('reads an agency between slashes that the lexicon lacks, as printed', () => {
    const article = parse('bg', 'София, 20 май /БТА/. Правителството одобри във вторник нов план за подкрепа.');
    expect([article.dateline, article.source, article.text.startsWith('Правителството')]).toEqual(['София', 'БТА', true]);
  });
});

describe("papers' lead-ins by script and region", () => {
  it.each([
    ['zh', '本报北京5月20日讯（记者 张三）国家统计局20日发布数据。', '北京', '国家统计局'],
    ['zh', '经济日报北京5月20日讯 国家统计局20日发布数据，显示经济平稳。', '北京', '国家统计局'],
    ['zh', '（北京综合讯）中国政府周二公布了新的经济计划，以支持出口企业。', '北京', '中国政府'],
    ['zh', '【記者王小明／台北報導】行政院20日通過新的經濟方案，以支持出口企業。', '台北', '行政院'],
    ['ja', '【ワシントン秋山信一】米政府は20日、新たな経済対策を発表した。', 'ワシントン', '米政府'],
    ['ar', 'القاهرة ـ أعلنت الحكومة المصرية يوم الثلاثاء عن خطة جديدة لدعم المصدرين وزيادة الصادرات.', 'القاهرة', 'أعلنت'],
    ['ar', 'لندن- «القدس العربي»: أعلنت الحكومة البريطانية يوم الثلاثاء عن خطة جديدة لدعم المصدرين.', 'لندن', 'أعلنت'],
    ['ar', 'الرياض: أعلنت الحكومة السعودية يوم الثلاثاء عن خطة جديدة لدعم المصدرين وزيادة الصادرات.', 'الرياض', 'أعلنت'],
    ['ur', 'اسلام آباد (نمائندہ جنگ) وفاقی حکومت نے منگل کو برآمد کنندگان کی مدد کے لیے نئے منصوبے کا اعلان کیا۔', 'اسلام آباد', 'وفاقی'],
    ['id', 'JAKARTA, KOMPAS.com - Pemerintah menyetujui rencana baru pada hari Selasa untuk eksportir.', 'JAKARTA', 'Pemerintah'],
    ['id', 'TEMPO.CO, Jakarta - Pemerintah menyetujui rencana baru pada hari Selasa untuk eksportir.', 'Jakarta', 'Pemerintah'],
    ['id', 'Liputan6.com, Jakarta - Pemerintah menyetujui rencana baru pada hari Selasa untuk eksportir.', 'Jakarta', 'Pemerintah'],
  ])('%s: %s', (lang, first, place, rest) => {
    const article = parse(lang, first);
    expect(article.dateline).toBe(place);
    expect(article.text.startsWith(rest)).toBe(true);
  });

  it("takes the paper a lead-in names as the source when nothing better is found", () => {
    expect(parse('zh', '经济日报北京5月20日讯 国家统计局20日发布数据，显示经济平稳。').source).toBe('经济日报');
    expect(parse('id', 'JAKARTA, KOMPAS.com - Pemerintah menyetujui rencana baru pada hari Selasa untuk eksportir.').source).toBe('Kompas');
  });
});

describe('a lead-in behind a standfirst, highlights or bullets', () => {
  it('finds the desk and place after a standfirst and two highlight bullets', () => {
    const article = parse(
      'hi',
      'शिक्षा विभाग ने राज्य के सभी सरकारी स्कूलों में 1 जून से 22 जून तक ग्रीष्मावकाश घोषित किया है।',
      'HighLights',
      '1 जून से 22 जून तक बंद रहेंगे सरकारी स्कूल',
      'शिक्षकों को 20 जून से स्कूल आना होगा',
      'राज्य ब्यूरो, पटना। शिक्षा विभाग ने राज्य के सभी सरकारी स्कूलों में ग्रीष्मावकाश घोषित किया है। विभाग ने आदेश जारी कर दिया है।',
    );
    expect(article.dateline).toBe('पटना');
    expect(article.text).toContain('\n\nशिक्षा विभाग ने राज्य के सभी सरकारी स्कूलों में ग्रीष्मावकाश');
  });

  it("finds Reuters' lead-in after its summary bullets", () => {
    const article = parse('en', 'Summary', 'Plan takes effect next month', 'Exporters to get tax relief', 'Parliament approved it on Monday',
      'LONDON, May 20 (Reuters) - The government approved a new plan on Tuesday to help exporters.');
    expect([article.dateline, article.source]).toEqual(['LONDON', 'Reuters']);
  });

  it('stops after three paragraphs of prose', () => {
    const prose = 'The government approved a new plan on Tuesday after a long debate in parliament.';
    const article = parse('en', prose, prose, prose, 'LONDON, May 20 (Reuters) - The government approved a new plan on Tuesday.');
    expect(article.dateline).toBeNull();
  });
});

describe('weak lead-ins, on the first paragraph of prose only', () => {
  const plain = (first: string, ...more: string[]): ReturnType<typeof parsePaste> =>
    parsePaste(`Headline of the article here\n${first}\n\n${more.join('\n\n') || SECOND.en}`, { now });
  it.each([
    ['Lahore: The Punjab government on Tuesday announced a new plan to help exporters in the province.', 'Lahore', 'The Punjab'],
    ['(Québec) Le gouvernement a approuvé mardi un nouveau plan pour aider les exportateurs.', 'Québec', 'Le gouvernement'],
    ['Montevideo.- El Gobierno aprobó este martes un nuevo plan de apoyo a los exportadores.', 'Montevideo', 'El Gobierno'],
    ['አዲስ አበባ፣ ግንቦት 12/2017 (ኢዜአ)፡- መንግሥት አዲስ እቅድ አጽድቋል። ይህ እቅድ ላኪዎችን ይረዳል።', 'አዲስ አበባ', 'መንግሥት'],
    ['ঢাকা: সরকার মঙ্গলবার রপ্তানিকারকদের সহায়তায় নতুন একটি পরিকল্পনা অনুমোদন করেছে।', 'ঢাকা', 'সরকার'],
    ['சென்னை: தமிழக அரசு செவ்வாய்க்கிழமை ஏற்றுமதியாளர்களுக்கு உதவ புதிய திட்டத்தை அறிவித்தது.', 'சென்னை', 'தமிழக'],
    ['ঢাকা, ২০ মে (বাসস) : সরকার মঙ্গলবার রপ্তানিকারকদের সহায়তায় নতুন একটি পরিকল্পনা অনুমোদন করেছে।', 'ঢাকা', 'সরকার'],
    ['አዲስ አበባ፣ ግንቦት 12/2017(ኢዜአ)፦ መንግሥት አዲስ እቅድ አጽድቋል። ይህ እቅድ ላኪዎችን ይረዳል።', 'አዲስ አበባ', 'መንግሥት'],
    ['لاہور: وزیراعلیٰ پنجاب نے منگل کو برآمد کنندگان کی مدد کے لیے نئے منصوبے کا اعلان کیا۔', 'لاہور', 'وزیراعلیٰ'],
    ['Hà Nội - Chiều 20-5, UBND thành phố đã ban hành kế hoạch mới nhằm hỗ trợ các doanh nghiệp xuất khẩu.', 'Hà Nội', 'Chiều'],
    ['Dar es Salaam. Mamlaka ya Mapato imesema itaanza kutekeleza mpango mpya mwezi ujao kwa wafanyabiashara.', 'Dar es Salaam', 'Mamlaka'],
    ['Berlin. Die Regierung hat am Dienstag einen neuen Plan nach langer Debatte beschlossen.', 'Berlin', 'Die Regierung'],
    ['Lima, 20 de mayo de 2025 (ANDINA). El Gobierno aprobó este martes un nuevo plan de apoyo.', 'Lima', 'El Gobierno'],
  ])('%s', (first, place, rest) => {
    const article = plain(first);
    expect(article.dateline).toBe(place);
    expect(article.text.startsWith(rest)).toBe(true);
  });

  it("takes a Vietnamese site's bracketed name off the body as the source, with no place", () => {
    const article = plain('(Dân trí) - Bộ Y tế vừa ban hành kế hoạch mới nhằm hỗ trợ các doanh nghiệp xuất khẩu trong năm nay.');
    expect([article.dateline, article.source, article.text.startsWith('Bộ Y tế')]).toEqual([null, 'Dân trí', true]);
  });

  it('refuses labels, a transcript and a later paragraph', () => {
    expect(plain('Fazit: Die Regierung hat am Dienstag einen neuen Plan nach langer Debatte beschlossen.').dateline).toBeNull();
    expect(plain('(Photo) Le gouvernement a approuvé mardi un nouveau plan pour aider les exportateurs.').dateline).toBeNull();
    expect(plain('Mr. Smith said the government approved a new plan on Tuesday after a long debate.').dateline).toBeNull();
    expect(plain('Yes. The government approved a new plan on Tuesday after a long debate in parliament.').dateline).toBeNull();
    const transcript = plain('Smith: We approved the plan on Tuesday after a very long debate.', 'Jones: And what happens to the exporters now, minister?', 'Smith: They will get relief from next month, as we promised.');
    expect(transcript.dateline).toBeNull();
    expect(plain(SECOND.en ?? '', 'Lahore: The Punjab government on Tuesday announced a new plan to help exporters.').dateline).toBeNull();
  });
});

describe('what is no dateline', () => {
  it.each([
    ['en', 'BREAKING NEWS: The government approved a new plan on Tuesday after a long debate in parliament.'],
    ['en', 'LIVE UPDATES — The government approved a new plan on Tuesday after a long debate in parliament.'],
    ['en', 'PERRIS: Man arrested after chase'],
    ['ar', 'وقال: إن الحكومة ستعلن يوم الثلاثاء عن خطة جديدة لدعم المصدرين وزيادة الصادرات.'],
    ['ar', 'عاجل: أعلنت الحكومة المصرية يوم الثلاثاء عن خطة جديدة لدعم المصدرين وزيادة الصادرات.'],
    ['zh', '（早报讯）中国政府周二公布了新的经济计划，以支持出口企业。'],
  ])('%s: %s', (lang, first) => {
    expect(parse(lang, first).dateline).toBeNull();
  });

  it('keeps a region after the place, but not a site', () => {
    expect(parse('en', 'KYIV, Ukraine (AP) — The government approved a new plan on Tuesday after a long debate.').dateline).toBe('KYIV, Ukraine');
  });
});
