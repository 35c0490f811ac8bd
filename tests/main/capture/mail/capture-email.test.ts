/**
 * E-mails through the real file capture: the fixtures in tests/fixtures/mail were written by
 * scripts/make-mail-fixtures.mjs (the .msg files come from @kenjiuno/msgreader's tests).
 */
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureFile } from '../../../../electron/main/capture/files';
import { captureEmail } from '../../../../electron/main/capture/mail';
import { CuttingsError } from '../../../../shared/errors';

const MAIL = join(__dirname, '../../../fixtures/mail');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cuttings-mail-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<CuttingsError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CuttingsError);
  return err as CuttingsError;
}

describe('e-mail (.eml)', () => {
  it('takes subject, sender and date from the headers and the HTML body with its cid: picture', async () => {
    const article = await captureFile(join(MAIL, 'press-release.eml'));
    expect(article.title).toBe('Ministry announces coal moratorium');
    expect(article.titleDerived).toBe(false);
    // "Ministry of Energy Press Office <press@energy.gov.example>": the ministry is the source.
    expect(article.source).toBe('Ministry of Energy');
    expect(article.author).toBe('Press Office');
    expect(article.publishedAt).toBe('2025-12-01T09:30:00+01:00');
    expect(article.provenance).toMatchObject({ title: 'email', source: 'email', author: 'email', publishedAt: 'email' });
    expect(article.lang).toBe('en');
    expect(article.text).toMatch(/^The Ministry of Energy today announced a moratorium/);
    // The hidden preheader is not text, and the subject is not repeated as the first heading.
    expect(article.text).not.toContain('Preview: coal moratorium');
    expect(article.html).not.toContain('<h1>');
    // The logo the HTML shows by cid: is the clipping's own image; the tracking pixel is gone.
    expect(article.images).toHaveLength(1);
    expect(article.images[0]).toMatchObject({ file: 'img-1.png', originalUrl: null, alt: 'Ministry of Energy' });
    const logo = await readFile(join(__dirname, '../../../fixtures/documents/logo.png'));
    expect(Buffer.from(article.images[0]?.data ?? [])).toEqual(logo);
    expect(article.html).toContain('src="img-1.png"');
    expect(article.html).not.toMatch(/cid:|tracker\.example|<style|<span style/);
    expect(article.original.file).toBe('original.eml');
    expect(article.original.data.byteLength).toBe((await readFile(join(MAIL, 'press-release.eml'))).byteLength);
    expect(article.entities.people).toContain('Olena Marchenko');
  });

  it('hands over the PDF and the photo as attachments, not the logo, the calendar invitation', async () => {
    const article = await captureFile(join(MAIL, 'press-release.eml'));
    expect(article.attachments?.map((a) => [a.name, a.problem])).toEqual([
      ['Grid report 2025.pdf', null],
      ['minister.jpg', null],
    ]);
    expect(Buffer.from(article.attachments?.[0]?.data ?? []).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reads a text-only mail in its charset through the paste parser', async () => {
    const article = await captureFile(join(MAIL, 'cyrillic-1251.eml'));
    expect(article.title).toBe('Новые правила для сетей');
    expect(article.author).toBe('Иван Петров');
    expect(article.source).toBe('minenergo.example');
    expect(article.publishedAt).toBe('2025-12-02T14:05:00+03:00');
    expect(article.lang).toBe('ru');
    expect(article.html).toBeNull();
    expect(article.text).toContain('Министерство энергетики объявило');
    expect(article.attachments).toEqual([]);
  });

  it('files a forwarded message under its original sender and date, not the forwarder', async () => {
    const article = await captureFile(join(MAIL, 'forwarded.eml'));
    expect(article.title).toBe('Harbour ferry contract signed');
    expect(article.source).toBe('Port Authority');
    expect(article.author).toBe('Communications');
    expect(article.publishedAt).toBe('2025-12-03');
    expect(article.text).toContain('ten-year contract for the harbour ferry');
  });

  it('reads Outlook\'s HTML: no spacer paragraphs or Office markup, the signature picture by cid', async () => {
    const article = await captureFile(join(MAIL, 'outlook-reply.eml'));
    expect(article.title).toBe('Rural clinics announcement'); // "RE:" taken off
    expect(article.author).toBe('Sara Okafor'); // "Okafor, Sara"
    expect(article.source).toBe('health.gov.example');
    expect(article.publishedAt).toBe('2025-12-01T17:45:12Z');
    expect(article.text.split('\n\n')).toEqual([
      'EMBARGOED UNTIL 00:01 TUESDAY 2 DECEMBER',
      'The Health Ministry will open twelve new clinics in rural districts next year, the minister said on Monday.',
      '“Nobody should travel more than an hour to see a doctor,” said Minister Sara Okafor.',
      'Kind regards,',
    ]);
    expect(article.html).not.toMatch(/&nbsp;|<o:p|mso|class=/i);
    expect(article.images.map((i) => [i.file, i.alt])).toEqual([['img-1.jpg', 'Ministry of Health']]);
    // The signature picture is shown by the HTML: it is the e-mail's image, not an attachment.
    expect(article.attachments).toEqual([]);
  });

  it('names a sender written "Last, First" and lists every attachment with its fate', async () => {
    const article = await captureFile(join(MAIL, 'with-documents.eml'));
    expect(article.author).toBe('Maria Lindqvist');
    expect(article.source).toBe('coastal-times.example');
    expect(article.attachments?.map((a) => a.name)).toEqual([
      'Ferry timetable.docx',
      'geneva.txt',
      'Grid report 2025.pdf',
      'Harbour ferry contract signed.eml',
      'winmail.dat',
    ]);
    const winmail = article.attachments?.at(-1);
    expect(winmail?.data).toBeNull();
    expect(winmail?.problem).toMatch(/winmail\.dat.*cannot open/);
  });

  it('is recognised by its content whatever it is called', async () => {
    const path = join(dir, 'message-without-extension');
    await writeFile(path, await readFile(join(MAIL, 'press-release.eml')));
    expect((await captureFile(path)).title).toBe('Ministry announces coal moratorium');
    // A text file that merely opens with "From:" and "Subject:" lines is still a pasted article.
    const pasted = join(dir, 'notes.txt');
    await writeFile(pasted, 'From: a colleague\nSubject: the ferry\n\nThe Port Authority signed a ten-year contract for the harbour ferry service on Wednesday, ending a long dispute.\n');
    expect((await captureFile(pasted)).provenance.title).not.toBe('email');
  });

  it('refuses a message cut short, saving nothing of it', async () => {
    const err = await refusal(captureFile(join(MAIL, 'truncated.eml')));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('"truncated.eml" is cut short');
  });

  it('refuses an empty message and one without text or attachments', async () => {
    const empty = 'From: a@example.org\r\nTo: b@example.org\r\nSubject: Nothing\r\nDate: Mon, 1 Dec 2025 09:00:00 +0000\r\nMIME-Version: 1.0\r\n\r\n\r\n';
    const err = await refusal(captureEmail(Buffer.from(empty), { fileName: 'nothing.eml' }));
    expect(err.message).toBe('"nothing.eml" has no text to import: the message is empty.');
  });

  it('keeps a mail with only attachments as a clipping that names them', async () => {
    const raw = (await readFile(join(MAIL, 'press-release.eml'), 'latin1'))
      // Take out the body alternatives, keep the attachments.
      .replace(/--mixed-b1\r\nContent-Type: multipart\/alternative[\s\S]*?--alt-b2--\r\n\r\n/, '');
    const article = await captureEmail(Buffer.from(raw, 'latin1'), { fileName: 'attachments.eml' });
    expect(article.title).toBe('Ministry announces coal moratorium');
    expect(article.text).toBe('Sent with 2 attachments: Grid report 2025.pdf, minister.jpg.');
    expect(article.attachments).toHaveLength(2);
  });

  it('refuses a message larger than an import may be, before reading it', async () => {
    const path = join(dir, 'huge.eml');
    await writeFile(path, 'From: a@example.org\r\n');
    await truncate(path, 120 * 1024 * 1024);
    const err = await refusal(captureFile(path));
    expect(err.message).toBe(
      '"huge.eml" is too large to import (120.0 MB; the limit is 100.0 MB). Save its attachments from your mail program and import them one by one.',
    );
  });
});

describe('Outlook message (.msg)', () => {
  it('reads subject, sender, date, text and attachments', async () => {
    const article = await captureFile(join(MAIL, 'attachmentFiles.msg'));
    expect(article.title).toBe('attachmentFiles');
    // The display name is an account name ("hmailuser"): the domain stands for the sender.
    expect(article.source).toBe('hmailserver.test');
    expect(article.author).toBeNull();
    expect(article.publishedAt).toBe('2023-11-01T09:48:31+09:00');
    expect(article.original.file).toBe('original.msg');
    expect(article.attachments?.map((a) => [a.name, a.data?.byteLength])).toEqual([
      ['jpg.jpg', 726],
      ['png.png', 134],
      ['tif.tif', 664],
    ]);
  });

  it('names an Outlook message attached inside another, which cannot be taken out of it', async () => {
    const article = await captureFile(join(MAIL, 'msgInMsg.msg'));
    expect(article.title).toBe('I have attachments!');
    expect(article.attachments?.map((a) => [a.name, a.data?.byteLength ?? null])).toEqual([
      ['Microsoft Outlook テスト メッセージ.msg', null],
      ['green.png', 134],
    ]);
    expect(article.attachments?.[0]?.problem).toMatch(/^An Outlook message attached inside another cannot be imported/);
  });

  it('refuses an old Office document that shares the container format', async () => {
    const path = join(dir, 'memo.msg');
    const fake = new Uint8Array(4096);
    fake.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await writeFile(path, fake);
    const err = await refusal(captureFile(path));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toMatch(/^"memo\.msg" (?:is not an Outlook message|could not be read as an Outlook message)/);
  });
});
