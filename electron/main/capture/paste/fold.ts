/** Lower case, no accents, no final stop or geresh: the key a calendar word is looked up by. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.׳']+$/u, '');
}
