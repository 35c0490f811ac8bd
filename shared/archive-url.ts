/**
 * How the window reaches files inside the archive (a clipping's pictures): through main's
 * `cuttings-archive:` protocol, never `file:` and never the network. Main serves it
 * (electron/main/windows/protocol.ts), the library points stored HTML at it, the reader builds
 * picture addresses with it and the Content-Security-Policy allows it. No zod here: the
 * renderer imports values from this file.
 */
export const ARCHIVE_SCHEME = 'cuttings-archive';

/** The host under which a clipping's files are served: `cuttings-archive://clipping/<id>/<file>`. */
export const CLIPPING_FILES_BASE = `${ARCHIVE_SCHEME}://clipping/`;

/** The address of one of a clipping's files. */
export const clippingFileUrl = (id: string, file: string): string =>
  `${CLIPPING_FILES_BASE}${encodeURIComponent(id)}/${encodeURIComponent(file)}`;
