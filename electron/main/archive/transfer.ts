/**
 * Moving house: the whole archive as one zip file, and back.
 *
 * The zip holds `cuttings-export.json` (a marker), `snapshot.json` (the catalogue as one
 * document) and every clipping's folder under `clippings/`, in that order. Backups, kept
 * catalogues, the search index and the lock are left out. Both directions stream, so memory
 * stays small whatever the size of the archive; importing is in import-zip.ts.
 */
import { open, readFile, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ArchiveImpl } from './archive';
import { fsyncDir } from './durable-fs';
import { token } from './ids';
import { ioError } from './io-errors';
import { clippingRelDir } from './layout';
import { openArchive } from './open';
import { SCHEMA_VERSION } from './schema';
import { serialiseSnapshot } from './snapshot';

/** The marker entry that says a zip is a Cuttings export. */
export const MARKER = 'cuttings-export.json';
/** The catalogue as one document, the second entry of an export (after the marker). */
export const SNAPSHOT = 'snapshot.json';
/** Formats that are compressed already: stored as they are. */
const STORED = /\.(jpe?g|png|gif|webp|avif|zip|gz|pdf)$/i;

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
