import { describe, expect, it } from 'vitest';
import { createApi } from '../../../shared/ipc/api';
import { CHANNELS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { dispatcherFor } from '../../../electron/main/ipc/dispatch';
import type { Handlers } from '../../../electron/main/ipc/handlers';

describe('the IPC contract', () => {
  it('lists every contract channel for the preload, and nothing else', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  it('builds an intent-level API that unwraps envelopes and rethrows errors', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = createApi(
      async (channel, args) => {
        calls.push([channel, args]);
        return channel === 'clippings.get'
          ? { ok: false, error: { code: 'not-found', message: 'No clipping with id "x".' } }
          : { ok: true, value: { version: '1', archiveDir: '/a', clippings: 0 } };
      },
      () => () => undefined,
    );
    await expect(api.app.info()).resolves.toEqual({ version: '1', archiveDir: '/a', clippings: 0 });
    await expect(api.clippings.get({ id: 'x' })).rejects.toThrow('No clipping with id "x".');
    expect(calls).toEqual([
      ['app.info', {}],
      ['clippings.get', { id: 'x' }],
    ]);
  });
});

describe('the dispatcher', () => {
  // Handlers that record what reached them: validation must stop bad calls before any handler runs.
  const reached: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_t, channel: string) => (args: unknown) => {
      reached.push(channel);
      return { channel, args };
    },
  });
  const dispatch = dispatcherFor(handlers);

  it('passes validated arguments with defaults filled in', async () => {
    const reply = await dispatch('search.query', { q: 'peskov' });
    expect(reply).toEqual({
      ok: true,
      value: { channel: 'search.query', args: { q: 'peskov', limit: 50, offset: 0, sort: 'relevance' } },
    });
  });

  it('refuses unknown channels and bad arguments with a clear message, before any handler', async () => {
    reached.length = 0;
    const cases: Array<[string, unknown, RegExp]> = [
      ['fs.readFile', { path: '/etc/passwd' }, /Unknown request "fs.readFile"/],
      ['clippings.get', { id: '../../etc' }, /id: not a clipping id/],
      ['clippings.get', {}, /id:/],
      ['clippings.tag', { ids: ['a'], add: ['two words'] }, /add\.0: a tag has no spaces/],
      ['search.query', { q: 'x', limit: 10_000 }, /limit/],
      ['clippings.importText', 'just a string', /Invalid request/],
      ['__proto__', {}, /Unknown request/],
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

  it('turns thrown errors into envelopes without stack traces', async () => {
    const failing = dispatcherFor(
      new Proxy({} as Handlers, {
        get: () => () => {
          throw new Error('boom at /secret/path.ts:12');
        },
      }),
    );
    const reply = await failing('tags.list', {});
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected error: boom at /secret/path.ts:12' } });
  });
});
