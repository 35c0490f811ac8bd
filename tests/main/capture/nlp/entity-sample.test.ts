/**
 * Entities a press officer can filter on, measured on 40 clippings labelled by hand
 * (tests/fixtures/entities-sample.json), and the rules that keep the lists clean.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEntitySample, scoreEntities, type EntityTally } from '../../../../bench/eval/entities';
import { analyze } from '../../../../electron/main/capture/nlp';
import { capturePastedText } from '../../../../electron/main/capture/paste';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const now = new Date('2025-06-01T12:00:00Z');

describe('the 40 hand-labelled clippings', () => {
  it('get people, places and organisations with a precision of at least 90 %', () => {
    const tally = new Map<string, EntityTally>();
    const sample = loadEntitySample(ROOT);
    expect(sample.size).toBe(40);
    for (const [name, labels] of sample) {
      const text = readFileSync(path.join(ROOT, 'tests/fixtures/paste-wires', `${name}.txt`), 'utf8');
      scoreEntities(tally, name, capturePastedText(text, { now }).entities, labels);
    }
    const all = tally.get('all');
    expect(all?.returned).toBeGreaterThan(60);
    expect((all?.returnedRight ?? 0) / (all?.returned ?? 1)).toBeGreaterThanOrEqual(0.9);
    for (const kind of ['people', 'places', 'organisations']) {
      const t = tally.get(kind);
      expect((t?.returnedRight ?? 0) / Math.max(1, t?.returned ?? 0)).toBeGreaterThanOrEqual(0.85);
    }
  });
});

describe('entity rules', () => {
  it('never lists an agency or a dateline as an organisation', () => {
    const text =
      'Με ρυθμό 2,3% αναπτύχθηκε η οικονομία, σύμφωνα με την ΕΛΣΤΑΤ και το ΑΠΕ-ΜΠΕ. Η ΑΘΗΝΑ ανακοίνωσε νέα μέτρα.\n\nAs Reuters and AFP reported, the ANSA desk and ČTK agreed.';
    const { organisations, places } = analyze(text, { dateline: 'ΑΘΗΝΑ' }).entities;
    for (const agency of ['ΑΠΕ-ΜΠΕ', 'ΑΠΕ', 'Reuters', 'AFP', 'ANSA', 'ČTK', 'ΑΘΗΝΑ']) expect(organisations).not.toContain(agency);
    expect(organisations).toContain('ΕΛΣΤΑΤ');
    expect(places).toContain('Athens');
  });

  it('never lists a job title as a person', () => {
    const de = analyze('«Wir bedauern das», sagte eine Bahnsprecherin am Donnerstag in Berlin über den Streik der Lokführer.', { lang: 'de' });
    expect(de.entities.people).not.toContain('Bahnsprecherin');
    const tr = analyze('Ulaştırma Bakanı, "İstanbul\'un ulaşım sorununa kalıcı çözümler üretiyoruz" dedi ve hattı açtı.', { lang: 'tr' });
    expect(tr.entities.people).toEqual([]);
  });

  it('does not take currencies, codes or a first name in capitals for places or organisations', () => {
    const pt = analyze('A Petrobras anunciou um plano de investimentos de US$ 111 bilhões para os próximos cinco anos.');
    expect(pt.entities.places).not.toContain('United States');
    const ms = analyze('Kerajaan mengumumkan bantuan RM2 bilion untuk golongan B40 menjelang Hari Raya, katanya.');
    expect(ms.entities.organisations).toEqual([]);
    const en = analyze('LISA MASCARO\n\nMascaro is the chief congressional correspondent, covering politics and policy for readers.');
    expect(en.entities.organisations).not.toContain('LISA');
  });
});
