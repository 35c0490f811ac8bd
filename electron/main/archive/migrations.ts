/**
 * Schema migrations: one function per version step, applied in order on open (after a
 * backup of the old catalogue) and validated after. To change the schema: bump
 * SCHEMA_VERSION in schema.ts, add `vNToVM` here and register it in {@link STEPS}, add a
 * fixture of the old shape and a test in tests/main/archive/migrations.test.ts.
 */
import { z } from 'zod';
import { CuttingsError } from '../../../shared/errors';
import { describeIssues, SCHEMA_VERSION, type DossierRecord, type Snapshot, type StoredClipping } from './schema';
import { checkSnapshot } from './snapshot';

/**
 * Version 1: one `catalogue.json` holding everything, with a smaller clipping record
 * (no entities, quotes, images, provenance; `deleted` instead of a trash date).
 */
export const v1CatalogueSchema = z.object({
  schemaVersion: z.literal(1),
  createdAt: z.string(),
  tags: z.array(z.object({ name: z.string().min(1), color: z.string().nullable() })),
  clippings: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-z]{8,32}$/),
      title: z.string(),
      source: z.string().nullable(),
      author: z.string().nullable(),
      publishedAt: z.string().nullable(),
      capturedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
      url: z.string().nullable(),
      tags: z.array(z.string()),
      notes: z.string(),
      deleted: z.boolean(),
      wordCount: z.number().int().nonnegative(),
      textHash: z.string().min(1),
      original: z.string().min(1),
      html: z.boolean(),
    }),
  ),
});
export type V1Catalogue = z.infer<typeof v1CatalogueSchema>;

/**
 * Version 2: the current clipping record, but a dossier was only a title and a list of ids.
 * Clippings pass through untouched (the result is validated after the last step).
 */
export const v2SnapshotSchema = z.object({
  schemaVersion: z.literal(2),
  format: z.literal('cuttings-snapshot'),
  createdAt: z.string(),
  tags: z.array(z.object({ name: z.string().min(1), color: z.string().nullable() })),
  savedSearches: z.array(z.object({ id: z.string(), name: z.string(), query: z.string() })),
  dossiers: z.array(
    z.object({ id: z.string(), title: z.string(), clippingIds: z.array(z.string()), createdAt: z.string() }),
  ),
  clippings: z.array(z.unknown()),
});
export type V2Snapshot = Omit<z.infer<typeof v2SnapshotSchema>, 'clippings'> & { clippings: StoredClipping[] };

/** v1 → v2: fills the fields v1 did not have; a deleted clipping goes to the trash, dated now. */
export function v1ToV2(doc: V1Catalogue, now: Date): V2Snapshot {
  const clippings = doc.clippings.map((c): StoredClipping => ({
    id: c.id,
    title: c.title,
    titleDerived: false,
    source: c.source,
    author: c.author,
    dateline: null,
    publishedAt: c.publishedAt,
    capturedAt: c.capturedAt,
    lang: null,
    caption: null,
    credit: null,
    url: c.url,
    tags: c.tags,
    entities: { people: [], places: [], organisations: [] },
    quotes: [],
    images: [],
    notes: c.notes,
    provenance: {},
    trashedAt: c.deleted ? now.toISOString() : null,
    wordCount: c.wordCount,
    textHash: c.textHash,
    files: { original: c.original, html: c.html },
  }));
  return {
    schemaVersion: 2,
    format: 'cuttings-snapshot',
    createdAt: doc.createdAt,
    tags: doc.tags,
    savedSearches: [],
    dossiers: [],
    clippings,
  };
}

/**
 * v2 → v3: a dossier keeps its whole spec and its source. An old record becomes a dossier of
 * its chosen clippings with its title as the spec, never edited since it was made.
 */
export function v2ToV3(doc: z.infer<typeof v2SnapshotSchema>): Omit<Snapshot, 'clippings'> & { clippings: unknown[] } {
  const dossiers = doc.dossiers.map(
    (d): DossierRecord => ({
      id: d.id,
      spec: { title: d.title.trim() || 'Dossier' },
      source: { kind: 'ids', ids: d.clippingIds },
      createdAt: d.createdAt,
      updatedAt: d.createdAt,
    }),
  );
  return { ...doc, schemaVersion: 3, dossiers };
}

type Step = (doc: unknown, now: Date) => unknown;

/** STEPS[n] turns a version-n document into a version n+1 one, checking its input first. */
export const STEPS: Record<number, Step> = {
  1: (doc, now) => {
    const parsed = v1CatalogueSchema.safeParse(doc);
    if (!parsed.success)
      throw new Error(
        `it does not have the shape of a version 1 catalogue (${describeIssues(parsed.error)})`,
      );
    return v1ToV2(parsed.data, now);
  },
  2: (doc) => {
    const parsed = v2SnapshotSchema.safeParse(doc);
    if (!parsed.success)
      throw new Error(
        `it does not have the shape of a version 2 catalogue (${describeIssues(parsed.error)})`,
      );
    return v2ToV3(parsed.data);
  },
};

/**
 * Brings a catalogue document of version `from` to the current schema and validates the
 * result. Throws `damaged` describing the problem when a step's input is not what it expects.
 */
export function migrate(doc: unknown, from: number, now: Date): Snapshot {
  let current = doc;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step)
      throw new CuttingsError(
        'damaged',
        `Catalogues of schema ${v} cannot be migrated by this version of Cuttings.`,
      );
    try {
      current = step(current, now);
    } catch (err) {
      if (err instanceof CuttingsError) throw err;
      throw new CuttingsError(
        'damaged',
        `The schema ${v} catalogue could not be migrated: ${(err as Error).message}.`,
      );
    }
  }
  const checked = checkSnapshot(current);
  if (typeof checked === 'string')
    throw new CuttingsError('damaged', `The migrated catalogue is not valid: ${checked}.`);
  return checked;
}
