import { describe, expect, it } from 'vitest';
import { findSavedSearch } from '../../shared/dossier';

const searches = [
  { id: 'mqk3v1x2a0001', name: 'Ukraine', query: 'tag:ukraine' },
  { id: 'mqk3v1x2a0002', name: 'Energy prices', query: 'energy' },
  // A name that looks like the other search's id: the id still reaches its own search.
  { id: 'mqk3v1x2a0003', name: 'mqk3v1x2a0001', query: 'odd' },
];

describe('findSavedSearch (the one lookup of the archive, the library and the CLI)', () => {
  it('finds a search by its id first', () => {
    expect(findSavedSearch(searches, 'mqk3v1x2a0002')?.name).toBe('Energy prices');
    expect(findSavedSearch(searches, 'mqk3v1x2a0001')?.query).toBe('tag:ukraine');
  });

  it('then by its name, in any case, with spaces around it ignored', () => {
    expect(findSavedSearch(searches, 'ukraine')?.id).toBe('mqk3v1x2a0001');
    expect(findSavedSearch(searches, '  ENERGY PRICES ')?.id).toBe('mqk3v1x2a0002');
  });

  it('finds nothing for an unknown id or name, and does not match parts of names', () => {
    expect(findSavedSearch(searches, 'Energy')).toBeUndefined();
    expect(findSavedSearch(searches, 'nope')).toBeUndefined();
    expect(findSavedSearch([], 'Ukraine')).toBeUndefined();
  });
});
