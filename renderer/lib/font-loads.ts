/**
 * Web fonts of the UI's family that finish loading while the app runs. Inter comes in
 * subsets by script (`unicode-range`): Latin Extended loads the first time a clipping shows
 * "São Paulo". Widths measured before are stale only for the characters a loaded subset
 * covers, so those are what is reported.
 */

type Ranges = ReadonlyArray<readonly [number, number]>;

let version = 0;
/** What each version loaded (null: anything may have changed). */
const loads: Array<{ version: number; ranges: Ranges | null }> = [];
const listeners = new Set<(ranges: Ranges | null) => void>();
let family: string | null = null;

/** The UI's font stack (`--font-ui`), read once. */
export const uiFamily = (): string =>
  (family ??= getComputedStyle(document.documentElement).getPropertyValue('--font-ui') || 'sans-serif');

/** `U+0100-02BA, U+1E00-1E9F, U+20??` as code point ranges. */
export function parseUnicodeRange(text: string): Ranges {
  const ranges: Array<[number, number]> = [];
  for (const part of text.split(',')) {
    const m = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m?.[1]) continue;
    const low = parseInt(m[1].replace(/\?/g, '0'), 16);
    const high = m[2] ? parseInt(m[2], 16) : parseInt(m[1].replace(/\?/g, 'f'), 16);
    ranges.push([low, high]);
  }
  return ranges;
}

export const inRanges = (code: number, ranges: Ranges): boolean => ranges.some(([low, high]) => code >= low && code <= high);

function loaded(event?: FontFaceSetLoadEvent): void {
  const ours = event?.fontfaces.filter((face) => uiFamily().includes(face.family.replace(/["']/g, ''))) ?? null;
  if (ours?.length === 0) return;
  const ranges = ours ? ours.flatMap((face) => parseUnicodeRange(face.unicodeRange)) : null;
  loads.push({ version: ++version, ranges });
  for (const listener of listeners) listener(ranges);
}

/** Calls `listener` with the characters whose widths changed when fonts of the UI's family load. */
export function subscribeFontLoads(listener: (ranges: Ranges | null) => void): () => void {
  if (listeners.size === 0) {
    document.fonts.addEventListener('loadingdone', loaded);
    if (document.fonts.status === 'loading') void document.fonts.ready.then(() => loaded());
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) document.fonts.removeEventListener('loadingdone', loaded);
  };
}

/** Goes up each time fonts of the UI's family finish loading. */
export const fontLoadsVersion = (): number => version;

/** Whether fonts loaded after `since` draw any character of `text`. */
export function redrawnSince(text: string, since: number): boolean {
  for (let i = loads.length - 1; i >= 0 && (loads[i]?.version ?? 0) > since; i--) {
    const ranges = loads[i]?.ranges;
    if (!ranges) return true;
    for (const ch of text) if (inRanges(ch.codePointAt(0) ?? 0, ranges)) return true;
  }
  return false;
}
