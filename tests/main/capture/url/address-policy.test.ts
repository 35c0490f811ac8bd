/**
 * The private-address policy: which addresses a captured page may make Cuttings contact.
 * Pure functions with a fake resolver (no DNS), then captureUrl against a real server on
 * 127.0.0.1 told to treat the page as public, so its loopback images and redirects are refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureUrl } from '../../../../electron/main/capture/url';
import {
  addressKind,
  hostKinds,
  isLocalNetworkHost,
  literalHostKind,
  requestGuard,
  type HostLookup,
} from '../../../../electron/main/capture/url/address-policy';
import { CuttingsError } from '../../../../shared/errors';

const fakeDns =
  (table: Record<string, string[]>): HostLookup =>
  async (host) => {
    const found = table[host];
    if (!found) throw new Error(`ENOTFOUND ${host}`);
    return found;
  };

describe('addressKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['2002:c0a8:0101::1', 'private'],
    ['::7f00:1', 'reserved'],
    ['203.0.113.5', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['93.184.216.34', 'public'],
    ['2606:4700::1111', 'public'],
    ['not-an-ip', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });
});

describe('literalHostKind', () => {
  it.each([
    ['localhost', 'loopback'],
    ['app.localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['[::1]', 'loopback'],
    ['2130706433', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['192.168.0.1', 'private'],
    ['8.8.8.8', 'public'],
  ])('%s is %s without DNS', (host, kind) => {
    expect(literalHostKind(host)).toBe(kind);
  });

  it('leaves ordinary names to the resolver', () => {
    expect(literalHostKind('news.example')).toBeNull();
  });
});

describe('hostKinds and isLocalNetworkHost', () => {
  const dns = fakeDns({
    'intranet.corp': ['10.0.0.5'],
    'rebind.example': ['127.0.0.1'],
    'mixed.example': ['93.184.216.34', '192.168.1.7'],
    'news.example': ['93.184.216.34', '2606:4700::1111'],
  });

  it('judges every address a name resolves to', async () => {
    expect(await hostKinds('rebind.example', dns)).toEqual(['loopback']);
    expect(await hostKinds('mixed.example', dns)).toEqual(['public', 'private']);
    expect(await hostKinds('nowhere.example', dns)).toEqual(['reserved']);
  });

  it('calls a host local only when every address is local', async () => {
    expect(await isLocalNetworkHost('intranet.corp', dns)).toBe(true);
    expect(await isLocalNetworkHost('127.0.0.1', dns)).toBe(true);
    expect(await isLocalNetworkHost('mixed.example', dns)).toBe(false);
    expect(await isLocalNetworkHost('news.example', dns)).toBe(false);
    expect(await isLocalNetworkHost('nowhere.example', dns)).toBe(false);
  });

  it('gives up on a resolver that hangs when the caller aborts', async () => {
    const hang: HostLookup = () => new Promise(() => {});
    const controller = new AbortController();
    const pending = hostKinds('slow.example', hang, controller.signal);
    controller.abort(new Error('deadline'));
    await expect(pending).rejects.toThrow('deadline');
  });
});

describe('requestGuard', () => {
  const dns = fakeDns({
    'cdn.example': ['93.184.216.34'],
    'rebind.example': ['127.0.0.1'],
    'intranet.corp': ['10.0.0.5'],
  });

  it('lets a public page reach only public addresses', async () => {
    const guard = requestGuard({ pageIsPublic: true, pageHosts: ['news.example'], lookup: dns });
    await expect(guard(new URL('https://cdn.example/a.jpg'))).resolves.toBeUndefined();
    for (const address of [
      'http://127.0.0.1:4567/clip',
      'http://rebind.example/x.png',
      'http://[::1]/x',
      'http://169.254.169.254/latest/meta-data',
      'http://intranet.corp/logo.png',
    ]) {
      const err = await guard(new URL(address)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err, address).toBeInstanceOf(CuttingsError);
      expect((err as CuttingsError).code).toBe('invalid-input');
      expect((err as CuttingsError).message).toContain('may not make Cuttings contact it');
    }
  });

  it('lets an intranet page load its own pictures but not another local host', async () => {
    const guard = requestGuard({ pageIsPublic: false, pageHosts: ['intranet.corp'], lookup: dns });
    await expect(guard(new URL('http://intranet.corp/logo.png'))).resolves.toBeUndefined();
    await expect(guard(new URL('https://cdn.example/a.jpg'))).resolves.toBeUndefined();
    await expect(guard(new URL('http://127.0.0.1:4567/clip'))).rejects.toThrow('this computer');
  });

  it('resolves each host once for many requests', async () => {
    let lookups = 0;
    const counting: HostLookup = async (host) => {
      lookups++;
      return dns(host);
    };
    const guard = requestGuard({ pageIsPublic: true, pageHosts: [], lookup: counting });
    await Promise.all(Array.from({ length: 20 }, (_, i) => guard(new URL(`https://cdn.example/${i}.jpg`))));
    expect(lookups).toBe(1);
  });
});

describe('captureUrl with a page on the internet', () => {
  const PARAGRAPH =
    'The harbour authority said on Monday that the new ferry terminal would open in the spring, two years later than planned.';
  let server: Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/img/a.png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
      } else if (req.url === '/hop') {
        res.writeHead(302, { location: `${base}/page` });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!DOCTYPE html><html lang="en"><head><title>Ferry terminal delayed</title></head><body><article>` +
            `<h1>Ferry terminal delayed</h1><p>${PARAGRAPH}</p>` +
            `<figure><img src="/img/a.png" alt="The terminal under construction"><figcaption>Work at the terminal</figcaption></figure>` +
            `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`,
        );
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('keeps the page but not the picture it names on this computer (caption kept)', async () => {
    requests.length = 0;
    const article = await captureUrl(`${base}/page`, { isPublicPage: () => true });
    expect(article.title).toBe('Ferry terminal delayed');
    expect(article.images).toEqual([]);
    expect(article.html).not.toContain('<img');
    expect(article.html).toContain('Work at the terminal');
    expect(requests).not.toContain('/img/a.png');
  });

  it('refuses a redirect from a public page to this computer', async () => {
    const err = await captureUrl(`${base}/hop`, { isPublicPage: () => true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CuttingsError);
    expect((err as CuttingsError).message).toContain('this computer');
  });

  it('on a local page (the default judgement for 127.0.0.1) keeps its own pictures', async () => {
    const article = await captureUrl(`${base}/hop`);
    expect(article.images.map((i) => i.file)).toEqual(['img-1.png']);
    expect(article.html).toContain('src="img-1.png"');
  });
});
