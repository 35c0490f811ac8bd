/**
 * Moving house: the whole archive as one zip file, and back.
 *
 * The zip holds `cuttings-export.json` (a marker), `snapshot.json` (the catalogue as one
 * document) and every clipping's folder under `clippings/`. Backups, kept catalogues, the
 * search index and the lock are left out. Both directions stream, so memory stays small
 * whatever the size of the archive.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Unzip, UnzipInflate, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { CuttingsError } from '../../../shared/errors';
import type { ArchiveImpl } from './archive';
import { CatalogueStore } from './catalogue-store';
import { fsyncDir, writeFileSynced } from './durable-fs';
import { token } from './ids';
import { errnoCode, ioError } from './io-errors';
import { clippingRelDir } from './layout';
import { parseCatalogueBytes } from './load';
import { ArchiveLock } from './lock';
import { migrate } from './migrations';
import { openArchive } from './open';
import { SCHEMA_VERSION, schemaVersionOf, type Snapshot } from './schema';
import { checkSnapshot, serialiseSnapshot } from './snapshot';

const MARKER = 'cuttings-export.json';
const SNAPSHOT = 'snapshot.json';
/** Formats that are compressed already: stored as they are. */
const STORED = /\.(jpe?g|png|gif|webp|avif|zip|gz|pdf)$/i;
/** A clipping's file: its folder, then a name as `isClippingFileName` accepts. */
const SAFE_ENTRY = /^clippings\/\d{4}\/\d{2}\/[0-9a-z]{8,32}\/(?!\.)[\w.-]{1,255}$/;

export interface ExportResult {
  clippings: number;
  files: number;
  /** Files the catalogue names that were missing on disk (see checkArchive). */
  missing: number;
}

/** Writes the archive in `dir` to `zipFile` (atomically: a temp file renamed at the end). Works read-only. */
export async function exportArchive(dir: string, zipFile: string): Promise<ExportResult> {
  const archive = (await openArchive(dir, { readOnly: true })) as ArchiveImpl;
  const target = path.resolve(zipFile);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${token()}.tmp`);
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(temp, 'w');
    const out = handle;
    let pending: Promise<unknown> = Promise.resolve();
    let failure: unknown = null;
    let finished!: () => void;
    const done = new Promise<void>((resolve) => (finished = resolve));
    const zip = new Zip((err, chunk, final) => {
      if (err) failure = err;
      else pending = pending.then(() => out.write(chunk));
      if (final) finished();
    });
    const add = (name: string, data: Uint8Array): void => {
      const entry = STORED.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      entry.push(data, true);
    };
    const snapshot = archive.snapshot();
    const result: ExportResult = { clippings: snapshot.clippings.length, files: 0, missing: 0 };
    const enc = new TextEncoder();
    add(
      MARKER,
      enc.encode(
        `${JSON.stringify({ format: 'cuttings-export', schemaVersion: SCHEMA_VERSION, exportedAt: new Date().toISOString(), clippings: result.clippings })}\n`,
      ),
    );
    add(SNAPSHOT, enc.encode(serialiseSnapshot(snapshot)));
    for (const rec of snapshot.clippings) {
      const rel = clippingRelDir(rec.id, rec.capturedAt);
      let names: string[];
      try {
        names = await readdir(path.join(archive.dir, rel));
      } catch {
        result.missing++;
        continue;
      }
      for (const name of names.sort()) {
        add(`${rel}/${name}`, await readFile(path.join(archive.dir, rel, name)));
        result.files++;
      }
      await pending; // keep memory bounded: let the output catch up clipping by clipping
      if (failure) throw failure;
    }
    zip.end();
    await done;
    await pending;
    if (failure) throw failure;
    await out.sync();
    await out.close();
    handle = null;
    await rename(temp, target);
    await fsyncDir(path.dirname(target));
    return result;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw ioError(err, 'export the archive');
  } finally {
    await archive.close();
  }
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

/**
 * Creates a new archive in `targetDir` (which must be empty or absent) from an export.
 * Every file is written and flushed before the catalogue; on failure the partial folder is removed.
 */
export async function importArchiveZip(
  zipFile: string,
  targetDir: string,
): Promise<{ clippings: number; files: number }> {
  const target = path.resolve(targetDir);
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
    let snapshotBytes: Buffer | null = null;
    let marker = false;
    let failure: unknown = null;
    const writes = new Set<Promise<void>>();
    const folders = new Set<string>();
    let files = 0;
    const unzip = new Unzip((file) => {
      const name = file.name;
      if (name.endsWith('/')) return;
      if (name !== MARKER && name !== SNAPSHOT && !SAFE_ENTRY.test(name)) {
        failure ??= new CuttingsError(
          'invalid-input',
          `The file ${path.basename(zipFile)} is not a Cuttings export (unexpected entry ${name}).`,
        );
        return;
      }
      const chunks: Uint8Array[] = [];
      file.ondata = (err, data, final) => {
        if (err) {
          failure ??= err;
          return;
        }
        chunks.push(data);
        if (!final) return;
        const bytes = Buffer.concat(chunks);
        if (name === SNAPSHOT) snapshotBytes = bytes;
        else if (name === MARKER) marker = true;
        else {
          const dest = path.join(target, ...name.split('/'));
          folders.add(path.dirname(dest));
          const w = mkdir(path.dirname(dest), { recursive: true })
            .then(() => writeFileSynced(dest, bytes))
            .then(() => void files++)
            .catch((e: unknown) => void (failure ??= e))
            .finally(() => writes.delete(w));
          writes.add(w);
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    for await (const chunk of createReadStream(path.resolve(zipFile))) {
      unzip.push(chunk as Uint8Array);
      while (writes.size > 32) await Promise.race(writes);
      if (failure) throw failure;
    }
    unzip.push(new Uint8Array(0), true);
    await Promise.all(writes);
    if (failure) throw failure;
    if (!marker || !snapshotBytes)
      throw new CuttingsError('invalid-input', `${path.basename(zipFile)} is not a Cuttings export.`);
    const snapshot = readSnapshot(snapshotBytes);
    // Flush the new folders (clipping folders, then months, years, clippings/) before the catalogue.
    const parents = new Set<string>();
    for (const f of folders) for (let d = f; d.length > target.length; d = path.dirname(d)) parents.add(d);
    for (const d of [...parents].sort((a, b) => b.length - a.length)) await fsyncDir(d);
    if (parents.size > 0) await fsyncDir(target);
    const { clippings, createdAt, tags, savedSearches, dossiers } = snapshot;
    await CatalogueStore.create(target, { root: { createdAt, tags, savedSearches, dossiers }, clippings });
    return { clippings: clippings.length, files };
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
