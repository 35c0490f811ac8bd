import { describe, expect, it } from 'vitest';
import { dispatcherFor } from '../../../electron/main/ipc/dispatch';
import type { Handlers } from '../../../electron/main/ipc/handlers';

describe('saved searches and dossiers over IPC', () => {
  const reached: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_t, channel: string) => (args: unknown) => {
      reached.push(channel);
      return { channel, args };
    },
  });
  const dispatch = dispatcherFor(handlers);

  it('trims a name and passes it on', async () => {
    const reply = await dispatch('searches.save', { name: '  Kremlin ', query: 'peskov' });
    expect(reply).toEqual({ ok: true, value: { channel: 'searches.save', args: { name: 'Kremlin', query: 'peskov' } } });
  });

  it('refuses bad names and sources with a clear message, before any handler', async () => {
    reached.length = 0;
    const cases: Array<[string, unknown, RegExp]> = [
      ['searches.save', { name: '   ', query: 'x' }, /name: a saved search needs a name/],
      ['searches.save', { name: 'n'.repeat(101), query: 'x' }, /at most 100 characters/],
      ['searches.delete', { id: '../x' }, /id:/],
      ['dossiers.save', { spec: { title: '' }, source: { kind: 'ids', ids: ['a'] } }, /a dossier needs a title/],
      ['dossiers.save', { spec: { title: 'T' }, source: { kind: 'folder' } }, /source/],
      ['dossier.export', { spec: { title: 'T' }, savedSearchId: 'a b' }, /savedSearchId/],
    ];
    for (const [channel, args, message] of cases) {
      const reply = await dispatch(channel, args);
      expect(reply.ok, channel).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).toBe('usage');
        expect(reply.error.message).toMatch(message);
      }
    }
    expect(reached).toEqual([]);
  });
});
