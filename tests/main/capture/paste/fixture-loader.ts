/** Loads the paste fixtures (NAME.txt + NAME.expected.json) so every test loops over all of them. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The fields a fixture's expected.json may give. */
export interface PasteExpectation {
  title?: string;
  titleStartsWith?: string;
  titleDerived?: boolean;
  source?: string | null;
  author?: string | null;
  dateline?: string | null;
  date?: string;
  dateMonthDay?: string;
  caption?: string | null;
  credit?: string | null;
  lang?: string | null;
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  mustNotContainInBody?: string[];
  paragraphs?: number;
  people?: string[];
  places?: string[];
  organisations?: string[];
  quotes?: Array<{ speaker: string | null; startsWith: string }>;
}

export interface PasteFixture {
  name: string;
  text: string;
  expected: PasteExpectation;
}

const DIR = fileURLToPath(new URL('../../../fixtures/paste/', import.meta.url));

/** Every fixture in tests/fixtures/paste, sorted by name. */
export function loadPasteFixtures(): PasteFixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      return {
        name,
        text: readFileSync(DIR + file, 'utf8'),
        expected: JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as PasteExpectation,
      };
    });
}

/** A fixed "now" so datelines without a year resolve the same way on every run. */
export const FIXTURE_NOW = new Date('2025-06-01T12:00:00Z');
