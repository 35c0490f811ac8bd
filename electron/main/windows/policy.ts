/**
 * Security policy of the app's windows, kept free of Electron so it can be tested in Node.
 */
import path from 'node:path';
import { ARCHIVE_SCHEME } from '../../../shared/archive-url';

/** Applied to every response the app's windows receive. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' ${ARCHIVE_SCHEME}: data:`,
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only web links leave the app (to the user's browser); never file:, javascript:, smb: … */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Resolves the URL path `relative` inside `root`, or null when it would escape it. */
export function insideRoot(root: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, `.${path.sep}${decoded}`);
  return target.startsWith(resolvedRoot + path.sep) ? target : null;
}
