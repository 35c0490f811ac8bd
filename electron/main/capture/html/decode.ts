/**
 * Turns the bytes of a web page into a string the way a browser would: byte-order mark first,
 * then the charset the server declared, then the page's own `<meta charset>`, else UTF-8 — with
 * one exception: bytes that are valid UTF-8 (and not plain ASCII) are UTF-8 whatever the page
 * declares. Pages are often re-saved as UTF-8 with their old `<meta charset="gb2312">` kept, and
 * legacy text almost never happens to form valid multi-byte UTF-8 sequences, so this reading is
 * right where the declaration is wrong and changes nothing where it is right.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** How far into the page we look for `<meta charset>`. Browsers stop at 1 KB; real pages don't. */
const PRESCAN_BYTES = 8192;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** Labels the HTML standard maps to another encoding before decoding. */
const LABEL_ALIASES: Record<string, string> = {
  // A page that says UTF-16 in a <meta> was necessarily read as ASCII-compatible bytes.
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  'x-user-defined': 'windows-1252',
  // Browsers decode these as windows-1252 (which differs only in 0x80–0x9F, where it has letters).
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

/** The encoding to use for a charset label, or null when iconv-lite does not know it. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const lower = label.trim().toLowerCase();
  const mapped = LABEL_ALIASES[lower] ?? lower;
  return iconv.encodingExists(mapped) ? mapped : null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** The charset a page declares in its first few kilobytes, if any and if known. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES));
  const match = META_CHARSET.exec(head.toString('latin1'));
  return normaliseCharset(match?.[1]);
}

/** True when some byte is outside ASCII (pure ASCII reads the same in every charset we decode). */
function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/**
 * Decodes HTML bytes. `transportCharset` is the charset from an HTTP Content-Type header, which
 * outranks the page's own declaration (as in browsers). Never throws on a wrong declaration:
 * undecodable bytes become U+FFFD.
 */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding);
  const encoding = normaliseCharset(transportCharset) ?? declaredCharset(bytes) ?? 'utf-8';
  if (encoding === 'utf-8' || encoding === 'utf8' || (hasNonAscii(bytes) && isUtf8(bytes))) return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}
