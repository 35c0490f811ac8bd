/**
 * Importing an export zip (`cuttings import-archive`), which may come from anyone.
 *
 * The zip is read as a stream and each clipping file is written to disk as it inflates, so
 * memory stays small whatever the zip holds. A zip bomb (a small file that inflates to
 * gigabytes) is cut off: every entry must be a file the export's own catalogue names (the
 * catalogue comes first in an export), and it may not inflate past the size its zip header
 * declares, nor past {@link MAX_FILE_BYTES}, nor the whole import past {@link MAX_RATIO}
 * times the zip's size. Whatever was written is removed when anything is refused.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { CuttingsError } from '../../../shared/errors';
import { CatalogueStore } from './catalogue-store';
import { fsyncDir } from './durable-fs';
import { errnoCode, ioError } from './io-errors';
import { HTML_FILE, META_FILE, TEXT_FILE, clippingRelDir } from './layout';
import { parseCatalogueBytes } from './load';
import { ArchiveLock } from './lock';
import { migrate } from './migrations';
import { SCHEMA_VERSION, schemaVersionOf, type Snapshot } from './schema';
import { checkSnapshot } from './snapshot';
import { MARKER, SNAPSHOT } from './transfer';

const MiB = 1024 * 1024;
/** No file Cuttings keeps for a clipping comes near this (imports stop at 50 MB). */
export const MAX_FILE_BYTES = 256 * MiB;
/** The catalogue of 100,000 clippings is about 60 MB. */
const MAX_SNAPSHOT_BYTES = 256 * MiB;
const MAX_MARKER_BYTES = MiB;
/**
 * The whole import may inflate to at most this many times the zip's size (plus 64 MB).
 * Pictures and PDFs do not shrink in a zip, text shrinks about 3 to 5 times; deflate can reach
 * about 1,000 times, which only a bomb does.
 */
export const MAX_RATIO = 100;
/** Compressed bytes read per step: at most about 1,000 times that is inflated before a check. */
const READ_CHUNK = 16 * 1024;

const SAFE_ENTRY = /^clippings\/\d{4}\/\d{2}\/[0-9a-z]{8,32}\/(?!\.)[\w.-]{1,255}$/;

function megabytes(bytes: number): string {
  return `${Math.round((bytes / MiB) * 10) / 10} MB`;
}

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return true;
    throw ioError(err, 'read the target folder');
  }
}

function readSnapshot(bytes: Buffer): Snapshot {
  const parsed = parseCatalogueBytes(bytes);
  if (!parsed.ok) throw new CuttingsError('invalid-input', `The export's catalogue ${parsed.problem}.`);
  const version = schemaVersionOf(parsed.doc);
  if (version === null || version > SCHEMA_VERSION) {
    throw new CuttingsError(
      'invalid-input',
      `The export's catalogue has schema ${String(version)}; this version of Cuttings reads up to ${SCHEMA_VERSION}.`,
    );
  }
  const snapshot =
    version < SCHEMA_VERSION ? migrate(parsed.doc, version, new Date()) : checkSnapshot(parsed.doc);
  if (typeof snapshot === 'string')
    throw new CuttingsError('invalid-input', `The export's catalogue is not valid: ${snapshot}.`);
  return snapshot;
}

/** Every file the catalogue names, as zip entry names; true once the entry has been seen. */
function namedFiles(snapshot: Snapshot): Map<string, boolean> {
  const named = new Map<string, boolean>();
  for (const c of snapshot.clippings) {
    const rel = clippingRelDir(c.id, c.capturedAt);
    const files = [TEXT_FILE, META_FILE, c.files.original, ...c.images.map((i) => i.file)];
    if (c.files.html) files.push(HTML_FILE);
    for (const f of files) named.set(`${rel}/${f}`, false);
  }
  return named;
}

/** Reads an export's entries as they stream past, writing clipping files into `target`. */
class ExportReader {
  snapshot: Snapshot | null = null;
  marker = false;
  files = 0;
  readonly folders = new Set<string>();
  private named = new Map<string, boolean>();
  private failure: unknown = null;
  private written = 0;
  private readonly writes = new Set<Promise<void>>();
  private readonly unzip: Unzip;

  constructor(
    private readonly target: string,
    private readonly zipName: string,
    /** Bytes the whole import may inflate to. */
    private readonly budget: number,
  ) {
    this.unzip = new Unzip((file) => this.onFile(file));
    this.unzip.register(UnzipInflate);
  }

  /** Feeds compressed bytes, then waits for the files written from them; throws the first refusal. */
  async push(chunk: Uint8Array, final = false): Promise<void> {
    if (!this.failure) {
      try {
        this.unzip.push(chunk, final);
      } catch (err) {
        this.fail(new CuttingsError('invalid-input', `${this.zipName} is not a readable zip file (${(err as Error).message}).`));
      }
    }
    await Promise.all(this.writes);
    if (this.failure) throw this.failure;
  }

  private fail(err: unknown): void {
    this.failure ??= err;
  }

  private refuse(message: string): void {
    this.fail(new CuttingsError('invalid-input', `${this.zipName} cannot be imported: ${message}.`));
  }

  private onFile(file: UnzipFile): void {
    const name = file.name;
    if (this.failure || name.endsWith('/')) return;
    if (name === MARKER || name === SNAPSHOT) return this.buffered(file);
    if (!SAFE_ENTRY.test(name)) return this.refuse(`it is not a Cuttings export (unexpected entry ${name})`);
    if (!this.snapshot) return this.refuse(`its files come before its catalogue (${name}), which a Cuttings export never does`);
    const seen = this.named.get(name);
    if (seen === undefined) return this.refuse(`it holds ${name}, a file its catalogue does not name`);
    if (seen) return this.refuse(`it holds ${name} twice`);
    this.named.set(name, true);
    const limit = Math.min(MAX_FILE_BYTES, this.budget - this.written, file.originalSize ?? Infinity);
    if (file.originalSize !== undefined && file.originalSize > limit) {
      return this.refuse(`${name} would unpack to more than ${megabytes(limit)} (it declares ${megabytes(file.originalSize)})`);
    }
    this.stream(file, name, limit);
  }

  /** The marker and the catalogue: small documents, kept in memory (within a cap). */
  private buffered(file: UnzipFile): void {
    const isSnapshot = file.name === SNAPSHOT;
    const cap = isSnapshot ? MAX_SNAPSHOT_BYTES : MAX_MARKER_BYTES;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, data, final) => {
      if (this.failure) return;
      if (err) return this.fail(err);
      size += data.length;
      if (size > cap) {
        file.terminate();
        return this.refuse(`its ${file.name} would unpack to more than ${megabytes(cap)}`);
      }
      chunks.push(data);
      if (!final) return;
      if (!isSnapshot) {
        this.marker = true;
        return;
      }
      try {
        this.snapshot = readSnapshot(Buffer.concat(chunks));
        this.named = namedFiles(this.snapshot);
      } catch (e) {
        this.fail(e);
      }
    };
    file.start();
  }

  /** Writes one clipping file as it inflates, stopping it at `limit` bytes. */
  private stream(file: UnzipFile, name: string, limit: number): void {
    const dest = path.join(this.target, ...name.split('/'));
    this.folders.add(path.dirname(dest));
    let size = 0;
    let handle: Promise<FileHandle> = mkdir(path.dirname(dest), { recursive: true }).then(() => open(dest, 'wx'));
    const track = (work: Promise<unknown>): void => {
      const w = work.then(
        () => undefined,
        (e: unknown) => this.fail(e),
      );
      this.writes.add(w);
      void w.finally(() => this.writes.delete(w));
    };
    track(handle);
    file.ondata = (err, data, final) => {
      if (this.failure) return;
      if (err) return this.fail(err);
      size += data.length;
      this.written += data.length;
      if (size > limit) {
        file.terminate();
        return this.refuse(`${name} unpacks to more than ${megabytes(limit)}, more than ${file.originalSize === limit ? 'its zip entry declares' : 'an export may hold'}`);
      }
      const copy = Buffer.from(data); // fflate may reuse its buffer once this returns
      handle = handle.then(async (h) => {
        await h.write(copy);
        return h;
      });
      if (final) {
        const closing = handle.then(async (h) => {
          await h.sync();
          await h.close();
          this.files++;
        });
        handle = closing.then(() => undefined as unknown as FileHandle);
        track(closing);
      } else track(handle);
    };
    file.start();
  }
}

/**
 * Creates a new archive in `targetDir` (which must be empty or absent) from an export.
 * Every file is written and flushed before the catalogue; on failure the partial folder is removed.
 */
export async function importArchiveZip(
  zipFile: string,
  targetDir: string,
): Promise<{ clippings: number; files: number }> {
  const target = path.resolve(targetDir);
  const source = path.resolve(zipFile);
  const zipSize = await stat(source).then(
    (s) => s.size,
    (err: unknown) => {
      throw errnoCode(err) === 'ENOENT'
        ? new CuttingsError('not-found', `There is no file ${source}.`)
        : ioError(err, 'read the export');
    },
  );
  const existed = await stat(target).then(
    () => true,
    () => false,
  );
  if (!(await isEmptyOrMissing(target))) {
    throw new CuttingsError('invalid-input', `${target} is not empty: import into a new or empty folder.`);
  }
  await mkdir(target, { recursive: true }).catch((err: unknown) => {
    throw ioError(err, 'create the archive folder');
  });
  const lock = await ArchiveLock.acquire(target, 'the cuttings command');
  try {
    const reader = new ExportReader(target, path.basename(zipFile), 64 * MiB + MAX_RATIO * zipSize);
    for await (const chunk of createReadStream(source, { highWaterMark: READ_CHUNK })) {
      await reader.push(chunk as Uint8Array);
    }
    await reader.push(new Uint8Array(0), true);
    const snapshot = reader.snapshot;
    if (!reader.marker || !snapshot)
      throw new CuttingsError('invalid-input', `${path.basename(zipFile)} is not a Cuttings export.`);
    // Flush the new folders (clipping folders, then months, years, clippings/) before the catalogue.
    const parents = new Set<string>();
    for (const f of reader.folders) for (let d = f; d.length > target.length; d = path.dirname(d)) parents.add(d);
    for (const d of [...parents].sort((a, b) => b.length - a.length)) await fsyncDir(d);
    if (parents.size > 0) await fsyncDir(target);
    const { clippings, createdAt, tags, savedSearches, dossiers } = snapshot;
    await CatalogueStore.create(target, { root: { createdAt, tags, savedSearches, dossiers }, clippings });
    return { clippings: clippings.length, files: reader.files };
  } catch (err) {
    // Undo the partial import: the folder was empty (or absent) before, so all of it is ours.
    await lock.release().catch(() => undefined);
    if (existed) {
      for (const name of await readdir(target).catch(() => [] as string[])) {
        await rm(path.join(target, name), { recursive: true, force: true }).catch(() => undefined);
      }
    } else {
      await rm(target, { recursive: true, force: true }).catch(() => undefined);
    }
    throw ioError(err, 'import the archive');
  } finally {
    await lock.release().catch(() => undefined);
  }
}
