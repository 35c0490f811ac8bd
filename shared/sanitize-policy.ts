/**
 * What article HTML may contain once sanitized: text structure, links and archive images.
 * An allow-list, so anything a browser adds tomorrow stays out until someone lets it in.
 *
 * One policy, applied twice: main sanitizes a page when it is captured
 * (electron/main/capture/sanitize, DOMPurify on jsdom), and the reader sanitizes the stored
 * HTML again before showing it (renderer/views/article-body.tsx, DOMPurify in the page), so a
 * file changed on disk still cannot run anything. No zod or DOM here: both sides import it.
 */

/** Elements kept. Everything else is removed; its text stays unless listed in FORBID_CONTENTS. */
// prettier-ignore
export const ALLOWED_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code',
  'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main',
  'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u',
  'ul', 'var', 'wbr',
];

/**
 * Attributes kept. No `style` (CSS can load remote resources: url(), @import, image-set),
 * no `id`/`class`/`name` (they clash with the app's own CSS and enable DOM clobbering),
 * no URL-bearing attributes besides `href` on <a> and `src` on <img>, which are checked apart.
 */
// prettier-ignore
export const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'dir', 'lang', 'colspan', 'rowspan', 'scope', 'headers', 'abbr',
  'start', 'reversed', 'datetime', 'width', 'height', 'open',
];

/** Removed with their content: nothing inside them is article text, or it is hostile. */
// prettier-ignore
export const FORBID_CONTENTS = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'select', 'option', 'optgroup',
  'textarea', 'button', 'title', 'head', 'xmp', 'plaintext', 'dialog',
];

/** A file name inside the clipping's folder, as `img-3.jpg`: no scheme, no slash, no "..". */
export const ARCHIVE_FILE = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/;

/** The DOMPurify options both sides share (each adds its own URL rule and return form). */
export const PURIFY_OPTIONS = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_CONTENTS,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
};
