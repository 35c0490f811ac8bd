/**
 * captureUrl against a real HTTP server on 127.0.0.1 (started here; no other address is ever
 * contacted: every page links only to its own server).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureUrl, URL_LIMITS } from '../../../../electron/main/capture/url';
import { CuttingsError } from '../../../../shared/errors';
import { safetyViolations } from '../sanitize/safety';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a debate that has run for a decade.',
  'Engineers told the meeting that the steel deck, built in 1931, could no longer carry heavy traffic safely without a full rebuild.',
  'Shopkeepers on the north bank said they feared losing customers, while cycling groups welcomed the decision as long overdue.',
];

function articlePage(extraBody = '', title = 'Harbour bridge will close to all cars'): string {
  const [a, b, c] = PARAGRAPHS;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<article><h1>${title}</h1><p>${a}</p>${extraBody}<p>${b}</p><p>${c}</p></article></body></html>`;
}

const routes = new Map<string, Handler>();
const imageRequests: string[] = [];
let server: Server;
let base: string;

function html(body: string, status = 200, type = 'text/html; charset=utf-8'): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
}

function image(data: Uint8Array, type: string): Handler {
  return (req, res) => {
    imageRequests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': type, 'content-length': data.byteLength });
    res.end(data);
  };
}

function redirect(to: string, status = 301): Handler {
  return (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handler = routes.get(path) ?? (path.startsWith('/many/') ? image(PNG, 'image/png') : undefined);
    if (handler) handler(req, res);
    else html('<h1>Not found</h1>', 404)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  routes.set('/img/a.png', image(PNG, 'image/png'));
  routes.set('/img/b', image(JPEG, 'image/jpeg'));
  routes.set('/img/c.jpg', image(PNG, 'image/png'));
  routes.set('/img/page.png', html('<p>not an image</p>'));
  routes.set('/img/vector.png', image(new TextEncoder().encode('<svg onload="alert(1)"/>'), 'image/svg+xml'));
  routes.set('/img/big.png', image(new Uint8Array(300_000), 'image/png'));
  routes.set(
    '/good',
    html(
      articlePage(
        '<figure><img src="/img/a.png" alt="The bridge"></figure><p>Meanwhile.</p><img src="img/b" alt="Deck">',
      ),
    ),
  );
  routes.set(
    '/mixed',
    html(
      articlePage(
        '<img src="/img/a.png" alt="ok"><img src="/img/missing.png" alt="404"><img src="/img/page.png" alt="html">' +
          '<img src="/img/vector.png" alt="svg"><img src="/img/c.jpg" alt="png named jpg"><img src="/img/big.png" alt="big">',
      ),
    ),
  );
  routes.set('/missing', html('<h1>Gone</h1>', 404));
  routes.set('/broken', html('<h1>Oops</h1>', 500));
  routes.set('/pdf', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.7\n');
  });
  routes.set('/hang', () => {
    // never answers
  });
  routes.set('/old', redirect('/middle'));
  routes.set('/middle', redirect(`${base}/good`, 302));
  routes.set('/loop', redirect('/loop', 307));
  routes.set('/to-file', redirect('file:///etc/passwd'));
  routes.set('/declared-huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(500 * 1024 * 1024) });
    res.write('<html>');
    // The client must give up on the header alone; end after a moment so nothing leaks.
    setTimeout(() => res.destroy(), 2000).unref();
  });
  routes.set('/latin1', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
    res.end(iconv.encode(articlePage('<p>Le café de la gare a fermé.</p>'), 'windows-1252'));
  });
  const many = Array.from({ length: 10_000 }, (_, i) => `<img src="/many/${i}.png" alt="Picture ${i}">`).join(
    '',
  );
  routes.set('/gallery', html(articlePage(many)));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function refusal(promise: Promise<unknown>): Promise<CuttingsError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CuttingsError);
  return err as CuttingsError;
}

describe('captureUrl', () => {
  it('captures a page and stores its two images as data', async () => {
    const article = await captureUrl(`${base}/good`);
    expect(article.title).toBe('Harbour bridge will close to all cars');
    expect(article.url).toBe(`${base}/good`);
    expect(article.text).toContain(PARAGRAPHS[0]);
    expect(article.images).toEqual([
      { file: 'img-1.png', alt: 'The bridge', originalUrl: `${base}/img/a.png`, data: PNG },
      { file: 'img-2.jpg', alt: 'Deck', originalUrl: `${base}/img/b`, data: JPEG },
    ]);
    expect(article.html).toContain('src="img-1.png"');
    expect(article.html).toContain('src="img-2.jpg"');
    expect(safetyViolations(article.html ?? '')).toEqual([]);
  });

  it('drops images that fail, are not raster images or are too big, from the list and the HTML', async () => {
    const article = await captureUrl(`${base}/mixed`, { maxImageBytes: 100_000 });
    expect(article.images.map((i) => [i.file, i.originalUrl])).toEqual([
      ['img-1.png', `${base}/img/a.png`],
      ['img-5.png', `${base}/img/c.jpg`], // served as PNG: renamed from img-5.jpg
    ]);
    const sources = [...(article.html ?? '').matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['img-1.png', 'img-5.png']);
    expect(safetyViolations(article.html ?? '')).toEqual([]);
  });

  it('follows redirects and reports the final address', async () => {
    const article = await captureUrl(`${base}/old`);
    expect(article.url).toBe(`${base}/good`);
    expect(article.images).toHaveLength(2);
  });

  it('gives up on a redirect loop', async () => {
    const err = await refusal(captureUrl(`${base}/loop`));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('redirects too many times (more than 5)');
  });

  it('refuses a redirect to a non-web address', async () => {
    const err = await refusal(captureUrl(`${base}/to-file`));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('file:');
  });

  it('reports 404 as invalid input and 500 as an I/O problem, with the status', async () => {
    const missing = await refusal(captureUrl(`${base}/missing`));
    expect(missing.code).toBe('invalid-input');
    expect(missing.message).toContain('404');
    const broken = await refusal(captureUrl(`${base}/broken`));
    expect(broken.code).toBe('io');
    expect(broken.message).toContain('500');
  });

  it('times out on a server that never answers', async () => {
    const err = await refusal(captureUrl(`${base}/hang`, { timeoutMs: 300 }));
    expect(err.code).toBe('io');
    expect(err.message).toContain('did not answer within 0.3 s');
  });

  it('keeps the page within its time when a picture never arrives, leaving that picture out', async () => {
    routes.set('/slow-picture', html(articlePage('<figure><img src="/hang" alt="never"><img src="/many/ok.png" alt="fine"></figure>')));
    const began = Date.now();
    const article = await captureUrl(`${base}/slow-picture`);
    const took = Date.now() - began;
    expect(article.title).toBe('Harbour bridge will close to all cars');
    expect(article.images.map((i) => i.alt)).toEqual(['fine']);
    expect(article.html).not.toContain('/hang');
    // 5 s for the page and its pictures (generous bound: this checks it gives up, not its speed).
    expect(took).toBeLessThan(URL_LIMITS.imagesTotalMs + 3000);
  }, 20_000);

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = captureUrl(`${base}/hang`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await refusal(pending)).code).toBe('cancelled');
  });

  it('cuts off a body larger than the cap while it streams', async () => {
    let sent = 0;
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    routes.set('/endless', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = (): void => {
        while (!res.destroyed && sent < 200 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      res.on('close', closed);
      pump();
    });
    const err = await refusal(captureUrl(`${base}/endless`, { maxBytes: 256 * 1024 }));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('larger than 0.3 MB');
    await connectionClosed;
    expect(sent).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a body whose declared length is over the cap without reading it', async () => {
    const err = await refusal(captureUrl(`${base}/declared-huge`));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('larger than 10 MB');
  });

  it('refuses content that is not HTML', async () => {
    const err = await refusal(captureUrl(`${base}/pdf`));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('is not a web page (it is a PDF document)');
  });

  it('decodes with the charset the server declares', async () => {
    expect((await captureUrl(`${base}/latin1`)).text).toContain('Le café de la gare a fermé.');
  });

  it('caps the images of a page with 10,000 pictures', async () => {
    imageRequests.length = 0;
    const article = await captureUrl(`${base}/gallery`);
    expect(article.images).toHaveLength(50);
    expect(article.images.every((i) => i.data !== null)).toBe(true);
    expect(imageRequests.length).toBe(50);
    expect((article.html ?? '').match(/<img /g)).toHaveLength(50);
  });

  it.each(['file:///etc/passwd', 'ftp://127.0.0.1/x', 'javascript:alert(1)', 'not an address'])(
    'refuses %s without any request',
    async (url) => {
      const err = await refusal(
        captureUrl(url, { fetch: () => Promise.reject(new Error('must not fetch')) }),
      );
      expect(err.code).toBe('invalid-input');
      expect(err.message).toContain('web address');
    },
  );

  it('reports a server that is not there as an I/O problem', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const err = await refusal(captureUrl(`http://127.0.0.1:${port}/`));
    expect(err.code).toBe('io');
    expect(err.message).toBe(`127.0.0.1:${port} refused the connection: the site may be down. Try again later.`);
  });

  it('says in words that a site name does not exist, never "ENOTFOUND"', async () => {
    const notFound = Object.assign(new Error('getaddrinfo ENOTFOUND www.no-such-paper.example'), { code: 'ENOTFOUND' });
    const err = await refusal(
      captureUrl('https://www.no-such-paper.example/news/1', {
        isPublicPage: () => true,
        lookup: () => Promise.reject(notFound),
        fetch: () => Promise.reject(new TypeError('fetch failed', { cause: notFound })),
      }),
    );
    expect(err.code).toBe('io');
    expect(err.message).toBe('There is no site at www.no-such-paper.example: its name was not found. Check the address, or whether you are online.');
    expect(err.message).not.toMatch(/ENOTFOUND|getaddrinfo/);
  });
});
