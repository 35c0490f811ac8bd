/// <reference lib="dom" />
/**
 * Parses a page with linkedom, which is many times faster than jsdom for Readability and gives
 * the same result. linkedom builds the tree exactly as written (no implied <html>/<body>), so
 * pages and fragments without those tags get them here first.
 */
import { parseHTML } from 'linkedom';

const HAS_BODY = /<body[\s>]/i;
const HEAD_END = /<\/head\s*>/i;
const LEADING_SHELL = /^\s*(?:<!doctype[^>]*>\s*)?(?:<html\b[^>]*>\s*)?/i;
const TRAILING_SHELL = /(?:<\/html\s*>\s*)?$/i;

/** Gives markup an <html><head></head><body> shell when it lacks one. */
export function withDocumentShell(html: string): string {
  if (HAS_BODY.test(html)) return html;
  const headEnd = HEAD_END.exec(html);
  if (headEnd) {
    const cut = headEnd.index + headEnd[0].length;
    const rest = html.slice(cut).replace(TRAILING_SHELL, '');
    return `${html.slice(0, cut)}<body>${rest}</body></html>`;
  }
  const inner = html.replace(LEADING_SHELL, '').replace(TRAILING_SHELL, '');
  return `<!DOCTYPE html><html><head></head><body>${inner}</body></html>`;
}

/** Parses a page (or a fragment) into a linkedom document. */
export function parsePage(html: string): Document {
  return parseHTML(withDocumentShell(html)).document;
}

/**
 * Gives the document a <base href> unless it has one, so Readability turns relative links and
 * image addresses into absolute ones (linkedom has no document URL to resolve against).
 */
export function ensureBase(document: Document, baseUrl: string | null): void {
  if (!baseUrl || document.querySelector('base[href]')) return;
  const base = document.createElement('base');
  base.setAttribute('href', baseUrl);
  const head = document.head ?? document.documentElement;
  head.insertBefore(base, head.firstChild);
}

/** The first http(s) URL among candidates, resolved against `base`; null if none is usable. */
export function absoluteHttpUrl(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
