/**
 * One bounded HTTP GET: http(s) only, redirects followed by hand (so each hop is checked and
 * counted), the body streamed and cut off at a size cap, every failure turned into a
 * CuttingsError a person can act on.
 */
import { CuttingsError } from '../../../../shared/errors';
import type { PinnedFetch } from './pinned-fetch';

/** Limits and hooks for {@link fetchLimited}. */
export interface FetchLimits {
  signal: AbortSignal;
  /** True when the deadline (not the user) ended the request. */
  timedOut: () => boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Called with the addresses `beforeRequest` returned: it must connect to those only. */
  fetch: PinnedFetch;
  /** Called with the Content-Type before the body is read; throw to refuse it. */
  checkType?: (contentType: string, url: URL) => void;
  headers?: Record<string, string>;
  /**
   * Runs before every request, the first and each redirect hop (`hop` counts them from 0), with
   * the address about to be contacted: throws to refuse it (the private-address policy), else
   * returns the addresses the connection may use, handed to `fetch`.
   */
  beforeRequest?: (url: URL, hop: number, signal: AbortSignal) => Promise<readonly string[] | undefined>;
}

/** A completed download. */
export interface Fetched {
  url: URL;
  contentType: string;
  bytes: Uint8Array;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** Parses an address the user gave; only http(s) is allowed. */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CuttingsError(
      'invalid-input',
      `"${raw}" is not a web address. Use one that starts with https:// or http://.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CuttingsError(
      'invalid-input',
      `"${raw}" is not a web address (${url.protocol}). Only http:// and https:// pages can be imported.`,
    );
  }
  return url;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Turns an aborted or failed request into the error the user should see. */
export function requestError(
  err: unknown,
  url: URL,
  limits: Pick<FetchLimits, 'signal' | 'timedOut' | 'timeoutMs'>,
): CuttingsError {
  if (err instanceof CuttingsError) return err;
  if (limits.timedOut()) {
    return new CuttingsError(
      'io',
      `${url.host} did not answer within ${Math.round(limits.timeoutMs / 100) / 10} s. Try again later, or save the page from your browser and import the file.`,
      { cause: err },
    );
  }
  if (limits.signal.aborted)
    return new CuttingsError('cancelled', `The download of ${url.href} was cancelled.`, { cause: err });
  const cause = (err as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (err as { code?: string }).code ?? '';
  return new CuttingsError('io', networkWords(code, url.host), { cause: err });
}

/** A network failure said in words, never as its code ("ENOTFOUND"). */
function networkWords(code: string, host: string): string {
  if (code === 'ENOTFOUND') return `There is no site at ${host}: its name was not found. Check the address, or whether you are online.`;
  if (code === 'EAI_AGAIN') return `${host} could not be looked up: this computer seems to be offline. Check the connection and try again.`;
  if (code === 'ECONNREFUSED') return `${host} refused the connection: the site may be down. Try again later.`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `${host} closed the connection before the page arrived. Try again later.`;
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return `${host} did not answer. Try again later.`;
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return `${host} cannot be reached from this computer: it seems to be offline.`;
  if (/CERT|SSL|TLS/u.test(code)) return `${host} did not prove it is who it claims to be (its security certificate is not valid), so nothing was downloaded.`;
  return `Could not reach ${host}. Check the address and your connection.`;
}

async function readCapped(response: Response, url: URL, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = (): CuttingsError =>
    new CuttingsError(
      'invalid-input',
      `${url.href} is larger than ${megabytes(maxBytes)}, the most that is downloaded for one item.`,
    );
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Cancelling closes the connection: the rest is never downloaded.
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function statusError(status: number, statusText: string, url: URL): CuttingsError {
  const said = `${status}${statusText ? ` ${statusText}` : ''}`;
  if (status >= 500) {
    return new CuttingsError('io', `${url.host} could not deliver the page (${said}). Try again later.`);
  }
  if (status === 404 || status === 410) {
    return new CuttingsError(
      'invalid-input',
      `There is no page at ${url.href} (${said}). Check the address.`,
    );
  }
  return new CuttingsError('invalid-input', `${url.href} refused the download (${said}).`);
}

/** Downloads `start` within the limits; follows up to `maxRedirects` redirects. */
export async function fetchLimited(start: URL, limits: FetchLimits): Promise<Fetched> {
  let url = start;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      const addresses = await limits.beforeRequest?.(url, hop, limits.signal);
      response = await limits.fetch(url, { redirect: 'manual', signal: limits.signal, headers: limits.headers }, addresses);
    } catch (err) {
      throw requestError(err, url, limits);
    }
    if (REDIRECT.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location)
        throw new CuttingsError('invalid-input', `${url.href} redirects without saying where to.`);
      if (hop >= limits.maxRedirects) {
        throw new CuttingsError(
          'invalid-input',
          `${start.href} redirects too many times (more than ${limits.maxRedirects}).`,
        );
      }
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new CuttingsError(
          'invalid-input',
          `${url.href} redirects to ${next.protocol} address, which cannot be imported.`,
        );
      }
      url = next;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw statusError(response.status, response.statusText, url);
    }
    const contentType = response.headers.get('content-type') ?? '';
    try {
      limits.checkType?.(contentType, url);
    } catch (err) {
      await response.body?.cancel();
      throw err;
    }
    try {
      return { url, contentType, bytes: await readCapped(response, url, limits.maxBytes) };
    } catch (err) {
      throw requestError(err, url, limits);
    }
  }
}

/** A signal that fires on the caller's signal or after `ms`, and tells which one it was. */
export function deadline(ms: number, parent?: AbortSignal): { signal: AbortSignal; timedOut: () => boolean } {
  const timeout = AbortSignal.timeout(ms);
  const signal = parent ? AbortSignal.any([parent, timeout]) : timeout;
  return { signal, timedOut: () => timeout.aborted && !parent?.aborted };
}
