/**
 * `npx tsx bench/eval/render-open.ts aeb|goose DIR`: more real pages for the paste corpus, from
 * the public test sets of two other open-source article extractors, each page rendered and
 * copied as bench/eval/render.ts says (often a select-all copy with the site's menus):
 *
 * - `aeb`: DIR holds `html/*.html.gz` and `ground-truth.json` of Zyte's article extraction
 *   benchmark (github.com/scrapinghub/article-extraction-benchmark, MIT): 181 news and blog
 *   pages of 126 sites, crawled in 2019–2020. Written to tests/fixtures/paste-aeb/.
 * - `goose`: DIR holds `tests/data/content/*.html` + `*.json` of Goose3
 *   (github.com/goose3/goose3, Apache-2.0): ~50 news pages (English, French, German, Spanish,
 *   Chinese, Arabic, Korean). Written to tests/fixtures/paste-goose/.
 *
 * Labels and split: bench/eval/open-pages.ts. The expected values are the page's OWN metadata, read before rendering (never the parser's
 * output): `title` as the page declares it for machines (JSON-LD, OpenGraph, Twitter, else
 * `<title>`); `headline` the first `<h1>` shown, kept only when it is the article's (most of its
 * words are in the title: a site logo in an `<h1>` would otherwise label the wrong line);
 * `byline` the declared author (JSON-LD, article:author, meta author), absent when the page
 * declares none (then not scored: a page may show a byline it does not declare); `publishedTime`
 * the declared publication date; `lang` the page's `<html lang>`. Pages that render to less than
 * 500 characters with scripts off, or declare no title, are left out.
 *
 * The tune/held split (tests/fixtures/paste-split.json) is by SITE, fixed before any result was
 * looked at: a page is held when the first hex digit of sha256(host without "www.") is 8–f, so no
 * site is in both halves. `--split` prints the split entries for the pastes written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { writePastes, type Page } from './open-pages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const [kind, source] = [process.argv[2] ?? '', process.argv[3] ?? ''];
if (!['aeb', 'goose'].includes(kind) || source === '') throw new Error('usage: render-open.ts aeb|goose <dir>');
/** `--sel`: the article-selection rendering (render.ts), written to paste-<set>-sel/. */
const SEL = process.argv.includes('--sel');
const OUT_BASE = path.join(ROOT, 'tests/fixtures', kind === 'aeb' ? 'paste-aeb' : 'paste-goose');
const OUT = SEL ? `${OUT_BASE}-sel` : OUT_BASE;

function pages(): Page[] {
  if (kind === 'aeb') {
    const truth = JSON.parse(readFileSync(path.join(source, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    return Object.entries(truth).map(([id, { url }]) => ({
      name: `${new URL(url).hostname.replace(/^www\./u, '')}-${id.slice(0, 6)}`,
      url,
      html: gunzipSync(readFileSync(path.join(source, 'html', `${id}.html.gz`))),
    }));
  }
  const dir = path.join(source, 'tests/data/content');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const test = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { url?: string };
      const name = f.slice('test_'.length, -'.json'.length);
      return { name, url: test.url ?? `http://${name}.test/`, html: readFileSync(path.join(dir, `test_${name}.html`)) };
    });
}

async function main(): Promise<void> {
  const split = await writePastes(pages(), OUT, { selection: SEL });
  console.log(`${split.tune.length + split.held.length} pastes written to ${path.relative(ROOT, OUT)}`);
  if (process.argv.includes('--split')) console.log(JSON.stringify(split, null, 1));
}

await main();
