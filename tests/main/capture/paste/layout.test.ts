/**
 * Where the article starts and which line is the headline, in pastes that bring the page's
 * navigation, kickers, standfirsts, share rows, captions and signatures along.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';

const now = new Date('2025-06-01T12:00:00Z');
const parse = (text: string): ReturnType<typeof parsePaste> => parsePaste(text, { now });
const P1 = 'The city council voted on Tuesday night to approve a network of protected cycle lanes across the centre.';
const P2 = 'The scheme will cost 12 million pounds and the works start in May, the mayor said on Wednesday.';
const NAV = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Culture'].join('\n');

describe('headline', () => {
  it('skips the navigation of a select-all copy and takes the line above the byline', () => {
    const article = parse(`${NAV}\nPolitics\nCouncil approves cycle lanes for the centre\nBy Jane Doe\nUpdated March 12, 2025\nShare\n${P1}\n\n${P2}`);
    expect(article.title).toBe('Council approves cycle lanes for the centre');
    expect(article.author).toBe('Jane Doe');
    expect(article.publishedAt).toBe('2025-03-12');
    expect(article.text).toBe(`${P1}\n\n${P2}`);
  });

  it('keeps the byline under the headline its own line in an article selection with one line per paragraph', () => {
    // Selected from the headline to the last paragraph: single newlines, so the lines look hard-wrapped.
    const head = 'Council approves a network of protected cycle lanes across the centre';
    const paras = [
      'The city council voted on Tuesday night to approve a network of protected cycle lanes in town.',
      'The scheme will cost 12 million pounds and the works start in May, the mayor said on Wednesday.',
      'Shops on the high street had asked for more parking, but the council kept only the loading bays.',
      'Residents can comment on the final routes until the end of April, the council said on its website.',
    ].join('\n');
    for (const [byline, author] of [['Written by Jane Doe', 'Jane Doe'], ['by Rose Orlik', 'Rose Orlik'], ['By JOHN SMITH', 'John Smith']]) {
      const article = parse(`${head}\n${byline}\n${paras}`);
      expect(article.title).toBe(head);
      expect(article.author?.toLowerCase()).toBe(author?.toLowerCase());
    }
    // A date line under it, too.
    expect(parse(`${head}\n12 March 2025\n${paras}`).title).toBe(head);
  });

  it('keeps a headline and a byline apart from the line under them when only a few blocks have two lines', () => {
    // An article selection: headline over its date, a caption, byline over the first paragraph.
    // The few two-line blocks looked hard-wrapped at the headline's width, and the lines were
    // glued ("… They just might be. Updated Nov 19", "By Amy Kuperinsky | … Remember New Jersey's …").
    const head = 'South Dakota doubles down on its slogan, and it might work';
    const text = [
      `${head}\nUpdated Nov 19, 9:41 AM`,
      'Alex Wong | Getty Images',
      `By Amy Kuperinsky | NJ Advance Media for NJ.com\n${P1}`,
      `Sean Penn 'proposes to Charlize Theron' in Paris\nThe actor has reportedly popped the question\n${P2}`,
    ].join('\n\n');
    const article = parse(text);
    expect(article.title).toBe(head);
    expect(article.author).toBe('Amy Kuperinsky');
    expect(article.publishedAt).toBe('2024-11-19');
    expect(article.text).toContain("Theron' in Paris\n\nThe actor");
  });

  it('does not start the body at a lone sentence under a long menu (a weather widget in a select-all copy)', () => {
    const menu = Array.from({ length: 70 }, (_, i) => `Section ${String.fromCharCode(65 + (i % 26))}${i}`).join('\n');
    const widget = 'Set Your Location\nYour weather is set to your town. You can change the location at any time.\nView Full Weather Report';
    const head = 'Council approves cycle lanes for the centre';
    const article = parse(`${menu}\n${widget}\nSign in\nSubscribe\n${head}\nBy Jane Doe\nMarch 12, 2025\n${P1}\n${P2}\nMost Read`);
    expect(article.title).toBe(head);
    expect(article.author).toBe('Jane Doe');
    expect(article.text.startsWith(P1)).toBe(true);
  });

  it('takes the headline over its long standfirst, not the standfirst', () => {
    const head = '¿Cuál sería el papel de “El Chapo” Guzmán en el juicio contra JOH?';
    const standfirst = 'Los fiscales aseguran que el exlíder del cártel de Sinaloa sobornó a Juan Orlando Hernández con millones de dólares';
    const caption = 'Juan Orlando Hernández (izquierda) y Joaquín Guzmán Loera (derecha) podrían verse cara a cara en Nueva York.';
    const article = parse(`${head}\n${standfirst}\n${caption}\nFotos: EL HERALDO/ AFP\nRedacción\n26.04.2022\n${P1}\n${P2}`);
    expect(article.title).toBe(head);
  });

  it('takes apart what an article selection glued to the heading: a breadcrumb, an image file name, the date stamp', () => {
    const head = 'Council approves cycle lanes for the centre';
    const body = `By Jane Doe\n${P1}\n\n${P2}`;
    expect(parse(`News » Local » ${head}\n${body}`).title).toBe(head);
    expect(parse(`${head} lanes-map.JPG\n${body}`).title).toBe(head);
    expect(parse(`${head} Wednesday 11 March 2025\n${body}`).title).toBe(head);
    // A date that is part of the headline stays.
    expect(parse(`Britain goes to the polls on 4 July 2024\n${body}`).title).toBe('Britain goes to the polls on 4 July 2024');
    // The heading printed again on its own beside the glued line.
    expect(parse(`${head} Daily Planet•March 11, 2025\n${head}\nShare\n${P1}\n\n${P2}`).title).toBe(head);
    // An icon font's ligature name and its button; a byline glued on without its space.
    expect(parse(`${head} chevron_left Browse All Posts\n${body}`).title).toBe(head);
    expect(parse(`${head} porRedaccion\n${body}`).title).toBe(head);
    expect(parse(`How to use os_walk in Python today\n${body}`).title).toBe('How to use os_walk in Python today');
  });

  it("never takes the site's own name for the headline", () => {
    // A headline that reads like a sentence over the writer, the site's logo and the stamps.
    const head = 'Oil prices and interest rates: What to watch in the year ahead for savers Add to ...';
    const stamps = 'Published Monday, Dec. 29 2014, 6:00 PM EST\nLast updated Monday, Dec. 29 2014, 7:21 PM EST\nComments\nPrint /\nLicense';
    expect(parse(`${head}\nDavid Parkinson\nThe Globe and Mail\n${stamps}\n${P1}\n\n${P2}`).title).toBe(head);
  });

  it('tells a kicker above the headline from a standfirst under it', () => {
    const kicker = parse(`Sur vos écrans cette semaine\nScreenshot : trois séries à voir\nPar Marie Dupont\n${P1}\n\n${P2}`);
    expect(kicker.title).toBe('Screenshot : trois séries à voir');
    const standfirst = parse(
      `Council approves cycle lanes for the centre\nThe plan ends two years of consultation and argument between residents and shops\nJane Doe\n12 March 2025\n${P1}\n\n${P2}`,
    );
    expect(standfirst.title).toBe('Council approves cycle lanes for the centre');
    expect(standfirst.author).toBe('Jane Doe');
    expect(standfirst.text.startsWith('The plan ends two years')).toBe(true);
  });

  it('reads a select-all copy whose menus list writers and repeat their headings', () => {
    // Desktop and mobile menus: the same teaser headings twice, a list of writers, a topic in title case.
    const menus = ['How to Save Money on Taxes', 'Writers', 'Kara Swisher', 'Peter Kafka', 'Best Car Insurance', 'How to Save Money on Taxes', 'Social Sharing'].join('\n');
    const article = parse(`${menus}\n${NAV}\nCouncil approves cycle lanes for the centre\nby Jane Doe\nContributor\nMarch 12, 2025\nShare on Facebook\n${P1}\n\n${P2}`);
    expect(article.title).toBe('Council approves cycle lanes for the centre');
    expect(article.author).toBe('Jane Doe');
    expect(article.publishedAt).toBe('2025-03-12');
  });

  it('leaves out a row of share buttons copied as one line, in any language, and keeps a headline about Facebook', () => {
    const rows = ['Share on Facebook654 Tweet Email Email Print', 'Partagez via Facebook (Fenêtre modale)', 'Auf WhatsApp teilen'];
    const article = parse(`Facebook fined over data sharing\n\n${P1}\n\n${rows.join('\n\n')}\n\n${P2}`);
    expect(article.title).toBe('Facebook fined over data sharing');
    expect(article.text).toBe(`${P1}\n\n${P2}`);
  });

  it('takes a line printed twice (page title, then heading) as the headline', () => {
    const article = parse(`${NAV}\nCouncil approves cycle lanes for the centre\nTrending now in the city\nShare\nCouncil approves cycle lanes for the centre\n${P1}\n\n${P2}`);
    expect(article.title).toBe('Council approves cycle lanes for the centre');
  });

  it('does not start the article at a newsletter promotion inside the navigation', () => {
    const promo = 'Sign in to our newsletter and receive the best stories of the day in your inbox every morning, for free.';
    const article = parse(`${NAV}\n${promo.replace('Sign in to', 'Get')}\nSport\nWeather\nCouncil approves cycle lanes for the centre\nJane Doe\n${P1}\n\n${P2}`);
    expect(article.title).toBe('Council approves cycle lanes for the centre');
    expect(article.author).toBe('Jane Doe');
  });

  it('keeps a short heading over a full-stop standfirst', () => {
    expect(parse(`Lorem\n\nLorem ipsum dolor sit amet.\n\n${P1}\n\n${P2}`).title).toBe('Lorem');
  });

  it('does not take a headline with a dash for a byline or a dateline', () => {
    const article = parse(`Content Depth — Write Comprehensively About Your Core Topics\n\n${P1}\n\n${P2}`);
    expect(article.title).toBe('Content Depth — Write Comprehensively About Your Core Topics');
    expect(article.author).toBeNull();
    expect(article.dateline).toBeNull();
  });

  it('takes site and author suffixes off the headline, and nothing else', () => {
    expect(parse(`Council approves cycle lanes | Jane Doe\nJane Doe\n${P1}\n\n${P2}`).title).toBe('Council approves cycle lanes');
    expect(parse(`Council approves cycle lanes - The Guardian\n\n${P1}\n\n${P2}`).title).toBe('Council approves cycle lanes');
    expect(parse(`Brexit - what happens next\n\n${P1}\n\n${P2}`).title).toBe('Brexit - what happens next');
  });
});

describe('bylines', () => {
  it.each([
    ['Autor: Anna Kowalczyk', 'Anna Kowalczyk'],
    ['Opracowanie: Katarzyna Nowak', 'Katarzyna Nowak'],
    ['Автор: Олена Петренко', 'Олена Петренко'],
    ['Oleh Nurul Huda Abdullah', 'Nurul Huda Abdullah'],
    ['Pewarta: Rizka Khaerunnisa', 'Rizka Khaerunnisa'],
    ['Του Γιώργου Παπαδόπουλου', 'Γιώργου Παπαδόπουλου'],
    ['מאת יעל כהן', 'יעל כהן'],
    ['박지훈 기자', '박지훈'],
    ['by Laura June Topolsky July 10, 2015', 'Laura June Topolsky'],
    ['Posted by Nikhil Marathe on March 10, 2015 at 08:05', 'Nikhil Marathe'],
    ['Hüseyin Demir |06.03.2025 - Güncelleme : 06.03.2025', 'Hüseyin Demir'],
    ['Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger, Damien Leloup et Morgane Tual'],
  ])('%s', (line, author) => {
    expect(parse(`Council approves cycle lanes for the centre\n${line}\n${P1}\n\n${P2}`).author).toBe(author);
  });

  // Bylines in the orders sites print them: date first, a glued "By", a social handle, a stamp
  // after the name, a slash; each gives the name and the date.
  it.each([
    ['December 19, 2016 by Maggie Winterfeldt', 'Maggie Winterfeldt', '2016-12-19'],
    ['Wednesday January 18, 2017 10:44 am PST by Juli Clover', 'Juli Clover', '2017-01-18'],
    ['ByTravis Haney Dec 9, 2016', 'Travis Haney', '2016-12-09'],
    ['By Grant Brisbee@GrantBrisbee Dec 6, 2016, 4:08pm EST', 'Grant Brisbee', '2016-12-06'],
    ['By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm', 'Kathy Wise', '2016-12-14'],
    ['Will Leitch/November 18, 2016', 'Will Leitch', '2016-11-18'],
    ['18/03/2019 | André Mindermann', 'André Mindermann', '2019-03-18'],
    ['投稿者 Masafumi Negishi', 'Masafumi Negishi', null],
    ['2019年3月2日09:18 by 深海 | カテゴリー 社会 | タグ 政治', '深海', '2019-03-02'],
    ['Oct 19, 2016 · 10 min read', null, '2016-10-19'],
    ['3. Dezember 2024 · Lesezeit 3 Min.', null, '2024-12-03'],
  ])('%s', (line, author, date) => {
    expect(parse(`Council approves cycle lanes for the centre\n${line}\n${P1}\n\n${P2}`)).toMatchObject({ author, publishedAt: date });
  });

  it('reads a date line that names its source ("Dec. 22, 2016, 3:36 PM UTC / Source: Zillow")', () => {
    const article = parse(`Take a tour inside the former retreat of a film star — it's for sale!\nDec. 22, 2016, 3:36 PM UTC / Source: Zillow\nBy Jane Doe\n${P1}\n\n${P2}`);
    expect(article).toMatchObject({ title: "Take a tour inside the former retreat of a film star — it's for sale!", author: 'Jane Doe', publishedAt: '2016-12-22', source: 'Zillow' });
  });

  it('gives a desk or a staff byline as the source, never as a person', () => {
    expect(parse(`Council approves cycle lanes for the centre\nRedazione ANSA\n${P1}\n\n${P2}`)).toMatchObject({ author: null, source: 'ANSA' });
    expect(parse(`Council approves cycle lanes for the centre\nBY TMZ STAFF\n${P1}\n\n${P2}`)).toMatchObject({ author: null, source: 'TMZ' });
    expect(parse(`Council approves cycle lanes for the centre\nHaber Merkezi\n${P1}\n\n${P2}`).author).toBeNull();
  });

  it('reads a source line with its date ("Politico Europe 18 Feb 2025", "KYODO NEWS - Mar 10, 2025")', () => {
    expect(parse(`Council approves cycle lanes for the centre\nPolitico Europe 18 Feb 2025\n${P1}\n\n${P2}`)).toMatchObject({
      source: 'Politico Europe',
      publishedAt: '2025-02-18',
    });
    expect(parse(`Council approves cycle lanes for the centre\nKYODO NEWS - Mar 10, 2025 - 11:05 | Japan, All\n${P1}\n\n${P2}`)).toMatchObject({
      source: 'Kyodo',
      publishedAt: '2025-03-10',
      dateline: null,
    });
  });

  it('takes a blog\'s signature at the end, but not a name from the tag list', () => {
    expect(parse(`Council approves cycle lanes for the centre\n\n${P1}\n\n${P2}\n\nNicolas Perriault — 2013-09-29— in Code — Permalink`).author).toBe('Nicolas Perriault');
    expect(parse(`Council approves cycle lanes for the centre\n\n${P1}\n\n${P2}\n\nWritten on Mar 17 by\nPippin Lee`).author).toBe('Pippin Lee');
    const tagged = parse(`Council approves cycle lanes for the centre\n\n${P1}\n\n${P2}\n\nTags\nDmitry Peskov\nUSA`);
    expect(tagged.author).toBeNull();
  });

  it('does not take a title-case heading or a button for a person', () => {
    const heading = parse(`The Open Journalism Project\nBetter Student Journalism\n${P1} Better student journalism needs money.\n\n${P2}`);
    expect(heading.author).toBeNull();
    expect(parse(`Council approves cycle lanes for the centre\nFollow Us\nFull Screen\n${P1}\n\n${P2}`).author).toBeNull();
  });
});

describe('furniture in many languages', () => {
  it('removes share rows, reading times, listen buttons and related links', () => {
    const furniture = [
      'Partager sur Facebook', 'Lecture 2 min', 'Copiar link', 'Ouvir o texto', 'reader comments', 'Read Later', 'ADVERTISING',
      'Udostępnij', 'Поделиться', 'Поділитися', 'Paylaş', '분享到：'.replace('분', '分'), 'シェアする', '공유하기', 'شارك', 'שתפו', 'Bagikan',
      'Del artikel', 'Deel dit artikel', 'Κοινοποίηση', 'Megosztás', 'Artículos Relacionados', 'Читайте також: У Києві подорожчає проїзд',
      'Подписывайтесь на РИА Новости в Telegram', '责任编辑：王欣', '【纠错】', '저작권자(c) 연합뉴스, 무단 전재-재배포 금지',
    ];
    const article = parse(['Council approves cycle lanes for the centre', P1, ...furniture, P2].join('\n\n'));
    expect(article.text).toBe(`${P1}\n\n${P2}`);
  });
});
