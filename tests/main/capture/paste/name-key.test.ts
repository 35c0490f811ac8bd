/**
 * Agencies, outlets and a headline's site suffix are looked up by one key (paste/name-key.ts):
 * full-width letters, spacing, case and a leading "the" do not matter anywhere. Names made up or
 * as agencies print themselves.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../../electron/main/capture/paste/name-key';
import { agencyName } from '../../../../electron/main/capture/paste/agencies';
import { outletName } from '../../../../electron/main/capture/paste/outlets';
import { cleanHeadline } from '../../../../electron/main/capture/title-suffix';

describe('one lookup key for agency and outlet names', () => {
  it.each([
    ['  The   Guardian ', 'guardian'],
    ['ＮＨＫ', 'nhk'],
    ['ＡＦＰ時事', 'afp時事'],
  ])('folds width, spacing, case and a leading "the": %s', (form, key) => expect(nameKey(form)).toBe(key));

  // Japanese pages print agencies in full-width letters; the desk after a slash names the agency.
  it.each([
    ['ＡＦＰ', 'AFP'],
    ['ＡＦＰ時事', 'AFP'],
    ['The  Associated Press', 'AP'],
    ['dpa/lno', 'dpa'],
  ])('finds the agency %s', (form, agency) => expect(agencyName(form)).toBe(agency));

  it('finds an outlet and a headline suffix by the same key', () => {
    expect(outletName('the guardian')).toBe(outletName('The Guardian'));
    expect(cleanHeadline('Tram line to reach the airport by 2031 - The  Daily Planet', { source: 'Daily Planet' })).toBe('Tram line to reach the airport by 2031');
  });
});
