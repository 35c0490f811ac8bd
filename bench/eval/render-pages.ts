/**
 * `npx tsx bench/eval/render-pages.ts`: turns the saved pages of tests/fixtures/pages into
 * pastes (bench/eval/render.ts says how). The expected values are the page's metadata
 * (Readability's expected-metadata.json) plus the heading shown.
 *
 * Writes tests/fixtures/paste-pages/NAME.txt and NAME.expected.json. Run it again only when
 * the pages change; the output is committed so the eval needs no browser.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openRenderer } from './render';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
/** `--sel`: the article-selection rendering (render.ts), written to paste-<set>-sel/. */
const SEL = process.argv.includes('--sel');
const OUT_BASE = path.join(ROOT, 'tests/fixtures/paste-pages');
const OUT = SEL ? `${OUT_BASE}-sel` : OUT_BASE;

interface Metadata {
  title: string | null;
  byline: string | null;
  lang?: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const renderer = await openRenderer();
  try {
    for (const name of readdirSync(PAGES).sort()) {
      const dir = path.join(PAGES, name);
      let meta: Metadata;
      try {
        meta = JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as Metadata;
      } catch {
        continue;
      }
      const { text, heading, start } = await renderer.render(name, readFileSync(path.join(dir, 'source.html')), SEL);
      if (SEL && !start) {
        console.log(`${name}: skipped (no heading above the article's text)`);
        continue;
      }
      const expected = {
        title: meta.title,
        headline: heading,
        byline: meta.byline,
        lang: meta.lang ?? null,
        siteName: meta.siteName,
        publishedTime: meta.publishedTime,
      };
      writeFileSync(path.join(OUT, `${name}.txt`), `${text.trim()}\n`);
      writeFileSync(path.join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 1)}\n`);
      console.log(`${name}: ${text.length} characters, heading ${JSON.stringify(heading)}`);
    }
  } finally {
    await renderer.close();
  }
}

await main();
