/**
 * Word documents through the real file capture. The fixtures in tests/fixtures/documents were
 * written by scripts/make-mail-fixtures.mjs (a .docx is a ZIP of XML parts, built there by hand).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureFile } from '../../../../electron/main/capture/files';
import { readCoreProperties } from '../../../../electron/main/capture/docx/properties';
import { CuttingsError } from '../../../../shared/errors';

const DOCS = join(__dirname, '../../../fixtures/documents');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cuttings-docx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(path: string): Promise<CuttingsError> {
  const err = await captureFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CuttingsError);
  expect((err as CuttingsError).code).toBe('invalid-input');
  return err as CuttingsError;
}

describe('Word document (.docx)', () => {
  it('keeps headings, lists and the picture; the title is the opening heading', async () => {
    const article = await captureFile(join(DOCS, 'ferry-timetable.docx'));
    expect(article.title).toBe('Ferry timetable agreed for the island route');
    expect(article.titleDerived).toBe(false);
    // The template's title property ("Press release template") is ignored; creator and date are real.
    expect(article.author).toBe('Henrik Berg');
    expect(article.publishedAt).toBe('2025-12-01T08:15:00Z');
    expect(article.provenance).toMatchObject({ author: 'document', publishedAt: 'document' });
    expect(article.html).toContain('<h1>What changes</h1>');
    expect(article.html).toMatch(/<ul><li>Twelve crossings a day instead of eight<\/li><li>A later last crossing/);
    expect(article.html).toMatch(/<ol><li>Publish the timetable<\/li>/);
    // The heading that became the title is not repeated in the body.
    expect(article.html).not.toContain('Ferry timetable agreed');
    expect(article.text.startsWith('The Port Authority and the new operator')).toBe(true);
    expect(article.images).toEqual([
      expect.objectContaining({ file: 'img-1.png', alt: 'Crossings per day', originalUrl: null }),
    ]);
    expect(Buffer.from(article.images[0]?.data ?? [])).toEqual(await readFile(join(DOCS, 'chart.png')));
    expect(article.html).toContain('<img src="img-1.png" alt="Crossings per day">');
    expect(article.original).toMatchObject({ file: 'original.docx' });
    expect(article.entities.people).toContain('Henrik Berg');
  });

  it('takes the title from the properties when no heading opens it, and ignores an account name', async () => {
    const article = await captureFile(join(DOCS, 'harbour-memo.docx'));
    expect(article.title).toBe('Harbour works budget approved');
    expect(article.provenance.title).toBe('document');
    expect(article.author).toBeNull(); // "Windows User"
    expect(article.publishedAt).toBe('2025-11-20T16:00:00Z');
  });

  it('is recognised by its content under another name', async () => {
    const path = join(dir, 'ferry timetable (1)');
    await writeFile(path, await readFile(join(DOCS, 'ferry-timetable.docx')));
    expect((await captureFile(path)).title).toBe('Ferry timetable agreed for the island route');
  });

  it('refuses a "docx bomb" before it fills memory', async () => {
    const err = await refusal(join(DOCS, 'bomb.docx'));
    expect(err.message).toContain('"bomb.docx" is not a Word document Cuttings will open: it unpacks to far more than its size');
  });

  it('refuses a document cut short', async () => {
    const err = await refusal(join(DOCS, 'cut-short.docx'));
    expect(err.message).toMatch(/^"cut-short\.docx" (?:is damaged|could not be read as a Word document)/);
  });

  it('refuses a ZIP that is not a Word document, and an OpenDocument file, saying what they are', async () => {
    const zip = join(dir, 'clips.docx');
    await writeFile(zip, zipSync({ 'a.txt': strToU8('hello') }));
    expect((await refusal(zip)).message).toBe('"clips.docx" is a ZIP archive, not a Word document. Unpack it and import the files inside.');
    const odt = join(dir, 'notes.docx');
    await writeFile(odt, zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }));
    expect((await refusal(odt)).message).toMatch(/is an OpenDocument file/);
  });

  it('refuses a password-protected document in words', async () => {
    const path = join(dir, 'secret.docx');
    const head = new Uint8Array(4096);
    head.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await writeFile(path, head);
    expect((await refusal(path)).message).toMatch(/^"secret\.docx" is protected with a password/);
  });

  it('refuses a document with no text', async () => {
    const path = join(dir, 'empty.docx');
    const xml = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>';
    await writeFile(path, zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) }));
    expect((await refusal(path)).message).toMatch(/^"empty\.docx" (?:has no text to import|could not be read)/);
  });
});

describe('readCoreProperties', () => {
  const core = (inner: string): string =>
    `<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z">${inner}</cp:coreProperties>`;
  it('ignores placeholders Word and templates leave', () => {
    expect(readCoreProperties(core('<dc:title>Microsoft Word - draft3.doc</dc:title><dc:creator>jdoe</dc:creator><dcterms:created>1601-01-01T00:00:00Z</dcterms:created>'))).toEqual({
      title: null,
      creator: null,
      created: null,
      language: null,
    });
    expect(readCoreProperties(core('<dc:title>Budget 2026</dc:title><dc:creator>Ana Ruiz</dc:creator>'))).toMatchObject({
      title: 'Budget 2026',
      creator: 'Ana Ruiz',
    });
    expect(readCoreProperties(null).title).toBeNull();
  });
});
