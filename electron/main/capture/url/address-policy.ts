/**
 * Which network addresses a capture may contact. A page on the internet names its images, so it
 * could make Cuttings send requests to this computer (the app's own loopback clipper service) or
 * to the local network (routers, printers, intranet servers). Addresses are judged after DNS
 * resolution, so a public-looking name that resolves to 127.0.0.1 is caught too, and the
 * connection is then made to the very address judged (pinned-fetch.ts), so a name cannot
 * answer differently a moment later (DNS rebinding).
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { CuttingsError } from '../../../../shared/errors';

/** What an IP address is, for the purpose of deciding whether a page may reach it. */
export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'reserved';

/** Resolves a host name to every address it has. */
export type HostLookup = (hostname: string) => Promise<string[]>;

type Ranges = Array<[string, number, 'ipv4' | 'ipv6']>;

// prettier-ignore
const RANGES: Array<[Exclude<AddressKind, 'public'>, Ranges]> = [
  ['unspecified', [['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']]],
  ['loopback', [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']]],
  ['link-local', [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']]],
  ['private', [
    ['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'],
    // Carrier-grade NAT: another customer's network, never a web server for the public.
    ['100.64.0.0', 10, 'ipv4'],
    ['fc00::', 7, 'ipv6'], ['fec0::', 10, 'ipv6'],
  ]],
  // Documentation, benchmarking, multicast and future-use blocks: no public web server there.
  ['reserved', [
    ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4'],
    ['198.51.100.0', 24, 'ipv4'], ['203.0.113.0', 24, 'ipv4'], ['224.0.0.0', 4, 'ipv4'],
    ['240.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6'], ['2001:db8::', 32, 'ipv6'], ['100::', 64, 'ipv6'],
    // IPv4-compatible IPv6 (deprecated): "::7f00:1" would otherwise slip past as public.
    ['::', 96, 'ipv6'],
  ]],
];

// Node's BlockList also matches IPv4-mapped IPv6 ("::ffff:127.0.0.1") against IPv4 ranges.
const LISTS = RANGES.map(([kind, ranges]) => {
  const list = new BlockList();
  for (const [network, prefix, family] of ranges) list.addSubnet(network, prefix, family);
  return [kind, list] as const;
});

// NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address inside: judge that one.
const NAT64 = new BlockList();
NAT64.addSubnet('64:ff9b::', 96, 'ipv6');
const SIX_TO_FOUR = new BlockList();
SIX_TO_FOUR.addSubnet('2002::', 16, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (which must be valid). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string): number[] => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

function embeddedIpv4(high: number, low: number): string {
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

/**
 * The kind of an IP address literal ("10.0.0.1", "::1", "::ffff:127.0.0.1"). Anything that is
 * not an IP address is 'reserved': never contacted as if it were public.
 */
export function addressKind(address: string): AddressKind {
  const family = isIP(address);
  if (family === 0) return 'reserved';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [kind, list] of LISTS) if (list.check(address, type)) return kind;
  if (type === 'ipv6' && NAT64.check(address, 'ipv6')) {
    const g = ipv6Groups(address);
    return addressKind(embeddedIpv4(g[6] ?? 0, g[7] ?? 0));
  }
  if (type === 'ipv6' && SIX_TO_FOUR.check(address, 'ipv6')) {
    const g = ipv6Groups(address);
    return addressKind(embeddedIpv4(g[1] ?? 0, g[2] ?? 0));
  }
  return 'public';
}

/**
 * The kind of a URL's host when it can be told without DNS: an IP literal in any form a URL
 * accepts ("2130706433", "0177.0.0.1", "[::1]") or a `localhost` name. Null for other names.
 */
export function literalHostKind(hostname: string): AddressKind | null {
  const bare = hostname.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (bare === 'localhost' || bare.endsWith('.localhost')) return 'loopback';
  if (isIP(bare)) return addressKind(bare);
  // The URL parser reads decimal, octal and hex IPv4 forms the way browsers and fetch do.
  try {
    const normal = new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}/`).hostname.replace(/^\[|\]$/g, '');
    return isIP(normal) ? addressKind(normal) : null;
  } catch {
    return 'reserved';
  }
}

/** The system resolver: every address of the name, as the operating system would connect. */
export const systemLookup: HostLookup = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** Rejects when `signal` fires, so a stuck resolver cannot outlast the caller's deadline. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** A URL host as an address literal, without brackets: "::1" for "[::1]", null for a name. */
function ipLiteral(hostname: string): string | null {
  const bare = hostname.trim().replace(/^\[|\]$/g, '');
  return isIP(bare) ? bare : null;
}

/**
 * Every address `hostname` resolves to (an IP literal is its own address). Rejects when the
 * name does not resolve or resolves to nothing.
 */
export async function resolveHost(
  hostname: string,
  resolve: HostLookup = systemLookup,
  signal?: AbortSignal,
): Promise<string[]> {
  const literal = ipLiteral(hostname);
  if (literal) return [literal];
  const addresses = await untilAborted(resolve(hostname.replace(/\.$/, '')), signal);
  if (addresses.length === 0) throw new Error(`${hostname} has no address`);
  return addresses;
}

/**
 * A resolver that asks once per host and keeps the answer for the life of one capture. That
 * answer is the one judged and the one connected to (see pinned-fetch.ts): a name cannot
 * answer one address for the check and another for the connection. A failed lookup is
 * forgotten, so a deadline that cut one short does not decide for the next request.
 */
export function onceLookup(resolve: HostLookup = systemLookup): HostLookup {
  const cache = new Map<string, Promise<string[]>>();
  return (hostname) => {
    const key = hostname.toLowerCase();
    let found = cache.get(key);
    if (!found) {
      found = resolve(hostname);
      cache.set(key, found);
      found.catch(() => cache.delete(key));
    }
    return found;
  };
}

/** The kinds of `addresses`, resolved for `hostname` (a `localhost` name is loopback whatever it resolves to). */
function kindsOf(hostname: string, addresses: readonly string[]): AddressKind[] {
  const literal = literalHostKind(hostname);
  if (literal) return [literal];
  return addresses.length > 0 ? addresses.map(addressKind) : ['reserved'];
}

/**
 * The kinds of every address `hostname` resolves to (one kind for a literal). A name that does
 * not resolve gives 'reserved': the request would fail anyway, and it must not count as public.
 */
export async function hostKinds(
  hostname: string,
  resolve: HostLookup = systemLookup,
  signal?: AbortSignal,
): Promise<AddressKind[]> {
  const literal = literalHostKind(hostname);
  if (literal) return [literal];
  try {
    return kindsOf(hostname, await resolveHost(hostname, resolve, signal));
  } catch (err) {
    if (signal?.aborted) throw err;
    return ['reserved'];
  }
}

const LOCAL_KINDS = new Set<AddressKind>(['loopback', 'private', 'link-local', 'unspecified']);

/**
 * True when `hostname` is on this computer or the local network: every address it resolves to
 * is loopback, private, link-local or unspecified. A name that does not resolve, or resolves to
 * a mix, is not: the stricter rules for pages on the internet apply to it.
 */
export async function isLocalNetworkHost(
  hostname: string,
  resolve: HostLookup = systemLookup,
  signal?: AbortSignal,
): Promise<boolean> {
  return (await hostKinds(hostname, resolve, signal)).every((kind) => LOCAL_KINDS.has(kind));
}

const DESCRIBED: Record<AddressKind, string> = {
  public: 'a public address',
  loopback: 'this computer',
  private: 'a private network',
  'link-local': 'the local network',
  unspecified: 'an unspecified address',
  reserved: 'a reserved or unknown address',
};

/** Where a page's requests may go. */
export interface RequestPolicy {
  /** True when the page is on the internet: then only public addresses may be contacted. */
  pageIsPublic: boolean;
  /** Host names of the page itself: an intranet page may load its own pictures. */
  pageHosts: string[];
  /** Resolves host names; wrap it in {@link onceLookup} so that checks and connections share answers. */
  lookup?: HostLookup;
}

/**
 * A check to run before each request (each redirect hop included) a page leads to. It resolves
 * the host and returns the addresses the request may connect to — every one judged — or throws
 * `CuttingsError('invalid-input')` for an address the policy refuses. Connect to exactly those
 * (pinned-fetch.ts): resolving the name again would let its owner answer differently.
 */
export function addressGuard(policy: RequestPolicy): (url: URL, signal?: AbortSignal) => Promise<string[]> {
  const own = new Set(policy.pageHosts.map((h) => h.toLowerCase()));
  const resolve = onceLookup(policy.lookup);
  return async (url, signal) => {
    const host = url.hostname.toLowerCase();
    const refuse = (kind: AddressKind): CuttingsError =>
      new CuttingsError(
        'invalid-input',
        `${url.host} is on ${DESCRIBED[kind]}; a page ${policy.pageIsPublic ? 'on the internet' : 'from another host'} may not make Cuttings contact it.`,
      );
    const literal = literalHostKind(host);
    const ownHost = !policy.pageIsPublic && own.has(host);
    if (literal && literal !== 'public' && !ownHost) throw refuse(literal);
    let addresses: string[];
    try {
      addresses = await resolveHost(host, resolve, signal);
    } catch (err) {
      if (signal?.aborted) throw err;
      if (ownHost) throw err; // the request fails as any unreachable address would
      throw refuse('reserved');
    }
    if (ownHost) return addresses;
    const refused = kindsOf(host, addresses).find((kind) => kind !== 'public');
    if (refused) throw refuse(refused);
    return addresses;
  };
}

/** {@link addressGuard} for callers that only need the verdict. */
export function requestGuard(policy: RequestPolicy): (url: URL, signal?: AbortSignal) => Promise<void> {
  const guard = addressGuard(policy);
  return async (url, signal) => {
    await guard(url, signal);
  };
}
