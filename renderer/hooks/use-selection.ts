/**
 * Which clippings are selected and which one is active (shown in the reader, moved by
 * j/k). Rows are identified by id so a refresh that reorders the list keeps the selection.
 */
import { useCallback, useState } from 'react';
import type { Row } from '../lib/rows';
import type { ResultList } from './use-result-list';

export interface Selection {
  activeId: string | null;
  selected: ReadonlySet<string>;
  select(index: number, row: Row, modifiers: { range: boolean; toggle: boolean }): void;
  move(delta: number, extend: boolean): void;
  /** Makes one clipping the active and only selected one (after an import, an undo…). */
  selectOnly(id: string | null): void;
  /** Selects these ids, the first becoming active. */
  selectMany(ids: string[]): void;
  selectAllLoaded(): void;
}

interface State {
  activeId: string | null;
  selected: ReadonlySet<string>;
  anchorId: string | null;
}

export function useSelection(list: ResultList): Selection {
  const [state, setState] = useState<State>({ activeId: null, selected: new Set(), anchorId: null });

  const rangeIds = useCallback(
    (from: number, to: number): string[] => {
      const ids: string[] = [];
      for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
        const row = list.rowAt(i);
        if (row) ids.push(row.id);
      }
      return ids;
    },
    [list],
  );

  const select = useCallback(
    (index: number, row: Row, { range, toggle }: { range: boolean; toggle: boolean }) => {
      setState((s) => {
        const anchor = s.anchorId ? list.indexOf(s.anchorId) : -1;
        if (range && anchor >= 0) {
          return { activeId: row.id, selected: new Set(rangeIds(anchor, index)), anchorId: s.anchorId };
        }
        if (toggle) {
          const selected = new Set(s.selected);
          if (selected.has(row.id)) selected.delete(row.id);
          else selected.add(row.id);
          return { activeId: row.id, selected, anchorId: row.id };
        }
        return { activeId: row.id, selected: new Set([row.id]), anchorId: row.id };
      });
    },
    [list, rangeIds],
  );

  const move = useCallback(
    (delta: number, extend: boolean) => {
      if (list.total === 0) return;
      const current = state.activeId ? list.indexOf(state.activeId) : -1;
      if (delta === 0 && current >= 0) return;
      const target = current < 0 ? 0 : Math.max(0, Math.min(list.total - 1, current + delta));
      if (extend && current >= 0 && !state.anchorId) {
        setState((s) => ({ ...s, anchorId: s.activeId }));
      }
      const row = list.rowAt(target);
      if (row) {
        select(target, row, { range: extend, toggle: false });
        return;
      }
      // A jump past what is loaded (End, PageDown at speed): fetch that row, then go.
      void list.ensureRow(target).then((far) => {
        if (far) select(target, far, { range: extend, toggle: false });
      });
    },
    [list, select, state.activeId, state.anchorId],
  );

  const selectOnly = useCallback((id: string | null) => {
    setState({ activeId: id, selected: new Set(id ? [id] : []), anchorId: id });
  }, []);

  const selectMany = useCallback((ids: string[]) => {
    setState({ activeId: ids[0] ?? null, selected: new Set(ids), anchorId: ids[0] ?? null });
  }, []);

  const selectAllLoaded = useCallback(() => {
    const ids = rangeIds(0, list.total - 1);
    setState((s) => ({ activeId: s.activeId ?? ids[0] ?? null, selected: new Set(ids), anchorId: s.anchorId }));
  }, [list.total, rangeIds]);

  return { activeId: state.activeId, selected: state.selected, select, move, selectOnly, selectMany, selectAllLoaded };
}
