/**
 * Lower case, no accents, no final stop or geresh: the key a calendar word is looked up by. The
 * accents are those of Latin, Greek and Cyrillic letters and the Hebrew and Arabic points; the
 * vowel signs of Indic, Burmese, Thai and Khmer script are letters of the word and are kept.
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670]+/gu, '')
    .toLowerCase()
    .replace(/[.׳']+$/u, '');
}
