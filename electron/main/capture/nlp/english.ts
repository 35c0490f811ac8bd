/** People named in English text, as compromise's tagger sees them (a second opinion for English). */
import nlp from 'compromise';
import { TITLES } from './lexicon';

/** Names compromise tags as people, without titles or punctuation: full names and single words. */
export function englishPeople(text: string): Set<string> {
  const names = new Set<string>();
  if (text.trim().length === 0) return names;
  for (const raw of nlp(text).people().out('array') as string[]) {
    let words = raw
      .replace(/[^\p{L}\p{M}\s.'’-]/gu, ' ')
      .replace(/['’]s\b/gu, '')
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w));
    while (words.length > 1 && TITLES.has(words[0] ?? '')) words = words.slice(1);
    const name = words.join(' ').replace(/[.-]+$/u, '');
    if (name.length > 1) names.add(name);
  }
  return names;
}
