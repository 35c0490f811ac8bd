/**
 * The browser clipper's rules, each refused with the right status over real HTTP on 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CuttingsError } from '../../../shared/errors';
import {
  newClipperToken,
  startClipper,
  type ClipOutcome,
  type ClipPayload,
  type RunningClipper,
} from '../../../electron/main/clipper';
import { send, type Answer } from './http-client';

const token = newClipperToken();
const page = {
  url: 'https://news.example/world/2026/peace-talks',
  title: 'Peace talks resume in Geneva',
  selection: 'Delegations met for six hours.',
  html: '<!doctype html><html><head><title>Peace talks resume in Geneva</title></head><body><article><h1>Peace talks resume in Geneva</h1><p>Delegations met for six hours.</p></article></body></html>',
};
const body = JSON.stringify(page);
const good = { 'content-type': 'application/json', 'x-cuttings-clip': '1', 'x-cuttings-token': token };

let clipper: RunningClipper;
const received: ClipPayload[] = [];
let failWith: unknown = null;

const onClip = async (clip: ClipPayload): Promise<ClipOutcome> => {
  if (failWith) throw failWith;
  received.push(clip);
  return { id: `c${received.length}`, title: clip.title, duplicate: received.length > 1 };
};

beforeAll(async () => {
  clipper = await startClipper({ port: 0, token, onClip });
});
afterAll(() => clipper.close());
beforeEach(() => {
  received.length = 0;
  failWith = null;
});

const post = (headers: Record<string, string>, payload: string = body): Promise<Answer> =>
  send(clipper.port, { headers, body: payload });

describe('binding', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(clipper.address).toBe('127.0.0.1');
    // Cross-check with the kernel's own table where there is one: one listener, on 127.0.0.1.
    if (existsSync('/proc/net/tcp')) {
      const portHex = clipper.port.toString(16).toUpperCase().padStart(4, '0');
      const listeners = [readFileSync('/proc/net/tcp', 'utf8'), readFileSync('/proc/net/tcp6', 'utf8')]
        .join('\n')
        .split('\n')
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols[1]?.endsWith(`:${portHex}`) && cols[3] === '0A');
      expect(listeners.map((cols) => cols[1])).toEqual([`0100007F:${portHex}`]);
    }
  });

  it('stops answering once closed', async () => {
    const other = await startClipper({ port: 0, token, onClip });
    await other.close();
    await expect(send(other.port, { headers: good, body })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('refuses a port that is already taken, with a message a person can act on', async () => {
    const attempt = startClipper({ port: clipper.port, token, onClip });
    await expect(attempt).rejects.toBeInstanceOf(CuttingsError);
    await expect(attempt).rejects.toThrow(`Port ${clipper.port} is already in use`);
  });

  it('refuses weak tokens and impossible ports before listening', async () => {
    await expect(startClipper({ port: 0, token: 'secret', onClip })).rejects.toThrow(/token is too short/);
    await expect(startClipper({ port: 70_000, token, onClip })).rejects.toThrow(/port must be/);
  });

  it('makes a new random, URL-safe token each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newClipperToken()));
    expect(tokens.size).toBe(50);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('Host header (DNS rebinding)', () => {
  it('refuses every name that is not loopback with our port', async () => {
    const port = clipper.port;
    const foreign = [
      `evil.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
      `localhost.evil.example:${port}`,
      `0.0.0.0:${port}`,
      `127.0.0.2:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      'localhost',
    ];
    for (const host of foreign) {
      const answer = await post({ ...good, host });
      expect(answer.status, host).toBe(403);
      const preflight = await send(port, { method: 'OPTIONS', headers: { host, origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(preflight.status, host).toBe(403);
      expect(preflight.headers['access-control-allow-origin'], host).toBeUndefined();
    }
    expect(received).toEqual([]);
  });

  it('accepts the three loopback names', async () => {
    for (const host of [`127.0.0.1:${clipper.port}`, `localhost:${clipper.port}`, `[::1]:${clipper.port}`, `LOCALHOST:${clipper.port}`]) {
      expect((await post({ ...good, host })).status, host).toBe(201);
    }
    expect(received).toHaveLength(4);
  });
});

describe('token', () => {
  it('refuses a missing or wrong token with 401', async () => {
    const { 'x-cuttings-token': _, ...noToken } = good;
    const cases: Array<[string, Record<string, string>]> = [
      ['missing', noToken],
      ['empty', { ...noToken, 'x-cuttings-token': '' }],
      ['wrong', { ...noToken, 'x-cuttings-token': newClipperToken() }],
      ['prefix', { ...noToken, 'x-cuttings-token': token.slice(0, -1) }],
      ['longer', { ...noToken, 'x-cuttings-token': `${token}x` }],
      ['bearer wrong', { ...noToken, authorization: `Bearer ${newClipperToken()}` }],
      ['basic', { ...noToken, authorization: `Basic ${Buffer.from(`x:${token}`).toString('base64')}` }],
    ];
    for (const [name, headers] of cases) {
      const answer = await post(headers);
      expect(answer.status, name).toBe(401);
      expect(answer.json?.error, name).toMatch(/token/);
    }
    expect(received).toEqual([]);
  });

  it('accepts the token as X-Cuttings-Token or Authorization: Bearer', async () => {
    const { 'x-cuttings-token': _, ...noToken } = good;
    expect((await post(good)).status).toBe(201);
    expect((await post({ ...noToken, authorization: `Bearer ${token}` })).status).toBe(201);
    expect(received).toHaveLength(2);
  });
});

describe('custom header', () => {
  it('refuses a POST without X-Cuttings-Clip: 1 (a request a form or a simple fetch could send)', async () => {
    const { 'x-cuttings-clip': _, ...noClip } = good;
    expect((await post(noClip)).status).toBe(403);
    expect((await post({ ...noClip, 'x-cuttings-clip': '0' })).status).toBe(403);
    expect(received).toEqual([]);
  });
});

describe('CORS, methods and paths', () => {
  const ask = (headers: Record<string, string>): Promise<Answer> => send(clipper.port, { method: 'OPTIONS', headers });
  const preflight = {
    origin: 'https://news.example',
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'content-type,x-cuttings-clip,x-cuttings-token',
  };

  it('answers the bookmarklet preflight with exactly what it needs', async () => {
    const answer = await ask(preflight);
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe('https://news.example');
    expect(answer.headers['access-control-allow-methods']).toBe('POST');
    expect(answer.headers['access-control-allow-headers']).toBe('content-type, x-cuttings-clip, x-cuttings-token');
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    expect(answer.headers.vary).toBe('Origin');
  });

  it('refuses preflights for other methods, other headers or non-web origins', async () => {
    const refusals: Array<[string, Record<string, string>, number]> = [
      ['PUT', { ...preflight, 'access-control-request-method': 'PUT' }, 405],
      ['DELETE', { ...preflight, 'access-control-request-method': 'DELETE' }, 405],
      ['extra header', { ...preflight, 'access-control-request-headers': 'content-type,x-cuttings-clip,x-cuttings-token,cookie' }, 403],
      ['null origin', { ...preflight, origin: 'null' }, 403],
      ['file origin', { ...preflight, origin: 'file://' }, 403],
      ['extension origin', { ...preflight, origin: 'chrome-extension://abcdef' }, 403],
      ['no origin', { 'access-control-request-method': 'POST' }, 403],
    ];
    for (const [name, headers, status] of refusals) {
      const answer = await ask(headers);
      expect(answer.status, name).toBe(status);
      expect(answer.headers['access-control-allow-origin'], name).toBeUndefined();
    }
  });

  it('lets the page read the answer to its POST, and refuses POSTs from non-web origins', async () => {
    const answer = await post({ ...good, origin: 'http://paper.example:8080' });
    expect(answer.status).toBe(201);
    expect(answer.headers['access-control-allow-origin']).toBe('http://paper.example:8080');
    expect((await post({ ...good, origin: 'null' })).status).toBe(403);
    expect(received).toHaveLength(1);
  });

  it('refuses other methods with 405 and unknown paths with 404', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const answer = await send(clipper.port, { method, headers: good });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('POST, OPTIONS');
    }
    for (const path of ['/', '/clip/', '/clip/x', '/api/notes', '/favicon.ico', '/CLIP']) {
      expect((await send(clipper.port, { path, headers: good, body })).status, path).toBe(404);
    }
    expect(received).toEqual([]);
  });
});

describe('body', () => {
  it('stores a good clip and answers 201 with what onClip returned', async () => {
    const first = await post(good);
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ id: 'c1', title: page.title, duplicate: false });
    expect(received).toEqual([page]);
    const again = await post(good);
    expect(again.json).toEqual({ id: 'c2', title: page.title, duplicate: true });
  });

  it('requires application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await post({ ...good, 'content-type': type })).status, type).toBe(415);
    }
    expect((await post({ ...good, 'content-type': 'application/json; charset=utf-8' })).status).toBe(201);
    expect(received).toHaveLength(1);
  });

  it('refuses malformed clips with 400 and a short JSON message', async () => {
    const bad: Array<[string, string, RegExp]> = [
      ['not json', '{"url": ', /not valid JSON/],
      ['array', '[]', /Invalid clip/],
      ['no url', JSON.stringify({ ...page, url: undefined }), /url/],
      ['javascript url', JSON.stringify({ ...page, url: 'javascript:alert(1)' }), /url: not a web address/],
      ['file url', JSON.stringify({ ...page, url: 'file:///etc/passwd' }), /url: not a web address/],
      ['title not text', JSON.stringify({ ...page, title: 42 }), /title/],
      ['empty html', JSON.stringify({ ...page, html: '' }), /html: the page HTML is empty/],
    ];
    for (const [name, payload, message] of bad) {
      const answer = await post(good, payload);
      expect(answer.status, name).toBe(400);
      expect(answer.headers['content-type'], name).toMatch(/^application\/json/);
      expect(answer.json?.error, name).toMatch(message);
      expect(answer.text.length, name).toBeLessThan(200);
    }
    expect(received).toEqual([]);
  });

  it('never returns a stack: unexpected errors become a generic 500', async () => {
    failWith = new Error('ENOENT: /home/user/.secret/archive.json at Library.add (/src/library.ts:12:3)');
    const answer = await post(good);
    expect(answer.status).toBe(500);
    expect(answer.json).toEqual({ error: 'Cuttings could not save this page.' });
    expect(answer.text).not.toMatch(/secret|library\.ts|\bat\b/);
  });

  it('passes on the message of a CuttingsError, which is written for people', async () => {
    failWith = new CuttingsError('invalid-input', 'This page has no article text to keep.');
    const refused = await post(good);
    expect(refused.status).toBe(422);
    expect(refused.json).toEqual({ error: 'This page has no article text to keep.' });
    failWith = new CuttingsError('locked', 'Another program is writing the archive.');
    expect((await post(good)).status).toBe(503);
  });
});
