/**
 * The Library: every user action on an archive, composed from the pure capabilities
 * (capture → archive → search index, and dossiers). The app's IPC handlers and the CLI
 * both call this, so a clipping imported from a terminal is the same as one pasted in the app.
 */
import path from 'node:path';
import { toErrorInfo } from '../../../shared/errors';
import { openArchive } from '../archive/open';
import type { Archive, OpenOptions } from '../archive/types';
import { openSearchIndex } from '../search';
import type { SearchIndex } from '../search/types';
import { ArchiveLibrary } from './archive-library';
import type { Library } from './types';

export type { DossierChoice } from './dossier-request';
export type { Library } from './types';
export { recoverClippingText } from './text-recovery';

/**
 * Opens (or creates) the archive in `dir` with its search index, rebuilding the index if
 * needed — before returning, or with `rebuild: 'later'` not at all: the caller (the app, which
 * shows progress) runs {@link Library.reindex} itself when {@link Library.indexOutOfStep}.
 */
export async function openLibrary(
  dir: string,
  options: OpenOptions & { rebuild?: 'now' | 'later'; /** @internal an index already open on this archive */ index?: SearchIndex } = {},
): Promise<Library> {
  const archiveDir = path.resolve(dir);
  let archive: Archive;
  try {
    archive = await openArchive(archiveDir, options);
  } catch (err) {
    options.index?.close();
    throw err;
  }
  try {
    let index: SearchIndex | null = options.index ?? null;
    let unreadable: string | null = null;
    if (!index) {
      try {
        // A reader never writes the index: it opens the file read-only or not at all.
        index = openSearchIndex(indexFile(archiveDir), { readOnly: archive.readOnly });
      } catch (err) {
        unreadable = toErrorInfo(err).message;
      }
    }
    const library = new ArchiveLibrary(archive, index ?? openSearchIndex(':memory:'));
    await library.prepareIndex(options.rebuild ?? 'now', unreadable);
    return library;
  } catch (err) {
    await archive.close();
    throw err;
  }
}

/** The search index's file in an archive. */
export const indexFile = (archiveDir: string): string => path.join(archiveDir, 'index', 'search.sqlite');
