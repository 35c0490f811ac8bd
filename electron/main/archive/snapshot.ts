/**
 * The whole catalogue as one document ({@link Snapshot}): what backups and exports hold.
 * Checking one uses zod for the small parts and the fast record check for the clippings.
 */
import { z } from 'zod';
import { checkStoredClipping, unsafePathField } from './record-check';
import { SCHEMA_VERSION, describeIssues, rootShape, type Snapshot, type StoredClipping } from './schema';

const snapshotHead = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.literal('cuttings-snapshot'),
  ...rootShape,
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
    const unsafe = unsafePathField(c as StoredClipping);
    if (unsafe) return `clipping ${id} names a file outside its clipping's folder (${unsafe})`;
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

/** Records handled between two yields to the event loop in the async versions below. */
const CHUNK = 2000;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * {@link serialiseSnapshot} in slices, yielding between them, so that backing up a large
 * archive never holds the main process (and so the window) for long.
 */
export async function serialiseSnapshotAsync(s: Snapshot): Promise<string> {
  const { clippings, ...head } = s;
  const parts: string[] = [];
  for (let i = 0; i < clippings.length; i += CHUNK) {
    parts.push(
      clippings
        .slice(i, i + CHUNK)
        .map((c) => JSON.stringify(c))
        .join(',\n'),
    );
    await yieldToEventLoop();
  }
  const top = JSON.stringify(head).slice(0, -1);
  return `${top},"clippings":[${parts.length ? `\n${parts.join(',\n')}\n` : ''}]}\n`;
}

/**
 * Parses a snapshot's text. Text in the layout {@link serialiseSnapshot} writes (one clipping
 * per line) is parsed a line at a time, yielding now and then; anything else in one go.
 */
export async function parseSnapshotText(text: string): Promise<unknown> {
  const firstBreak = text.indexOf('\n');
  const head = firstBreak > 0 ? text.slice(0, firstBreak) : '';
  if (!head.endsWith('"clippings":[') || !text.endsWith('\n]}\n')) return JSON.parse(text);
  const lines = text.slice(firstBreak + 1, -'\n]}\n'.length).split('\n');
  const clippings: unknown[] = [];
  try {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      clippings.push(JSON.parse(i < lines.length - 1 && line.endsWith(',') ? line.slice(0, -1) : line));
      if (i % CHUNK === CHUNK - 1) await yieldToEventLoop();
    }
  } catch {
    return JSON.parse(text); // not one clipping per line after all: let the whole-text parse decide
  }
  const doc = JSON.parse(`${head}]}`) as { clippings: unknown[] };
  doc.clippings = clippings;
  return doc;
}
