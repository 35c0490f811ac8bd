/**
 * Which parts of an e-mail are attachments to import as clippings of their own: PDFs, photos,
 * documents, attached messages. Not the pictures the HTML body shows (they are the e-mail's own
 * images), not signatures, calendar invitations or contact cards, not a signature's little logos.
 */
import type { CapturedAttachment } from '../types';
import type { MessagePart, ParsedMessage } from './parse';

/** The same limit as a file imported on its own. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** More than this many attachments are listed as left out: a mail merge gone wrong, or an archive dump. */
export const MAX_ATTACHMENTS = 25;
/** An inline picture smaller than this that the text does not show is a signature's logo or icon. */
const MIN_PICTURE_BYTES = 4 * 1024;

/** Parts that are never articles: signatures, invitations, cards, delivery reports. */
const NEVER =
  /^(?:application\/(?:pkcs7-signature|x-pkcs7-signature|pgp-signature|pgp-keys|pgp-encrypted)|text\/(?:calendar|x?-?vcard|directory)|message\/(?:delivery-status|disposition-notification))/i;

const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/tiff': 'tif',
  'text/html': 'html',
  'text/plain': 'txt',
  'message/rfc822': 'eml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-outlook': 'msg',
};

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** A file name for the part: its own (without any folder), else one made from its type. */
function nameOf(part: MessagePart, index: number): string {
  const own = part.filename?.split(/[\\/]/).pop()?.trim();
  if (own) return own;
  return `attachment-${index + 1}.${EXTENSION[part.contentType] ?? 'bin'}`;
}

function shownInBody(part: MessagePart, html: string | null): boolean {
  if (!html) return false;
  if (part.contentId && html.includes(`cid:${part.contentId}`)) return true;
  return part.location !== null && html.includes(part.location);
}

/** The attachments to import, in the order the message lists them, with the reason for any left out. */
export function chooseAttachments(message: ParsedMessage): CapturedAttachment[] {
  const chosen: CapturedAttachment[] = [];
  message.parts.forEach((part, i) => {
    // A picture Outlook hides from the attachment list belongs to the body, even when the body
    // that shows it is only in Outlook's RTF (which is not read): it is not an attachment.
    if (NEVER.test(part.contentType) || shownInBody(part, message.html) || part.hidden) return;
    // A small picture shown inline (a signature's logo or icon) is not a clipping; one sent as
    // an attachment is taken whatever its size.
    const inline = part.disposition !== 'attachment' && (part.related || part.contentId !== null || part.disposition === 'inline');
    if (part.contentType.startsWith('image/') && inline && part.data.byteLength < MIN_PICTURE_BYTES) return;
    const name = nameOf(part, i);
    if (part.unreadable) {
      chosen.push({ name, data: null, problem: part.unreadable });
    } else if (part.contentType === 'application/ms-tnef' || /^winmail\.dat$/i.test(name)) {
      chosen.push({
        name,
        data: null,
        problem: 'Outlook sent its attachments packed in winmail.dat, which Cuttings cannot open. Ask the sender to send them again as ordinary attachments.',
      });
    } else if (part.data.byteLength > MAX_ATTACHMENT_BYTES) {
      chosen.push({
        name,
        data: null,
        problem: `It is too large to import (${megabytes(part.data.byteLength)}; the limit is ${megabytes(MAX_ATTACHMENT_BYTES)}).`,
      });
    } else if (part.data.byteLength === 0) {
      chosen.push({ name, data: null, problem: 'It is empty (0 bytes).' });
    } else {
      chosen.push({ name, data: part.data, problem: null });
    }
  });
  for (const extra of chosen.slice(MAX_ATTACHMENTS)) {
    extra.data = null;
    extra.problem = `Left out: only the first ${MAX_ATTACHMENTS} attachments of a message are imported.`;
  }
  return chosen;
}
