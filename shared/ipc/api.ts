/**
 * The intent-level API the preload exposes as `window.cuttings`, built from the channel
 * list: channel `clippings.importText` becomes `cuttings.clippings.importText(args)`.
 * Pure (no Electron): the preload passes `ipcRenderer`-backed functions, the UI tests
 * pass Playwright bindings to the real main-process handlers.
 */
import type { ArgsOf, Channel, Envelope, EventName, Events, ResultOf } from './contract';
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

export type Invoke = (channel: Channel, args: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/** Builds the API object from an invoke and a subscribe function (plus what only a preload can give). */
export function createApi(
  invoke: Invoke,
  subscribe: Subscribe,
  extras: Pick<CuttingsApi, 'pathForFile'> = {},
): CuttingsApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const channel of CHANNELS) {
    const [ns, method] = channel.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][method] = async (args: unknown = {}) => {
      const reply = await invoke(channel, args);
      if (reply.ok) return reply.value;
      const error = new Error(reply.error.message);
      error.name = reply.error.code;
      throw error;
    };
  }
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!(EVENTS as readonly string[]).includes(event)) throw new Error(`unknown event ${event}`);
    return subscribe(event, listener);
  };
  return Object.assign(api, { on }, extras) as unknown as CuttingsApi;
}
