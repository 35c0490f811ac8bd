/**
 * What a file holds, judged from its first bytes: binary data (images, archives, PDFs), UTF-16
 * text with a byte-order mark, or 8-bit text. Only the head is read, so a large binary file is
 * refused without loading it.
 */

/** How much of a file the sniffer looks at. */
export const SNIFF_BYTES = 8192;

/** Bytes that begin well-known binary formats, for a friendlier message. */
const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word/OpenDocument file)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
  [[0x4d, 0x5a], 'a program'],
];

export type Sniffed =
  { kind: 'binary'; what: string } | { kind: 'utf16'; littleEndian: boolean } | { kind: 'text' };

/** Classifies a file from its head. */
export function sniff(head: Uint8Array): Sniffed {
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'utf16', littleEndian: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'utf16', littleEndian: false };
  for (const [magic, what] of SIGNATURES) {
    if (magic.every((byte, i) => head[i] === byte)) return { kind: 'binary', what };
  }
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return { kind: 'binary', what: 'binary data' };
    // Tab, LF, FF, CR and ESC turn up in text; other C0 controls do not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b)
      control++;
  }
  return head.length > 0 && control / head.length > 0.1
    ? { kind: 'binary', what: 'binary data' }
    : { kind: 'text' };
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** True when text starts like an HTML document, whatever the file is called. */
export function looksLikeHtmlDocument(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096).replace(/^\uFEFF/, ''));
}
