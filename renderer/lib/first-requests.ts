/**
 * The requests the window makes for its first paint, sent to main the moment the page starts
 * (before React and the app are evaluated and the workspace has rendered), so that their
 * answers are in, or on their way, when the views ask. Each answer goes to the first identical
 * request (same channel, same arguments), once; anything else goes to main as usual. Answers
 * nobody took are dropped when main reports a change (they could be stale) or after
 * {@link KEEP_MS}.
 */
import type { BridgeApi } from '../../shared/ipc/api';
import type { Envelope, EventName } from '../../shared/ipc/contract';
import { PAGE } from './result-pages';

/**
 * What the first paint asks for (hooks/use-recovery, use-result-list, use-library-count), in that
 * order. While a large archive opens, main answers these from the index file at once and starts
 * nothing for them (electron/main/ipc/early.ts); the rest (tags, saved searches, the library's
 * facets) wait for the catalogue or the warm index, so they are asked by the views as before.
 */
const FIRST_REQUESTS: ReadonlyArray<readonly [channel: string, args: unknown]> = [
  ['recovery.state', {}],
  ['clippings.list', { offset: 0, limit: PAGE, sort: 'captured', trashed: false }],
  ['app.info', {}],
];

/** How long an answer nobody asked for is kept. */
const KEEP_MS = 10_000;
/** Events after which an answer sent earlier may be out of date. */
const CHANGES: EventName[] = ['archive.changed', 'archive.switched'];

type Call = (args: unknown) => Promise<Envelope<unknown>>;

/** Arguments as a key: the same object whatever the order of its fields. */
const keyOf = (channel: string, args: unknown): string =>
  `${channel} ${JSON.stringify(args ?? {}, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )}`;

/**
 * Sends {@link FIRST_REQUESTS} through `bridge` now, and returns a bridge of the same shape whose
 * methods hand out those answers first.
 */
export function sendFirstRequests(bridge: BridgeApi): BridgeApi {
  const methods = bridge as unknown as Record<string, Record<string, Call> | undefined>;
  const early = new Map<string, Promise<Envelope<unknown>>>();
  for (const [channel, args] of FIRST_REQUESTS) {
    const [ns, method] = channel.split('.') as [string, string];
    const call = methods[ns]?.[method];
    if (call) early.set(keyOf(channel, args), call(args));
  }
  const drop = (): void => early.clear();
  for (const event of CHANGES) bridge.on(event, drop);
  setTimeout(drop, KEEP_MS);

  const wrapped: Record<string, unknown> = {};
  for (const [ns, value] of Object.entries(bridge as unknown as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') {
      wrapped[ns] = value; // on, pathForFile
      continue;
    }
    const group: Record<string, Call> = {};
    for (const [method, call] of Object.entries(value as Record<string, Call>)) {
      const channel = `${ns}.${method}`;
      group[method] = (args) => {
        if (early.size === 0) return call(args); // every early answer taken or dropped
        const key = keyOf(channel, args);
        const answer = early.get(key);
        if (!answer) return call(args);
        early.delete(key);
        return answer;
      };
    }
    wrapped[ns] = Object.freeze(group);
  }
  return wrapped as unknown as BridgeApi;
}
