/** Who sent it, when, and the subject as a headline: the small readers of e-mail headers. */
import { describe, expect, it } from 'vitest';
import { cleanSubject, mailDate } from '../../../../electron/main/capture/mail/headers';
import { organisationDomain, senderFields } from '../../../../electron/main/capture/mail/sender';

describe('senderFields', () => {
  it.each([
    ['Press Office', 'press@ministry.gov', { author: 'Press Office', source: 'ministry.gov' }],
    ['Ministry of Defence Press Office', 'press@mod.gov.uk', { author: 'Press Office', source: 'Ministry of Defence' }],
    ['Jane Doe | Ministry of Energy', 'jane.doe@energy.example', { author: 'Jane Doe', source: 'Ministry of Energy' }],
    ['Jane Doe (Reuters)', 'jane.doe@thomsonreuters.com', { author: 'Jane Doe', source: 'Reuters' }],
    ['Jane Doe', 'jane@gmail.com', { author: 'Jane Doe', source: null }],
    ['The Economist', 'newsletters@economist.com', { author: null, source: 'The Economist' }],
    ['Doe, Jane', 'jd@press.fco.gov.uk', { author: 'Jane Doe', source: 'fco.gov.uk' }],
    ['', 'maria.lindqvist@coastal-times.example', { author: 'Maria Lindqvist', source: 'coastal-times.example' }],
    ['', 'newsroom@port.example', { author: null, source: 'port.example' }],
    ['Foreign Office', 'news@fco.example', { author: null, source: 'Foreign Office' }],
    ['jdoe', 'jdoe@agency.example', { author: null, source: 'agency.example' }],
  ])('%s <%s>', (name, address, expected) => {
    expect(senderFields(name, address)).toEqual(expected);
  });

  it('takes the organisation from a domain, never from free mail', () => {
    expect(organisationDomain('a@news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(organisationDomain('a@presse.interieur.gouv.fr')).toBe('interieur.gouv.fr');
    expect(organisationDomain('a@outlook.com')).toBeNull();
    expect(organisationDomain('not an address')).toBeNull();
  });
});

describe('mailDate', () => {
  it.each([
    ['Mon, 1 Dec 2025 09:30:00 +0100', '2025-12-01T09:30:00+01:00'],
    ['Mon, 1 Dec 2025 00:30:00 +0100 (CET)', '2025-12-01T00:30:00+01:00'],
    ['Tue, 2 Dec 2025 14:05:00 -0530', '2025-12-02T14:05:00-05:30'],
    ['Wed, 3 Dec 2025 10:00:00 GMT', '2025-12-03T10:00:00Z'],
    ['not a date', null],
    [null, null],
  ])('%s → %s', (header, iso) => {
    expect(mailDate(header)).toBe(iso);
  });
});

describe('cleanSubject', () => {
  it.each([
    ['Fwd: Minister visits Kyiv', 'Minister visits Kyiv'],
    ['RE: FW: WG: Minister visits Kyiv', 'Minister visits Kyiv'],
    ['[press-list] TR: Visite du ministre', 'Visite du ministre'],
    ['   ', null],
    ['Interview: the minister on energy', 'Interview: the minister on energy'],
  ])('%s', (subject, title) => {
    expect(cleanSubject(subject)).toBe(title);
  });
});
