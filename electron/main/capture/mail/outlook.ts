/**
 * An Outlook message (`.msg`, a Compound File) read with @kenjiuno/msgreader into the same
 * shape as a MIME e-mail, so it is captured by the same code.
 */
import * as msgreader from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { CuttingsError } from '../../../../shared/errors';
import { decodeHtml } from '../html/decode';
import type { MessagePart, ParsedMessage } from './parse';

type Reader = { getFileData(): FieldsData; getAttachment(a: FieldsData): { fileName: string; content: Uint8Array } };
type ReaderClass = new (data: ArrayBuffer | DataView) => Reader;

/** The class, however the CommonJS module was wrapped (Node's ESM loader nests `default`). */
function readerClass(): ReaderClass {
  const mod = msgreader as unknown as { default?: ReaderClass | { default?: ReaderClass } };
  const first = mod.default;
  const found = typeof first === 'function' ? first : first?.default;
  if (typeof found !== 'function') throw new Error('@kenjiuno/msgreader has no reader class');
  return found;
}

/** Transport headers (as an e-mail has them) → the first value of `name`, unfolded. */
function headerIn(headers: string | undefined, name: string): string | null {
  if (!headers) return null;
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const match = new RegExp(`^${name}\\s*:\\s*(.*)$`, 'im').exec(unfolded);
  return match?.[1]?.trim() || null;
}

function htmlBody(data: FieldsData): string | null {
  if (data.bodyHtml?.trim()) return data.bodyHtml;
  // PidTagHtml is bytes in the charset the HTML itself declares.
  if (data.html && data.html.byteLength > 0) return decodeHtml(data.html);
  return null;
}

function parts(reader: Reader, data: FieldsData): MessagePart[] {
  const out: MessagePart[] = [];
  for (const attachment of data.attachments ?? []) {
    if (attachment.innerMsgContent) {
      // Outlook keeps an attached message as part of its own file, not as a file of its own.
      const name = attachment.name ?? attachment.innerMsgContentFields?.subject ?? 'attached message';
      out.push({
        filename: `${name}.msg`,
        contentType: 'application/vnd.ms-outlook',
        disposition: 'attachment',
        contentId: null,
        location: null,
        related: false,
        data: new Uint8Array(),
        unreadable: 'An Outlook message attached inside another cannot be imported from it. Open it in Outlook, save it as a file (.msg or .eml), and import that.',
      });
      continue;
    }
    const { fileName, content } = reader.getAttachment(attachment);
    out.push({
      filename: fileName || attachment.fileName || null,
      contentType: (attachment.attachMimeTag ?? 'application/octet-stream').toLowerCase(),
      disposition: attachment.attachmentHidden || attachment.pidContentId ? 'inline' : 'attachment',
      contentId: attachment.pidContentId ?? null,
      location: null,
      related: Boolean(attachment.pidContentId),
      hidden: attachment.attachmentHidden === true,
      data: content,
    });
  }
  return out;
}

/**
 * Reads an Outlook message.
 * @throws CuttingsError `invalid-input` when the file is not an Outlook message (an old Word
 * or Excel file shares its container format) or is damaged.
 */
export function readOutlookMessage(bytes: Uint8Array, label: string): ParsedMessage {
  let reader: Reader;
  let data: FieldsData;
  try {
    const copy = bytes.slice().buffer;
    reader = new (readerClass())(copy);
    data = reader.getFileData();
  } catch (err) {
    throw new CuttingsError('invalid-input', `${label} could not be read as an Outlook message (${(err as Error).message}).`, {
      cause: err,
    });
  }
  // Every Outlook item names its class (IPM.Note for an e-mail); other Compound Files do not.
  if (data.error || data.dataType !== 'msg' || !data.messageClass) {
    throw new CuttingsError(
      'invalid-input',
      `${label} is not an Outlook message: it looks like an old Microsoft Office document (.doc, .xls, .ppt). ` +
        'Open it in its program, save it as .docx (or the text as .txt), and import that.',
    );
  }
  if (!/^IPM\.Note/i.test(data.messageClass)) {
    throw new CuttingsError(
      'invalid-input',
      `${label} is an Outlook item that is not an e-mail (${data.messageClass}): there is no article in it.`,
    );
  }
  const transport = data.headers;
  const fromHeader = headerIn(transport, 'from');
  const address = data.senderSmtpAddress ?? (data.senderEmail?.includes('@') ? data.senderEmail : null) ?? (/<([^>]+@[^>]+)>/.exec(fromHeader ?? '')?.[1] ?? null);
  const date = headerIn(transport, 'date') ?? data.clientSubmitTime ?? data.messageDeliveryTime ?? null;
  return {
    header: (name) => (name.toLowerCase() === 'date' ? date : headerIn(transport, name)),
    subject: data.subject?.trim() || null,
    from: data.senderName || address ? { name: data.senderName ?? '', address } : null,
    html: htmlBody(data),
    text: data.body?.trim() ? data.body : null,
    parts: parts(reader, data),
  };
}
