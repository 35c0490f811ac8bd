/**
 * Adding and removing tags on clippings, each change undoable from its toast (or with z).
 * Undo restores exactly what changed: who lacked an added tag, or had a removed one.
 */
import { useCallback, type RefObject } from 'react';
import { useToasts } from '../components/toasts';
import { plural } from '../lib/format';
import type { ResultList } from './use-result-list';

export type TagClippings = (ids: string[], add: string[], remove: string[]) => Promise<void>;

/** The tags of those of `ids` that are loaded in the list now. */
function tagsOf(listNow: RefObject<ResultList>, ids: string[]): Map<string, string[]> {
  const wanted = new Set(ids);
  return new Map(
    listNow.current
      .loaded()
      .filter((r) => wanted.has(r.id))
      .map((r) => [r.id, r.tags]),
  );
}

/** `listNow` holds the current list, so the action keeps its identity while pages load. */
export function useTagActions(listNow: RefObject<ResultList>): TagClippings {
  const toasts = useToasts();
  return useCallback(
    async (ids: string[], add: string[], remove: string[]): Promise<void> => {
      const before = tagsOf(listNow, ids);
      await window.cuttings.clippings.tag({ ids, add, remove });
      // A clipping not in the list is taken to have had what was removed and lacked what was added.
      const gained = ids.filter((id) => add.some((t) => !(before.get(id)?.includes(t) ?? false)));
      const lost = ids.filter((id) => remove.some((t) => before.get(id)?.includes(t) ?? true));
      // A tag already there changed nothing, and there is nothing to undo.
      if (gained.length === 0 && lost.length === 0) return;
      const what = add.length
        ? `Tagged ${plural(ids.length, 'clipping')} ${add.join(', ')}`
        : `Removed ${remove.join(', ')} from ${plural(ids.length, 'clipping')}`;
      toasts.notify({
        message: `${what}.`,
        action: {
          label: 'Undo',
          run: async () => {
            if (add.length && gained.length)
              await window.cuttings.clippings.tag({ ids: gained, remove: add });
            if (remove.length && lost.length) await window.cuttings.clippings.tag({ ids: lost, add: remove });
          },
        },
      });
    },
    [listNow, toasts],
  );
}
