/** Pasted text → a {@link CapturedArticle}: the parsed fields plus language, entities and quotes. */
import { analyze } from '../nlp';
import type { CapturedArticle } from '../types';
import { parsePaste, type PasteOptions } from './parse';

/**
 * Captures an article from pasted text. The paste itself is kept as `original.txt`.
 * @throws CuttingsError `invalid-input` when the text is empty or has no article paragraphs.
 */
export function capturePastedText(text: string, options: PasteOptions = {}): CapturedArticle {
  const article = parsePaste(text, options);
  const analysis = analyze(article.text, {
    lang: article.lang,
    title: article.title,
    dateline: article.dateline,
    people: article.contributors,
  });
  const provenance = { ...article.provenance };
  if (analysis.lang !== null) provenance.lang = 'derived';
  return {
    title: article.title,
    titleDerived: article.titleDerived,
    source: article.source,
    author: article.author,
    dateline: article.dateline,
    publishedAt: article.publishedAt,
    lang: analysis.lang,
    caption: article.caption,
    credit: article.credit,
    url: article.url,
    text: article.text,
    entities: analysis.entities,
    quotes: analysis.quotes,
    provenance,
    html: null,
    images: [],
    original: { file: 'original.txt', data: new TextEncoder().encode(text) },
  };
}
