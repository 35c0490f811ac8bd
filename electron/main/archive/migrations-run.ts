/**
 * Migrating an old catalogue when the archive is opened: the steps in migrations.ts run in
 * memory and are validated, a verified pre-migration backup of the old bytes is written, and
 * only then is the result written as a current catalogue (the old `catalogue.json` is replaced in one atomic rename at the end).
 */
import { CuttingsError } from '../../../shared/errors';
import { writeBackup } from './backups';
import { CatalogueStore } from './catalogue-store';
import type { Inspection } from './load';
import { migrate } from './migrations';
import type { RootData, Snapshot } from './schema';

export async function migrateOnOpen(
  root: string,
  found: Extract<Inspection, { kind: 'old' }>,
  opts: { readOnly: boolean; now: () => Date; capacity: number },
): Promise<CatalogueStore> {
  if (opts.readOnly) {
    // Read-only: show the migrated data, change nothing on disk.
    const snapshot = migrate(found.doc, found.version, opts.now());
    const { clippings, ...rest } = snapshot;
    return CatalogueStore.inMemory(root, { root: rootOf(rest), clippings }, opts.capacity);
  }
  // Migrate in memory first: a catalogue that cannot be migrated is damage (kept aside by the
  // caller), not something to back up. Nothing is written before the verified backup exists.
  const snapshot = migrate(found.doc, found.version, opts.now());
  await writeBackup(root, 'pre-migration', found.bytes.toString('utf8'), opts.now());
  const { clippings, ...rest } = snapshot;
  try {
    return await CatalogueStore.create(root, { root: rootOf(rest), clippings }, { capacity: opts.capacity });
  } catch (err) {
    if (err instanceof CuttingsError) throw err;
    throw new CuttingsError(
      'io',
      `Could not save the migrated catalogue: ${(err as Error).message}. The old catalogue is unchanged.`,
      {
        cause: err,
      },
    );
  }
}

function rootOf(s: Omit<Snapshot, 'clippings'>): RootData {
  return { createdAt: s.createdAt, tags: s.tags, savedSearches: s.savedSearches, dossiers: s.dossiers };
}
