/**
 * Moving clippings to the trash (undoable from the toast, or with z) and taking one back.
 * After a trash, the row after the last trashed one becomes active, as in a mail client.
 */
import { useCallback, type RefObject } from 'react';
import { useToasts } from '../components/toasts';
import { errorText } from '../lib/errors';
import { plural } from '../lib/format';
import type { ResultList } from './use-result-list';
import type { Selection } from './use-selection';

export interface TrashActions {
  trash(ids: string[]): Promise<void>;
  restore(id: string): Promise<void>;
}

/** The clipping to show once `ids` are gone: the next one down, else the nearest one up. */
function nextAfter(list: ResultList, ids: string[]): string | null {
  const indexes = ids.map((id) => list.indexOf(id)).filter((i) => i >= 0);
  for (let i = Math.max(-1, ...indexes) + 1; i < list.total; i++) {
    const row = list.rowAt(i);
    if (row && !ids.includes(row.id)) return row.id;
  }
  for (let i = Math.min(list.total, ...indexes) - 1; i >= 0; i--) {
    const row = list.rowAt(i);
    if (row && !ids.includes(row.id)) return row.id;
  }
  return null;
}

export function useTrash(
  listNow: RefObject<ResultList>,
  selection: Pick<Selection, 'selectOnly' | 'selectMany'>,
  inTrash: boolean,
): TrashActions {
  const toasts = useToasts();
  const { selectOnly, selectMany } = selection;

  const trash = useCallback(
    async (ids: string[]): Promise<void> => {
      if (ids.length === 0 || inTrash) return;
      const nextId = nextAfter(listNow.current, ids);
      try {
        const { trashed } = await window.cuttings.clippings.trash({ ids });
        selectOnly(nextId);
        toasts.notify({
          message: `Moved ${plural(trashed, 'clipping')} to the trash.`,
          action: {
            label: 'Undo',
            run: async () => {
              await window.cuttings.clippings.restore({ ids });
              selectMany(ids);
            },
          },
        });
      } catch (err) {
        toasts.notify({ tone: 'error', message: errorText(err) });
      }
    },
    [listNow, selectMany, selectOnly, toasts, inTrash],
  );

  const restore = useCallback(
    async (id: string): Promise<void> => {
      try {
        await window.cuttings.clippings.restore({ ids: [id] });
        toasts.notify({ message: 'Restored to the library.' });
      } catch (err) {
        toasts.notify({ tone: 'error', message: errorText(err) });
      }
    },
    [toasts],
  );

  return { trash, restore };
}
