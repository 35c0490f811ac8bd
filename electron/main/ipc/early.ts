/**
 * While the catalogue is still being read (library/early.ts), the window's first requests are
 * answered from the search index: the list's first pages, searches and the count. Every other
 * request waits until the archive is open; the few that need no archive pass straight through.
 */
import { contract, type Envelope } from '../../../shared/ipc/contract';
import type { EarlyLibrary } from '../library/early';
import type { Dispatch } from './dispatch';

export interface Opening {
  early: EarlyLibrary;
  /** Resolves once the archive is open (or cannot be); never rejects. */
  opened: Promise<void>;
}

/** Requests that do not touch the archive (whether it is in recovery is known once the index answers, see below). */
const PASS = new Set(['settings.get', 'tasks.cancel']);

/** Wraps `dispatch`: early answers while `opening()` says the archive is being read. */
export function gateWhileOpening(
  dispatch: Dispatch,
  opening: () => Opening | null,
  version: string,
): Dispatch {
  return async (channel, args) => {
    const now = opening();
    // Without early answers the window would only wait on a skeleton: let it learn first
    // whether the archive opens at all (a damaged catalogue has no index in step).
    const passes = PASS.has(channel) || (channel === 'recovery.state' && now?.early.answering === true);
    if (now && !passes) {
      // The first page and the count come from the index file as they are: asking for them
      // starts nothing else, so the window (which sends them as its script starts) paints them
      // without sharing main with the warm-up and the catalogue's read.
      const answer = await earlyAnswer(now.early, channel, args, version);
      if (answer !== undefined) return { ok: true, value: answer } satisfies Envelope<unknown>;
      // The window asks for more: the catalogue is read from now on (see EarlyLibrary.readNow;
      // a search has asked for it already).
      now.early.readNow();
      await now.opened;
    }
    return dispatch(channel, args);
  };
}

/** The index's answer to a request, or undefined when it has none (invalid arguments included: the dispatcher says why). */
async function earlyAnswer(early: EarlyLibrary, channel: string, args: unknown, version: string): Promise<unknown> {
  switch (channel) {
    case 'clippings.list': {
      const parsed = contract['clippings.list'].args.safeParse(args ?? {});
      return parsed.success ? (early.list(parsed.data) ?? undefined) : undefined;
    }
    case 'search.query': {
      const parsed = contract['search.query'].args.safeParse(args ?? {});
      if (!parsed.success) return undefined;
      const { q, ...options } = parsed.data;
      try {
        return (await early.search(q, options)) ?? undefined;
      } catch {
        return undefined; // a malformed query: the library says so in its own words
      }
    }
    case 'app.info': {
      const clippings = early.count();
      return clippings === null ? undefined : { version, archiveDir: early.dir, clippings, indexing: null };
    }
    default:
      return undefined;
  }
}
