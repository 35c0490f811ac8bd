/**
 * `npx tsx bench/eval/render-world.ts SRC [--sel]`: real pages in the languages and scripts the
 * other corpora lack (Chinese, Japanese, Arabic, Thai, Burmese, Bengali, Ukrainian, Spanish,
 * French, Polish…), from the public test sets of other open-source article extractors, turned
 * into labelled pastes (bench/eval/open-pages.ts) in tests/fixtures/paste-world/ (with `--sel`,
 * the article selections in paste-world-sel/). SRC holds one checkout per source:
 *
 * - `np4k/`: github.com/AndyTheFactory/newspaper4k `tests/data/html` (MIT);
 * - `np3k/`: github.com/codelucas/newspaper `tests/data/html` (MIT), pages newspaper4k lacks;
 * - `traf/`: github.com/adbar/trafilatura `tests/eval` and `tests/cache` (Apache-2.0): the pages
 *   in a non-Latin script or declaring a language other than German and English (the German and
 *   English ones are most of it); its pages named by a hex id are Zyte's benchmark (paste-aeb)
 *   and are left out;
 * - `gerapy/`: github.com/Gerapy/GerapyAutoExtractor `samples/detail` (Apache-2.0).
 *
 * Site front pages, redirects and feeds are left out, and so is any page that is one of Mozilla
 * Readability's test pages (its name, title or URL in bench/eval/readability-exclude.json):
 * other projects vendor them, and they must not reach our corpora.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writePastes, type Exclude, type Page } from './open-pages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const source = process.argv[2] ?? '';
if (source === '' || source.startsWith('--')) throw new Error('usage: render-world.ts <dir of checkouts> [--sel]');
const SEL = process.argv.includes('--sel');
const OUT = path.join(ROOT, 'tests/fixtures', SEL ? 'paste-world-sel' : 'paste-world');

const NOT_ARTICLES = /main.site|meta.refresh|sample.rss/u;
/** The site a page's file is named after ("bostonherald.com1", "xinhuanet.com.c_1125597921"), when the page gives no address. */
const SITE_NAME = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*?\.(?:com|org|net|info|eu|fr|de|at|ch|es|it|pt|pl|cn|jp|uk|ua|tn|ca|au|cl|mx|ar|co|br))(?=\d*$|[._-])/u;
const NON_LATIN = /[\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Thai}\p{sc=Myanmar}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}\p{sc=Hangul}]/gu;

const safe = (name: string): string => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9.-]+/gu, '-').replace(/^-|-$/gu, '');

function htmlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : [];
}

/** trafilatura's pages in a non-Latin script or a language other than German and English. */
function otherLanguage(html: string): boolean {
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/giu, ' ').replace(/<[^>]+>/gu, ' ');
  if ((text.match(NON_LATIN) ?? []).length > 300) return true;
  const lang = /<html[^>]*\blang=["']?([a-z]{2,3})/iu.exec(html)?.[1]?.toLowerCase();
  return lang !== undefined && lang !== 'de' && lang !== 'en';
}

function pages(): Page[] {
  const out: Page[] = [];
  const names = new Set<string>();
  const add = (name: string, file: string): void => {
    if (names.has(name) || NOT_ARTICLES.test(name)) return;
    names.add(name);
    const site = SITE_NAME.exec(name.replace(/^(?:np|traf|gerapy)-/u, ''))?.[1];
    out.push({ name, url: null, html: readFileSync(file), ...(site ? { site: `http://${site}/` } : {}) });
  };
  for (const repo of ['np4k', 'np3k']) {
    const dir = path.join(source, repo, 'tests/data/html');
    for (const f of htmlFiles(dir)) add(`np-${safe(f.slice(0, -5))}`, path.join(dir, f));
  }
  for (const sub of ['tests/eval', 'tests/cache']) {
    const dir = path.join(source, 'traf', sub);
    for (const f of htmlFiles(dir)) {
      if (/^[0-9a-f]{32}\.html$/u.test(f)) continue;
      if (otherLanguage(readFileSync(path.join(dir, f), 'utf8'))) add(`traf-${safe(f.slice(0, -5))}`, path.join(dir, f));
    }
  }
  const gerapy = path.join(source, 'gerapy/samples/detail');
  for (const f of htmlFiles(gerapy)) add(`gerapy-${safe(f.slice(0, -5))}`, path.join(gerapy, f));
  return out;
}

interface ReadabilityPage {
  name: string;
  title: string | null;
  urls: string[];
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
const where = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./u, '')}${u.pathname.replace(/\/$/u, '')}`;
  } catch {
    return url;
  }
};

/** Leaves out Readability's test pages, by name, title or address. */
function readabilityExclude(): Exclude {
  const file = path.join(ROOT, 'bench/eval/readability-exclude.json');
  const known = (JSON.parse(readFileSync(file, 'utf8')) as { pages: ReadabilityPage[] }).pages;
  const names = new Set(known.map((p) => p.name));
  const titles = new Set(known.flatMap((p) => (p.title ? [fold(p.title)] : [])));
  const urls = new Set(known.flatMap((p) => p.urls.map(where)));
  return (page, title, url) => {
    if (names.has(page.name.replace(/^(?:np|traf|gerapy)-/u, ''))) return "named as one of Readability's test pages";
    if (titles.has(fold(title))) return "titled as one of Readability's test pages";
    return url && urls.has(where(url)) ? "the address of one of Readability's test pages" : null;
  };
}

const split = await writePastes(pages(), OUT, { selection: SEL, exclude: readabilityExclude(), declaredLang: true });
console.log(`${split.tune.length + split.held.length} pastes written to ${path.relative(ROOT, OUT)}`);
if (process.argv.includes('--split')) console.log(JSON.stringify(split, null, 1));
