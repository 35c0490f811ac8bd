import { mkdtemp, mkdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, captureFile } from '../../../../electron/main/capture/files';
import { CuttingsError } from '../../../../shared/errors';

const FIXTURES = join(__dirname, '../../../fixtures');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cuttings-capture-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

async function refusal(path: string): Promise<CuttingsError> {
  const err = await captureFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CuttingsError);
  return err as CuttingsError;
}

describe('captureFile: accepted files', () => {
  it('captures a saved web page', async () => {
    const bytes = await readFile(join(FIXTURES, 'pages/bbc-1/source.html'));
    const article = await captureFile(await put('obama.html', bytes));
    expect(article.title).toBe("Obama admits US gun laws are his 'biggest frustration'");
    expect(article.html).not.toBeNull();
    expect(article.original.file).toBe('original.html');
    expect(Buffer.from(article.original.data).equals(bytes)).toBe(true);
  });

  it('captures a .htm page and a page whose name has no extension', async () => {
    const html = (await readFile(join(FIXTURES, 'pages/heise/source.html'))).toString('utf8');
    expect((await captureFile(await put('heise.htm', html))).source).toBe('Mac & i');
    expect((await captureFile(await put('heise-saved', html))).html).not.toBeNull();
  });

  it('captures a text file through the paste parser, keeping the file as the original', async () => {
    const bytes = await readFile(join(FIXTURES, 'paste/wire-geneva.txt'));
    const article = await captureFile(await put('wire.txt', bytes));
    expect(article.html).toBeNull();
    expect(article.source).toBe('Reuters');
    expect(article.text).toContain('Negotiators from 14 countries failed on Monday');
    expect(article.original).toEqual({ file: 'original.txt', data: new Uint8Array(bytes) });
  });

  it('reads UTF-16 text with a byte-order mark', async () => {
    const text = (await readFile(join(FIXTURES, 'paste/wire-geneva.txt'))).toString('utf8');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const article = await captureFile(await put('wire-utf16.txt', bytes));
    expect(article.text).toContain('Negotiators from 14 countries failed on Monday');
  });

  it('passes the reference date to the paste parser', async () => {
    const bytes = await readFile(join(FIXTURES, 'paste/wire-geneva.txt'));
    const path = await put('wire-dated.txt', bytes);
    const a = await captureFile(path, { now: new Date('2031-06-01T12:00:00Z') });
    const b = await captureFile(path, { now: new Date('2019-06-01T12:00:00Z') });
    expect(a.publishedAt?.slice(0, 4)).not.toBe(b.publishedAt?.slice(0, 4));
  });
});

describe('captureFile: a page saved with its pictures', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3]);
  const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

  it('reads the pictures beside the page, and only those', async () => {
    const root = join(dir, 'saved');
    await mkdir(join(root, 'Story_files'), { recursive: true });
    await writeFile(join(root, 'Story_files', 'harbour.png'), PNG);
    await writeFile(join(root, 'Story_files', 'deck.png'), JPEG); // named .png, really a JPEG
    await writeFile(join(root, 'Story_files', 'fake.jpg'), '<script>alert(1)</script>');
    await writeFile(join(dir, 'outside.png'), PNG);
    await symlink(join(dir, 'outside.png'), join(root, 'Story_files', 'link.png'));
    const paragraph = (n: number): string =>
      `<p>Paragraph ${n} of the saved story about the harbour bridge, long enough to be read as article text by anyone.</p>`;
    const page =
      '<!DOCTYPE html><html lang="en"><head><title>Harbour bridge will close to all cars</title>' +
      '<link rel="canonical" href="https://gazette.example/bridge"></head><body><article>' +
      `${paragraph(1)}<img src="./Story_files/harbour.png" alt="Harbour">${paragraph(2)}` +
      '<img src="Story_files/deck.png" alt="Deck"><img src="Story_files/fake.jpg" alt="Fake">' +
      '<img src="../outside.png" alt="Outside"><img src="Story_files/link.png" alt="Link">' +
      '<img src="file:///etc/hostname.png" alt="Absolute"><img src="Story_files/missing.png" alt="Missing">' +
      `<img src="https://cdn.example/remote.jpg" alt="Remote">${paragraph(3)}</article></body></html>`;
    const article = await captureFile(await put('saved/Story.html', page));
    expect(article.url).toBe('https://gazette.example/bridge');
    expect(article.images).toEqual([
      { file: 'img-1.png', alt: 'Harbour', originalUrl: null, data: PNG },
      { file: 'img-2.jpg', alt: 'Deck', originalUrl: null, data: JPEG },
    ]);
    // The picture on the web is not downloaded for a file: it is left out, not left broken.
    const sources = [...(article.html ?? '').matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['img-1.png', 'img-2.jpg']);
  });
});

describe('captureFile: refused files', () => {
  it('refuses an empty file', async () => {
    const err = await refusal(await put('empty.txt', ''));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toBe('"empty.txt" is empty (0 bytes): there is nothing to import.');
  });

  it.each([60, 100])('refuses a %i MB file from its size alone', async (mb) => {
    const path = join(dir, `huge-${mb}.html`);
    await writeFile(path, '');
    await truncate(path, mb * 1024 * 1024); // sparse: nothing is written, and nothing must be read
    const err = await refusal(path);
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain(`"huge-${mb}.html" is too large to import`);
    expect(err.message).toContain('50.0 MB');
  });

  it('lets a file of exactly the limit past the size check (then judges its content)', async () => {
    const path = join(dir, 'at-limit.txt');
    await writeFile(path, '');
    await truncate(path, MAX_IMPORT_BYTES); // all zero bytes
    const err = await refusal(path);
    expect(err.message).toContain('"at-limit.txt" is not a text or HTML file (it looks like binary data)');
  });

  // PDFs and images are print clippings now (tests/main/capture/print); a damaged one says so.
  it.each([
    ['report.pdf', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xe2, 0xe3], /"report.pdf" cannot be read as a PDF/],
    ['photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], /"photo.png" is not an image Cuttings can read/],
  ])('refuses a damaged print file %s, saying what is wrong', async (name, head, message) => {
    const bytes = new Uint8Array(4096);
    bytes.set(head);
    const err = await refusal(await put(name, bytes));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toMatch(message);
  });

  it.each([
    ['clips.zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0], 'a ZIP archive'],
    ['notes.txt', [0x48, 0x69, 0x00, 0x00, 0x01, 0x02, 0x03, 0x41], 'binary data'],
  ])('refuses binary %s', async (name, head, what) => {
    const bytes = new Uint8Array(4096);
    bytes.set(head);
    const err = await refusal(await put(name, bytes));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain(`"${name}" is not a text or HTML file (it looks like ${what}`);
  });

  it('refuses text full of control characters', async () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect((await refusal(await put('controls.txt', bytes))).message).toContain('looks like binary data');
  });

  it('refuses a .txt that is not UTF-8 and says what to do', async () => {
    const err = await refusal(
      await put('latin1.txt', iconv.encode('Le café de la gare a fermé.\n\nUne deuxième phrase.', 'latin1')),
    );
    expect(err.code).toBe('invalid-input');
    expect(err.message).toMatch(/^"latin1\.txt" is not UTF-8 text\./);
    expect(err.message).toContain('UTF-8');
  });

  it('refuses a text file with only blank space', async () => {
    expect((await refusal(await put('blank.txt', ' \n\n \t\n'))).code).toBe('invalid-input');
  });

  it('names the file when the page holds no article', async () => {
    const err = await refusal(
      await put('empty-page.html', '<html><head><title>x</title></head><body></body></html>'),
    );
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('"empty-page.html"');
  });

  it('reports a missing file as not-found and a folder as invalid-input', async () => {
    const missing = await refusal(join(dir, 'nope.html'));
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('"nope.html" was not found');
    await mkdir(join(dir, 'folder.html'));
    const folder = await refusal(join(dir, 'folder.html'));
    expect(folder.code).toBe('invalid-input');
    expect(folder.message).toContain('is a folder');
  });
});
