/**
 * What a restore leaves behind, said before the user goes looking: clippings added since the
 * backup are not in it, but their folders are still there and `check --repair` re-adopts them
 * (as captured: their `clipping.json`); edits made since to clippings the backup has (tags,
 * notes, details) are not in it and cannot be re-adopted — the pre-restore backup undoes the
 * restore instead.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { RestoreResult } from '../../../shared/backups';
import { META_FILE, clippingRelDir } from './layout';
import type { StoredClipping } from './schema';

export type SinceBackup = NonNullable<RestoreResult['sinceBackup']>;

/** Compares the catalogue being replaced (`before`) with the backup restored (`restored`). */
export async function changesSinceBackup(
  root: string,
  before: readonly StoredClipping[],
  restored: readonly StoredClipping[],
  undo: string | null,
): Promise<SinceBackup> {
  const inBackup = new Map(restored.map((c) => [c.id, c]));
  let added = 0;
  let readoptable = 0;
  let edited = 0;
  for (const c of before) {
    const old = inBackup.get(c.id);
    if (old) {
      if (JSON.stringify(old) !== JSON.stringify(c)) edited++;
      continue;
    }
    added++;
    const meta = path.join(root, clippingRelDir(c.id, c.capturedAt), META_FILE);
    if (await stat(meta).then((s) => s.isFile(), () => false)) readoptable++;
  }
  return { added, readoptable, edited, undo };
}

/** The sentences the CLI (and the app) show after a restore; empty when nothing changed since the backup. */
export function describeSinceBackup(since: SinceBackup): string[] {
  const lines: string[] = [];
  const n = (count: number, what: string): string => `${count} ${what}${count === 1 ? '' : 's'}`;
  if (since.readoptable > 0) {
    lines.push(
      `${n(since.readoptable, 'clipping')} added since that backup ${since.readoptable === 1 ? 'is' : 'are'} not in it, but ${since.readoptable === 1 ? 'its folder is' : 'their folders are'} still here: \`cuttings check --repair\` puts ${since.readoptable === 1 ? 'it' : 'them'} back, as captured.`,
    );
  }
  if (since.added > since.readoptable) {
    lines.push(`${n(since.added - since.readoptable, 'clipping')} added since that backup cannot be put back (no folder with a clipping.json).`);
  }
  if (since.edited > 0) {
    const undo = since.undo ? ` To get them back, undo this restore: \`cuttings restore ${since.undo}\`.` : '';
    lines.push(
      `${n(since.edited, 'clipping')} had tags, notes or details changed since that backup; those changes are not in it, and \`check --repair\` cannot bring them back.${undo}`,
    );
  }
  return lines;
}
