/**
 * lowdb adapters that make the catalogue durable.
 *
 * lowdb's own JSONFile (steno) renames a temp file with a fixed name and never fsyncs,
 * so an acknowledged write can vanish in a power cut and two writers can trample each
 * other's temp file. These adapters use durable-fs.ts instead.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic, writeFileSynced } from './durable-fs';
import { errnoCode } from './io-errors';
import type { Manifest, ShardDoc } from './schema';

/** A JSON file's document, or null when there is no such file (lowdb then starts from its default). */
async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return null;
    throw err;
  }
}

/** A JSON document replaced atomically and durably on every write (the manifest). */
export class DurableJSONFile<T> implements Adapter<T> {
  /** Awaited after the temp file is flushed and before it is renamed (see writeFileAtomic). */
  beforeRename: (() => Promise<void>) | undefined;

  constructor(
    readonly file: string,
    private readonly serialise: (data: T) => string = (d) => `${JSON.stringify(d, null, 2)}\n`,
  ) {}

  read(): Promise<T | null> {
    return readJson<T>(this.file);
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.file, this.serialise(data), this.beforeRename);
  }
}

/**
 * A shard file in one of its two slots. A commit writes the slot the manifest does NOT name,
 * so it needs no rename: nothing reads that file until the manifest naming it is committed.
 */
export class ShardFile implements Adapter<ShardDoc> {
  constructor(readonly file: string) {}

  read(): Promise<ShardDoc | null> {
    return readJson<ShardDoc>(this.file);
  }

  async write(data: ShardDoc): Promise<void> {
    await writeFileSynced(this.file, serialiseShard(data));
  }
}

/** One clipping per line: compact, yet a person (or diff) can still read it. */
export function serialiseShard(doc: ShardDoc): string {
  const lines = doc.clippings.map((c) => JSON.stringify(c));
  const head = `{"schemaVersion":${doc.schemaVersion},"shard":${JSON.stringify(doc.shard)},"generation":${doc.generation},"clippings":[`;
  return lines.length === 0 ? `${head}]}\n` : `${head}\n${lines.join(',\n')}\n]}\n`;
}

export function serialiseManifest(m: Manifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}
