/**
 * Clip from the browser: a small HTTP service on the loopback interface that a bookmarklet
 * POSTs the current page to (as Joplin's and Zotero's clippers do, but stricter).
 * Off by default; the app starts it only when the user switches it on in Settings.
 *
 * Every request passes, in order: loopback Host (DNS rebinding) → path → method (with a
 * narrow CORS preflight) → web origin → custom header (forces a preflight) → token
 * (constant time) → JSON content type → size and time caps → schema → `onClip`.
 * Pure Node: no Electron, so the tests drive it with real HTTP requests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CuttingsError } from '../../../shared/errors';
import { DEFAULT_CLIPPER_PORT } from '../../../shared/settings';
import { BodyError, readBody } from './body';
import {
  CLIP_PATH,
  corsHeaders,
  hasClipHeader,
  isLoopbackHost,
  MIN_TOKEN_LENGTH,
  preflight,
  presentedToken,
  tokenMatches,
  webOrigin,
} from './guard';
import { parseClip, type ClipPayload } from './payload';

export { bookmarklet } from './bookmarklet';
export { newClipperToken } from './guard';
export type { ClipPayload } from './payload';

/** A whole news page with inline images fits; anything bigger is refused with 413. */
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** What `onClip` returns: shown to the user by the bookmarklet. */
export interface ClipOutcome {
  id: string;
  title: string;
  duplicate: boolean;
}

export interface ClipperOptions {
  /** Port on 127.0.0.1; 0 picks any free port (tests). Default {@link DEFAULT_CLIPPER_PORT}. */
  port?: number;
  /** The secret the bookmarklet carries; make one with `newClipperToken()`. */
  token: string;
  /** Stores the clip (capture, sanitize, localize images, add to the library). */
  onClip: (clip: ClipPayload) => Promise<ClipOutcome>;
  maxBodyBytes?: number;
  /** Deadline for a whole request (headers and body) to arrive. */
  requestTimeoutMs?: number;
}

export interface RunningClipper {
  /** The port actually bound (useful with `port: 0`). */
  port: number;
  /** The address actually bound: always `127.0.0.1`. */
  address: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/** Starts the service on 127.0.0.1. Rejects with a CuttingsError when the port is taken. */
export async function startClipper(options: ClipperOptions): Promise<RunningClipper> {
  const {
    port = DEFAULT_CLIPPER_PORT,
    token,
    onClip,
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CuttingsError('usage', `The clipper port must be a number from 1 to 65535 (got ${port}).`);
  }
  if (typeof token !== 'string' || token.length < MIN_TOKEN_LENGTH) {
    throw new CuttingsError('usage', 'The clipper token is too short: create one with newClipperToken().');
  }

  let boundPort = port;
  const server = createServer(
    {
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(requestTimeoutMs, 10_000),
      // Node checks the two timeouts above on this interval (30 s by default): keep it short.
      connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(requestTimeoutMs / 4))),
      keepAliveTimeout: 5_000,
    },
    (req, res) => {
      void handle(req, res).catch(() => reply(res, 500, { error: 'Cuttings could not save this page.' }));
    },
  );
  // A page can open connections but never exhaust the app's sockets.
  server.maxConnections = 32;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isLoopbackHost(req.headers.host, boundPort)) {
      return reply(res, 403, { error: 'Requests must be addressed to 127.0.0.1.' }, {}, req);
    }
    const path = (req.url ?? '').split('?')[0];
    if (path !== CLIP_PATH) return reply(res, 404, { error: 'Not found.' });

    if (req.method === 'OPTIONS') {
      const verdict = preflight(req.headers);
      if (!verdict.ok) return reply(res, verdict.status, { error: verdict.message });
      res.writeHead(204, { ...verdict.headers, 'Content-Length': '0' }).end();
      return;
    }
    if (req.method !== 'POST') return reply(res, 405, { error: 'Only POST is allowed.' }, { Allow: 'POST, OPTIONS' });

    const origin = webOrigin(req.headers.origin);
    if (req.headers.origin !== undefined && !origin) {
      return reply(res, 403, { error: 'Only web pages may send clips.' }, {}, req);
    }
    const cors = corsHeaders(origin);
    if (!hasClipHeader(req.headers)) {
      return reply(res, 403, { error: 'Missing the X-Cuttings-Clip header.' }, cors, req);
    }
    if (!tokenMatches(presentedToken(req.headers), token)) {
      const headers = { ...cors, 'WWW-Authenticate': 'Bearer realm="cuttings"' };
      return reply(res, 401, { error: 'Wrong or missing token: drag a new bookmarklet from Settings.' }, headers, req);
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      return reply(res, 415, { error: 'The body must be application/json.' }, cors, req);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) return reply(res, 413, { error: tooLarge(maxBodyBytes) }, cors, req);

    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes, requestTimeoutMs);
    } catch (err) {
      if (!(err instanceof BodyError) || err.reason === 'aborted') return void req.destroy();
      if (err.reason === 'too-large') return reply(res, 413, { error: tooLarge(maxBodyBytes) }, cors, req);
      return reply(res, 408, { error: 'The page took too long to arrive.' }, cors, req);
    }
    const parsed = parseClip(body);
    if (!parsed.ok) return reply(res, 400, { error: parsed.message }, cors);

    let outcome: ClipOutcome;
    try {
      outcome = await onClip(parsed.clip);
    } catch (err) {
      return err instanceof CuttingsError
        ? reply(res, statusFor(err), { error: err.message }, cors)
        : reply(res, 500, { error: 'Cuttings could not save this page.' }, cors);
    }
    const { id, title, duplicate } = outcome;
    reply(res, 201, { id, title, duplicate }, cors);
  }

  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(
        err.code === 'EADDRINUSE'
          ? new CuttingsError('io', `Port ${port} is already in use on this computer: choose another port for browser clipping in Settings.`, { cause: err })
          : new CuttingsError('io', `Browser clipping could not start: ${err.message}`, { cause: err }),
      );
    };
    server.once('error', onError);
    server.listen({ host: LOOPBACK, port, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  boundPort = bound.port;

  return {
    port: boundPort,
    address: bound.address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const tooLarge = (max: number): string => `The page is larger than ${Math.round(max / (1024 * 1024)) || '<1'} MB.`;

function statusFor(err: CuttingsError): number {
  switch (err.code) {
    case 'invalid-input':
    case 'usage':
      return 422;
    case 'locked':
    case 'read-only':
      return 503;
    default:
      return 500;
  }
}

/**
 * Sends a short JSON answer, never a stack. When `closeAfter` is given the connection is
 * closed once the answer is out, so a refused or cut-off body is not read any further.
 */
function reply(
  res: ServerResponse,
  status: number,
  body: object,
  headers: Record<string, string> = {},
  closeAfter?: IncomingMessage,
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(closeAfter ? { Connection: 'close' } : {}),
  });
  res.end(text, () => closeAfter?.destroy());
}
