import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/main/capture/nlp';
import { detectLanguage } from '../../../../electron/main/capture/nlp/language';

describe('entities', () => {
  it('canonicalises the United States and names each person once, in full', () => {
    const { entities } = analyze(
      'U.S. President Donald Trump spoke to reporters on Friday. Trump said the US would not wait. ' +
        'Officials in the United States and European diplomats were surprised, and Russian officials declined to comment.',
    );
    expect(entities.places).toEqual(['United States']);
    expect(entities.people).toEqual(['Donald Trump']);
  });

  it('adds no sentence-initial words, months or weekdays', () => {
    const { entities } = analyze(
      'However, the talks on Monday ended early. In March the ministers will meet again. Asked about it, nobody answered.',
    );
    expect(entities).toEqual({ people: [], places: [], organisations: [] });
  });

  it('reads German inflected names', () => {
    const { entities } = analyze(
      'Nach Angaben der Deutschen Bahn fielen in Deutschland am Freitag viele Züge aus. Auch der Bundestags-Ausschuss tagte in Berlin.',
      { lang: 'de' },
    );
    expect(entities.organisations).toContain('Deutsche Bahn');
    expect(entities.places).toEqual(expect.arrayContaining(['Germany', 'Berlin']));
  });

  it('reads Russian and Czech case forms, and names each place once whatever the language', () => {
    const ru = analyze('Переговоры в Москве продолжились в понедельник, сообщили в правительстве России.');
    expect(ru.entities.places).toEqual(['Moscow', 'Russia']);
    const cs = analyze('Vláda v Praze v pondělí schválila rozpočet. Ministr financí o tom informoval v Česku.');
    expect(cs.entities.places).toEqual(['Prague', 'Czechia']);
  });

  it('folds a place written in several languages and scripts to one name (Kyiv = Київ = Киев = Kiev)', () => {
    const en = analyze('Officials in Kyiv said talks went well. Kiev, as older maps call it, was calm; the mayor of Київ agreed.');
    expect(en.entities.places.filter((p) => p === 'Kyiv')).toHaveLength(1);
    expect(en.entities.places).not.toContain('Kiev');
    expect(en.entities.places).not.toContain('Київ');
    const uk = analyze('У Києві заявили, що Україна отримала нові системи. Мер Києва сказав, що столиця України готова.');
    const ru = analyze('В Киеве заявили, что Украина получила новые системы. Мэр Киева сказал, что столица Украины готова.');
    expect(uk.entities.places).toEqual(expect.arrayContaining(['Kyiv', 'Ukraine']));
    expect(ru.entities.places).toEqual(expect.arrayContaining(['Kyiv', 'Ukraine']));
    expect(new Set([...uk.entities.places, ...ru.entities.places]).size).toBe(2);
  });

  it('takes people named outside the body and the dateline from the hints', () => {
    const { entities } = analyze('Negotiators failed to agree a text on plastic pollution on Monday.', {
      people: ['Paul Lindqvist'],
      dateline: 'GENEVA',
    });
    expect(entities.people).toEqual(['Paul Lindqvist']);
    expect(entities.places).toEqual(['Geneva']);
  });

  it('names organisations by keyword and acronym', () => {
    const { entities } = analyze(
      'The International Council of Chemical Associations welcomed the deal, while NATO and the EU stayed silent.',
    );
    expect(entities.organisations).toEqual(['International Council of Chemical Associations', 'NATO', 'EU']);
  });
});

describe('language', () => {
  it.each([
    ['en', 'The Kremlin said on Friday that some progress had already been made in talks about a possible peace settlement.'],
    ['de', 'Ein Streik der Lokführergewerkschaft hat am Donnerstag große Teile des Fernverkehrs zum Erliegen gebracht.'],
    ['fr', 'Le gouvernement français a annoncé mardi une série de mesures pour soutenir les agriculteurs.'],
    ['cs', 'Vláda v pondělí schválila návrh státního rozpočtu na příští rok se schodkem dvě stě miliard korun.'],
    ['ru', 'Кремль заявил в понедельник, что переговоры с Вашингтоном продвигаются медленно.'],
    ['es', 'El Consejo de Ministros aprobó este martes la reforma laboral pactada con los sindicatos.'],
    ['he', 'הכנסת אישרה הערב בקריאה ראשונה את הצעת תקציב המדינה לשנת 2025, ברוב של 59 תומכים מול 56 מתנגדים.'],
    ['fi', 'Hallitus esittää puolustusmenojen nostamista kolmeen prosenttiin bruttokansantuotteesta vuoteen 2029 mennessä.'],
    ['da', 'Regeringen foreslår at sænke registreringsafgiften på elbiler i de kommende tre år, oplyser Skatteministeriet.'],
    ['no', 'Regjeringen vil lyse ut nye områder for havvind i Nordsjøen i løpet av året, opplyser energiministeren til NTB.'],
    ['sv', 'Riksbanken sänker styrräntan med 0,25 procentenheter till 2,25 procent, meddelar banken i ett pressmeddelande.'],
    ['ms', 'Kerajaan hari ini mengumumkan bantuan tunai tambahan berjumlah RM2 bilion untuk golongan berpendapatan rendah, katanya.'],
    ['id', 'Bank Indonesia memutuskan untuk mempertahankan suku bunga acuan karena tekanan nilai tukar rupiah tersebut masih tinggi.'],
    ['el', 'Με ρυθμό 2,3% αναπτύχθηκε η ελληνική οικονομία το 2024, σύμφωνα με τα στοιχεία της στατιστικής αρχής.'],
    ['ja', '東京都議会は27日の本会議で、一般会計の総額が過去最大となる来年度予算案を可決しました。'],
    ['zh', '上海市经济和信息化委员会11日发布消息称，今年上海将新增公共充电桩2万个。'],
    ['ko', '한국은행 금융통화위원회가 25일 기준금리를 연 3.00%에서 2.75%로 내렸다.'],
    ['ar', 'حذرت الأمم المتحدة اليوم الأربعاء من تفاقم الأزمة الإنسانية في قطاع غزة مع استمرار القيود.'],
    ['uk', 'Уряд виділив півтора мільярда гривень на відновлення енергетичної інфраструктури Харкова.'],
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says null for text too short to tell', () => {
    expect(detectLanguage('Hello')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
