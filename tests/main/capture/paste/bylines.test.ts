/**
 * Bylines, dates and sources in the forms news sites print them, in many languages: a prefix
 * word, a role after the name, a publication the writer wrote for, a stamp after the name, a
 * date first, a portal's "Source date Name", brackets, signatures at the end, and the date
 * printed beside the byline wherever it stands.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';

const now = new Date('2025-06-01T12:00:00Z');
const parse = (text: string): ReturnType<typeof parsePaste> => parsePaste(text, { now });
const HEAD = 'Council approves cycle lanes for the centre';
const P1 = 'The city council voted on Tuesday night to approve a network of protected cycle lanes across the centre.';
const P2 = 'The scheme will cost 12 million pounds and the works start in May, the mayor said on Wednesday.';
const under = (line: string): ReturnType<typeof parsePaste> => parse(`${HEAD}\n${line}\n${P1}\n\n${P2}`);

describe('bylines in the forms sites print them', () => {
  it.each([
    ['Story by Jane Doe', 'Jane Doe', null, null],
    ['Ein Kommentar von Anna Schmidt', 'Anna Schmidt', null, null],
    ['Escrito por María García', 'María García', null, null],
    ['作者：张三', '张三', null, null],
    ['（文・田中宏昌）', '田中宏昌', null, null],
    ['[田中宏昌，ITmedia]', '田中宏昌', 'ITmedia', null],
    ['BY JANE DOE AND JOHN SMITH', 'Jane Doe and John Smith', null, null],
    ['By Jane Doe Staff Writer', 'Jane Doe', null, null],
    ['Jane Doe, Senior Correspondent', 'Jane Doe', null, null],
    ['By Jane Doe for the Guardian', 'Jane Doe', 'The Guardian', null],
    ['By Jane Doe, The Washington Post', 'Jane Doe', 'The Washington Post', null],
    ['Par Jean Dupont Publié le 12 mars 2025 à 14h30', 'Jean Dupont', null, '2025-03-12'],
    ['Posted on 2019年4月13日 by doumae', 'doumae', null, '2019-04-13'],
    ['2/26/2015 7:11 AM PST BY TMZ STAFF', null, 'TMZ', '2015-02-26'],
    ['Medical Daily 9/21/2016 Lizette Borreli', 'Lizette Borreli', 'Medical Daily', '2016-09-21'],
    ['Jane Doe — March 3, 2025', 'Jane Doe', null, '2025-03-03'],
    ['December 10, 2021April 9, 2019 by Luke Koppa', 'Luke Koppa', null, '2019-04-09'],
    ['Staff and agencies', null, null, null],
    ['ZDNet Japan Staff 2019年04月28日 08時00分', null, 'ZDNet Japan', '2019-04-28'],
    ['Por María García / Madrid', 'María García', null, null],
    ['By Jane Doe / Reuters', 'Jane Doe', 'Reuters', null],
    ['By Jane Doe | WASHINGTON', 'Jane Doe', null, null],
    ['Jane Doe • Tech Reporter', 'Jane Doe', null, null],
    ['By Jane Doe, Contributor | Dec. 22, 2016, at 3:00 p.m.', 'Jane Doe', null, '2016-12-22'],
    ['Dec 22, 2016 by Jane Doe Leave a Comment', 'Jane Doe', null, '2016-12-22'],
    ['Published by Jane Doe on December 22, 2016', 'Jane Doe', null, '2016-12-22'],
    ['文＝田中宏昌', '田中宏昌', null, null],
    ['文/张三', '张三', null, null],
    ['田中宏昌記者', '田中宏昌', null, null],
    ['（ライター：田中宏昌）', '田中宏昌', null, null],
    ['取材・文／田中宏昌', '田中宏昌', null, null],
  ])('%s', (line, author, source, date) => {
    expect(under(line)).toMatchObject({ author, source, publishedAt: date });
  });

  it('takes neither a photo credit nor a heading for the writer', () => {
    expect(under('PHOTOGRAPH COURTESY OF MONOTYPE').author).toBeNull();
    expect(under('Getty Image').author).toBeNull();
    expect(under('TOPICS OF THIS BLOG').author).toBeNull();
    expect(under('Join Discussion').author).toBeNull();
    expect(parse(`${HEAD}\n\nJane Doe\n\nStaff Writer\n\n${P1}\n\n${P2}`)).toMatchObject({ author: 'Jane Doe', source: null });
  });

  it('reads a signature after the last paragraph, with the page\'s furniture after it', () => {
    const tail = ['L’espace des contributions est réservé aux abonnés.', 'Abonnez-vous pour accéder à cet espace d’échange et contribuer à la discussion.'];
    const more = ['S’abonner', 'Déjà abonné ? Se connecter', 'Voir les contributions', 'Ajouter aux favoris', 'Ajouter à vos sélections', 'Se connecter', 'Créer un compte', 'Partage désactivé'];
    const text = [HEAD, P1, P2, `${P1} ${P2}`, 'Cécile Ducourtieux(Bruxelles, bureau européen)', ...tail, ...more].join('\n\n');
    expect(parse(text).author).toBe('Cécile Ducourtieux');
  });
});

describe('the date that goes with the byline', () => {
  it('takes the date printed beside a byline that stands under the opening paragraph', () => {
    const body = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? P1 : P2));
    const text = [HEAD, 'Give this article', P1, 'Read in app', P2, 'By Marc Santora and Al Baker', 'Sept. 19, 2016', ...body].join('\n\n');
    expect(parse(text)).toMatchObject({ author: 'Marc Santora and Al Baker', publishedAt: '2016-09-19' });
  });

  it('takes the date of a meta line by the headline that also names other things', () => {
    expect(parse(`${HEAD}\n\naccess_time2019/04/21 11:51 createNeoL／ネオエル folder生活・趣味\n\n${P1}\n\n${P2}`).publishedAt).toBe('2019-04-21');
    expect(under('Posted in Politics on April 9, 2019 — 12 Comments').publishedAt).toBe('2019-04-09');
  });

  it('takes a date line far under the headline when nothing nearer gives one, but not a related story\'s', () => {
    const body = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? `${P1} ${P2}` : `${P2} ${P1}`));
    const far = [HEAD, 'Watch the video', ...body.slice(0, 6), 'Published Dec. 22, 2016 3:00 PM', ...body.slice(6)].join('\n\n');
    expect(parse(far).publishedAt).toBe('2016-12-22');
    const related = [HEAD, ...body, 'More stories', 'Dec. 21, 2016', 'Other council news', 'Cycling', 'Transport', 'Weather', 'Contact us', 'Privacy'].join('\n\n');
    expect(parse(related).publishedAt).toBeNull();
  });
});
