/**
 * An HTTP GET that connects only to addresses it is handed: the ones the address policy has
 * just judged. The global `fetch` resolves the host name again before connecting, so a name
 * that answers with a public address for the check and with 127.0.0.1 a moment later (DNS
 * rebinding, TTL 0) would lead it to this computer. Here the socket's `lookup` hook returns
 * the judged addresses and nothing else, on every connection: the first request, each
 * redirect hop (a new request, judged anew) and each picture.
 *
 * The answer is a WHATWG {@link Response}, as `fetch` gives, so fetch-limited.ts reads both
 * alike: bodies are streamed, gzip/deflate/br are decoded, the signal aborts the request.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Readable, pipeline, type Transform } from 'node:stream';
import zlib from 'node:zlib';

/** `fetch`'s shape, plus the addresses a connection may use (from the address policy). */
export type PinnedFetch = (url: URL, init: RequestInit, addresses?: readonly string[]) => Promise<Response>;

/** Statuses whose responses have no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function decoder(encoding: string): Transform | null {
  switch (encoding.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** A lookup hook that answers only with `addresses`, whatever name is asked. */
function pinnedLookup(addresses: readonly string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
  return ((_hostname: string, options: { all?: boolean; family?: number | string }, callback: (...args: unknown[]) => void) => {
    const wanted = Number(String(options?.family ?? 0).replace(/\D/g, '')) || 0;
    const usable = entries.filter((e) => wanted === 0 || e.family === wanted);
    if (usable.length === 0) {
      const err = Object.assign(new Error(`no IPv${wanted} address to connect to`), { code: 'ENOTFOUND' });
      callback(err);
    } else if (options?.all) callback(null, usable);
    else callback(null, usable[0]?.address, usable[0]?.family);
  }) as unknown as LookupFunction;
}

function headerValues(headers: Record<string, string>): Record<string, string> {
  return { 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'Cuttings', ...headers };
}

/**
 * GETs `url`, connecting only to `addresses` (an IP literal URL connects to itself). Without
 * addresses it refuses: every caller goes through the address policy first.
 */
export const pinnedFetch: PinnedFetch = (url, init, addresses) => {
  if (!addresses || addresses.length === 0) {
    return Promise.reject(new TypeError('fetch failed', { cause: new Error(`no checked address for ${url.host}`) }));
  }
  const client = url.protocol === 'https:' ? https : http;
  const signal = init.signal ?? undefined;
  return new Promise<Response>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'GET',
        headers: headerValues((init.headers as Record<string, string> | undefined) ?? {}),
        signal,
        agent: false, // no pooled socket: every connection is looked up (pinned) anew
        lookup: pinnedLookup(addresses),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value === undefined) continue;
          try {
            headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          } catch {
            // A header value fetch would refuse too: leave it out.
          }
        }
        let body: Readable = res;
        const decode = NULL_BODY.has(status) ? null : decoder(res.headers['content-encoding'] ?? '');
        if (decode) {
          body = pipeline(res, decode, () => undefined);
          headers.delete('content-encoding');
          headers.delete('content-length');
        }
        try {
          const stream = NULL_BODY.has(status) ? null : (Readable.toWeb(body) as ReadableStream<Uint8Array>);
          resolve(new Response(stream, { status, statusText: res.statusMessage ?? '', headers }));
        } catch (err) {
          res.destroy();
          reject(new TypeError('fetch failed', { cause: err }));
        }
      },
    );
    request.on('error', (err) => reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: err })));
    request.end();
  });
};
