/** Test helpers: articles as capture would produce them, and temporary archive folders. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openArchive } from '../../../electron/main/archive';
import type { Archive } from '../../../electron/main/archive/types';
import type { CapturedArticle } from '../../../electron/main/capture/types';

let counter = 0;

/** A plain-text article; every call gives a different text unless `text` is passed. */
export function makeArticle(overrides: Partial<CapturedArticle> = {}): CapturedArticle {
  counter++;
  const text =
    overrides.text ??
    `Article number ${counter} ${Math.random().toString(36).slice(2)}.\n\nIt has a second paragraph about the harbour.`;
  return {
    title: `Headline ${counter}`,
    titleDerived: false,
    source: 'The Example Gazette',
    author: 'A. Reporter',
    dateline: null,
    publishedAt: '2024-05-01',
    lang: 'en',
    caption: null,
    credit: null,
    url: null,
    entities: { people: ['Ada Lovelace'], places: ['London'], organisations: [] },
    quotes: [{ speaker: 'Ada Lovelace', text: 'That brain of mine is something more than merely mortal.' }],
    provenance: { title: 'paste' },
    html: null,
    images: [],
    original: { file: 'original.txt', data: new TextEncoder().encode(text) },
    ...overrides,
    text,
  };
}

/** A fresh temporary folder and a function that removes it. */
export async function tempDir(
  prefix = 'cuttings-archive-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * For a test file: a fresh folder for each test, and the archive opened in it (closed and
 * removed after the test). `dir` and `archive` are read as the test runs.
 */
export function archivePerTest(): { readonly dir: string; readonly archive: Archive | null; open(): Promise<Archive>; reopen(): Promise<Archive>; adopt(a: Archive): Archive } {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  let archive: Archive | null = null;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterEach(async () => {
    await archive?.close();
    archive = null;
    await cleanup();
  });
  const open = async (): Promise<Archive> => (archive = await openArchive(dir, { dailyBackup: 'off' }));
  return {
    get dir() {
      return dir;
    },
    get archive() {
      return archive;
    },
    open,
    reopen: async () => {
      await archive?.close();
      return open();
    },
    /** Closes `a` with the others after the test. */
    adopt: (a) => (archive = a),
  };
}
