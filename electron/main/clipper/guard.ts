/**
 * The clipper's request checks, as pure functions over headers so each rule reads on its own:
 * loopback Host (against DNS rebinding), the secret token (compared in constant time),
 * the custom header (which forces a browser to send a CORS preflight), and the CORS answer.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The one path the service answers. */
export const CLIP_PATH = '/clip';
/** Header the bookmarklet sends with the token. `Authorization: Bearer <token>` works too. */
export const TOKEN_HEADER = 'x-cuttings-token';
/** Header no HTML form or "simple" request can carry, so browsers must preflight the POST. */
export const CLIP_HEADER = 'x-cuttings-clip';
/** Exactly the request headers a preflight may ask for. */
export const ALLOWED_HEADERS = ['content-type', CLIP_HEADER, TOKEN_HEADER] as const;
/** Shortest token `startClipper` accepts: guessing 128 random bits over HTTP is hopeless. */
export const MIN_TOKEN_LENGTH = 22;

/** A new random token (256 bits, base64url: safe in a URL, a header and a bookmarklet). */
export function newClipperToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * True when `host` names this service on the loopback interface. A DNS-rebinding page
 * reaches 127.0.0.1 under its own host name, which it cannot make the browser hide.
 */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const name = host.toLowerCase();
  return name === `127.0.0.1:${port}` || name === `localhost:${port}` || name === `[::1]:${port}`;
}

/** The token from `X-Cuttings-Token` or `Authorization: Bearer`, or null. */
export function presentedToken(headers: IncomingHttpHeaders): string | null {
  const direct = headers[TOKEN_HEADER];
  if (typeof direct === 'string' && direct.length > 0) return direct;
  const bearer = /^Bearer[ \t]+(\S+)$/i.exec(headers.authorization ?? '');
  return bearer?.[1] ?? null;
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Constant-time comparison. Hashing first gives equal-length buffers, so neither the
 * content nor the length of the expected token leaks through timing.
 */
export function tokenMatches(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  return timingSafeEqual(digest(presented), digest(expected));
}

/** True when the request carries the custom header with the value the bookmarklet sends. */
export function hasClipHeader(headers: IncomingHttpHeaders): boolean {
  return headers[CLIP_HEADER] === '1';
}

/**
 * The page origin to echo in CORS answers: any http(s) origin, since the bookmarklet must
 * work on every news site and the token, not the origin, is the secret. `null` (sandboxed
 * frames, file: pages) and other schemes are refused.
 */
export function webOrigin(origin: string | undefined): string | null {
  if (!origin) return null;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin === origin ? origin : null;
  } catch {
    return null;
  }
}

export type PreflightVerdict =
  | { ok: true; headers: Record<string, string> }
  | { ok: false; status: number; message: string };

/** Answers a CORS preflight: POST only, only the allowed headers, only from web pages. */
export function preflight(headers: IncomingHttpHeaders): PreflightVerdict {
  const origin = webOrigin(headers.origin);
  if (!origin) return { ok: false, status: 403, message: 'Only web pages may send clips.' };
  if (headers['access-control-request-method'] !== 'POST') {
    return { ok: false, status: 405, message: 'Only POST is allowed.' };
  }
  const asked = (headers['access-control-request-headers'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (!asked.every((name) => (ALLOWED_HEADERS as readonly string[]).includes(name))) {
    return { ok: false, status: 403, message: 'Request headers not allowed.' };
  }
  const answer: Record<string, string> = {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
    'Access-Control-Max-Age': '600',
  };
  // Chromium's Private Network Access preflight: a public page may reach loopback only if we say so.
  if (headers['access-control-request-private-network'] === 'true') {
    answer['Access-Control-Allow-Private-Network'] = 'true';
  }
  return { ok: true, headers: answer };
}

/** Lets the page read our answer (so the bookmarklet can say what happened). Never credentials. */
export function corsHeaders(origin: string | null): Record<string, string> {
  return origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' };
}
