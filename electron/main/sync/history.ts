/**
 * Who changed a shared clipping, for Details: the desk that wrote the revision both sides last
 * agreed on, and the values merges replaced (“changed on anna-laptop at 09:12, replaced”),
 * read from `sync/state.json` — on this computer, so it works offline. The file can be large
 * (it holds every document's agreed content), so only the little Details needs is kept,
 * and read again only when the file changes.
 */
import { stat } from 'node:fs/promises';
import type { ClippingHistory, ReplacedValue } from '../../../shared/team';
import type { Replaced } from './docs';
import { clippingDocId } from './docs';
import { loadAnyState, stateFile } from './state';

let cache: { file: string; mtimeMs: number; byId: Map<string, ClippingHistory> } | null = null;

export async function clippingHistory(archiveDir: string, id: string): Promise<ClippingHistory | null> {
  const file = stateFile(archiveDir);
  const mtimeMs = await stat(file).then((s) => s.mtimeMs, () => null);
  if (mtimeMs === null) return null;
  if (!cache || cache.file !== file || cache.mtimeMs !== mtimeMs) {
    const state = await loadAnyState(archiveDir);
    const byId = new Map<string, ClippingHistory>();
    for (const [docId, doc] of Object.entries(state?.docs ?? {})) {
      if (!docId.startsWith(clippingDocId(''))) continue;
      byId.set(docId, { editedBy: doc.by ?? null, editedAt: doc.at ?? null, replaced: doc.replaced.map(shown) });
    }
    cache = { file, mtimeMs, byId };
  }
  return cache.byId.get(clippingDocId(id)) ?? null;
}

function shown(r: Replaced): ReplacedValue {
  const v = r.value;
  const value = v === null || v === undefined ? '' : typeof v === 'string' ? v : Array.isArray(v) ? v.join(', ') : JSON.stringify(v);
  return { field: r.field, value, by: r.by, at: r.at, replacedBy: r.replacedBy, replacedAt: r.replacedAt };
}
