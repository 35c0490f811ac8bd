import { describe, expect, it } from 'vitest';
import { CuttingsError } from '../../../shared/errors';
import { apiFromBridge, createApi, createBridgeApi, type BridgeApi } from '../../../shared/ipc/api';
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

describe('the bridge between preload and page', () => {
  /**
   * What Electron's contextBridge does to the preload's API: results cross as copies of plain
   * objects, and an Error thrown across it keeps only its message.
   */
  const acrossContextBridge = (bridge: BridgeApi): BridgeApi =>
    new Proxy(bridge, {
      get: (target, ns: string) => {
        const methods = (target as unknown as Record<string, unknown>)[ns];
        if (typeof methods !== 'object' || methods === null) return methods;
        return new Proxy(methods, {
          get: (m, name: string) => async (args: unknown) => {
            try {
              return structuredClone(await (m as Record<string, (a: unknown) => Promise<unknown>>)[name]?.(args));
            } catch (err) {
              throw new Error((err as Error).message);
            }
          },
        });
      },
    });

  it("keeps main's error code and the field a refusal is about, which an Error crossing it would lose", async () => {
    const dispatch = dispatcherFor(new Proxy({} as Handlers, { get: () => () => ({ ok: 1 }) }));
    const bridge = createBridgeApi((channel, args) => dispatch(channel, args), () => () => undefined);
    const api = apiFromBridge(acrossContextBridge(bridge));
    const refused = await api.clippings.update({ id: 'x', patch: { url: 'ftp://example.org/x' } }).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(CuttingsError);
    expect(refused).toMatchObject({ code: 'usage', field: { path: 'patch.url' } });
    expect((refused as CuttingsError).field?.message).not.toMatch(/Invalid request|patch/);
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
