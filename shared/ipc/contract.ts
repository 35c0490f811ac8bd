/**
 * The IPC contract, written once. Each channel has an argument schema (checked in main
 * before the handler runs) and a result type. The preload's API type, the handlers'
 * type and the renderer's `window.cuttings` type are all derived from this object.
 *
 * To add a channel: add an entry here, implement it in `electron/main/ipc/handlers.ts`
 * (the compiler insists), and call it from the renderer as `window.cuttings.<ns>.<method>()`.
 */
import { z } from 'zod';
import type {
  Clipping,
  ClippingSummary,
  ImportOutcome,
  SearchResult,
  TagInfo,
} from '../clipping';

/** Phantom marker carrying a channel's result type. */
const returns = <T>(): T => undefined as unknown as T;

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not a clipping id');
const tag = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(64, 'a tag is at most 64 characters')
  .regex(/^[^\s,]+$/, 'a tag has no spaces or commas');
const ids = z.array(id).min(1).max(100_000);

/** 20 MB of pasted text is far more than any article; beyond it something went wrong. */
export const MAX_PASTE_CHARS = 20_000_000;

export const contract = {
  'app.info': { args: z.object({}), result: returns<AppInfo>() },
  'clippings.importText': {
    args: z.object({
      text: z.string().max(MAX_PASTE_CHARS, 'the pasted text is too large (over 20 MB)'),
      html: z.string().max(MAX_PASTE_CHARS).optional(),
      tags: z.array(tag).max(100).optional(),
    }),
    result: returns<ImportOutcome>(),
  },
  'clippings.list': {
    args: z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
      sort: z.enum(['captured', 'published', 'title']).default('captured'),
      trashed: z.boolean().default(false),
    }),
    result: returns<{ total: number; items: ClippingSummary[] }>(),
  },
  'clippings.get': { args: z.object({ id }), result: returns<Clipping>() },
  'clippings.tag': {
    args: z.object({
      ids,
      add: z.array(tag).max(100).default([]),
      remove: z.array(tag).max(100).default([]),
    }),
    result: returns<{ updated: number }>(),
  },
  'clippings.trash': { args: z.object({ ids }), result: returns<{ trashed: number }>() },
  'clippings.restore': { args: z.object({ ids }), result: returns<{ restored: number }>() },
  'search.query': {
    args: z.object({
      q: z.string().max(2000),
      limit: z.number().int().min(1).max(1000).default(50),
      offset: z.number().int().min(0).default(0),
      sort: z.enum(['relevance', 'date']).default('relevance'),
    }),
    result: returns<SearchResult>(),
  },
  'tags.list': { args: z.object({}), result: returns<TagInfo[]>() },
} as const;

export interface AppInfo {
  version: string;
  archiveDir: string;
  clippings: number;
}

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the renderer passes (defaults may be omitted). */
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
/** What the handler receives (after validation and defaults). */
export type ParsedArgsOf<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** Every channel name, for code (like the preload) that must not bundle zod. */
export type ChannelList = readonly Channel[];

/** The envelope every handler answers with; the preload unwraps it into a value or a thrown Error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: import('../errors').ErrorInfo };

/** Push events from main to the renderer. */
export interface Events {
  /** Clippings were added, changed or removed; the renderer refreshes what it shows. */
  'archive.changed': { ids: string[] };
}
export type EventName = keyof Events;
