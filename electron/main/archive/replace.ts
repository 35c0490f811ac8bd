/**
 * Putting a whole new catalogue in place of the current one (a restore, a repair), so that a
 * crash at ANY moment leaves one whole catalogue: the old one until the single commit point,
 * the new one after it. The steps, in order (`onStep` is told after each; tests stop there):
 *   1. `kept`           the current catalogue is COPIED to kept/<stamp>-<reason>/ (it stays in place),
 *                       and the sync state is MOVED there (setSyncStateAside says why);
 *   2. `index-dropped`  the search index (derived data) is removed: the next open rebuilds it;
 *   3. `shards-written` the new shard files are written and flushed, into the slots the current
 *                       manifest does not name (see catalogue-store.ts), beside the old ones;
 *   4. `verified`       they are read back and checked against the new manifest and the content;
 *   5. `swapped`        the new manifest replaces catalogue.json in one rename (the commit point).
 * The caller holds the writer's lock.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { CuttingsError } from '../../../shared/errors';
import { CatalogueStore, type CatalogueContent } from './catalogue-store';
import { copyCatalogueAside, setSyncStateAside } from './damage';
import { ioError } from './io-errors';
import { CATALOGUE_FILE, INDEX_DIR, SHARD_DIR, SHARD_FILE_PATTERN } from './layout';
import { checkShardBytes } from './load';
import { manifestSchema, SCHEMA_VERSION, type Manifest, type ShardRef, type StoredClipping } from './schema';

export type ReplaceStep = 'kept' | 'index-dropped' | 'shards-written' | 'verified' | 'swapped';
export const REPLACE_STEPS: readonly ReplaceStep[] = ['kept', 'index-dropped', 'shards-written', 'verified', 'swapped'];

export interface ReplaceOptions {
  /** Why, in the kept folder's name: `before-restore`, `before-repair`. */
  reason: string;
  now: Date;
  /** @internal Called after each step (tests crash the process there, or throw). */
  onStep?: (step: ReplaceStep) => void | Promise<void>;
}

/** Replaces the catalogue in `root` with `content`. Returns where the old one was kept (or null). */
export async function replaceCatalogue(
  root: string,
  content: CatalogueContent,
  options: ReplaceOptions,
): Promise<{ keptAt: string | null }> {
  const step = async (s: ReplaceStep): Promise<void> => {
    await options.onStep?.(s);
  };
  const keptAt = await copyCatalogueAside(root, options.reason, options.now).catch((err: unknown) => {
    throw ioError(err, 'keep a copy of the current catalogue');
  });
  await setSyncStateAside(root, keptAt, options.reason, options.now).catch((err: unknown) => {
    throw ioError(err, 'set the sync state aside');
  });
  await step('kept');
  await rm(path.join(root, INDEX_DIR), { recursive: true, force: true }).catch((err: unknown) => {
    throw ioError(err, 'remove the old search index');
  });
  await step('index-dropped');
  const current = CatalogueStore.fromLoaded(root, await liveManifest(root, content), new Map());
  try {
    await current.replaceAll(content, async (next) => {
      await step('shards-written');
      await verifyOnDisk(root, next, content.clippings);
      await step('verified');
    });
  } catch (err) {
    if (err instanceof CuttingsError) throw err;
    throw ioError(err, 'write the new catalogue');
  }
  await step('swapped');
  return { keptAt };
}

/**
 * The manifest now in place, read leniently: only which slot files it names matters (the new
 * shards must go elsewhere). A catalogue too damaged to say counts as naming none: its bytes
 * are in kept/ by now, and it could not be opened anyway.
 */
async function liveManifest(root: string, content: CatalogueContent): Promise<Manifest> {
  const base: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    format: 'cuttings-catalogue',
    generation: 0,
    shards: [],
    ...content.root,
  };
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(path.join(root, CATALOGUE_FILE), 'utf8'));
  } catch {
    return base;
  }
  const checked = manifestSchema.safeParse(doc);
  if (checked.success) return { ...base, generation: checked.data.generation, shards: checked.data.shards as ShardRef[] };
  const loose = doc as { generation?: unknown; shards?: unknown };
  const shards = (Array.isArray(loose.shards) ? (loose.shards as Array<Partial<ShardRef>>) : []).filter(
    (r): r is ShardRef =>
      typeof r?.name === 'string' &&
      /^\d{4}-\d{2}-p\d+$/.test(r.name) &&
      typeof r.file === 'string' &&
      r.file.startsWith(`${SHARD_DIR}/`) &&
      SHARD_FILE_PATTERN.test(r.file.slice(SHARD_DIR.length + 1)),
  );
  const generation = typeof loose.generation === 'number' && Number.isInteger(loose.generation) ? loose.generation : 0;
  return { ...base, generation, shards: shards.map((r) => ({ name: r.name, file: r.file, generation, count: 0 })) };
}

/** Reads the new shard files back and checks them against the manifest about to be committed. */
async function verifyOnDisk(root: string, next: Manifest, clippings: StoredClipping[]): Promise<void> {
  const seen = new Map<string, StoredClipping>();
  for (const ref of next.shards) {
    const result = checkShardBytes(await readFile(path.join(root, ref.file)), ref, seen);
    if (typeof result === 'string') {
      throw new CuttingsError('io', `The new catalogue did not read back as written (${ref.file} ${result}); the current one is unchanged.`);
    }
  }
  if (seen.size !== clippings.length || clippings.some((c) => !seen.has(c.id))) {
    throw new CuttingsError('io', 'The new catalogue did not read back as written (clippings are missing); the current one is unchanged.');
  }
}
