import { describe, expect, it } from 'vitest';
import { merge, mergeSet } from '../../../electron/main/sync/merge';

const key = (x: unknown): string => String(x).toLowerCase();
const v = (content: Record<string, unknown> | null, by: string, at: string) => ({ content, by, at });

describe('the merge rules', () => {
  it('sets: what either side added survives; a removal wins only over what the remover saw', () => {
    expect(mergeSet(['a', 'b'], ['a', 'b', 'c'], ['b', 'd'], key)).toEqual(['b', 'c', 'd']);
    // Without a base (two desks that never agreed): the union, case-insensitively.
    expect(mergeSet(null, ['Port'], ['port', 'x'], key)).toEqual(['Port', 'x']);
  });

  it('fields: one side’s change is taken; both changed → the later edit, the other kept in replaced', () => {
    const base = { title: 'T', notes: '', author: 'A' };
    const result = merge(base, v({ title: 'T2', notes: '', author: 'Anna' }, 'anna', '2026-12-07T09:12:00Z'), v({ title: 'T', notes: 'n', author: 'Ben' }, 'ben', '2026-12-07T09:30:00Z'), 'now');
    expect(result.content).toEqual({ title: 'T2', notes: 'n', author: 'Ben' });
    expect(result.replaced).toEqual([{ field: 'author', value: 'Anna', by: 'anna', at: '2026-12-07T09:12:00Z', replacedBy: 'ben', replacedAt: 'now' }]);
  });

  it('nested: entities merge list by list, provenance key by key', () => {
    const base = { entities: { people: ['Ada'], places: [], organisations: [] }, provenance: { title: 'paste' } };
    const local = { entities: { people: ['Ada', 'Bob'], places: [], organisations: [] }, provenance: { title: 'user' } };
    const remote = { entities: { people: [], places: ['Oslo'], organisations: [] }, provenance: { title: 'paste', author: 'user' } };
    expect(merge(base, v(local, 'a', '1'), v(remote, 'b', '2'), 'now').content).toEqual({
      entities: { people: ['Bob'], places: ['Oslo'], organisations: [] },
      provenance: { title: 'user', author: 'user' },
    });
  });

  it('a deletion stands only if the other side changed nothing since', () => {
    const base = { name: 'budget', color: null };
    expect(merge(base, v(null, 'a', '1'), v(base, 'b', '2'), 'now').content).toBeNull();
    expect(merge(base, v(null, 'a', '1'), v({ name: 'budget', color: '#ff0000' }, 'b', '2'), 'now').content).toEqual({ name: 'budget', color: '#ff0000' });
  });
});
