/**
 * The index database: its tables and how it is opened. The index is derived data, so a file
 * that is damaged or from another schema version is deleted and recreated empty, and the
 * caller is told to rebuild it from the catalogue.
 */
import { existsSync, mkdirSync, rmSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { CuttingsError } from '../../../shared/errors';
import { BROWSE_INDEXES, hasBrowseIndexes } from './browse';

/** Bump when the tables or the folding change: older files are then rebuilt. */
export const SCHEMA_VERSION = 8;

/** How FTS5 splits text into words (doc-writer.ts reads a document's words with it too). */
export const TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'";

/**
 * `docs` is kept slim (no text) so the per-document facet cache loads quickly on open;
 * `texts` holds the original text for snippets. The FTS table is contentless: it stores only
 * the index of the folded text, never a second copy of it.
 */
const SCHEMA = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE docs(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  fv BLOB NOT NULL,
  dkey REAL NOT NULL,
  ckey REAL NOT NULL,
  day INTEGER NOT NULL,
  flags INTEGER NOT NULL,
  title TEXT NOT NULL,
  source TEXT,
  published_at TEXT,
  captured_at TEXT NOT NULL,
  tags TEXT NOT NULL,
  -- The metadata column as indexed (source, author, tags, caption, notes), to take its words
  -- out of the counts when the document changes.
  meta TEXT NOT NULL
);
${BROWSE_INDEXES}
CREATE TABLE texts(rid INTEGER PRIMARY KEY, text BLOB NOT NULL);
CREATE TABLE vals(
  vid INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL,
  folded TEXT NOT NULL,
  display TEXT NOT NULL,
  UNIQUE(kind, folded)
);
CREATE VIRTUAL TABLE fts USING fts5(
  title, lead, body, meta,
  content='', contentless_delete=1,
  tokenize="${TOKENIZER}"
);
CREATE VIRTUAL TABLE vocab USING fts5vocab(fts, 'row');
-- Every word of the index and how many documents hold it: "did you mean" draws on it, and a
-- prefix search expands to its words. fts5vocab counts by reading every posting list, far too
-- slow per keystroke; this copy is filled from it after a rebuild and kept up to date by each write.
CREATE TABLE words(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
-- Bitmaps of the documents holding each of the most frequent words (hot-postings.ts).
CREATE TABLE hot(term TEXT NOT NULL, piece INTEGER NOT NULL, bits BLOB NOT NULL, PRIMARY KEY(term, piece)) WITHOUT ROWID;
-- Buffer up to 32 MB of new postings per transaction (default 1 MB): a rebuild then writes
-- fewer, larger segments and spends less time merging them.
INSERT INTO fts(fts, rank) VALUES('hashsize', 33554432);
`;

/** BM25 column weights: title, lead (first paragraph), body, metadata (source, author, tags, notes). */
export const BM25_WEIGHTS = '8.0, 3.0, 1.0, 2.0';

/** How {@link openDatabase} opens a file. */
export interface OpenOptions {
  /**
   * A scratch file a rebuild fills before it replaces the index: no journal, no syncing and an
   * exclusive lock, as nothing reads it until it is complete (a crash leaves only a stray
   * file, which the next rebuild deletes). Writing it costs about half what the WAL did.
   */
  scratch?: boolean;
  /**
   * Opens an existing index without writing anything (read-only commands, an archive on a
   * DVD, a read-only share or a full disk): no journal change, no schema created, nothing
   * deleted. A file that is missing, damaged, outdated or half rebuilt throws instead.
   */
  readOnly?: boolean;
}

export interface OpenedDatabase {
  db: DatabaseSync;
  /** True when the file was new, damaged, outdated or left half-rebuilt. */
  needsRebuild: boolean;
}

/** SQLite result codes that mean the file itself is bad (SQLITE_CORRUPT, SQLITE_NOTADB). */
export function isDamageError(err: unknown): boolean {
  const code = (err as { errcode?: number } | null)?.errcode;
  return code !== undefined && ((code & 0xff) === 11 || (code & 0xff) === 26);
}

/** SQLite result codes of a disk that refuses (full, read-only, failing), in words; null for others. */
export function diskProblem(err: unknown): string | null {
  const code = ((err as { errcode?: number } | null)?.errcode ?? -1) & 0xff;
  if (code === 13) return 'the disk is full';
  if (code === 8) return 'the disk is read-only';
  if (code === 10) return 'the disk reported an input/output error';
  if (code === 14) return 'its file cannot be opened';
  return null;
}

/** Opens (or creates) the index file; see the module comment for damaged files. */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  if (options.readOnly) return openReadOnly(file);
  const inMemory = file === ':memory:' || file === '';
  if (!inMemory) mkdirSync(dirname(file), { recursive: true });
  if (options.scratch) deleteIndexFiles(file);
  try {
    return tryOpen(file, inMemory, options);
  } catch (err) {
    if (!(err instanceof StaleSchema) && !isDamageError(err)) {
      throw new CuttingsError('io', `Cannot open the search index ${file}: ${refusal(file, err)}`, { cause: err });
    }
    deleteIndexFiles(file);
    return tryOpen(file, inMemory, options);
  }
}

class StaleSchema extends Error {}

function tryOpen(file: string, inMemory: boolean, options: OpenOptions): OpenedDatabase {
  const existed = !inMemory && existsSync(file);
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    if (options.scratch) {
      db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY');
    } else {
      if (!inMemory) db.exec('PRAGMA journal_mode = WAL');
      db.exec('PRAGMA synchronous = NORMAL');
    }
    db.exec('PRAGMA cache_size = -32000');
    const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    if (existed && version !== SCHEMA_VERSION) throw new StaleSchema();
    if (!existed) {
      // Marked incomplete until a rebuild fills it, so an empty new file asks for one on every open.
      db.exec(`BEGIN; ${SCHEMA} INSERT INTO meta(key, value) VALUES ('rebuilding', '1');
        PRAGMA user_version = ${SCHEMA_VERSION}; COMMIT;`);
      return { db, needsRebuild: true };
    }
    // A cheap probe of each structure: damage deeper down surfaces as errors during use.
    db.prepare('SELECT rid FROM docs LIMIT 1').all();
    db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? LIMIT 1').all('"probe"');
    const rebuilding = db.prepare("SELECT value FROM meta WHERE key = 'rebuilding'").get();
    if (!options.scratch) addBrowseIndexes(db);
    return { db, needsRebuild: rebuilding !== undefined };
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * A file from before the `docs_by_*` indexes (browse.ts) gets them once (about 0.2 s at
 * 100,000 clippings). Not worth waiting for: when another process is writing, or the disk
 * refuses, the list is sorted in memory as before and the next open tries again.
 */
function addBrowseIndexes(db: DatabaseSync): void {
  if (hasBrowseIndexes(db)) return;
  try {
    db.exec(`PRAGMA busy_timeout = 0; ${BROWSE_INDEXES}`);
  } catch {
    // see above
  } finally {
    db.exec('PRAGMA busy_timeout = 5000');
  }
}

/**
 * Opens the index file for reading only. On a read-only disk SQLite cannot create the WAL's
 * shared-memory file, so the file is then opened as immutable (nobody can be writing it there).
 */
function openReadOnly(file: string): OpenedDatabase {
  if (!existsSync(file)) throw new CuttingsError('not-found', `There is no search index at ${file}.`);
  const attempts = [(): DatabaseSync => new DatabaseSync(file, { readOnly: true })];
  attempts.push(() => new DatabaseSync(new URL(`${pathToFileURL(file).href}?immutable=1`), { readOnly: true }));
  let failure: unknown = null;
  for (const attempt of attempts) {
    let db: DatabaseSync | null = null;
    try {
      db = attempt();
      db.exec('PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32000');
      const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
      if (version !== SCHEMA_VERSION) throw new StaleSchema();
      db.prepare('SELECT rid FROM docs LIMIT 1').all();
      db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? LIMIT 1').all('"probe"');
      const rebuilding = db.prepare("SELECT value FROM meta WHERE key = 'rebuilding'").get();
      if (rebuilding !== undefined) throw new StaleSchema();
      return { db, needsRebuild: false };
    } catch (err) {
      db?.close();
      if (err instanceof StaleSchema || isDamageError(err)) {
        throw new CuttingsError('damaged', `The search index ${file} is outdated, damaged or half rebuilt.`, { cause: err });
      }
      failure = err;
    }
  }
  throw new CuttingsError('io', `Cannot read the search index ${file}: ${(failure as Error).message}`, { cause: failure });
}

/**
 * Why SQLite could not open or write `file`, in words. On a full disk SQLite often says only
 * "disk I/O error" (it cannot create the WAL's side files): the free space tells.
 */
function refusal(file: string, err: unknown): string {
  const code = ((err as { errcode?: number } | null)?.errcode ?? -1) & 0xff;
  if (code === 13) return 'the disk is full';
  if (code === 8) return 'the disk is read-only';
  if (code === 10 || code === 14) {
    const free = (() => {
      try {
        const st = statfsSync(dirname(file));
        return st.bavail * st.bsize;
      } catch {
        return Infinity;
      }
    })();
    if (free < 1024 * 1024) return 'the disk is full';
  }
  return (err as Error).message;
}

/** Removes the index and its WAL side files. */
export function deleteIndexFiles(file: string): void {
  if (file === ':memory:' || file === '') return;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}
