/**
 * Capture: turns what the user brings (pasted text, rich paste, a file, a web address) into a
 * {@link CapturedArticle}. Pure: reads inputs, returns data, never writes to the archive.
 *
 * - {@link capturePastedText}: text copied from a page or a wire service.
 * - {@link captureClipboard}: text plus the HTML a browser also puts on the clipboard.
 * - {@link captureHtml}: a web page's bytes or markup.
 * - {@link captureFile}: a saved page (.html) or a text file.
 * - {@link captureUrl}: downloads a page and its images within firm limits.
 * - {@link captureClippedPage}: a page sent by the browser clipper; its images downloaded the same way.
 * - {@link sanitizeArticleHtml}: the one gate article HTML passes before it may be shown.
 */
export { captureHtml, DEFAULT_MAX_IMAGES, type CaptureHtmlOptions, type ImagePolicy } from './html';
export { captureClipboard } from './html/clipboard';
export { captureFile, MAX_IMPORT_BYTES } from './files';
export { captureClippedPage, captureUrl, URL_LIMITS, type CaptureUrlOptions } from './url';
export { capturePastedText } from './paste';
export { sanitizeArticleHtml } from './sanitize';
export type { CapturedArticle, CapturedImage, CapturedOriginal } from './types';
