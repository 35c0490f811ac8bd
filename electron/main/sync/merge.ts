/**
 * The merge rules (docs/team.md): a three-way merge of what this desktop has, what the
 * server has, and what both had when they last agreed (the base).
 *
 * - Sets (tags, entities, attachments) merge as sets: what either side added survives; a
 *   removal wins only over what the remover saw (an item in the base that one side dropped).
 * - Other fields: a field only one side changed takes that side's value; a field both changed
 *   goes to the later edit (last writer wins), and the losing value is kept in `replaced`.
 * - A tag, search or dossier deleted on one side and changed on the other comes back: a
 *   deletion only wins over what the deleter saw.
 */
import { tagKey } from '../archive/normalise';
import { sameContent, type Content, type Replaced } from './docs';

/** One side's content, and who wrote it when (null content: deleted, or never had it). */
export interface Version {
  content: Content | null;
  by: string;
  at: string;
  /** Loses every both-changed field whatever the times (a desk with no base defers to the server). */
  defer?: boolean;
}

export interface MergeResult {
  content: Content | null;
  replaced: Replaced[];
}

/** Fields holding sets, and how their items compare. */
const SET_FIELDS: Record<string, (item: unknown) => string> = {
  tags: (t) => tagKey(String(t)),
  attachmentIds: (id) => String(id),
  people: (x) => String(x),
  places: (x) => String(x),
  organisations: (x) => String(x),
};

/** Nested objects merged key by key (a provenance goes with its field, entities by list). */
const NESTED = new Set(['entities', 'provenance']);

/** True when `a` is the later edit (same time: the device name decides, the same way everywhere). */
export function later(a: Version, b: Version): boolean {
  if (Boolean(a.defer) !== Boolean(b.defer)) return !a.defer;
  return a.at === b.at ? a.by > b.by : a.at > b.at;
}

/** Merges `base` → `local` and `base` → `remote`. `base` is null when the two never agreed. */
export function merge(base: Content | null, local: Version, remote: Version, now: string): MergeResult {
  if (local.content === null && remote.content === null) return { content: null, replaced: [] };
  if (local.content === null || remote.content === null) {
    const present = (local.content ?? remote.content) as Content;
    // Deleted on one side: the deletion stands only if the other side changed nothing since.
    if (base !== null && sameContent(present, base)) return { content: null, replaced: [] };
    return { content: present, replaced: [] };
  }
  const replaced: Replaced[] = [];
  const content = mergeObject(base, local.content, remote.content, local, remote, now, replaced, '');
  return { content, replaced };
}

function mergeObject(
  base: Content | null,
  l: Content,
  r: Content,
  local: Version,
  remote: Version,
  now: string,
  replaced: Replaced[],
  prefix: string,
): Content {
  const out: Content = {};
  const keys = new Set([...Object.keys(l), ...Object.keys(r), ...Object.keys(base ?? {})]);
  for (const key of keys) {
    const b = base?.[key];
    const lv = l[key];
    const rv = r[key];
    let value: unknown;
    const setKey = SET_FIELDS[key];
    if (setKey && (Array.isArray(lv) || Array.isArray(rv))) {
      value = mergeSet(Array.isArray(b) ? b : base === null ? null : [], asList(lv), asList(rv), setKey);
    } else if (NESTED.has(key) && isObject(lv) && isObject(rv)) {
      value = mergeObject(isObject(b) ? b : null, lv, rv, local, remote, now, replaced, `${prefix}${key}.`);
    } else if (base !== null && sameContent(lv, b)) value = rv;
    else if (base !== null && sameContent(rv, b)) value = lv;
    else if (sameContent(lv, rv)) value = lv;
    else {
      const localWins = later(local, remote);
      const [winner, loser, loserValue] = localWins ? [local, remote, rv] : [remote, local, lv];
      value = localWins ? lv : rv;
      replaced.push({ field: prefix + key, value: loserValue ?? null, by: loser.by, at: loser.at, replacedBy: winner.by, replacedAt: now });
    }
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Three-way set merge: an item both sides have stays; an item only one side has stays if that
 * side added it (it is not in the base), and goes if the other side removed it. With no base
 * (the sides never agreed), the union.
 */
export function mergeSet(base: unknown[] | null, l: unknown[], r: unknown[], key: (item: unknown) => string): unknown[] {
  const inBase = new Set((base ?? []).map(key));
  const inL = new Set(l.map(key));
  const inR = new Set(r.map(key));
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (const [item, other] of [...l.map((x) => [x, inR] as const), ...r.map((x) => [x, inL] as const)]) {
    const k = key(item);
    if (seen.has(k)) continue;
    if (other.has(k) || !inBase.has(k)) {
      out.push(item);
      seen.add(k);
    }
  }
  return out;
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function isObject(v: unknown): v is Content {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
