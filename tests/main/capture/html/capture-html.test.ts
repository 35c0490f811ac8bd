import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { captureHtml, readPage } from '../../../../electron/main/capture/html';
import { CuttingsError } from '../../../../shared/errors';
import { safetyViolations } from '../sanitize/safety';

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a debate that has run for a decade.',
  'Engineers told the meeting that the steel deck, built in 1931, could no longer carry heavy traffic safely without a full rebuild.',
  'Shopkeepers on the north bank said they feared losing customers, while cycling groups welcomed the decision as long overdue.',
];

function page(opts: { head?: string; body?: string; lang?: string } = {}): string {
  const body = opts.body ?? PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html${opts.lang ? ` lang="${opts.lang}"` : ''}><head><meta charset="utf-8"><title>Harbour bridge will close to all cars | Harbour Gazette</title>${opts.head ?? ''}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Harbour bridge will close to all cars</h1>${body}</article><footer>© Gazette</footer></body></html>`;
}

async function rejection(promise: Promise<unknown>): Promise<CuttingsError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CuttingsError);
  return err as CuttingsError;
}

describe('captureHtml: decoding', () => {
  const word = 'Čeština café Zürich €';

  it('uses the <meta charset> the page declares', async () => {
    const html = page({ head: '', body: `<p>${word} ${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>` }).replace(
      'utf-8',
      'windows-1250',
    );
    const article = await captureHtml(new Uint8Array(iconv.encode(html, 'windows-1250')));
    expect(article.text).toContain(word);
  });

  it('reads the charset of an http-equiv Content-Type', async () => {
    const html = page({ body: `<p>café naïve ${PARAGRAPHS[0]}</p>` }).replace(
      '<meta charset="utf-8">',
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    );
    const article = await captureHtml(new Uint8Array(iconv.encode(html, 'latin1')));
    expect(article.text).toContain('café naïve');
  });

  it('lets a byte-order mark win over the declared charset', async () => {
    const html = page({ body: `<p>${word} ${PARAGRAPHS[0]}</p>` }).replace('utf-8', 'windows-1252');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(html, 'utf-16le')]);
    expect((await captureHtml(new Uint8Array(bytes))).text).toContain(word);
  });

  it('lets the transport charset win over <meta charset>', async () => {
    const html = page({ body: `<p>${word} ${PARAGRAPHS[0]}</p>` }).replace('utf-8', 'windows-1252');
    const bytes = new Uint8Array(iconv.encode(html, 'windows-1250'));
    expect((await captureHtml(bytes, { charset: 'windows-1250' })).text).toContain(word);
  });

  it('survives a wrong or unknown charset', async () => {
    const latin1 = new Uint8Array(iconv.encode(page({ body: `<p>café ${PARAGRAPHS[0]}</p>` }), 'latin1'));
    const wrong = await captureHtml(latin1);
    expect(wrong.text).toContain('caf\uFFFD');
    const unknown = page().replace('utf-8', 'x-no-such-charset');
    expect((await captureHtml(new TextEncoder().encode(unknown))).text).toContain(PARAGRAPHS[0]);
  });
});

describe('captureHtml: refusals', () => {
  it.each([
    ['an empty page', ''],
    ['blank space', '  \n\t '],
    ['plain text', 'Just some words, with no markup at all.\n\nAnd another line.'],
    ['an empty document', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>'],
  ])('refuses %s with a clear message', async (_name, html) => {
    const err = await rejection(captureHtml(html, { fileName: 'clip.html' }));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('"clip.html"');
  });

  it('refuses binary data', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await rejection(captureHtml(bytes))).code).toBe('invalid-input');
  });
});

describe('captureHtml: metadata', () => {
  it('prefers JSON-LD (also inside @graph) and records provenance per field', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Not the article' },
        { '@type': 'Organization', '@id': '#org', name: 'Harbour Gazette' },
        {
          '@type': ['NewsArticle'],
          headline: 'Harbour bridge to close to cars',
          author: [
            { '@type': 'Person', name: 'Mia Jensen' },
            { '@type': 'Person', name: 'Ola Berg' },
          ],
          publisher: { '@id': '#org' },
          datePublished: '2024-03-05T09:30:00+01:00',
          image: {
            '@type': 'ImageObject',
            url: 'https://cdn.example/lead.jpg',
            caption: 'The bridge at dusk',
            creditText: 'Photo Agency',
          },
        },
      ],
    };
    const head =
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>` +
      '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG site">' +
      '<meta name="author" content="Meta Author">';
    const article = await captureHtml(page({ head, lang: 'en-GB' }));
    expect(article).toMatchObject({
      title: 'Harbour bridge to close to cars',
      author: 'Mia Jensen, Ola Berg',
      source: 'Harbour Gazette',
      publishedAt: '2024-03-05T09:30:00+01:00',
      lang: 'en',
      caption: 'The bridge at dusk',
      credit: 'Photo Agency',
    });
    expect(article.provenance).toMatchObject({
      title: 'json-ld',
      author: 'json-ld',
      source: 'json-ld',
      publishedAt: 'json-ld',
      lang: 'meta',
      caption: 'json-ld',
      credit: 'json-ld',
    });
  });

  it('uses OpenGraph and <meta> when there is no JSON-LD, and cleans "By "', async () => {
    const head =
      '<meta property="og:title" content="Bridge to close to cars">' +
      '<meta property="og:site_name" content="Harbour Gazette">' +
      '<meta property="article:published_time" content="2024-03-05">' +
      '<meta name="author" content="By Mia Jensen">' +
      '<link rel="canonical" href="https://gazette.example/news/bridge?utm=x">';
    const article = await captureHtml(page({ head }), { url: 'https://gazette.example/amp/bridge' });
    expect(article).toMatchObject({
      title: 'Bridge to close to cars',
      source: 'Harbour Gazette',
      author: 'Mia Jensen',
      publishedAt: '2024-03-05',
      url: 'https://gazette.example/news/bridge?utm=x',
    });
    expect(article.provenance).toMatchObject({
      title: 'opengraph',
      source: 'opengraph',
      author: 'meta',
      publishedAt: 'opengraph',
      url: 'meta',
    });
  });

  it("falls back to Readability's title and byline, and to the given URL", async () => {
    const body = `<p class="byline">By Ola Berg</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    const article = await captureHtml(page({ body }), { url: 'https://gazette.example/bridge' });
    expect(article.title).toBe('Harbour bridge will close to all cars');
    expect(article.provenance.title).toBe('readability');
    expect(article.author).toBe('Ola Berg');
    expect(article.provenance.author).toBe('readability');
    expect(article.url).toBe('https://gazette.example/bridge');
  });

  it('detects the language when the page does not declare one', async () => {
    const article = await captureHtml(page());
    expect(article.lang).toBe('en');
    expect(article.provenance.lang).toBe('derived');
  });

  it('takes entities and quotes from the text analysis', async () => {
    const body = `<p>${PARAGRAPHS[0]}</p><p>"We cannot keep patching a bridge that is almost a hundred years old," said Mia Jensen, the council's head of transport.</p><p>${PARAGRAPHS[1]}</p>`;
    const article = await captureHtml(page({ body, lang: 'en' }));
    expect(article.quotes.some((q) => q.text.includes('We cannot keep patching'))).toBe(true);
    expect(article.entities.people).toContain('Mia Jensen');
  });
});

describe('captureHtml: body', () => {
  it('separates blocks by exactly one blank line and keeps <br> inside a paragraph', async () => {
    const body =
      `<h2>Background</h2><p>${PARAGRAPHS[0]}</p><div>${PARAGRAPHS[1]}<br>Second line.</div>` +
      `<ul><li>First point of the list</li><li>Second point</li></ul><p>   </p><p>${PARAGRAPHS[2]}</p>`;
    const { text } = await captureHtml(page({ body }));
    expect(text).toContain(
      `Background\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}\nSecond line.\n\nFirst point of the list\n\nSecond point\n\n${PARAGRAPHS[2]}`,
    );
    expect(text).not.toMatch(/\n\n\n/);
  });

  it('resolves relative links against the page address and sanitizes the HTML', async () => {
    const body =
      `<p>${PARAGRAPHS[0]} <a href="/news/older">Earlier story</a> <a href="javascript:alert(1)">bad</a></p>` +
      `<p onclick="alert(1)">${PARAGRAPHS[1]}<script>alert(1)</script></p><p>${PARAGRAPHS[2]}</p>`;
    const { html } = await captureHtml(page({ body }), { url: 'https://gazette.example/news/bridge' });
    expect(html).toContain(
      '<a href="https://gazette.example/news/older" rel="noopener noreferrer">Earlier story</a>',
    );
    expect(safetyViolations(html ?? '')).toEqual([]);
    expect(html).not.toContain('alert(1)');
  });

  it('numbers the images, rewrites their sources and puts og:image first when the body lacks it (before download)', async () => {
    const body =
      `<p>${PARAGRAPHS[0]}</p><figure><img src="/img/deck.png" srcset="/img/deck-2x.png 2x" alt="The deck"><figcaption>The deck</figcaption></figure>` +
      `<p>${PARAGRAPHS[1]}</p><img src="https://cdn.example/map.webp?w=600" alt="Map"><img src="/img/deck.png" alt="again"><p>${PARAGRAPHS[2]}</p>`;
    const head = '<meta property="og:image" content="https://cdn.example/social.jpg">';
    const article = await readPage(page({ head, body }), { url: 'https://gazette.example/news/bridge' });
    expect(article.images).toEqual([
      { file: 'img-1.jpg', alt: null, originalUrl: 'https://cdn.example/social.jpg', data: null },
      { file: 'img-2.png', alt: 'The deck', originalUrl: 'https://gazette.example/img/deck.png', data: null },
      { file: 'img-3.webp', alt: 'Map', originalUrl: 'https://cdn.example/map.webp?w=600', data: null },
    ]);
    const sources = [...(article.html ?? '').matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['img-2.png', 'img-3.webp', 'img-2.png']);
    expect(article.html).not.toContain('srcset');
  });

  it('does not repeat og:image when the article shows it', async () => {
    const body = `<p>${PARAGRAPHS[0]}</p><img src="https://cdn.example/social.jpg" alt="Bridge"><p>${PARAGRAPHS[1]}</p>`;
    const head = '<meta property="og:image" content="https://cdn.example/social.jpg">';
    const article = await readPage(page({ head, body }));
    expect(article.images.map((i) => i.originalUrl)).toEqual(['https://cdn.example/social.jpg']);
  });

  it('caps the images of a page with 10,000 pictures and drops the rest from the HTML', async () => {
    const pictures = Array.from(
      { length: 10_000 },
      (_, i) => `<img src="https://cdn.example/p/${i}.jpg" alt="Picture ${i}">`,
    ).join('');
    const body = `<p>${PARAGRAPHS[0]}</p>${pictures}<p>${PARAGRAPHS[1]}</p>`;
    const article = await readPage(page({ body }));
    expect(article.images).toHaveLength(50);
    expect(article.images[49]?.file).toBe('img-50.jpg');
    expect((article.html ?? '').match(/<img /g)).toHaveLength(50);
    const small = await readPage(page({ body }), { images: { max: 3 } });
    expect(small.images.map((i) => i.file)).toEqual(['img-1.jpg', 'img-2.jpg', 'img-3.jpg']);
    // None of them is downloaded by captureHtml, so none is kept.
    const finished = await captureHtml(page({ body }));
    expect(finished.images).toEqual([]);
    expect(finished.html).not.toContain('<img');
  });

  it('keeps a right-to-left direction on the HTML', async () => {
    const html = `<html dir="rtl" lang="ar"><head><title>t</title></head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await captureHtml(html)).html).toMatch(/^<div dir="rtl">/);
  });

  it('handles a fragment without <html> or <body>', async () => {
    const article = await captureHtml(PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''));
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
    expect(article.titleDerived).toBe(true);
    expect(article.title.length).toBeGreaterThan(0);
  });

  it('keeps the original string as UTF-8 bytes', async () => {
    const html = page();
    const article = await captureHtml(html);
    expect(new TextDecoder().decode(article.original.data)).toBe(html);
    expect(article.original.file).toBe('original.html');
  });
});
