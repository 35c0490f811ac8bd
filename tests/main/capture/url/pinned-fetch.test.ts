/** The pinned HTTP client: connects only where it is told, and reads bodies as fetch would. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinnedFetch } from '../../../../electron/main/capture/url/pinned-fetch';

const TEXT = 'Ferry terminal delayed by two years. '.repeat(50);
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(TEXT));
    } else if (req.url === '/br') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' });
      res.end(brotliCompressSync(TEXT));
    } else if (req.url === '/empty') {
      res.writeHead(204).end();
    } else {
      res.writeHead(200, { 'content-type': 'text/plain', 'x-host': req.headers.host ?? '' });
      res.end(TEXT);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('pinnedFetch', () => {
  it('connects to the address it is handed, keeping the name for the Host header', async () => {
    const res = await pinnedFetch(new URL(`http://no-such-name.invalid:${port}/`), {}, ['127.0.0.1']);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-host')).toBe(`no-such-name.invalid:${port}`);
    expect(await res.text()).toBe(TEXT);
  });

  it('refuses to connect without a checked address', async () => {
    await expect(pinnedFetch(new URL(`http://127.0.0.1:${port}/`), {})).rejects.toThrow('fetch failed');
  });

  it('decodes gzip and brotli bodies, and gives 204 no body', async () => {
    for (const path of ['/gzip', '/br']) {
      const res = await pinnedFetch(new URL(`http://127.0.0.1:${port}${path}`), {}, ['127.0.0.1']);
      expect(await res.text()).toBe(TEXT);
      expect(res.headers.get('content-encoding')).toBeNull();
    }
    const empty = await pinnedFetch(new URL(`http://127.0.0.1:${port}/empty`), {}, ['127.0.0.1']);
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  });

  it('stops when its signal fires', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(pinnedFetch(new URL(`http://127.0.0.1:${port}/`), { signal: controller.signal }, ['127.0.0.1'])).rejects.toThrow('stop');
  });
});
