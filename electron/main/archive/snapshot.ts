/**
 * The whole catalogue as one document ({@link Snapshot}): what backups and exports hold.
 * Checking one uses zod for the small parts and the fast record check for the clippings.
 */
import { z } from 'zod';
import { checkStoredClipping } from './record-check';
import { SCHEMA_VERSION, describeIssues, tagEntrySchema, type Snapshot, type StoredClipping } from './schema';

const snapshotHead = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.literal('cuttings-snapshot'),
  createdAt: z.string(),
  tags: z.array(tagEntrySchema),
  savedSearches: z.array(z.object({ id: z.string(), name: z.string(), query: z.string() })),
  dossiers: z.array(
    z.object({ id: z.string(), title: z.string(), clippingIds: z.array(z.string()), createdAt: z.string() }),
  ),
  clippings: z.array(z.unknown()),
});

/** The snapshot, or a description of what is wrong with it. */
export function checkSnapshot(doc: unknown): Snapshot | string {
  const head = snapshotHead.safeParse(doc);
  if (!head.success) return `it has the wrong shape (${describeIssues(head.error)})`;
  const seen = new Set<string>();
  for (const c of head.data.clippings) {
    const problem = checkStoredClipping(c);
    if (problem) return `a clipping has the wrong shape (${problem})`;
    const id = (c as StoredClipping).id;
    if (seen.has(id)) return `clipping ${id} appears twice`;
    seen.add(id);
  }
  return doc as Snapshot;
}

export function serialiseSnapshot(s: Snapshot): string {
  const { clippings, ...head } = s;
  const body = clippings.map((c) => JSON.stringify(c)).join(',\n');
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},"clippings":[${body ? `\n${body}\n` : ''}]}\n`;
}
