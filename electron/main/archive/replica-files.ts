/**
 * The folder of a clipping received from a teammate (sync): the files the server holds for
 * it, written and flushed before the catalogue names the clipping, like a capture's
 * (`clipping-files.ts`). Only plain file names are written, each inside the folder.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { flushNewFolder } from './clipping-files';
import { writeFileSynced } from './durable-fs';
import { META_FILE, clippingFilePath } from './layout';
import type { ReplicaFile } from './replica-ops';
import type { StoredClipping } from './schema';

export async function writeReplicaFiles(
  root: string,
  folder: string,
  record: StoredClipping,
  files: readonly ReplicaFile[],
): Promise<void> {
  // A folder left by an interrupted sync holds nothing the catalogue names: start afresh.
  await rm(folder, { recursive: true, force: true });
  const firstCreated = await mkdir(folder, { recursive: true });
  const writes: Array<Promise<void>> = [];
  for (const file of files) {
    const target = clippingFilePath(folder, file.name);
    if (!target || file.name === META_FILE)
      throw new CuttingsError('invalid-input', `The server sent a file named ${JSON.stringify(file.name)} for clipping ${record.id}: refused.`);
    writes.push(writeFileSynced(target, file.data));
  }
  writes.push(writeFileSynced(path.join(folder, META_FILE), `${JSON.stringify(record, null, 2)}\n`));
  const failed = (await Promise.allSettled(writes)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  await flushNewFolder(root, folder, firstCreated);
}
