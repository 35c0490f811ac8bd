/**
 * Opening an archive: lock, read and check the catalogue, set damage aside, migrate old
 * schemas (after a backup), then start housekeeping (leftovers, the daily backup).
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { ArchiveImpl } from './archive';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasDailyBackup, newestValidBackup } from './backups';
import { CatalogueStore } from './catalogue-store';
import { DamagedArchiveError, NewerArchiveError, keepCatalogueAside, keepRecordsAside } from './damage';
import { errnoCode, ioError } from './io-errors';
import { inspectCatalogue, type Inspection, type SetAsideRecord } from './load';
import { ArchiveLock } from './lock';
import { migrateOnOpen } from './migrations-run';
import { CATALOGUE_FILE } from './layout';
import { SCHEMA_VERSION, SHARD_CAPACITY, type Manifest, type RootData, type StoredClipping } from './schema';
import type { Archive, MaintenanceReport, OpenOptions } from './types';
import { backupInWorker } from './worker-host';

/**
 * The daily backup waits this long after open in the background: it reads the whole catalogue
 * again (in a worker), and the first seconds belong to the window showing the library.
 */
const DAILY_BACKUP_DELAY_MS = 5_000;

export function emptyRoot(now: Date): RootData {
  return { createdAt: now.toISOString(), tags: [], savedSearches: [], dossiers: [] };
}

/**
 * Opens the archive in `dir`, creating it when the folder is new or empty.
 *
 * Throws `locked` when another process writes it (unless `readOnly`), `damaged` when the
 * catalogue cannot be read (it is then kept aside: see {@link DamagedArchiveError}), `io`
 * when the disk refuses.
 */
export async function openArchive(dir: string, options: OpenOptions = {}): Promise<Archive> {
  const root = path.resolve(dir);
  const readOnly = options.readOnly ?? false;
  const now = options.now ?? ((): Date => new Date());
  const capacity = options.shardCapacity ?? SHARD_CAPACITY;
  if (readOnly) {
    try {
      await stat(root);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT')
        throw new CuttingsError('not-found', `There is no archive at ${root}.`);
      throw ioError(err, 'open the archive');
    }
  } else {
    await mkdir(root, { recursive: true }).catch((err: unknown) => {
      throw ioError(err, 'create the archive folder');
    });
  }
  const lock = readOnly ? null : await ArchiveLock.acquire(root, options.owner ?? 'Cuttings');
  await options.onLocked?.();
  try {
    const found = await inspectCatalogue(root);
    const store = await loadStore(root, found, { readOnly, now, capacity });
    const notes = found.kind === 'current' ? await setAsideDamagedRecords(root, store, found.setAside, readOnly, now()) : [];
    // Leftovers of interrupted commits go before any new commit can start (a sweep running
    // alongside a commit would take its not-yet-named shard files for leftovers).
    const removedLeftovers = readOnly ? 0 : await store.collectGarbage().catch(() => 0);
    const archive = new ArchiveImpl(
      root,
      store,
      lock,
      now,
      found.kind === 'current' ? found.byId : undefined,
    );
    archive.notes.push(...notes);
    if (!readOnly) {
      const housekeeping = runMaintenance(
        root,
        archive,
        options.dailyBackup ?? 'background',
        now,
        removedLeftovers,
      );
      if (options.dailyBackup === 'await') await housekeeping;
      archive.maintenance = housekeeping;
    }
    return archive;
  } catch (err) {
    await lock?.release().catch(() => undefined);
    throw err;
  }
}

async function loadStore(
  root: string,
  found: Inspection,
  opts: { readOnly: boolean; now: () => Date; capacity: number },
): Promise<CatalogueStore> {
  switch (found.kind) {
    case 'fresh': {
      const content = { root: emptyRoot(opts.now()), clippings: [] };
      if (opts.readOnly) {
        const manifest: Manifest = {
          schemaVersion: SCHEMA_VERSION,
          format: 'cuttings-catalogue',
          generation: 0,
          shards: [],
          ...content.root,
        };
        return CatalogueStore.fromLoaded(root, manifest, new Map(), opts.capacity);
      }
      return CatalogueStore.create(root, content, { capacity: opts.capacity }).catch((err: unknown) => {
        throw ioError(err, 'create the archive');
      });
    }
    case 'current':
      return CatalogueStore.fromLoaded(root, found.manifest, found.shards, opts.capacity);
    case 'old':
      try {
        return await migrateOnOpen(root, found, opts);
      } catch (err) {
        if (!(err instanceof CuttingsError) || err.code !== 'damaged') throw err;
        const problem = `is a schema ${found.version} catalogue that cannot be migrated (${err.message})`;
        throw await damaged(
          root,
          { kind: 'damaged', file: CATALOGUE_FILE, problem },
          opts.readOnly,
          opts.now(),
        );
      }
    case 'damaged':
      if (found.future !== undefined) throw newerVersion(found.future);
      throw await damaged(root, found, opts.readOnly, opts.now());
  }
}

/**
 * Damaged records were left out of shards that otherwise read fine (see load.ts). The writer
 * keeps the damaged shard files in `kept/` and saves the catalogue without those records, so
 * the rest of the archive works; the records' folders are untouched, and `check --repair`
 * re-adopts them from their `clipping.json`. A reader changes nothing. Returns notes for the user.
 */
async function setAsideDamagedRecords(
  root: string,
  store: CatalogueStore,
  records: SetAsideRecord[],
  readOnly: boolean,
  now: Date,
): Promise<string[]> {
  if (records.length === 0) return [];
  const n = records.length;
  const what = `${n} damaged clipping record${n === 1 ? '' : 's'} in ${[...new Set(records.map((r) => r.file))].join(', ')}`;
  if (readOnly) {
    return [`${what} ${n === 1 ? 'was' : 'were'} left out (the archive was opened read-only, so nothing was changed; open it for a change to set ${n === 1 ? 'it' : 'them'} aside).`];
  }
  const keptAt = await keepRecordsAside(root, records, now).catch((err: unknown) => {
    throw ioError(err, 'keep the damaged catalogue records');
  });
  const shards = new Map<string, StoredClipping[]>();
  for (const ref of store.manifest.shards) {
    if (records.some((r) => r.file === ref.file)) shards.set(ref.name, [...(store.shard(ref.name)?.clippings ?? [])]);
  }
  const { createdAt, tags, savedSearches, dossiers } = store.manifest;
  await store.commit({ createdAt, tags, savedSearches, dossiers }, shards).catch((err: unknown) => {
    throw ioError(err, 'save the catalogue without its damaged records');
  });
  return [
    `${what} ${n === 1 ? 'was' : 'were'} set aside in ${keptAt}; the rest of the catalogue is fine. The clipping folders are untouched: \`cuttings check --repair\` puts ${n === 1 ? 'the clipping' : 'the clippings'} back from ${n === 1 ? 'its' : 'their'} clipping.json.`,
  ];
}

/**
 * An archive written by a newer version of Cuttings is not damaged: this version simply cannot
 * read it. It refuses, and moves and changes nothing (the newer version will open it as it is).
 */
function newerVersion(schema: number): NewerArchiveError {
  return new NewerArchiveError(
    `This archive was saved by a newer version of Cuttings (schema ${schema}; this version reads up to ${SCHEMA_VERSION}). Nothing was changed: open it with that version of Cuttings, or a newer one.`,
    schema,
  );
}

/** Builds (after moving the damaged catalogue aside, unless read-only) the error the user sees. */
async function damaged(
  root: string,
  found: Extract<Inspection, { kind: 'damaged' }>,
  readOnly: boolean,
  now: Date,
): Promise<DamagedArchiveError> {
  let keptAt: string | null = null;
  let keptNote: string;
  if (readOnly) {
    keptNote = 'Nothing was changed (the archive was opened read-only).';
  } else {
    try {
      keptAt = await keepCatalogueAside(root, 'damaged', now);
      keptNote = keptAt ? `The catalogue was kept unchanged in ${path.join(root, keptAt)}.` : '';
    } catch (err) {
      keptNote = `It was left in place: moving it aside failed (${ioError(err).message})`;
    }
  }
  const backup = await newestValidBackup(root).catch(() => null);
  // Where to go from here is the caller's to say (the app's recovery screen, the CLI's hint).
  const offer = backup ? `The newest valid backup is ${backup}.` : 'There is no valid backup in backups/.';
  const what = `The archive's catalogue ${found.file === CATALOGUE_FILE ? '' : `file ${found.file} `}${found.problem}.`;
  const reason = found.future
    ? 'newer-schema'
    : found.file === CATALOGUE_FILE && found.problem.startsWith('is missing')
      ? 'missing'
      : 'damaged';
  return new DamagedArchiveError(`${what} ${keptNote} ${offer}`.replace(/\s+/g, ' ').trim(), keptAt, backup, reason);
}

async function runMaintenance(
  root: string,
  archive: ArchiveImpl,
  mode: 'background' | 'await' | 'off',
  now: () => Date,
  removedLeftovers: number,
): Promise<MaintenanceReport> {
  const report: MaintenanceReport = { backup: null, backupError: null, removedLeftovers };
  if (mode === 'off') return report;
  if (mode === 'background') {
    // Closing the archive meanwhile skips it (the next open makes it).
    const waited = await sleep(DAILY_BACKUP_DELAY_MS, true, { signal: archive.closing.signal }).catch(() => false);
    if (!waited) return report;
  }
  try {
    if (!(await hasDailyBackup(root, now()))) report.backup = (await backupInWorker(root, 'daily', now())).name;
  } catch (err) {
    report.backupError = ioError(err, 'make the daily backup').message;
  }
  return report;
}
