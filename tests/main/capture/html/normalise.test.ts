import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../../electron/main/capture/html/dates';
import { normaliseLang } from '../../../../electron/main/capture/html/lang';
import { withDocumentShell } from '../../../../electron/main/capture/html/document';

describe('normaliseDate', () => {
  it.each([
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2017-11-16T14:15+0000', '2017-11-16T14:15:00+00:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'],
    ['2016-02-01T01:28:49', '2016-02-01T01:28:49'],
    ['2016-02-01 01:28', '2016-02-01T01:28:00'],
    ['2024-03-05', '2024-03-05'],
    ['Tue, 17 Mar 2015 14:05:00 GMT', '2015-03-17T14:05:00Z'],
  ])('%s → %s', (input, output) => {
    expect(normaliseDate(input)).toBe(output);
    expect(Number.isNaN(Date.parse(output))).toBe(false);
  });

  it.each(['', 'yesterday', '2024-02-30', '2024-13-01', '2024-01-01T25:00:00Z', 'Version 2'])(
    'refuses %j',
    (input) => {
      expect(normaliseDate(input)).toBeNull();
    },
  );
});

describe('normaliseLang', () => {
  it.each([
    ['en-GB', 'en'],
    ['de_DE', 'de'],
    ['FR', 'fr'],
    ['ces', 'cs'],
    ['iw', 'he'],
    ['und', null],
    ['x-default', null],
    ['', null],
  ])('%j → %j', (input, output) => {
    expect(normaliseLang(input)).toBe(output);
  });
});

describe('withDocumentShell', () => {
  it('leaves a full document alone', () => {
    const doc = '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>';
    expect(withDocumentShell(doc)).toBe(doc);
  });

  it('wraps a fragment and a document without <body>', () => {
    expect(withDocumentShell('<p>x</p>')).toBe(
      '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>',
    );
    expect(withDocumentShell('<html><head><title>t</title></head><p>x</p></html>')).toBe(
      '<html><head><title>t</title></head><body><p>x</p></body></html>',
    );
  });
});
