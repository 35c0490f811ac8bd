/**
 * The consistency check (`cuttings check [--repair]`): the catalogue against the files.
 *
 * Finds files a clipping needs that are missing, folders and files in `clippings/` that no
 * clipping refers to (orphans), and references that lead nowhere. Repair does only what is
 * safe: an orphan that is a complete clipping (its `clipping.json` and text are there) is
 * re-adopted into the catalogue; any other orphan is MOVED to `lost+found/`, never deleted;
 * tags missing from the tag list are added. Missing files are reported, not invented.
 */
import { mkdir, readFile, readdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveImpl } from './archive';
import { fsyncDir, writeFileSynced } from './durable-fs';
import { errnoCode } from './io-errors';
import { CLIPPINGS_DIR, HTML_FILE, LOST_FOUND_DIR, META_FILE, TEXT_FILE, clippingRelDir, isClippingFileName } from './layout';
import { tagKey } from './normalise';
import { openArchive } from './open';
import { checkStoredClipping, unsafePathField } from './record-check';
import type { StoredClipping } from './schema';
import { resolveTags } from './tag-ops';
import type { OpenOptions } from './types';

export interface CheckProblem {
  kind: 'missing-file' | 'orphan' | 'bad-reference';
  /** Path relative to the archive, when the problem is about a file or folder. */
  path: string | null;
  /** The clipping concerned, if any. */
  id: string | null;
  detail: string;
  /** What the repair did, or null when it was not repaired. */
  repaired: string | null;
}

export interface CheckReport {
  clippings: number;
  problems: CheckProblem[];
  /** True when no problem is left unrepaired. */
  ok: boolean;
}

async function entries(dir: string): Promise<string[] | null> {
  try {
    return await readdir(dir);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT' || errnoCode(err) === 'ENOTDIR') return null;
    throw err;
  }
}

async function isDir(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** A complete clipping folder that the catalogue lost, or null. */
export async function adoptable(
  root: string,
  rel: string,
  known: ReadonlyMap<string, StoredClipping>,
): Promise<StoredClipping | null> {
  try {
    const meta = JSON.parse(await readFile(path.join(root, rel, META_FILE), 'utf8')) as unknown;
    if (checkStoredClipping(meta) !== null) return null;
    const rec = meta as StoredClipping;
    if (unsafePathField(rec)) return null;
    if (known.has(rec.id) || clippingRelDir(rec.id, rec.capturedAt) !== rel) return null;
    await stat(path.join(root, rel, TEXT_FILE));
    return rec;
  } catch {
    return null;
  }
}

/**
 * Rebuilds a clipping's text from its original (folder, original file name), or null. The
 * library provides it (capture is not the archive's business): `recoverClippingText`.
 */
export type TextRecovery = (folder: string, original: string) => Promise<string | null>;

/**
 * Checks the archive in `dir`; with `repair`, takes the writer's lock and fixes what is safe
 * (with `recoverText`, that includes writing back a missing `text.txt` from the original).
 */
export async function checkArchive(
  dir: string,
  options: { repair?: boolean; owner?: OpenOptions['owner']; recoverText?: TextRecovery } = {},
): Promise<CheckReport> {
  const repair = options.repair ?? false;
  const archive = (await openArchive(dir, {
    readOnly: !repair,
    owner: options.owner,
    dailyBackup: 'off',
  })) as ArchiveImpl;
  try {
    return await runCheck(archive, repair, options.recoverText);
  } finally {
    await archive.close();
  }
}

async function runCheck(archive: ArchiveImpl, repair: boolean, recoverText?: TextRecovery): Promise<CheckReport> {
  const root = archive.dir;
  const problems: CheckProblem[] = [];
  const expected = new Set<string>();
  for (const rec of archive.byId.values()) {
    const rel = clippingRelDir(rec.id, rec.capturedAt);
    expected.add(rel);
    const present = await entries(path.join(root, rel));
    const unsafe = unsafePathField(rec);
    if (unsafe) {
      problems.push({
        kind: 'bad-reference',
        path: rel,
        id: rec.id,
        detail: `“${rec.title}” names a file outside its folder (${unsafe}); Cuttings never follows it`,
        repaired: null,
      });
    }
    const needed = [
      TEXT_FILE,
      rec.files.original,
      ...(rec.files.html ? [HTML_FILE] : []),
      ...rec.images.map((i) => i.file),
    ].filter(isClippingFileName);
    for (const file of present === null ? [''] : needed.filter((f) => !present.includes(f))) {
      problems.push({
        kind: 'missing-file',
        path: file ? path.posix.join(rel, file) : rel,
        id: rec.id,
        detail: file ? `“${rec.title}” has no ${file}` : `the folder of “${rec.title}” is missing`,
        repaired: file === TEXT_FILE && repair && recoverText ? await writeBackText(root, rel, rec, recoverText) : null,
      });
    }
  }

  // Orphans: anything under clippings/ that is not (on the way to) a clipping's folder.
  const orphans: string[] = [];
  const walk = async (rel: string, depth: number): Promise<void> => {
    const names = await entries(path.join(root, rel));
    if (names === null) return;
    for (const name of names.sort()) {
      const child = path.posix.join(rel, name);
      if (depth < 2 && /^\d+$/.test(name) && (await isDir(path.join(root, child))))
        await walk(child, depth + 1);
      else if (!expected.has(child)) orphans.push(child);
    }
  };
  await walk(CLIPPINGS_DIR, 0);
  const adopt: StoredClipping[] = [];
  for (const rel of orphans) {
    const rec = await adoptable(root, rel, archive.byId);
    const problem: CheckProblem = {
      kind: 'orphan',
      path: rel,
      id: rec?.id ?? null,
      detail: rec ? `“${rec.title}” has its files but is not in the catalogue` : 'no clipping refers to it',
      repaired: null,
    };
    problems.push(problem);
    if (!repair) continue;
    if (rec) {
      adopt.push(rec);
      problem.repaired = 'put back into the catalogue';
    } else {
      problem.repaired = `moved to ${await moveToLostAndFound(root, rel)}`;
    }
  }

  // References: tags on clippings that the tag list does not have, dossiers naming unknown clippings.
  const tagKeys = new Set(archive.store.manifest.tags.map((t) => tagKey(t.name)));
  const strayTags = new Map<string, string>();
  for (const rec of archive.byId.values()) {
    for (const t of rec.tags)
      if (!tagKeys.has(tagKey(t)) && !strayTags.has(tagKey(t))) strayTags.set(tagKey(t), t);
  }
  const strayProblems = [...strayTags.values()].map((t): CheckProblem => ({
    kind: 'bad-reference',
    path: null,
    id: null,
    detail: `tag “${t}” is not in the tag list`,
    repaired: null,
  }));
  problems.push(...strayProblems);
  for (const d of archive.store.manifest.dossiers) {
    if (d.source.kind === 'saved-search') {
      const searchId = d.source.searchId;
      if (!archive.store.manifest.savedSearches.some((s) => s.id === searchId)) {
        problems.push({
          kind: 'bad-reference',
          path: null,
          id: null,
          detail: `dossier “${d.spec.title}” uses a saved search that no longer exists`,
          repaired: null,
        });
      }
    }
    for (const id of d.source.kind === 'ids' ? d.source.ids : []) {
      if (!archive.byId.has(id)) {
        problems.push({
          kind: 'bad-reference',
          path: null,
          id,
          detail: `dossier “${d.spec.title}” names a missing clipping`,
          repaired: null,
        });
      }
    }
  }

  if (repair && (adopt.length > 0 || strayTags.size > 0)) {
    await archive.change((d) => {
      // Re-adopted clippings bring their tags back into the tag list with them.
      for (const rec of adopt) if (!d.get(rec.id)) d.put({ ...rec, tags: resolveTags(d, rec.tags) });
      resolveTags(d, [...strayTags.values()]);
    });
    for (const p of strayProblems) p.repaired = 'added to the tag list';
  }
  return { clippings: archive.byId.size, problems, ok: problems.every((p) => p.repaired !== null) };
}

/** Writes a missing `text.txt` back from the clipping's original; says what it did, or null when it could not. */
async function writeBackText(
  root: string,
  rel: string,
  rec: StoredClipping,
  recoverText: TextRecovery,
): Promise<string | null> {
  const folder = path.join(root, rel);
  const text = await recoverText(folder, rec.files.original);
  if (text === null) return null;
  await writeFileSynced(path.join(folder, TEXT_FILE), text);
  await fsyncDir(folder);
  return `rebuilt from ${rec.files.original}`;
}

/** Moves a file or folder to `lost+found/` (same relative path), never overwriting. Returns where it went. */
async function moveToLostAndFound(root: string, rel: string): Promise<string> {
  let target = path.posix.join(LOST_FOUND_DIR, rel);
  for (
    let n = 2;
    await stat(path.join(root, target)).then(
      () => true,
      () => false,
    );
    n++
  ) {
    target = path.posix.join(LOST_FOUND_DIR, `${rel}-${n}`);
  }
  await mkdir(path.dirname(path.join(root, target)), { recursive: true });
  await rename(path.join(root, rel), path.join(root, target));
  return target;
}
