/**
 * The author of a pasted article as real pages print it: glued to what follows it, after a
 * by-word of another language, with an address beside it, and never a date stamp or a piece of
 * page furniture set in title case.
 */
import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../electron/main/capture/paste';

const now = new Date('2025-06-01T12:00:00Z');
const parse = (text: string): ReturnType<typeof parsePaste> => parsePaste(text, { now });
const HEAD = 'Council approves cycle lanes for the centre';
const P1 = 'The city council voted on Tuesday night to approve a network of protected cycle lanes across the centre.';
const P2 = 'The scheme will cost 12 million pounds and the works start in May, the mayor said on Wednesday.';
const article = (...header: string[]): ReturnType<typeof parsePaste> => parse([HEAD, ...header, P1, '', P2].join('\n'));

describe('a name glued to what follows it, a by-word of another language, an address beside it', () => {
  it.each([
    ['By Meg JamesStaff Writer', 'Meg James'],
    ['Bruce Y. LeeSenior Contributor', 'Bruce Y. Lee'],
    ['By Jonathan GarberFOXBusiness', 'Jonathan Garber'],
    ['Gina TrapaniCEO', 'Gina Trapani'],
    ['Andrew HusbandTwitterNews & Culture Writer', 'Andrew Husband'],
    ['PorRodolfo Costa', 'Rodolfo Costa'],
    ['Por Mariano Martín mmartin@ambito.com.ar', 'Mariano Martín'],
    ['Johnny Castro johnnycastro.asesor@larepublica.net | Viernes 22 abril, 2022', 'Johnny Castro'],
    ['Publicado por Alberto González', 'Alberto González'],
    ['Escribe Camila Méndez en Territorio', 'Camila Méndez'],
    ['Publié par Marie Dupont', 'Marie Dupont'],
    ['Pubblicato da Marco Rossi', 'Marco Rossi'],
  ])('%s', (line, author) => {
    expect(article(line).author).toBe(author);
  });

  it('keeps a name with a capital inside it whole', () => {
    expect(article('By Douglas MacArthur').author).toBe('Douglas MacArthur');
    expect(article('By Jane FitzGerald').author).toBe('Jane FitzGerald');
  });

  it('does not take the role after a glued name as the source, and keeps the date after an address', () => {
    expect(article('By Meg JamesStaff Writer').source).toBeNull();
    expect(article('Johnny Castro johnnycastro.asesor@larepublica.net | Viernes 22 abril, 2022').publishedAt).toBe('2022-04-22');
  });
});

describe('never an author', () => {
  it.each([
    ['PUBLISHED WED, NOV 20 20194:29 AM ESTUPDATED AN HOUR AGO'],
    ['Published Monday, November 18, 2019 8:22AM EST'],
    ['Social Sharing'],
    ['Trending Now'],
    ['KEY POINTS'],
    ['Related Links'],
    ['Lo Más Leído'],
    ['Verwandte Themen'],
    ['Notas Recomendadas'],
    ['Republish Article'],
  ])('%s', (line) => {
    expect(article(line).author).toBeNull();
  });

  it('takes the byline under a label shaped like a name ("Social Sharing")', () => {
    const text = [HEAD, 'New numbers confirm what buyers and sellers have known for a while.', 'Social Sharing', 'Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET', P1, P2].join('\n\n');
    expect(parse(text).author).toBe('Pete Evans');
  });

  it('takes the date of a "Published Monday, …" line, not a name', () => {
    expect(article('Published Monday, November 18, 2019 8:22AM EST')).toMatchObject({ author: null, publishedAt: '2019-11-18' });
  });
});

describe('a byline that runs on into the article', () => {
  it('keeps the name only ("Written by X in Section on DATE. 51 Comments With the start …")', () => {
    const line =
      'Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments With the start of a new month, Valve has published their software and hardware survey numbers for the month prior, and the Linux share ticked up.';
    expect(article(line).author).toBe('Michael Larabel');
  });
});
