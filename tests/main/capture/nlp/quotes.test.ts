import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../electron/main/capture/nlp';
import { capturePastedText } from '../../../../electron/main/capture/paste';

const speakers = (text: string, lang?: string): Array<[string | null, string]> =>
  analyze(text, { lang }).quotes.map((q) => [q.speaker, q.text]);

describe('quotes and their speakers', () => {
  it('reads German „…“ and »…« with the speaker after, and resolves "er"', () => {
    const text =
      'Bundeskanzler Olaf Scholz besuchte am Montag die Werft in Kiel und sprach mit den Beschäftigten über die Zukunft.\n\n' +
      '„Wir lassen niemanden im Stich“, sagte Scholz. »Die Arbeitsplätze bleiben erhalten«, fügte er hinzu.';
    expect(speakers(text)).toEqual([
      ['Olaf Scholz', 'Wir lassen niemanden im Stich'],
      ['Olaf Scholz', 'Die Arbeitsplätze bleiben erhalten'],
    ]);
  });

  it('reads French guillemets with spaces inside and a description as speaker', () => {
    const text =
      'Le gouvernement a présenté mardi un plan de soutien aux agriculteurs touchés par la sécheresse.\n\n' +
      '« Nous serons aux côtés de chaque exploitant », a déclaré le ministre de l’Agriculture.';
    const [quote] = analyze(text).quotes;
    expect(quote?.text).toBe('Nous serons aux côtés de chaque exploitant');
    expect(quote?.speaker).toBe('le ministre de l’Agriculture');
  });

  it('reads Russian «…» — сказал … with the name after the verb', () => {
    const text =
      'Переговоры с Вашингтоном продвигаются медленно, но стороны продолжают контакты, заявили в Кремле.\n\n' +
      '«Работа продолжается», — сказал журналистам пресс-секретарь президента Дмитрий Песков.';
    expect(speakers(text)).toEqual([['Дмитрий Песков', 'Работа продолжается']]);
  });

  it('attributes a quotation introduced by a colon', () => {
    const text = 'Marco Rubio spoke in Paris after the meeting. Rubio said: “We need to see progress within days, not weeks.”';
    expect(speakers(text)).toEqual([['Marco Rubio', 'We need to see progress within days, not weeks.']]);
  });

  it('resolves a pronoun to the last person named', () => {
    const text =
      'Angela Merkel met Emmanuel Macron in Paris on Tuesday to discuss the budget.\n\n' +
      '“We have found common ground on the most important questions,” he told reporters afterwards.';
    expect(speakers(text)).toEqual([['Emmanuel Macron', 'We have found common ground on the most important questions']]);
  });

  it('gives a paragraph that is only a quotation to the previous speaker, but not across an unrelated paragraph', () => {
    const text =
      '“The talks were difficult,” said Ines Moreau, who chairs the committee.\n\n' +
      '“But we will be back in June with a text everyone can sign.”\n\n' +
      'The committee meets again in Nairobi.\n\n' +
      '“Nothing is agreed until everything is agreed, and that is still the rule for all of us here.”';
    expect(speakers(text)).toEqual([
      ['Ines Moreau', 'The talks were difficult'],
      ['Ines Moreau', 'But we will be back in June with a text everyone can sign.'],
      [null, 'Nothing is agreed until everything is agreed, and that is still the rule for all of us here.'],
    ]);
  });

  it('ignores scare quotes and apostrophes, keeps short quotes that are attributed directly', () => {
    const text =
      'The minister called the report “a disgrace” and said Russia’s claims were ‘nonsense’.\n\n' +
      '“No,” Peskov said when asked about a ceasefire.';
    expect(speakers(text)).toEqual([['Peskov', 'No']]);
  });

  it('keeps a described speaker as a description, not as a person (German nouns have capitals)', () => {
    const text =
      'Der Streik legte den Fernverkehr in ganz Deutschland lahm.\n\n' +
      '«Wir bedauern die Einschränkungen», sagte eine Bahnsprecherin in Berlin. „Es tut uns leid“, sagte der Pressesprecher.';
    const analysis = analyze(text, { lang: 'de' });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['eine Bahnsprecherin', 'der Pressesprecher']);
    expect(analysis.entities.people).toEqual([]);
    // A name after the verb is still a name.
    expect(speakers('«Wir bedauern das», sagte Ines Moreau am Montag.', 'de')).toEqual([['Ines Moreau', 'Wir bedauern das']]);
  });

  it('finds no quotations in text without any', () => {
    expect(analyze('The committee will meet again in Nairobi in June. Delegates left Geneva on Monday.').quotes).toEqual([]);
  });
});

describe('closing quotes typed as opening ones', () => {
  it('are put right in the text shown and searched, and the paste is kept byte for byte', () => {
    const paste =
      'Kremlin says talks are hard\n\n“Contacts are quite complicated, because, naturally, the topic is not an easy one,“ Kremlin spokesman Dmitry Peskov told reporters on Friday.\n\nHe said it was ‘a long road‘ ahead, while „Die Zeit“ quoted him in German.';
    const article = capturePastedText(paste, { now: new Date('2025-06-01T12:00:00Z') });
    expect(article.text).toContain('not an easy one,” Kremlin spokesman');
    expect(article.text).toContain('‘a long road’ ahead');
    expect(article.text).toContain('„Die Zeit“');
    expect(new TextDecoder().decode(article.original.data)).toBe(paste);
    expect(article.quotes.map((q) => q.speaker)).toContain('Dmitry Peskov');
  });
});

describe('quotations without a speaker', () => {
  const quotesOf = (text: string): Array<string | null> => analyze(text, { lang: 'en' }).quotes.map((q) => q.text);

  it('are not made of titles, terms or a stray mark running to the end of the paragraph', () => {
    expect(quotesOf('The report also suggested the U.S. might not be the "jobs machine" it thinks it is, when compared to other countries and regions.')).toEqual([]);
    expect(quotesOf('Critics panned the new series "The Long Night of the Unremembered Kings of the North" after its premiere on Sunday.')).toEqual([]);
    expect(quotesOf('He wrote on his blog that the "experiment had gone on for far too long and must end now, before the winter comes.')).toEqual([]);
  });

  it('are kept when both marks stand around a sentence of their own', () => {
    expect(quotesOf('The crowd waited. "We will not leave this square until the government listens to us," the banners read outside.')).toHaveLength(1);
  });
});
