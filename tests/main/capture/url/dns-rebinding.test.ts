/**
 * Issue #17 item 1 (security): DNS rebinding. A name that answers with a public address when
 * the address policy asks, and with 127.0.0.1 a moment later (TTL 0), must not lead a capture
 * to this computer: the connection goes to the address that was judged, for pictures, for
 * redirect hops and for the browser clipper's pictures alike.
 *
 * The resolver is ours: it is injected as `lookup`, and the system resolver (`dns.lookup`,
 * which the global fetch uses) is routed through it too, so a client that resolves again
 * before connecting really does get 127.0.0.1.
 */
import dns from 'node:dns';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { captureClippedPage, captureUrl } from '../../../../electron/main/capture/url';
import type { HostLookup } from '../../../../electron/main/capture/url/address-policy';

const PARAGRAPH =
  'The harbour authority said on Monday that the new ferry terminal would open in the spring, two years later than planned.';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

let server: Server;
let port: number;
const requests: string[] = [];

function page(imageUrl: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><title>Ferry terminal delayed</title></head><body><article>` +
    `<h1>Ferry terminal delayed</h1><p>${PARAGRAPH}</p>` +
    `<figure><img src="${imageUrl}" alt="The terminal"><figcaption>Work at the terminal</figcaption></figure>` +
    `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`
  );
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.headers.host ?? ''}${req.url ?? ''}`);
    if (req.url === '/img/a.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(PNG);
    } else if (req.url === '/hop') {
      res.writeHead(302, { location: `http://rebind.example:${port}/inside` });
      res.end();
    } else if (req.url === '/own') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(`http://intranet.example:${port}/img/a.png`));
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(`http://pics.example:${port}/img/a.png`));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Answers a public address the first time a name is asked, then 127.0.0.1 (TTL 0). */
function rebinding(): HostLookup & { asked: string[] } {
  const asked: string[] = [];
  const fn = async (host: string): Promise<string[]> => {
    asked.push(host);
    if (!host.endsWith('.example')) throw new Error(`ENOTFOUND ${host}`);
    if (host === 'intranet.example') return ['127.0.0.1'];
    return asked.filter((h) => h === host).length === 1 ? ['93.184.216.34'] : ['127.0.0.1'];
  };
  return Object.assign(fn, { asked });
}

let resolver: ReturnType<typeof rebinding>;
const systemLookup = dns.lookup;

beforeEach(() => {
  requests.length = 0;
  resolver = rebinding();
  // The system resolver answers `.example` names from the same rebinding resolver.
  (dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback?: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void;
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all;
    if (!host.endsWith('.example')) return (systemLookup as (...a: unknown[]) => void)(host, options, callback);
    resolver(host).then(
      ([address]) => (all ? cb(null, [{ address, family: 4 }]) : cb(null, address, 4)),
      (err: unknown) => cb(err),
    );
  };
});
afterEach(() => {
  (dns as { lookup: unknown }).lookup = systemLookup;
});

const options = () => ({ isPublicPage: () => true, lookup: resolver, timeoutMs: 1500 });

describe('DNS rebinding', () => {
  it('never fetches a picture from 127.0.0.1 when its host first answered with a public address', async () => {
    const article = await captureUrl(`http://127.0.0.1:${port}/story`, options());
    expect(article.title).toBe('Ferry terminal delayed');
    expect(article.images).toEqual([]);
    expect(requests.filter((r) => r.endsWith('/img/a.png'))).toEqual([]);
    expect(resolver.asked.filter((h) => h === 'pics.example').length).toBe(1); // judged once, connected to that answer
  });

  it('never follows a redirect hop to 127.0.0.1 through a rebinding name', async () => {
    await expect(captureUrl(`http://127.0.0.1:${port}/hop`, options())).rejects.toThrow();
    expect(requests.filter((r) => r.endsWith('/inside'))).toEqual([]);
  });

  it('never fetches the browser clipper’s pictures from 127.0.0.1 either', async () => {
    const article = await captureClippedPage(page(`http://pics.example:${port}/img/a.png`), 'https://news.example/story', options());
    expect(article.images).toEqual([]);
    expect(requests.filter((r) => r.endsWith('/img/a.png'))).toEqual([]);
  });

  it('connects to the address the resolver gave (an intranet page’s own pictures still arrive)', async () => {
    const article = await captureUrl(`http://intranet.example:${port}/own`, { lookup: resolver, timeoutMs: 3000 });
    expect(article.images.map((i) => i.file)).toEqual(['img-1.png']);
    expect(requests).toContain(`intranet.example:${port}/img/a.png`);
    expect(resolver.asked.filter((h) => h === 'intranet.example').length).toBe(1);
  });
});
