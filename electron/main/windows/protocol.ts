/**
 * The app's pages are served from `app://cuttings/` (not file://), and a clipping's images
 * from `cuttings-archive://clipping/<id>/<file>`, both through protocol.handle with a
 * path-traversal check. Register the schemes before `app.ready`.
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { ARCHIVE_SCHEME } from '../../../shared/archive-url';
import type { Archive } from '../archive/types';
import { archiveRequestFile } from './archive-request';
import { insideRoot } from './policy';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://cuttings`;

/** Must run before the app is ready. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: ARCHIVE_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

const notFound = (): Response => new Response('Not found', { status: 404 });

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    if (url.host !== 'cuttings') return notFound();
    const file = insideRoot(rendererDir, url.pathname === '/' ? 'index.html' : url.pathname);
    return file ? net.fetch(pathToFileURL(file).toString()) : notFound();
  });
}

/** Serves clipping files (images) from the archive that `archive` returns now (see `archive-request.ts`). */
export function handleArchiveProtocol(archive: () => Archive): void {
  protocol.handle(ARCHIVE_SCHEME, (request) => {
    const target = archiveRequestFile(request.url, archive());
    return target ? net.fetch(pathToFileURL(target).toString()) : notFound();
  });
}
