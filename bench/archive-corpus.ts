/**
 * Builds a large archive for the benchmarks quickly: clipping folders written without flushing
 * (a benchmark corpus, not user data), one catalogue commit, then the search index built by
 * opening the library. The same records and files `library.add` would have made; minutes instead
 * of the half hour 100,000 one-by-one durable adds take.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CatalogueStore } from '../electron/main/archive/catalogue-store';
import { newId } from '../electron/main/archive/ids';
import { newRecord } from '../electron/main/archive/new-record';
import { META_FILE, TEXT_FILE, clippingRelDir } from '../electron/main/archive/layout';
import type { StoredClipping } from '../electron/main/archive/schema';
import type { CapturedArticle } from '../electron/main/capture/types';
import { openLibrary } from '../electron/main/library';

const START = Date.UTC(2019, 0, 1);
const SPAN = Date.UTC(2026, 0, 1) - START;

export async function buildArchive(
  dir: string,
  count: number,
  make: (i: number) => { article: CapturedArticle; tags: string[] },
  log: (line: string) => void = console.log,
): Promise<void> {
  const clippings: StoredClipping[] = [];
  const tagNames = new Set<string>();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const { article, tags } = make(i);
    const captured = START + Math.floor((SPAN * i) / count);
    const record = newRecord(article, {
      id: newId(captured),
      capturedAt: new Date(captured).toISOString(),
      tags,
      images: [],
      files: { original: article.original.file, html: false },
    });
    const folder = path.join(dir, clippingRelDir(record.id, record.capturedAt));
    await mkdir(folder, { recursive: true });
    await Promise.all([
      writeFile(path.join(folder, TEXT_FILE), article.text),
      writeFile(path.join(folder, article.original.file), article.original.data),
      writeFile(path.join(folder, META_FILE), `${JSON.stringify(record, null, 2)}\n`),
    ]);
    clippings.push(record);
    for (const t of tags) tagNames.add(t);
    if ((i + 1) % 10_000 === 0) log(`  ${(i + 1).toLocaleString()} clipping folders (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await CatalogueStore.create(dir, {
    root: {
      createdAt: new Date().toISOString(),
      tags: [...tagNames].sort().map((name) => ({ name, color: null })),
      savedSearches: [],
      dossiers: [],
    },
    clippings,
  });
  log(`  catalogue written; building the search index…`);
  const library = await openLibrary(dir, { dailyBackup: 'off' });
  await library.close();
  log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
