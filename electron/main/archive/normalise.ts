/**
 * How the archive decides that two things are the same: URLs, texts and tag names.
 */
import { createHash } from 'node:crypto';

/** Tracking parameters that do not change which article a URL names. */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * A URL's identity: scheme and host in lower case, default port, fragment, tracking
 * parameters and a trailing slash dropped. Returns null for anything that is not an http(s) URL.
 */
export function normaliseUrl(raw: string | null): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  }
  let path = url.pathname;
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const search = url.searchParams.toString();
  return `${url.protocol}//${url.host}${path === '/' ? '' : path}${search ? `?${search}` : ''}`;
}

/** Hash of a text with case, Unicode form and whitespace folded: the same article pasted twice matches. */
export function textHash(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex').slice(0, 32);
}

/** Words in a text, as the library list shows them. */
export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/** A tag name as stored: trimmed, inner whitespace collapsed. Empty means no tag. */
export function cleanTagName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The key under which tag names are unique (case-insensitive). */
export function tagKey(name: string): string {
  return cleanTagName(name).toLowerCase();
}
