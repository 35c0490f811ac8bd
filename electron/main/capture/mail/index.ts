/**
 * An e-mail (`.eml`) → CapturedArticle: the subject is the title, the sender gives the author
 * and source ({@link senderFields}), the Date header the date. The HTML body goes through the
 * HTML capture whole (sanitised, its `cid:` pictures kept as the clipping's images); a text-only
 * mail through the paste parser. Attachments (PDFs, photos, documents) are handed over as files,
 * each to be imported as a clipping of its own and linked to the e-mail.
 */
import { CuttingsError } from '../../../../shared/errors';
import type { ProvenancedField } from '../../../../shared/clipping';
import { analyze } from '../nlp';
import { EmbeddedParts, captureEmbeddedPage } from '../html/embedded-images';
import { takeOpeningHeading } from '../html/opening-heading';
import { capturePastedText } from '../paste';
import type { CapturedArticle } from '../types';
import { chooseAttachments } from './attachments';
import { forwardedHeader } from './forwarded';
import { readOutlookMessage } from './outlook';
import { cleanSubject, mailDate } from './headers';
import { parseMessage, type ParsedMessage } from './parse';
import { senderFields } from './sender';

export interface CaptureEmailOptions {
  /** The file's name, for messages and the original's extension. */
  fileName?: string;
  now?: Date;
}

/** The message as an article from its HTML body, or null when the HTML holds no text. */
async function fromHtml(message: ParsedMessage, label: string): Promise<CapturedArticle | null> {
  if (!message.html) return null;
  // A release that repeats its subject as its first heading: the title says it already.
  const { html } = takeOpeningHeading(message.html, cleanSubject(message.subject));
  const parts = new EmbeddedParts(
    message.parts.filter((p) => p.contentId || p.location).map((p) => ({ data: p.data, contentId: p.contentId, location: p.location })),
  );
  try {
    return await captureEmbeddedPage(html, parts, { whole: true, fileName: label });
  } catch (err) {
    if (err instanceof CuttingsError && err.code === 'invalid-input') return null;
    throw err;
  }
}

/** The message as an article from its text; the subject goes first so it is read as the headline. */
function fromText(message: ParsedMessage, options: CaptureEmailOptions): CapturedArticle | null {
  const text = message.text?.trim();
  if (!text) return null;
  const subject = cleanSubject(message.subject);
  try {
    return capturePastedText(subject ? `${subject}\n\n${text}` : text, { now: options.now });
  } catch (err) {
    if (err instanceof CuttingsError && err.code === 'invalid-input') return null;
    throw err;
  }
}

/** A message with nothing to read but its attachments: the clipping names them. */
function attachmentsOnly(title: string, names: string[]): CapturedArticle {
  const text = `Sent with ${names.length === 1 ? 'an attachment' : `${names.length} attachments`}: ${names.join(', ')}.`;
  const analysis = analyze(text, { title });
  return {
    title, titleDerived: false, source: null, author: null, dateline: null, publishedAt: null,
    lang: null, caption: null, credit: null, url: null, text, entities: analysis.entities, quotes: [],
    provenance: {}, html: null, images: [], original: { file: 'original.eml', data: new Uint8Array() },
  };
}

/**
 * Captures an e-mail (`.eml`). The result's `attachments` are the files to import after it
 * (with a `problem` for those left out); `original` is the message exactly as given.
 * @throws CuttingsError `invalid-input` for a message cut short or unreadable, or one with
 * neither text nor attachments.
 */
export async function captureEmail(bytes: Uint8Array, options: CaptureEmailOptions = {}): Promise<CapturedArticle> {
  const message = await parseMessage(bytes, `"${options.fileName ?? 'The e-mail'}"`);
  return captureMessage(message, bytes, options);
}

/**
 * Captures an Outlook message (`.msg`) the same way as an e-mail.
 * @throws CuttingsError `invalid-input` for a file that is not an Outlook message, or is damaged.
 */
export async function captureOutlookMessage(bytes: Uint8Array, options: CaptureEmailOptions = {}): Promise<CapturedArticle> {
  const message = readOutlookMessage(bytes, `"${options.fileName ?? 'The message'}"`);
  return captureMessage(message, bytes, options);
}

async function captureMessage(message: ParsedMessage, bytes: Uint8Array, options: CaptureEmailOptions): Promise<CapturedArticle> {
  const label = `"${options.fileName ?? 'The e-mail'}"`;
  const subject = cleanSubject(message.subject);
  const attachments = chooseAttachments(message);
  const body = (await fromHtml(message, label)) ?? fromText(message, options);
  if (!body && attachments.length === 0) {
    throw new CuttingsError('invalid-input', `${label} has no text to import: the message is empty.`);
  }
  const article = body ?? attachmentsOnly(subject ?? attachments[0]?.name ?? 'E-mail', attachments.map((a) => a.name));

  // Forwarded: the quoted sender and date are the original's; the mail's own are the forwarder's.
  const forwarded = forwardedHeader(message.text, message.subject);
  const sender = senderFields(forwarded?.name ?? message.from?.name, forwarded ? forwarded.address : message.from?.address);
  const found: Partial<Record<ProvenancedField, string | null>> = {
    title: subject,
    author: sender.author,
    source: sender.source,
    // A date the text itself gives (a forwarded article's) outranks the day it was mailed.
    publishedAt: article.provenance.publishedAt ? null : (forwarded?.date ?? mailDate(message.header('date'))),
  };
  const result: CapturedArticle = { ...article, provenance: { ...article.provenance } };
  for (const [field, value] of Object.entries(found) as Array<[ProvenancedField, string | null]>) {
    if (!value) continue;
    (result as unknown as Record<string, unknown>)[field] = value;
    result.provenance[field] = 'email';
  }
  if (subject) result.titleDerived = false;
  const ext = /\.(eml|msg)$/i.exec(options.fileName ?? '')?.[1]?.toLowerCase() ?? 'eml';
  return { ...result, original: { file: `original.${ext}`, data: bytes }, attachments };
}
