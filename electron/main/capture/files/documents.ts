/**
 * Files that hold an article inside a container: an e-mail (`.eml`), an Outlook message
 * (`.msg`), a Word document (`.docx`), a page saved as one file (`.mhtml`). Each is recognised
 * by its content (the extension only breaks a tie), then captured by its own module.
 */
import { CuttingsError } from '../../../../shared/errors';
import type { CapturedArticle } from '../types';

export type DocumentKind = 'email' | 'outlook' | 'docx' | 'mhtml' | 'protected';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The Compound File signature: Outlook messages, and old Word/Excel/PowerPoint files. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (head: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => head[i] === byte);

/** The header block of a MIME message: the lines before the first blank line, unfolded. */
function headerBlock(head: Uint8Array): string | null {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  // An mbox file's envelope line ("From someone@example.org Mon Dec  1 …") may come first.
  const body = text.replace(/^From [^\r\n]*\r?\n/, '');
  const end = body.search(/\r?\n\r?\n/);
  const block = (end === -1 ? body : body.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const lines = block.split(/\r?\n/);
  // Every line of a header block is "Name: value".
  if (lines.length < 2 || !lines.every((line) => /^[!-9;-~]+:/.test(line))) return null;
  return block;
}

/**
 * What kind of container `head` (the first kilobytes of a file named with `ext`) begins, or
 * null for anything else (a page, text, or a binary format other modules judge).
 */
export function documentKind(head: Uint8Array, ext: string): DocumentKind | null {
  if (startsWith(head, ZIP)) {
    // Every Word file starts with its content-types part or the package relationships.
    const names = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 4096)).toString('latin1');
    return ext === '.docx' || /\[Content_Types\]\.xml|word\//.test(names) ? 'docx' : null;
  }
  if (startsWith(head, COMPOUND_FILE)) {
    // A password-protected .docx is a Compound File too ("EncryptedPackage"); .doc, .xls and
    // .ppt are the old formats the binary refusal names.
    if (/^\.(?:docx|xlsx|pptx)$/.test(ext)) return 'protected';
    return /^\.(?:doc|xls|ppt|dot|xlt)$/.test(ext) ? null : 'outlook';
  }
  const block = headerBlock(head);
  if (!block) return null;
  const has = (name: string): boolean => new RegExp(`^${name}:`, 'im').test(block);
  const mime = has('mime-version') || has('content-type');
  if (
    has('snapshot-content-location') ||
    /^from:\s*<?saved by/im.test(block) ||
    ((ext === '.mhtml' || ext === '.mht') && mime && /multipart\/related/i.test(block))
  ) {
    return 'mhtml';
  }
  // A message, not a text that opens with "From:" and "Subject:" lines: it has the headers
  // only a mail program writes. A .txt must say MIME-Version to be taken for one.
  const mailHeaders = ['received', 'message-id', 'return-path', 'delivered-to', 'x-mailer', 'dkim-signature'].some(has);
  const addressed = has('from') && (has('date') || has('subject') || has('to'));
  if (ext === '.txt' || ext === '.text' || ext === '.md') return has('mime-version') && addressed ? 'email' : null;
  if (addressed && (mime || mailHeaders || ext === '.eml')) return 'email';
  return null;
}

/** Captures a container of the given kind (its modules are loaded on first use). */
export async function captureDocument(
  kind: DocumentKind,
  bytes: Uint8Array,
  options: { fileName: string; now?: Date },
): Promise<CapturedArticle> {
  switch (kind) {
    case 'email':
      return (await import('../mail')).captureEmail(bytes, options);
    case 'outlook':
      return (await import('../mail')).captureOutlookMessage(bytes, options);
    case 'docx':
      return (await import('../docx')).captureDocx(bytes, options);
    case 'mhtml':
      return (await import('../mhtml')).captureMhtml(bytes, options);
    case 'protected':
      throw new CuttingsError(
        'invalid-input',
        `"${options.fileName}" is protected with a password, so Cuttings cannot read it. Open it, remove the password (or save an unprotected copy), and import that.`,
      );
  }
}
