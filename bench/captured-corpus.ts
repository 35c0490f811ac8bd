/**
 * Synthetic clippings as capture would hand them to the library (`library.add`), built from the
 * search benchmark's documents (search-corpus.ts): for benchmarks that fill a real archive.
 */
import type { CapturedArticle } from '../electron/main/capture/types';
import { makeDoc } from './search-corpus';

/** Clipping `i` as a captured article, with its tags. */
export function capturedArticle(i: number): { article: CapturedArticle; tags: string[] } {
  const d = makeDoc(i);
  return {
    tags: d.tags,
    article: {
      title: d.title,
      titleDerived: false,
      source: d.source,
      author: d.author,
      dateline: d.places[0]?.toUpperCase() ?? null,
      publishedAt: d.publishedAt,
      lang: d.lang,
      caption: null,
      credit: null,
      url: `https://news.example/${i}`,
      text: d.text,
      entities: { people: d.people, places: d.places, organisations: d.organisations },
      quotes: [],
      provenance: {},
      html: null,
      images: [],
      original: { file: 'original.txt', data: new TextEncoder().encode(d.text) },
    },
  };
}
