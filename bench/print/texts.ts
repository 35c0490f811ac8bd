/**
 * The articles the print corpus is set from: the saved pages and pastes in tests/fixtures (their
 * text as Cuttings captures it) and a few written for Cuttings in languages the fixtures lack.
 * Each has a fixed split: `held-out` articles are never looked at while tuning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { captureHtml } from '../../electron/main/capture/html';
import { capturePastedText } from '../../electron/main/capture/paste';
import { WRITTEN } from './written';

export interface CorpusText {
  name: string;
  lang: string;
  headline: string;
  paragraphs: string[];
  split: 'tune' | 'held-out';
}

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Fixed once, before any tuning: a third of the articles, across languages and sources. */
const HELD_OUT = new Set(['aktualne', 'la-nacion', 'telegraph', 'wire-geneva', 'wapo-1', 'ru-metro', 'it-porto', 'tr-deprem']);
/** Pages whose capture is no article (a test page) are left out. */
const SKIP = new Set(['rtl-1']);

const clean = (title: string): string => title.replace(/\s+\|\s+[^|]+$/, '').trim();

export async function corpusTexts(): Promise<CorpusText[]> {
  const out: CorpusText[] = [];
  const pages = path.join(ROOT, 'tests/fixtures/pages');
  for (const name of readdirSync(pages).sort()) {
    if (name.endsWith('.md') || SKIP.has(name)) continue;
    const html = readFileSync(path.join(pages, name, 'source.html'));
    const a = await captureHtml(html, { fileName: 'source.html', baseUrl: 'https://example.com/' } as never);
    out.push({ name, lang: a.lang ?? 'en', headline: clean(a.title), paragraphs: a.text.split('\n\n'), split: HELD_OUT.has(name) ? 'held-out' : 'tune' });
  }
  const pastes = path.join(ROOT, 'tests/fixtures/paste');
  for (const file of readdirSync(pastes).filter((f) => f.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/, '');
    const a = capturePastedText(readFileSync(path.join(pastes, file), 'utf8'));
    out.push({ name, lang: a.lang ?? 'en', headline: a.title, paragraphs: a.text.split('\n\n'), split: HELD_OUT.has(name) ? 'held-out' : 'tune' });
  }
  for (const w of WRITTEN) out.push({ ...w, split: HELD_OUT.has(w.name) ? 'held-out' : 'tune' });
  return out;
}
