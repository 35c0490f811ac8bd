/**
 * The catalogue's on-disk shapes (schema version 3) and their validators.
 *
 * The catalogue is split: `catalogue.json` (the manifest: tags, saved searches, dossiers and
 * the list of shard files) and `catalogue/<shard>.{a,b}.json` (clipping metadata, at
 * most {@link SHARD_CAPACITY} clippings per shard, grouped by month of capture). A backup is
 * one {@link Snapshot}: the same data in a single document.
 */
import { z } from 'zod';
import type { ClippingSummary } from '../../../shared/clipping';
import { savedDossierSchema, savedSearchSchema, type SavedDossier, type SavedSearch } from '../../../shared/dossier';

/** The schema this code reads and writes. Older catalogues are migrated (see migrations.ts). */
export const SCHEMA_VERSION = 3;

/**
 * Clippings per shard file: a tag edit rewrites one shard, about 230 KB at 500 clippings
 * (measured: flushing 460 KB took twice as long as 115 KB on the benchmark machine).
 */
export const SHARD_CAPACITY = 500;

/** What the catalogue keeps for a clipping: its summary plus what duplicate checks and the consistency check need. */
export type StoredClipping = ClippingSummary & {
  /** Hash of the whitespace- and case-folded text (see normalise.ts): finds duplicates without reading files. */
  textHash: string;
  /** Files in the clipping's folder besides `text.txt` and the images. */
  files: { original: string; html: boolean };
};

export interface TagEntry {
  name: string;
  color: string | null;
}

/** A saved dossier as stored (since schema 3): its whole spec and where its clippings come from. */
export type DossierRecord = SavedDossier;

/** Everything in the catalogue except the clippings. */
export interface RootData {
  createdAt: string;
  tags: TagEntry[];
  savedSearches: SavedSearch[];
  dossiers: DossierRecord[];
}

export interface ShardRef {
  /** `YYYY-MM-pN`: month of capture and part number. */
  name: string;
  /** Path relative to the archive folder: `catalogue/<name>.a.json` or `.b.json`. */
  file: string;
  /** The catalogue generation that wrote this shard (also inside the shard file). */
  generation: number;
  count: number;
}

/** `catalogue.json`. */
export interface Manifest extends RootData {
  schemaVersion: number;
  format: 'cuttings-catalogue';
  /** Increases with every commit; each shard file carries the generation that wrote it. */
  generation: number;
  shards: ShardRef[];
}

/** `catalogue/<shard>.<generation>.json`. */
export interface ShardDoc {
  schemaVersion: number;
  shard: string;
  generation: number;
  clippings: StoredClipping[];
}

/** The whole catalogue as one document: backups, exports and migrations use this form. */
export interface Snapshot extends RootData {
  schemaVersion: number;
  format: 'cuttings-snapshot';
  clippings: StoredClipping[];
}

const tagEntrySchema = z.object({ name: z.string().min(1), color: z.string().nullable() });

/** What the manifest and a snapshot both hold besides the clippings. */
export const rootShape = {
  createdAt: z.string(),
  tags: z.array(tagEntrySchema),
  savedSearches: z.array(savedSearchSchema),
  dossiers: z.array(savedDossierSchema),
};

export const manifestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.literal('cuttings-catalogue'),
  generation: z.number().int().nonnegative(),
  shards: z.array(
    z.object({
      name: z.string().regex(/^\d{4}-\d{2}-p\d+$/),
      file: z.string().regex(/^catalogue\/\d{4}-\d{2}-p\d+\.[ab]\.json$/),
      generation: z.number().int().nonnegative(),
      count: z.number().int().nonnegative(),
    }),
  ),
  ...rootShape,
});

/** Reads `schemaVersion` from anything parsed, or null when there is none. */
export function schemaVersionOf(doc: unknown): number | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const v = (doc as { schemaVersion?: unknown }).schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

/** A short, readable account of the first few problems zod found. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
    .join('; ');
}
