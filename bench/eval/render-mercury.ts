/**
 * `npx tsx bench/eval/render-mercury.ts DIR`: a second corpus of real pages, from the Postlight
 * Parser's test fixtures (DIR is a checkout of github.com/postlight/parser, MIT or Apache-2.0):
 * ~140 news, magazine and blog pages in English, Japanese and other languages, each with the
 * title, author and publication date its extractor test asserts. Each page becomes a paste as
 * bench/eval/render.ts says; pages that render to less than an article (script-built pages,
 * with scripts off) are skipped.
 *
 * Writes tests/fixtures/paste-mercury/NAME.txt and NAME.expected.json (NAME: the site); the
 * output is committed so the eval needs neither the checkout nor a browser.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openRenderer } from './render';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** `--sel`: the article-selection rendering (render.ts), written to paste-<set>-sel/. */
const SEL = process.argv.includes('--sel');
const OUT_BASE = path.join(ROOT, 'tests/fixtures/paste-mercury');
const OUT = SEL ? `${OUT_BASE}-sel` : OUT_BASE;
const source = process.argv[2] ?? '';
if (source === '') throw new Error('usage: render-mercury.ts <checkout of postlight/parser>');
const CUSTOM = path.join(source, 'src/extractors/custom');

/** The string a test asserts for `field` (`assert.equal(title, '…')`); null for an asserted null. */
function asserted(test: string, field: string): string | null | undefined {
  const quoted = new RegExp(`assert\\.equal\\(\\s*${field}\\s*,\\s*(['"\`])((?:\\\\.|(?!\\1)[\\s\\S])*)\\1`).exec(test);
  if (quoted?.[2] !== undefined) {
    return quoted[2].replace(/\\x([0-9a-f]{2})/giu, (_m, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\(.)/gu, '$1');
  }
  return new RegExp(`assert\\.equal\\(\\s*${field}\\s*,\\s*null\\s*\\)`).test(test) ? null : undefined;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const renderer = await openRenderer();
  let kept = 0;
  try {
    for (const site of readdirSync(CUSTOM).sort()) {
      const testFile = path.join(CUSTOM, site, 'index.test.js');
      if (!existsSync(testFile)) continue;
      const test = readFileSync(testFile, 'utf8');
      const fixture = /readFileSync\(\s*['"`]\.\/(fixtures\/[^'"`]+)/u.exec(test)?.[1];
      const title = asserted(test, 'title');
      if (!fixture || !title || !existsSync(path.join(source, fixture))) continue;
      let rendered;
      try {
        rendered = await renderer.render(site, readFileSync(path.join(source, fixture)), SEL);
      } catch (err) {
        console.log(`${site}: skipped (${(err as Error).message.split('\n')[0]})`);
        continue;
      }
      const { text, heading, lang } = rendered;
      if (SEL && !rendered.start) {
        console.log(`${site}: skipped (no heading above the article's text)`);
        continue;
      }
      if (text.trim().length < 500) {
        console.log(`${site}: skipped (${text.trim().length} characters rendered)`);
        continue;
      }
      const byline = asserted(test, 'author');
      const published = asserted(test, 'date_published');
      const expected = {
        title,
        headline: heading,
        ...(byline === undefined ? {} : { byline }),
        lang,
        ...(published ? { publishedTime: published } : {}),
      };
      writeFileSync(path.join(OUT, `${site}.txt`), `${text.trim()}\n`);
      writeFileSync(path.join(OUT, `${site}.expected.json`), `${JSON.stringify(expected, null, 1)}\n`);
      kept++;
    }
  } finally {
    await renderer.close();
  }
  console.log(`${kept} pastes written to ${path.relative(ROOT, OUT)}`);
}

await main();
