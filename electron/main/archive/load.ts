/**
 * Reads the catalogue from disk and says what state it is in, without changing anything.
 * Damage is described precisely (which file, what is wrong) so the user can be told.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { errnoCode } from './io-errors';
import { readAhead } from './read-ahead';
import { BACKUPS_DIR, CATALOGUE_FILE, CLIPPINGS_DIR, SHARD_DIR, monthOf } from './layout';
import { checkStoredClipping } from './record-check';
import {
  SCHEMA_VERSION,
  describeIssues,
  manifestSchema,
  schemaVersionOf,
  type Manifest,
  type ShardDoc,
  type ShardRef,
  type StoredClipping,
} from './schema';

/** A clipping record that could not be read, set aside from a shard whose other records are fine. */
export interface SetAsideRecord {
  /** The shard file it was in, relative to the archive. */
  file: string;
  /** The record's line as it was (damaged bytes and all). */
  line: string;
  problem: string;
}

export type Inspection =
  | { kind: 'fresh' }
  | {
      kind: 'current';
      manifest: Manifest;
      shards: Map<string, ShardDoc>;
      byId: Map<string, StoredClipping>;
      /** Damaged records left out of otherwise readable shards (see {@link salvageShard}). */
      setAside: SetAsideRecord[];
    }
  | { kind: 'old'; version: number; doc: unknown; bytes: Buffer }
  | { kind: 'damaged'; problem: string; file: string; future?: number };

type Parsed = { ok: true; doc: unknown } | { ok: false; problem: string };

/** Parses bytes as JSON, naming the usual kinds of damage. */
export function parseCatalogueBytes(bytes: Buffer): Parsed {
  if (bytes.length === 0) return { ok: false, problem: 'is empty' };
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    if (bytes.every((b) => b === 0)) return { ok: false, problem: 'is filled with NUL bytes' };
    if (bytes.includes(0))
      return { ok: false, problem: 'contains NUL bytes (it was probably cut short by a crash)' };
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, problem: `is not valid JSON, probably cut short (${why})` };
  }
  if (doc === null) return { ok: false, problem: 'contains only `null`' };
  if (Array.isArray(doc)) return { ok: false, problem: 'contains a list where a catalogue belongs' };
  if (typeof doc !== 'object')
    return { ok: false, problem: 'contains a bare value where a catalogue belongs' };
  return { ok: true, doc };
}

async function hasEntries(p: string): Promise<boolean> {
  try {
    return (await readdir(p)).length > 0;
  } catch {
    return false;
  }
}

/** Checks one shard file's bytes against the manifest's reference to it; adds its clippings to `seen` when it is fine. */
export function checkShardBytes(bytes: Buffer, ref: ShardRef, seen: Map<string, StoredClipping>): ShardDoc | string {
  const local = new Map<string, StoredClipping>();
  const result = checkShardDoc(bytes, ref, seen, local);
  if (typeof result !== 'string') for (const [id, c] of local) seen.set(id, c);
  return result;
}

function checkShardDoc(
  bytes: Buffer,
  ref: ShardRef,
  seen: ReadonlyMap<string, StoredClipping>,
  local: Map<string, StoredClipping>,
): ShardDoc | string {
  const parsed = parseCatalogueBytes(bytes);
  if (!parsed.ok) return parsed.problem;
  const doc = parsed.doc as Partial<ShardDoc>;
  if (doc.schemaVersion !== SCHEMA_VERSION)
    return `has schema ${String(doc.schemaVersion)}, expected ${SCHEMA_VERSION}`;
  if (doc.shard !== ref.name) return `names shard ${String(doc.shard)}, expected ${ref.name}`;
  if (doc.generation !== ref.generation)
    return `is from generation ${String(doc.generation)} where the manifest expects ${ref.generation}`;
  if (!Array.isArray(doc.clippings)) return 'has no list of clippings';
  if (doc.clippings.length !== ref.count)
    return `holds ${doc.clippings.length} clippings where the manifest expects ${ref.count}`;
  const month = ref.name.slice(0, 7);
  for (const c of doc.clippings) {
    const problem = recordProblem(c, month, seen, local);
    if (problem) return problem === 'repeats' ? `repeats clipping ${(c as StoredClipping).id}` : `has a clipping with the wrong shape (${problem})`;
    local.set(c.id, c);
  }
  return doc as ShardDoc;
}

/** What is wrong with one record of a shard of `month`, or null. */
function recordProblem(
  c: unknown,
  month: string,
  seen: ReadonlyMap<string, StoredClipping>,
  local: ReadonlyMap<string, StoredClipping>,
): string | null {
  const problem = checkStoredClipping(c);
  if (problem) return problem;
  const rec = c as StoredClipping;
  if (monthOf(rec.capturedAt) !== month) return `${rec.id} was captured outside ${month}`;
  if (seen.has(rec.id) || local.has(rec.id)) return 'repeats';
  return null;
}

/**
 * A shard that does not read as a whole, read record by record. Shards are written one
 * clipping per line (`serialiseShard`), so a few garbled bytes spoil one line: that record is
 * set aside and the others are kept. Only when the file still has exactly the lines the
 * manifest expects (a header, `ref.count` records, the closing line) and at most half of them
 * are spoiled; a truncated or otherwise mangled file stays damage of the whole catalogue.
 */
function salvageShard(
  bytes: Buffer,
  ref: ShardRef,
  seen: Map<string, StoredClipping>,
): { doc: ShardDoc; setAside: SetAsideRecord[] } | null {
  const lines = bytes.toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (ref.count === 0 || lines.length !== ref.count + 2 || lines.at(-1) !== ']}') return null;
  const month = ref.name.slice(0, 7);
  const records = lines.slice(1, -1);
  const local = new Map<string, StoredClipping>();
  const kept: StoredClipping[] = [];
  const setAside: SetAsideRecord[] = [];
  records.forEach((raw, i) => {
    const json = i < records.length - 1 ? raw.replace(/,$/, '') : raw;
    let rec: unknown;
    try {
      rec = JSON.parse(json);
    } catch {
      setAside.push({ file: ref.file, line: raw, problem: 'is not valid JSON' });
      return;
    }
    const problem = recordProblem(rec, month, seen, local);
    if (problem) {
      setAside.push({ file: ref.file, line: raw, problem: problem === 'repeats' ? 'repeats another record' : `has the wrong shape (${problem})` });
      return;
    }
    local.set((rec as StoredClipping).id, rec as StoredClipping);
    kept.push(rec as StoredClipping);
  });
  if (setAside.length === 0 || setAside.length > Math.max(1, records.length / 2)) return null;
  for (const [id, c] of local) seen.set(id, c);
  return { doc: { schemaVersion: SCHEMA_VERSION, shard: ref.name, generation: ref.generation, clippings: kept }, setAside };
}

async function sameBytes(file: string, bytes: Buffer): Promise<boolean> {
  try {
    return (await readFile(file)).equals(bytes);
  } catch {
    return false;
  }
}

async function inspectOnce(dir: string): Promise<Inspection | 'retry'> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, CATALOGUE_FILE));
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw err;
    const data = [CLIPPINGS_DIR, SHARD_DIR, BACKUPS_DIR].map((d) => path.join(dir, d));
    for (const d of data) {
      if (await hasEntries(d)) {
        return {
          kind: 'damaged',
          file: CATALOGUE_FILE,
          problem: `is missing, but the folder holds ${path.basename(d)}/`,
        };
      }
    }
    return { kind: 'fresh' };
  }
  const parsed = parseCatalogueBytes(bytes);
  if (!parsed.ok) return { kind: 'damaged', file: CATALOGUE_FILE, problem: parsed.problem };
  const version = schemaVersionOf(parsed.doc);
  if (version === null)
    return { kind: 'damaged', file: CATALOGUE_FILE, problem: 'has no schemaVersion (wrong shape)' };
  if (version > SCHEMA_VERSION) {
    return {
      kind: 'damaged',
      file: CATALOGUE_FILE,
      future: version,
      problem: `was written by a newer version of Cuttings (schema ${version}; this version reads up to ${SCHEMA_VERSION})`,
    };
  }
  if (version === 2) return assembleV2(dir, parsed.doc);
  if (version < SCHEMA_VERSION) return { kind: 'old', version, doc: parsed.doc, bytes };
  const checked = manifestSchema.safeParse(parsed.doc);
  if (!checked.success) {
    return {
      kind: 'damaged',
      file: CATALOGUE_FILE,
      problem: `has the wrong shape (${describeIssues(checked.error)})`,
    };
  }
  const manifest = checked.data as Manifest;
  // Every clipping by id, in capture order: checks for repeats now, becomes the archive's index.
  const seen = new Map<string, StoredClipping>();
  const shards = new Map<string, ShardDoc>();
  // Read a few shards ahead of the checks (I/O beside CPU), never all at once: reading the 252
  // shards of 100,000 clippings (64 MB) in one Promise.all held main 150-360 ms in their
  // completions, while the window waited for its first answers.
  const reads = readAhead(manifest.shards.map((ref) => path.join(dir, ref.file)));
  const setAside: SetAsideRecord[] = [];
  for (const [i, ref] of manifest.shards.entries()) {
    // One shard at a time, letting the event loop run between them: at 100,000 clippings the
    // checks take a second or more, and the app's window is answered meanwhile (library/early.ts).
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const content = await reads.get(i);
    const result = !content ? 'is missing' : checkShardBytes(content, ref, seen);
    if (typeof result === 'string') {
      // A writer may have committed while we read (a shard removed, or its slot being
      // rewritten, so empty or of another generation): when the manifest changed, try again.
      if (!(await sameBytes(path.join(dir, CATALOGUE_FILE), bytes))) return 'retry';
      const salvaged = content ? salvageShard(content, ref, seen) : null;
      if (!salvaged) return { kind: 'damaged', file: ref.file, problem: result };
      shards.set(ref.name, salvaged.doc);
      setAside.push(...salvaged.setAside);
      continue;
    }
    shards.set(ref.name, result);
  }
  return { kind: 'current', manifest, shards, byId: seen, setAside };
}

/**
 * A schema 2 catalogue is sharded like the current one: gathers the manifest and its shards
 * into one version 2 snapshot, which the migration steps (and the pre-migration backup) take.
 */
async function assembleV2(dir: string, manifest: unknown): Promise<Inspection> {
  const { shards, generation: _g, format: _f, ...root } = manifest as {
    shards?: unknown;
    generation?: unknown;
    format?: unknown;
  };
  if (!Array.isArray(shards))
    return { kind: 'damaged', file: CATALOGUE_FILE, problem: 'has no list of shards (wrong shape)' };
  const clippings: unknown[] = [];
  for (const ref of shards as Array<{ file?: unknown }>) {
    const file = typeof ref.file === 'string' ? ref.file : '';
    if (!/^catalogue\/[\w-]+\.[ab]\.json$/.test(file))
      return { kind: 'damaged', file: CATALOGUE_FILE, problem: 'names a shard file of the wrong form' };
    let content: Buffer;
    try {
      content = await readFile(path.join(dir, file));
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return { kind: 'damaged', file, problem: 'is missing' };
      throw err;
    }
    const shard = parseCatalogueBytes(content);
    if (!shard.ok) return { kind: 'damaged', file, problem: shard.problem };
    const list = (shard.doc as { clippings?: unknown }).clippings;
    if (!Array.isArray(list)) return { kind: 'damaged', file, problem: 'has no list of clippings' };
    clippings.push(...(list as unknown[]));
  }
  const doc = { ...root, schemaVersion: 2, format: 'cuttings-snapshot', clippings };
  return { kind: 'old', version: 2, doc, bytes: Buffer.from(`${JSON.stringify(doc)}\n`, 'utf8') };
}

/**
 * Reads and checks the catalogue. Never writes. A reader racing a writer's commit retries
 * (the writer removes a shard file only after a newer manifest no longer names it).
 */
export async function inspectCatalogue(dir: string): Promise<Inspection> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = await inspectOnce(dir);
    if (result !== 'retry') return result;
  }
  return {
    kind: 'damaged',
    file: CATALOGUE_FILE,
    problem: 'kept changing while it was read (is another writer misbehaving?)',
  };
}
