/**
 * A web address → CapturedArticle: the page is downloaded within firm limits (time, size,
 * redirects, content type), captured like a saved page, and its images are downloaded so the
 * clipping never needs the network again. A page on the internet may not lead Cuttings to
 * this computer or the local network (see ./address-policy).
 */
import { CuttingsError } from '../../../../shared/errors';
import { finishArticle } from '../finish';
import { DEFAULT_MAX_IMAGES, readPage } from '../html';
import type { CapturedArticle } from '../types';
import { addressGuard, isLocalNetworkHost, onceLookup, resolveHost, systemLookup, type HostLookup } from './address-policy';
import { deadline, fetchLimited, parseHttpUrl, requestError } from './fetch-limited';
import { downloadImages } from './images';
import { pinnedFetch, type PinnedFetch } from './pinned-fetch';

export type { HostLookup } from './address-policy';

/** Options for {@link captureUrl}. */
export interface CaptureUrlOptions {
  /** Bound on downloading the page, redirects included. Default 15 s. */
  timeoutMs?: number;
  /** Largest page accepted. Default 10 MB. */
  maxBytes?: number;
  /** Most images kept. Default {@link DEFAULT_MAX_IMAGES}. */
  maxImages?: number;
  /** Largest image accepted. Default 10 MB. */
  maxImageBytes?: number;
  signal?: AbortSignal;
  /**
   * The HTTP client (tests). Default {@link pinnedFetch}, which connects only to the addresses
   * the policy judged (its third argument); a replacement must do the same.
   */
  fetch?: PinnedFetch;
  /**
   * Resolves host names (every address of the name). Each host is resolved once per capture;
   * that answer is both judged by the address policy and the one connected to.
   * Default: the system resolver, `dns.lookup` with `all: true`.
   */
  lookup?: HostLookup;
  /**
   * Whether the page is on the internet. Then its redirects and its images may reach only
   * public addresses, never loopback, link-local, private or unspecified ones; a page on a
   * private address (an intranet) may also load images from its own host. Default: false only
   * when every address the page's host resolves to is loopback, private, link-local or
   * unspecified.
   */
  isPublicPage?: (page: URL) => boolean | Promise<boolean>;
}

/**
 * Defaults, exported for the UI's help text and the tests. A page that does not arrive whole
 * within 5 s is refused with a message; its pictures get what is left of those 5 s (at least
 * 1 s), and any that did not arrive by then are left out (the text is what matters).
 */
export const URL_LIMITS = {
  timeoutMs: 5_000,
  perImageMs: 5_000,
  imagesTotalMs: 5_000,
  maxBytes: 10 * 1024 * 1024,
  maxImageBytes: 10 * 1024 * 1024,
  maxTotalImageBytes: 100 * 1024 * 1024,
  maxRedirects: 5,
  imageConcurrency: 4,
} as const;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function describeType(mediaType: string): string {
  if (mediaType === 'application/pdf') return 'a PDF document';
  if (mediaType.startsWith('image/')) return `an image (${mediaType})`;
  if (mediaType.startsWith('video/') || mediaType.startsWith('audio/')) return `a media file (${mediaType})`;
  if (mediaType === 'application/json') return 'JSON data';
  return mediaType;
}

function checkHtml(contentType: string, url: URL): void {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  // No Content-Type at all: let captureHtml judge the bytes.
  if (!mediaType || HTML_TYPES.has(mediaType)) return;
  throw new CuttingsError(
    'invalid-input',
    `${url.href} is not a web page (it is ${describeType(mediaType)}). Only HTML pages can be imported from an address.`,
  );
}

function charsetOf(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? null;
}

function cancelled(url: URL): CuttingsError {
  return new CuttingsError('cancelled', `The download of ${url.href} was cancelled.`);
}

/**
 * Downloads the page at `url` and captures its article, with its images in `images[i].data`.
 * @throws CuttingsError `invalid-input` (not http(s), 4xx, not HTML, too large, too many
 * redirects, no article), `io` (unreachable, timeout, 5xx), `cancelled` (the signal fired).
 */
export async function captureUrl(url: string, options: CaptureUrlOptions = {}): Promise<CapturedArticle> {
  const start = parseHttpUrl(url);
  const began = Date.now();
  const doFetch = options.fetch ?? pinnedFetch;
  const timeoutMs = options.timeoutMs ?? URL_LIMITS.timeoutMs;
  const page = deadline(timeoutMs, options.signal);
  const limits = { ...page, timeoutMs };
  if (options.signal?.aborted) throw cancelled(start);
  // One answer per host for the whole capture: judged, then connected to (DNS rebinding).
  const lookup = onceLookup(options.lookup ?? systemLookup);
  const pageIsPublic = await Promise.resolve(
    options.isPublicPage
      ? options.isPublicPage(start)
      : isLocalNetworkHost(start.hostname, lookup, page.signal).then((local) => !local),
  ).catch((err: unknown) => {
    throw requestError(err, start, limits);
  });
  // The user asked for the first address (it connects where the page was judged to be); where
  // it redirects must pass the policy when the page is public.
  const pageGuard = addressGuard({ pageIsPublic, pageHosts: [start.hostname], lookup });

  const got = await fetchLimited(start, {
    ...limits,
    maxBytes: options.maxBytes ?? URL_LIMITS.maxBytes,
    maxRedirects: URL_LIMITS.maxRedirects,
    fetch: doFetch,
    headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    checkType: checkHtml,
    beforeRequest: (url, hop, signal) =>
      hop > 0 && pageIsPublic ? pageGuard(url, signal) : resolveHost(url.hostname, lookup, signal),
  }).catch((err: unknown) => {
    throw requestError(err, start, limits);
  });

  const article = await readPage(got.bytes, {
    url: got.url.href,
    charset: charsetOf(got.contentType),
    images: { max: options.maxImages ?? DEFAULT_MAX_IMAGES },
  });
  return withDownloadedImages(article, {
    pageIsPublic,
    pageHosts: [start.hostname, got.url.hostname],
    options: { ...options, timeoutMs, lookup },
    fetch: doFetch,
    // The whole page within its 5 s where it can be: pictures get what the text left, at least 1 s.
    imagesMs: Math.max(1000, URL_LIMITS.imagesTotalMs - (Date.now() - began)),
  });
}

/** Downloads the images `article` names (each request and redirect hop under the address policy), then finishes it. */
async function withDownloadedImages(
  article: CapturedArticle,
  how: {
    pageIsPublic: boolean;
    pageHosts: string[];
    options: CaptureUrlOptions & { timeoutMs: number };
    fetch: PinnedFetch;
    /** Time left for all the pictures; default {@link URL_LIMITS.imagesTotalMs}. */
    imagesMs?: number;
  },
): Promise<CapturedArticle> {
  const { options } = how;
  const imageGuard = addressGuard({ pageIsPublic: how.pageIsPublic, pageHosts: how.pageHosts, lookup: options.lookup });
  const downloaded = await downloadImages(article.images, article.html, {
    perImageMs: Math.min(URL_LIMITS.perImageMs, options.timeoutMs),
    totalMs: how.imagesMs ?? URL_LIMITS.imagesTotalMs,
    maxImageBytes: options.maxImageBytes ?? URL_LIMITS.maxImageBytes,
    maxTotalBytes: URL_LIMITS.maxTotalImageBytes,
    concurrency: URL_LIMITS.imageConcurrency,
    signal: options.signal,
    fetch: how.fetch,
    beforeRequest: (url, _hop, signal) => imageGuard(url, signal),
  });
  if (options.signal?.aborted) {
    throw new CuttingsError('cancelled', `The download of the pictures of ${article.url ?? 'the page'} was cancelled.`);
  }
  return finishArticle({ ...article, images: downloaded.images, html: downloaded.html });
}

/**
 * A page the browser already has (the clipper's bookmarklet sends its HTML and address):
 * captured like a saved page, its images downloaded from the web like {@link captureUrl}'s,
 * under the same limits and address policy, so the clipping reads offline.
 * @throws CuttingsError `invalid-input` when the address is not http(s) or the HTML holds no article.
 */
export async function captureClippedPage(
  html: string,
  pageUrl: string,
  options: Omit<CaptureUrlOptions, 'maxBytes'> = {},
): Promise<CapturedArticle> {
  const start = parseHttpUrl(pageUrl);
  const timeoutMs = options.timeoutMs ?? URL_LIMITS.timeoutMs;
  const article = await readPage(html, { url: start.href, images: { max: options.maxImages ?? DEFAULT_MAX_IMAGES } });
  const lookup = onceLookup(options.lookup ?? systemLookup);
  const pageIsPublic = options.isPublicPage
    ? await options.isPublicPage(start)
    : !(await isLocalNetworkHost(start.hostname, lookup, AbortSignal.timeout(timeoutMs)).catch(() => false));
  return withDownloadedImages(article, {
    pageIsPublic,
    pageHosts: [start.hostname],
    options: { ...options, timeoutMs, lookup },
    fetch: options.fetch ?? pinnedFetch,
  });
}
