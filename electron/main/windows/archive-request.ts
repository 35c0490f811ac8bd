/**
 * Which file a `cuttings-archive://clipping/<id>/<file>` request names: a file inside the
 * folder of a clipping the catalogue knows, or null (unknown host, bad id, unknown clipping,
 * a path that would leave the folder). Pure, so the app's protocol handler and the UI tests'
 * page serve pictures by the same rule.
 */
import { RECORD_ID } from '../../../shared/ids';
import type { Archive } from '../archive/types';
import { insideRoot } from './policy';

export function archiveRequestFile(requestUrl: string, archive: Pick<Archive, 'summary' | 'clippingDir'>): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  const [, id, file] = url.pathname.split('/');
  if (url.host !== 'clipping' || !id || !file || !RECORD_ID.test(id)) return null;
  if (!archive.summary(id)) return null;
  return insideRoot(archive.clippingDir(id), file);
}
