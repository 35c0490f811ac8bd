/**
 * The intent-level API of the window, built from the channel list: channel
 * `clippings.importText` becomes `cuttings.clippings.importText(args)`. Pure (no Electron).
 *
 * It is built in two halves because Electron's contextBridge keeps only the message of an
 * Error that crosses it (its code and any other property are lost): the preload exposes
 * {@link BridgeApi} (`window.cuttingsBridge`), whose methods resolve to the envelope main sent,
 * a plain object that crosses whole; the renderer turns it into {@link CuttingsApi}
 * (`window.cuttings`, see `renderer/bridge.ts`), whose methods resolve to the value or reject
 * with a {@link CuttingsError} carrying main's code and the field a refusal is about. The UI
 * tests build the same bridge over Playwright bindings to the real main-process handlers.
 */
import type { ArgsOf, Channel, Envelope, EventName, Events, ResultOf } from './contract';
import { CuttingsError } from '../errors';
import { CHANNELS, EVENTS } from './channels';

type Split<S extends string> = S extends `${infer NS}.${infer M}` ? [NS, M] : never;
type Namespaces = Split<Channel>[0];
type MethodsOf<NS extends string> = {
  // `{}` here asks "may every argument be omitted?", so the method's argument becomes optional.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  [C in Channel as Split<C>[0] extends NS ? Split<C>[1] : never]: {} extends ArgsOf<C>
    ? (args?: ArgsOf<C>) => Promise<ResultOf<C>>
    : (args: ArgsOf<C>) => Promise<ResultOf<C>>;
};

/** `window.cuttings`. */
export type CuttingsApi = { [NS in Namespaces]: MethodsOf<NS> } & {
  /** Subscribe to a push event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
  /**
   * The file-system path of a file dropped on the window (Electron's webUtils), or undefined
   * where there is none (a browser test page): then read the file's text and import that.
   */
  pathForFile?(file: Blob): string;
};

type EnvelopeMethodsOf<NS extends string> = {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  [C in Channel as Split<C>[0] extends NS ? Split<C>[1] : never]: {} extends ArgsOf<C>
    ? (args?: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>>
    : (args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>>;
};

/** `window.cuttingsBridge`, what the preload exposes: the same methods, answering with envelopes. */
export type BridgeApi = { [NS in Namespaces]: EnvelopeMethodsOf<NS> } & Pick<
  CuttingsApi,
  'on' | 'pathForFile'
>;

export type Invoke = (channel: Channel, args: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/** One method per channel, grouped by namespace: `clippings.importText` → `api.clippings.importText`. */
function byNamespace(method: (channel: Channel) => (args?: unknown) => unknown): Record<string, Record<string, unknown>> {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of CHANNELS) {
    const [ns, name] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][name] = method(channel);
  }
  return api;
}

/** The preload's half: intent-level methods that resolve to main's envelopes. */
export function createBridgeApi(
  invoke: Invoke,
  subscribe: Subscribe,
  extras: Pick<CuttingsApi, 'pathForFile'> = {},
): BridgeApi {
  const api = byNamespace((channel) => (args: unknown = {}) => invoke(channel, args));
  return Object.assign(api, { on: checkedOn(subscribe) }, extras) as unknown as BridgeApi;
}

/** The renderer's half: `window.cuttings` over what the preload exposed. */
export function apiFromBridge(bridge: BridgeApi): CuttingsApi {
  const methods = bridge as unknown as Record<
    string,
    Record<string, (args: unknown) => Promise<Envelope<unknown>>>
  >;
  return createApi(
    (channel, args) => {
      const [ns, method] = channel.split('.') as [string, string];
      const call = methods[ns]?.[method];
      return call ? call(args) : Promise.reject(new CuttingsError('usage', `Unknown request "${channel}".`));
    },
    (event, listener) => bridge.on(event, listener as (payload: Events[typeof event]) => void),
    bridge.pathForFile ? { pathForFile: (file) => bridge.pathForFile?.(file) ?? '' } : {},
  );
}

const checkedOn =
  (subscribe: Subscribe) =>
  (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!(EVENTS as readonly string[]).includes(event)) throw new Error(`unknown event ${event}`);
    return subscribe(event, listener);
  };

/** Builds the API object from an invoke and a subscribe function (plus what only a preload can give). */
export function createApi(
  invoke: Invoke,
  subscribe: Subscribe,
  extras: Pick<CuttingsApi, 'pathForFile'> = {},
): CuttingsApi {
  const api = byNamespace((channel) => async (args: unknown = {}) => {
    const reply = await invoke(channel, args);
    if (reply.ok) return reply.value;
    // The renderer keeps main's code (and the field a refusal is about), never just words.
    const { code, message, field } = reply.error;
    throw new CuttingsError(code, message, field ? { field } : undefined);
  });
  return Object.assign(api, { on: checkedOn(subscribe) }, extras) as unknown as CuttingsApi;
}
