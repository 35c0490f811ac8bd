/**
 * File names made from titles (a dossier's PDF, suggested in the save dialog or written by the
 * CLI): readable in the title's own script and safe on every system the app runs on.
 */

/** Bytes of UTF-8 a slug may take: file systems cap a name at 255 bytes, and an extension follows. */
const MAX_BYTES = 200;

/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A file name (without extension) from a title: letters, combining marks and digits of every
 * script are kept (`Переговоры в Москве` → `Переговоры-в-Москве`, `दिल्ली समाचार` keeps its
 * vowel signs), every run of anything else (spaces, punctuation, `/ \ : * ? " < > |`, control
 * characters) becomes one `-`. The result is in NFC, at most 200 bytes of UTF-8, never a
 * Windows device name, and never empty: a title with nothing to keep gives `fallback`.
 */
export function fileSlug(title: string, fallback = 'dossier'): string {
  const words = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const utf8 = new TextEncoder();
  let slug = '';
  let bytes = 0;
  for (const char of words) {
    bytes += utf8.encode(char).length;
    if (bytes > MAX_BYTES) break;
    slug += char;
  }
  slug = slug.replace(/-+$/, '');
  if (!slug) return fallback;
  return RESERVED.test(slug) ? `${fallback}-${slug}` : slug;
}
