/** Case endings, so inflected names find their dictionary form. */

// Longest first: Russian/Ukrainian and Czech/Slovak/Polish noun and adjective endings.
const SLAVIC_ENDINGS = [
  'иями', 'ями', 'ами', 'ией', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ою', 'ею', 'ом', 'ем', 'ам', 'ям',
  'ах', 'ях', 'ии', 'ию', 'ия', 'ие', 'ых', 'их', 'ый', 'ий', 'ая', 'яя', 'ое', 'ее', 'ы', 'и', 'а', 'я',
  'у', 'ю', 'е', 'о', 'ь', 'й', 'ách', 'ích', 'ami', 'ové', 'ou', 'em', 'ům', 'ách', 'ého', 'ému', 'ým',
  'ím', 'ie', 'ii', 'iu', 'u', 'y', 'e', 'ě', 'a', 'o', 'i', 'é', 'í', 'ý',
];

/** A crude stem: the word without its case ending (at least three letters are kept). */
export function slavicStem(word: string): string {
  const w = word.toLowerCase();
  for (const ending of SLAVIC_ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= 3) return w.slice(0, -ending.length);
  }
  return w;
}
