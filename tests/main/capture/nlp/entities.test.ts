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
    expect(entities.places).toEqual(expect.arrayContaining(['Deutschland', 'Berlin']));
  });

  it('reads Russian and Czech case forms', () => {
    const ru = analyze('Переговоры в Москве продолжились в понедельник, сообщили в правительстве России.');
    expect(ru.entities.places).toEqual(['Москва', 'Россия']);
    const cs = analyze('Vláda v Praze v pondělí schválila rozpočet. Ministr financí o tom informoval v Česku.');
    expect(cs.entities.places).toEqual(['Praha', 'Česko']);
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
  ])('detects %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says null for text too short to tell', () => {
    expect(detectLanguage('Hello')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
