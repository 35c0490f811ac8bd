/**
 * Reading a MIME message (an `.eml` e-mail, or a page saved as MHTML) with mailparser, within
 * limits, refusing one that was cut short: a message whose last part is missing would otherwise
 * come out with half an attachment or half a picture.
 */
import { simpleParser, type Attachment, type ParsedMail } from 'mailparser';
import { CuttingsError } from '../../../../shared/errors';

/** Enough for any real message; more parts than this is a broken or hostile file. */
const MAX_PARTS = 500;

/** One part of a message besides its text and HTML bodies. */
export interface MessagePart {
  filename: string | null;
  contentType: string;
  disposition: string | null;
  /** `Content-ID` without angle brackets. */
  contentId: string | null;
  /** `Content-Location`, the part's own address (MHTML names pictures by it). */
  location: string | null;
  /** Inside multipart/related with a Content-ID: a picture of the HTML body. */
  related: boolean;
  data: Uint8Array;
  /** Why the part cannot be handed over as a file (an Outlook message inside a message), if so. */
  unreadable?: string;
  /** A picture of the body that the mail program hides from the attachment list (Outlook's inline pictures). */
  hidden?: boolean;
}

export interface ParsedMessage {
  /** Raw value of a header (first occurrence), unfolded, or null. */
  header(name: string): string | null;
  subject: string | null;
  from: { name: string; address: string | null } | null;
  html: string | null;
  text: string | null;
  parts: MessagePart[];
}

function headerText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return null;
}

function toPart(attachment: Attachment): MessagePart {
  const location = headerText(attachment.headers.get('content-location'));
  return {
    filename: attachment.filename ?? null,
    contentType: attachment.contentType.toLowerCase(),
    disposition: attachment.contentDisposition ?? null,
    contentId: attachment.cid ?? null,
    location: location?.trim() || null,
    related: attachment.related === true,
    data: new Uint8Array(attachment.content.buffer, attachment.content.byteOffset, attachment.content.byteLength),
  };
}

/**
 * Every multipart boundary the message declares must be closed (`--boundary--`); a message
 * saved or downloaded only in part is not. Returns the first one left open, or null.
 */
export function unclosedBoundary(raw: string): string | null {
  const declared = /boundary\s*=\s*(?:"([^"]+)"|([^\s;"]+))/gi;
  for (const match of raw.matchAll(declared)) {
    const boundary = (match[1] ?? match[2] ?? '').trim();
    if (!boundary) continue;
    if (!raw.includes(`--${boundary}--`)) return boundary;
  }
  return null;
}

/**
 * Parses a message. `label` names the file in messages.
 * @throws CuttingsError `invalid-input` for a message cut short, one mailparser cannot read,
 * or one with an absurd number of parts.
 */
export async function parseMessage(bytes: Uint8Array, label: string): Promise<ParsedMessage> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (unclosedBoundary(raw.toString('latin1'))) {
    throw new CuttingsError(
      'invalid-input',
      `${label} is cut short: its last part is missing (the file was not saved or downloaded whole). ` +
        'Save the message again from your mail program and import the new file.',
    );
  }
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, {
      keepCidLinks: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      maxChildNodes: MAX_PARTS,
      maxHtmlLengthToParse: 5_000_000,
      checksumAlgo: false,
    });
  } catch (err) {
    throw new CuttingsError('invalid-input', `${label} could not be read as a message: ${(err as Error).message}.`, {
      cause: err,
    });
  }
  const from = mail.from?.value[0];
  return {
    header: (name) => {
      const line = mail.headerLines.find((h) => h.key === name.toLowerCase())?.line;
      return line ? line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim() : null;
    },
    subject: mail.subject?.trim() || null,
    from: from ? { name: from.name ?? '', address: from.address ?? null } : null,
    html: typeof mail.html === 'string' && mail.html.trim() ? mail.html : null,
    text: mail.text?.trim() ? mail.text : null,
    parts: mail.attachments.map(toPart),
  };
}
