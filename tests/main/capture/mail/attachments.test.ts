/** Which parts of a message become attachments to import, on messages built part by part. */
import { describe, expect, it } from 'vitest';
import { chooseAttachments, MAX_ATTACHMENTS } from '../../../../electron/main/capture/mail/attachments';
import type { MessagePart, ParsedMessage } from '../../../../electron/main/capture/mail/parse';

const part = (over: Partial<MessagePart>): MessagePart => ({
  filename: 'file.bin',
  contentType: 'application/octet-stream',
  disposition: 'attachment',
  contentId: null,
  location: null,
  related: false,
  data: new Uint8Array(10_000),
  ...over,
});
const message = (parts: MessagePart[], html: string | null = null): ParsedMessage => ({
  header: () => null,
  subject: 'A message',
  from: null,
  html,
  text: 'Some text.',
  parts,
});

describe('chooseAttachments', () => {
  it('keeps documents and photos, leaves out the body\'s pictures, signatures, invitations and small logos', () => {
    const chosen = chooseAttachments(
      message(
        [
          part({ filename: 'report.pdf', contentType: 'application/pdf' }),
          part({ filename: 'photo.jpg', contentType: 'image/jpeg' }),
          part({ filename: 'logo.png', contentType: 'image/png', contentId: 'logo@x', related: true, disposition: 'inline' }),
          part({ filename: 'icon.png', contentType: 'image/png', contentId: 'icon@x', disposition: 'inline', data: new Uint8Array(900) }),
          part({ filename: 'outlook-inline.png', contentType: 'image/png', contentId: 'o@x', disposition: 'inline', hidden: true }),
          part({ filename: 'smime.p7s', contentType: 'application/pkcs7-signature' }),
          part({ filename: 'invite.ics', contentType: 'text/calendar' }),
          part({ filename: null, contentType: 'application/pdf' }),
          part({ filename: 'C:\\Users\\ana\\Desktop\\brief.docx', contentType: 'application/octet-stream' }),
        ],
        '<p><img src="cid:logo@x"></p>',
      ),
    );
    expect(chosen.map((a) => [a.name, a.problem])).toEqual([
      ['report.pdf', null],
      ['photo.jpg', null],
      ['attachment-8.pdf', null],
      ['brief.docx', null],
    ]);
  });

  it('names what it leaves out and why: empty, too large, winmail.dat, past the count', () => {
    const huge = { byteLength: 60 * 1024 * 1024 } as Uint8Array; // only its size is read
    const parts = [
      part({ filename: 'empty.pdf', data: new Uint8Array() }),
      part({ filename: 'video.mp4', data: huge }),
      part({ filename: 'winmail.dat', contentType: 'application/ms-tnef' }),
      ...Array.from({ length: MAX_ATTACHMENTS }, (_, i) => part({ filename: `page-${i + 1}.pdf` })),
    ];
    const chosen = chooseAttachments(message(parts));
    expect(chosen[0]?.problem).toBe('It is empty (0 bytes).');
    expect(chosen[1]?.problem).toBe('It is too large to import (60.0 MB; the limit is 50.0 MB).');
    expect(chosen[2]?.problem).toMatch(/winmail\.dat/);
    expect(chosen.filter((a) => a.data !== null)).toHaveLength(MAX_ATTACHMENTS - 3);
    expect(chosen.at(-1)?.problem).toBe(`Left out: only the first ${MAX_ATTACHMENTS} attachments of a message are imported.`);
  });
});
