/** Site and author suffixes come off headlines; real headline text stays. */
import { describe, expect, it } from 'vitest';
import { cleanHeadline } from '../../../electron/main/capture/title-suffix';

describe('cleanHeadline', () => {
  it.each([
    ["'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge Roy", {}, "'What is the sea telling us?': Māori tribes fearful over whale strandings"],
    ['Police name the victim of the crash - The Guardian', {}, 'Police name the victim of the crash'],
    ['Biden meets Xi in Lima - Reuters', {}, 'Biden meets Xi in Lima'],
    ['These Weeks in Firefox: Issue 85 – Firefox Nightly News', {}, 'These Weeks in Firefox: Issue 85'],
    ['Samantha and The Great Big Lie - John C. Welch - Medium', { author: 'John C. Welch' }, 'Samantha and The Great Big Lie'],
    ['How to Throw a Graduation Party on a Budget | eHow', {}, 'How to Throw a Graduation Party on a Budget'],
    ['Kabinet trekt extra geld uit - nu.nl', {}, 'Kabinet trekt extra geld uit'],
    ['Zelensky meets leaders in Kyiv — Kyiv Independent', { source: 'Kyiv Independent' }, 'Zelensky meets leaders in Kyiv'],
  ])('%s', (title, context, clean) => {
    expect(cleanHeadline(title, context)).toBe(clean);
  });

  it.each([
    'Brexit - what happens next',
    'Content Depth — Write Comprehensively About Your Core Topics',
    'Google - Site Reliability Engineering',
    'Obama - a life in pictures',
    'Who pays? - The question nobody asks',
    'Zimbabwe coup: Robert Mugabe and wife Grace insisting he finishes his term',
  ])('keeps %s', (title) => {
    expect(cleanHeadline(title)).toBe(title);
  });
});
