/** Character accuracy of a text read against the known text: 1 − edit distance / longer length. */

/** Whitespace folded to single spaces, Unicode NFC: layout is not scored, characters are. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance (insertions, deletions, substitutions of UTF-16 units; two rows). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

export function charAccuracy(read: string, truth: string): number {
  const a = normalise(read);
  const b = normalise(truth);
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/** A headline is found when it reads as the known one with at most 5% of its characters wrong. */
export function headlineFound(read: string | null, truth: string): boolean {
  return read !== null && charAccuracy(read, truth) >= 0.95;
}
