/**
 * What the window must fetch and parse before its first paint: the built renderer's entry chunk
 * (out/renderer, as `electron-vite build` makes it). The views nobody sees at the first paint
 * are loaded lazily (renderer/views/lazy-views.tsx) and the build is minified; this fails when a
 * lazily loaded view is pulled into the entry again (a static import of it somewhere) or the
 * entry grows back towards the unminified 1 MB it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt, ROOT } from './harness';

const ASSETS = path.join(ROOT, 'out/renderer/assets');

/** A string only each lazily loaded view's own code holds (text it shows, a key it keeps). */
const LAZY_VIEWS: Record<string, string> = {
  'views/add-clipping-dialog': 'Where the article comes from',
  'views/dossier/dossier-builder': 'Export and open',
  'views/tags/tag-manager': 'cuttings.tags.order',
  'views/settings/settings-dialog': 'settings-loading',
  'views/recovery/recovery-screen': 'This archive’s catalogue is missing',
  'lib/pdf-pages (pdf.js)': 'GlobalWorkerOptions',
};

/** Under this the entry is minified and without the lazy views (~365 KB on 2026-12-07; 1 MB before). */
const ENTRY_BUDGET = 500_000;

describe('the renderer entry chunk', () => {
  let entryName = '';
  let entry = '';
  const chunks = new Map<string, string>();
  beforeAll(async () => {
    await ensureRendererBuilt();
    const html = readFileSync(path.join(ROOT, 'out/renderer/index.html'), 'utf8');
    entryName = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
    for (const file of readdirSync(ASSETS).filter((f) => f.endsWith('.js')))
      chunks.set(file, readFileSync(path.join(ASSETS, file), 'utf8'));
    entry = chunks.get(entryName) ?? '';
  });

  it('is the page’s one module script, minified, within its budget', () => {
    expect(entryName).not.toBe('');
    expect(entry.length).toBeGreaterThan(10_000);
    expect(entry.length).toBeLessThan(ENTRY_BUDGET);
  });

  it.each(Object.entries(LAZY_VIEWS))('does not hold %s, which loads from its own chunk', (_view, marker) => {
    // (Booleans: a failure must not print the whole chunk.)
    expect(entry.includes(marker), `the entry chunk holds "${marker}"`).toBe(false);
    const own = [...chunks].filter(([file, code]) => file !== entryName && code.includes(marker)).map(([file]) => file);
    expect(own).toHaveLength(1);
    // ...and another chunk (the entry, or the lazy view that uses it) imports it.
    const importers = [...chunks].filter(([file, code]) => file !== own[0] && code.includes(`./${own[0]}`)).map(([file]) => file);
    expect(importers.length).toBeGreaterThan(0);
  });
});
