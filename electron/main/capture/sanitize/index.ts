/// <reference lib="dom" />
/**
 * Makes article HTML from the web safe to show: DOMPurify on a jsdom window (DOMPurify silently
 * does nothing on linkedom, which lacks the APIs it probes for). On top of DOMPurify's XSS
 * defences, the archive's own rules: images only from the clipping's own files, links only to
 * http(s) pages, no attribute that smells of script.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';
import { ALLOWED_ATTR, ARCHIVE_FILE, PURIFY_OPTIONS } from '../../../../shared/sanitize-policy';

/** Real pages settle in one pass, hostile ones in two; the bound only guards against a loop. */
const MAX_PASSES = 4;

interface Sanitizer {
  purify: DOMPurify;
  parser: DOMParser;
}

let sanitizer: Sanitizer | null = null;

/** One jsdom window for the life of the process: creating one costs ~10 ms, sanitizing far less. */
function getSanitizer(): Sanitizer {
  if (sanitizer) return sanitizer;
  const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
  const purify = createDOMPurify(window as unknown as Window & typeof globalThis);
  if (!purify.isSupported) throw new Error('DOMPurify cannot run on this DOM');
  purify.addHook('afterSanitizeAttributes', enforceUrlPolicy);
  sanitizer = { purify, parser: new window.DOMParser() };
  return sanitizer;
}

function httpHref(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A value that a browser could treat as script or inline content if it ever became a URL. */
// Browsers skip leading C0 controls and spaces before a scheme; so do we.
// eslint-disable-next-line no-control-regex
const SCRIPTISH = /^[\s\u0000-\u001f]*(?:javascript|vbscript|data|livescript|mocha)\s*:/i;

/** Links: absolute http(s) only, opened without referrer or opener. Images: archive files only. */
function enforceUrlPolicy(node: Element): void {
  if (node.nodeType !== 1) return;
  const tag = node.tagName.toLowerCase();
  // Not URLs (title, alt), but no reason to keep "javascript:…" in any attribute either.
  for (const attr of Array.from(node.attributes)) {
    if (SCRIPTISH.test(attr.value)) node.removeAttribute(attr.name);
  }
  if (node.hasAttribute('src') && (tag !== 'img' || !ARCHIVE_FILE.test(node.getAttribute('src') ?? ''))) {
    node.removeAttribute('src');
  }
  if (node.hasAttribute('href')) {
    const href = tag === 'a' ? httpHref(node.getAttribute('href') ?? '') : null;
    if (href) node.setAttribute('href', href);
    else node.removeAttribute('href');
  }
  if (tag === 'a' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
}

/** One sanitizing pass. */
function pass(html: string): string {
  const body = getSanitizer().purify.sanitize(html, {
    ...PURIFY_OPTIONS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel'],
    RETURN_DOM: true,
  }) as HTMLElement | null;
  // Markup that opens with <frameset> parses into a document without a body: nothing to keep.
  if (!body) return '';
  // An image that cannot be served from the archive is only a hole in the page.
  for (const img of Array.from(body.querySelectorAll('img'))) if (!img.hasAttribute('src')) img.remove();
  // `rel` is ours alone: keep it only on the links we approved.
  for (const el of Array.from(body.querySelectorAll('[rel]'))) {
    if (el.tagName !== 'A' || !el.hasAttribute('href')) el.removeAttribute('rel');
  }
  return body.innerHTML;
}

/** True when `html` parses back into markup that serializes to exactly `html`. */
function readsBackTheSame(html: string): boolean {
  return getSanitizer().parser.parseFromString(html, 'text/html').body?.innerHTML === html;
}

/**
 * Returns article HTML with no scripts, event handlers, frames, embeds, forms, styles, data: or
 * javascript: URLs and no remote resources: `<img src>` must be a file name of the clipping
 * (`img-1.jpg`), links keep only http(s) `href` and get `rel="noopener noreferrer"`.
 * Idempotent: sanitizing the output again returns it unchanged.
 */
export function sanitizeArticleHtml(html: string): string {
  let current = pass(html);
  // The HTML parser can build trees it would not build again from their own serialization
  // (foster-parented <p> or <a> around tables; text left inside a <table> once an element is
  // taken out). Such output would change when sanitized again, so it goes round once more:
  // a pass over markup that reads back the same removes nothing, hence the fixed point.
  for (let i = 1; i < MAX_PASSES && !readsBackTheSame(current); i++) current = pass(current);
  return current;
}
