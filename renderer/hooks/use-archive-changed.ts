import { useEffect, useRef } from 'react';

/**
 * Calls `listener` whenever main says clippings were added, changed or removed. The
 * latest listener is always used, so callers need not memoise it.
 *
 * With `coalesceMs`, a burst of changes (a folder import, a bulk tag) is answered once,
 * `coalesceMs` after the first change, with every id seen — for refreshes that are costly
 * on a large archive (facets over everything, the tag list, the count).
 */
export function useArchiveChanged(listener: (ids: string[]) => void, coalesceMs = 0): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    let pending: Set<string> | null = null;
    let timer: number | undefined;
    const off = window.cuttings.on('archive.changed', ({ ids }) => {
      if (coalesceMs <= 0) return latest.current(ids);
      if (pending) {
        ids.forEach((id) => pending?.add(id));
        return;
      }
      pending = new Set(ids);
      timer = window.setTimeout(() => {
        const all = [...(pending ?? [])];
        pending = null;
        latest.current(all);
      }, coalesceMs);
    });
    return () => {
      off();
      window.clearTimeout(timer);
    };
  }, [coalesceMs]);
}
